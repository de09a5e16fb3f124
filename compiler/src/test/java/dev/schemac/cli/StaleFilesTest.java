package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.output.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate} removes the files an earlier run wrote and this one no longer writes, and
 * nothing else: not a file its manifest does not name, not a file edited since, not a file
 * of a target that did not run, not a migration, never a path outside its folder.
 */
class StaleFilesTest {
    @TempDir
    Path tmp;
    Path model;
    Path out;

    static final String TWO = """
            entity User {
              email string(255) @unique
            }

            entity Tag {
              label string(40)
            }
            """;
    static final String ONE = """
            entity User {
              email string(255) @unique
            }
            """;

    @BeforeEach
    void setUp() throws IOException {
        model = Files.writeString(tmp.resolve("m.schema"), TWO);
        out = tmp.resolve("out");
    }

    Cli.Run generate(String... extra) {
        var args = new java.util.ArrayList<>(java.util.List.of("generate", "-o", out.toString()));
        args.addAll(java.util.List.of(extra));
        args.add(model.toString());
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void aFileNoLongerGeneratedIsRemovedWithItsEmptyFolder() throws IOException {
        assertThat(generate("-t", "java").code()).isZero();
        Path tag = out.resolve("java/schema/Tag.java");
        assertThat(tag).exists();
        assertThat(out.resolve(Manifest.NAME)).content().contains(" java java/schema/Tag.java\n");
        Files.writeString(model, ONE);

        var check = generate("-t", "java", "--check");
        assertThat(check.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(check.err()).contains("stale: " + tag);
        assertThat(tag).exists();

        var r = generate("-t", "java");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("2 stale removed").contains("removed stale " + tag);
        assertThat(tag).doesNotExist();
        assertThat(out.resolve("java/schema/User.java")).exists();
        assertThat(out.resolve(Manifest.NAME)).content().doesNotContain("Tag");
        assertThat(generate("-t", "java", "--check").code()).isZero();
    }

    @Test
    void filesTheManifestDoesNotNameAreNeverTouched() throws IOException {
        Files.createDirectories(out.resolve("java/schema"));
        Path mine = Files.writeString(out.resolve("java/schema/Handwritten.java"), "class Handwritten {}\n");
        Path readme = Files.writeString(out.resolve("README.md"), "mine\n");
        assertThat(generate("-t", "java").code()).isZero();
        Files.writeString(model, ONE);
        assertThat(generate("-t", "java").code()).isZero();
        assertThat(mine).content().isEqualTo("class Handwritten {}\n");
        assertThat(readme).content().isEqualTo("mine\n");
    }

    @Test
    void anEditedStaleFileIsKept() throws IOException {
        assertThat(generate("-t", "java").code()).isZero();
        Path tag = out.resolve("java/schema/Tag.java");
        Files.writeString(tag, "// my changes\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(model, ONE);
        var r = generate("-t", "java");
        assertThat(r.code()).isZero();
        assertThat(tag).exists();
        assertThat(r.err()).contains("kept " + tag + ": no longer generated, but edited since schemac wrote it");
        assertThat(out.resolve(Manifest.NAME)).content().as("no longer schemac's").doesNotContain("java/schema/Tag.java");
        assertThat(generate("-t", "java").err()).doesNotContain("Tag.java");
    }

    @Test
    void filesOfATargetThatDidNotRunAreKept() throws IOException {
        assertThat(generate("-t", "java,json").code()).isZero();
        Files.writeString(model, ONE);
        assertThat(generate("-t", "json").code()).isZero();
        assertThat(out.resolve("java/schema/Tag.java")).as("java did not run: not its turn").exists();
        assertThat(out.resolve(Manifest.NAME)).content().contains("java/schema/Tag.java");
        assertThat(generate("-t", "java").code()).isZero();
        assertThat(out.resolve("java/schema/Tag.java")).doesNotExist();
    }

    @Test
    void migrationsAreNeverRemoved() throws IOException {
        assertThat(generate("-t", "migrations", "--timestamp", "20240101000000").code()).isZero();
        Path first = out.resolve("migrations/alembic/versions/20240101000000_init.py");
        assertThat(first).exists();
        String before = Files.readString(first);
        var again = generate("-t", "migrations", "--timestamp", "20240202000000");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(first).as("a migration may have been applied").content().isEqualTo(before);
        assertThat(out.resolve("migrations/alembic/versions/20240202000000_init.py"))
                .as("a history exists: new migrations come from schemac migrate, never a second init")
                .doesNotExist();
    }

    @Test
    void aManifestNamingPathsOutsideTheFolderIsNotFollowed() throws IOException {
        assertThat(generate("-t", "json").code()).isZero();
        Path victim = Files.writeString(tmp.resolve("victim.txt"), "keep me\n");
        Path inside = Files.writeString(out.resolve("inside.txt"), "keep me too\n");
        String sha = sha256("keep me\n");
        String shaInside = sha256("keep me too\n");
        Path link = Files.createSymbolicLink(out.resolve("link"), tmp);
        Files.writeString(out.resolve(Manifest.NAME), sha + " json ../victim.txt\n"
                + sha + " json " + victim + "\n"
                + sha + " json link/victim.txt\n"
                + sha + " json json/../../victim.txt\n"
                + shaInside + " json ./inside.txt\n", java.nio.file.StandardOpenOption.APPEND);
        var r = generate("-t", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(victim).content().isEqualTo("keep me\n");
        assertThat(inside).content().isEqualTo("keep me too\n");
        assertThat(link).exists();
        assertThat(r.err()).contains("ignored 4 malformed line(s)");
    }

    @Test
    void aFolderWithoutAManifestLosesNothing() throws IOException {
        Files.createDirectories(out.resolve("java/schema"));
        Path old = Files.writeString(out.resolve("java/schema/Old.java"), "class Old {}\n");
        assertThat(generate("-t", "java").code()).isZero();
        assertThat(old).exists();
    }

    static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
