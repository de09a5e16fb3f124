package dev.schemac.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Compiles model text held in a test. */
public final class Models {
    private Models() {}

    public static Compilation compile(String text) {
        return Compiler.compile(List.of(Path.of("test.schema")), p -> {
            if (!p.normalize().equals(Path.of("test.schema"))) throw new NoSuchFileException(p.toString());
            return text.getBytes(StandardCharsets.UTF_8);
        });
    }

    /** Compiles text that must have no errors. */
    public static Compilation clean(String text) {
        var c = compile(text);
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        return c;
    }
}
