package dev.schemac.processor;

import dev.schemac.output.DiskWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Where the processor puts generated files: by default resources under {@value #RESOURCE_ROOT}
 * in the class output, written through the Filer so build tools know about them (and
 * package them); with {@code -Aschemac.out} a directory, written atomically as the command
 * line writes it. Bytes are UTF-8 whatever javac's {@code -encoding} is.
 */
final class FilerOutput {
    static final String RESOURCE_ROOT = "schemac/";

    private FilerOutput() {}

    static void write(Filer filer, Path dir, Map<String, String> files) throws IOException {
        if (dir != null) {
            DiskWriter.write(dir, files);
            return;
        }
        for (var e : files.entrySet()) {
            FileObject f = filer.createResource(StandardLocation.CLASS_OUTPUT, "", RESOURCE_ROOT + e.getKey());
            try (OutputStream out = f.openOutputStream()) {
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
