package dev.schemac.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin's model files: Ant-style includes and excludes below the schema folder. */
class SchemaFilesTest {
    @TempDir
    Path dir;

    @Test
    void doubleStarMatchesAnyDepthIncludingNone() throws IOException {
        Path top = touch("shop.schema");
        Path deep = touch("a/b/billing.schema");
        touch("a/notes.txt");
        touch("a/old.schema.bak");
        assertThat(SchemaFiles.find(dir, List.of("**/*.schema"), List.of())).containsExactly(deep, top);
    }

    @Test
    void excludesWin() throws IOException {
        Path keep = touch("shop.schema");
        touch("drafts/x.schema");
        assertThat(SchemaFiles.find(dir, List.of("**/*.schema"), List.of("drafts/**"))).containsExactly(keep);
    }

    @Test
    void singleStarStaysInOneFolder() throws IOException {
        Path top = touch("shop.schema");
        touch("a/b.schema");
        assertThat(SchemaFiles.find(dir, List.of("*.schema"), List.of())).containsExactly(top);
        assertThat(SchemaFiles.toRegex("a?c.schema").matcher("abc.schema").matches()).isTrue();
        assertThat(SchemaFiles.toRegex("a?c.schema").matcher("a/c.schema").matches()).isFalse();
        assertThat(SchemaFiles.toRegex("a.schema").matcher("aXschema").matches()).as("a dot is a dot").isFalse();
    }

    @Test
    void aMissingFolderHasNoModels() throws IOException {
        assertThat(SchemaFiles.find(dir.resolve("nope"), List.of("**/*.schema"), List.of())).isEmpty();
    }

    private Path touch(String rel) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "entity A {}\n").toAbsolutePath().normalize();
    }
}
