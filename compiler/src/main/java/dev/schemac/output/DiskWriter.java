package dev.schemac.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a finished set of files under a directory: each file goes to a temporary file
 * beside its destination and is then moved into place atomically, so a reader never sees
 * half a file. Files whose content is unchanged are not touched (their timestamps stay).
 */
public final class DiskWriter {
    private DiskWriter() {}

    /** The paths that differ from what is on disk (missing or changed). */
    public static List<String> outOfDate(Path root, Map<String, String> files) throws IOException {
        var out = new ArrayList<String>();
        for (var e : files.entrySet()) {
            Path p = root.resolve(e.getKey());
            if (!Files.isRegularFile(p) || !Files.readString(p, StandardCharsets.UTF_8).equals(e.getValue())) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** Writes the changed files; returns their paths. */
    public static List<String> write(Path root, Map<String, String> files) throws IOException {
        var changed = outOfDate(root, files);
        for (String rel : changed) {
            Path dest = root.resolve(rel);
            Files.createDirectories(dest.getParent());
            Path tmp = Files.createTempFile(dest.getParent(), ".schemac-", ".tmp");
            try {
                Files.writeString(tmp, files.get(rel), StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, dest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return changed;
    }
}
