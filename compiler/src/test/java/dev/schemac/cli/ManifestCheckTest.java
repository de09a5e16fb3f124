package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `generate --check` covers the manifest a folder has: one edited (or left behind) since, which
 * `generate` would rewrite, is out of date; a folder without one (kept out of version control)
 * is judged by its outputs alone.
 */
class ManifestCheckTest {
    @TempDir
    Path tmp;

    @Test
    void anEditedManifestIsOutOfDateAndAMissingOneIsNot() throws Exception {
        Path model = Files.writeString(tmp.resolve("m.schema"), "schema m { title = \"M\" }\n/// A thing.\nentity Thing {\n  name string(100)\n}\n");
        Path out = tmp.resolve("gen");
        String[] generate = {"generate", model.toString(), "-t", "sqlite,json", "-o", out.toString()};
        String[] check = {"generate", model.toString(), "-t", "sqlite,json", "-o", out.toString(), "--check"};
        assertThat(Cli.run(generate).code()).isZero();
        assertThat(Cli.run(check).code()).isZero();

        Path manifest = out.resolve(".schemac-manifest");
        String written = Files.readString(manifest);
        // An entry for a file that is gone: generate forgets it.
        Files.writeString(manifest, "0".repeat(64) + " sqlite sql/sqlite/gone.sql\n", StandardOpenOption.APPEND);
        var edited = Cli.run(check);
        assertThat(edited.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(edited.err()).isEqualTo("out of date: " + manifest + " (generate rewrites it)\n");
        assertThat(Cli.run(generate).code()).isZero();
        assertThat(manifest).hasContent(written);
        assertThat(Cli.run(check).code()).isZero();

        Files.delete(manifest);
        var missing = Cli.run(check);
        assertThat(missing.code()).as(missing.err()).isZero();
    }
}
