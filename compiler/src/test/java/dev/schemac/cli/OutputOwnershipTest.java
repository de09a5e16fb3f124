package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.output.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run never replaces a file schemac did not write (SC137: the folder's manifest does not name
 * it), on the first run into a folder as on any later one, by {@code generate} as by
 * {@code migrate}; a file that holds the output already is taken over silently. A folder is one
 * model's: another model's run is refused (SC138). {@code --force} overrides both. Each refusal
 * writes nothing.
 */
class OutputOwnershipTest {
    @TempDir
    Path tmp;

    static final String SHOP = """
            schema shop { title = "Shop" }

            /// A customer.
            entity Customer {
              email string(255) @unique
            }

            /// A tag.
            entity Tag {
              label string(40)
            }
            """;
    static final String BLOG = """
            schema blog { title = "Blog" }

            /// A post.
            entity Post {
              title string(200)
            }
            """;

    private Path model(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }

    private static Cli.Run run(String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--color", "never"));
        return Cli.run(all.toArray(String[]::new));
    }

    private static TreeMap<String, String> tree(Path dir) throws IOException {
        var m = new TreeMap<String, String>();
        if (!Files.exists(dir)) return m;
        try (var w = Files.walk(dir)) {
            for (Path p : w.filter(Files::isRegularFile).toList()) m.put(dir.relativize(p).toString(), Files.readString(p));
        }
        return m;
    }

    @Test
    void theFirstRunNeverReplacesAHandWrittenFileAtAnOutputPath() throws IOException {
        Path m = model("shop.schema", SHOP);
        Path out = tmp.resolve("out");
        Path mine = Files.createDirectories(out.resolve("sql/postgres")).resolve("schema.sql");
        Files.writeString(mine, "-- my own schema, kept by hand\n");
        Files.writeString(out.resolve("README.md"), "# my notes\n");
        var before = tree(out);

        var r = run("generate", m.toString(), "-t", "postgres", "-o", out.toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC137]: would replace `sql/postgres/schema.sql`, which schemac did not write (the "
                        + "folder's `.schemac-manifest` does not name it)\n  --> " + mine.toAbsolutePath() + ":1:1")
                .contains("= help: move or delete it, or choose another output folder; if an earlier schemac run wrote it and its "
                        + "manifest was not kept, run again with `--force` to replace it; nothing was written");
        assertThat(tree(out)).as("nothing written, not even the files that were free").isEqualTo(before);
        var check = run("generate", m.toString(), "-t", "postgres", "-o", out.toString(), "--check");
        assertThat(check.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(check.err()).contains("error[SC137]");

        var forced = run("generate", m.toString(), "-t", "postgres", "-o", out.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(mine).content().startsWith("-- Schema for PostgreSQL");
        assertThat(out.resolve("README.md")).as("a file at no output path is never touched").hasContent("# my notes");
        assertThat(out.resolve(Manifest.NAME)).content().contains(" postgres sql/postgres/schema.sql\n").contains("\nmodel shop\n");
        assertThat(run("generate", m.toString(), "-t", "postgres", "-o", out.toString()).code()).as("ours now").isZero();
    }

    /** `schemac explain` knows both codes, with the catalogue's titles. */
    @Test
    void explainKnowsBothCodes() {
        assertThat(Cli.run("explain", "SC137").out()).startsWith("SC137: Output would replace a file schemac did not write (error)\n\n"
                + "A file is in the way of an output");
        assertThat(Cli.run("explain", "SC138").out()).startsWith("SC138: Output folder belongs to another model (error)\n\n"
                + "The output folder's `.schemac-manifest` records the schema");
    }

    @Test
    void aFileHoldingTheOutputAlreadyIsTakenOverSilently() throws IOException {
        Path m = model("shop.schema", SHOP);
        Path first = tmp.resolve("first");
        assertThat(run("generate", m.toString(), "-t", "postgres", "-o", first.toString()).code()).isZero();
        // The outputs checked in without the manifest, say: a fresh checkout has them and no manifest.
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("sql/postgres"));
        Files.copy(first.resolve("sql/postgres/schema.sql"), out.resolve("sql/postgres/schema.sql"));
        var r = run("generate", m.toString(), "-t", "postgres", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("SC137");
        assertThat(out.resolve(Manifest.NAME)).content().contains(" postgres sql/postgres/schema.sql\n");
        // Taken over: once the model changes, generate replaces it as any file of its own.
        Files.writeString(m, SHOP.replace("label string(40)", "label string(80)"));
        assertThat(run("generate", m.toString(), "-t", "postgres", "-o", out.toString()).code()).isZero();
        assertThat(out.resolve("sql/postgres/schema.sql")).content().contains("80");
    }

    @Test
    void aLaterRunOfAnotherTargetNeverReplacesAHandWrittenFileEither() throws IOException {
        Path m = model("shop.schema", SHOP);
        Path out = tmp.resolve("out");
        assertThat(run("generate", m.toString(), "-t", "postgres", "-o", out.toString()).code()).isZero();
        Path schema = Files.createDirectories(out.resolve("sql/sqlite")).resolve("schema.sql");
        Files.writeString(schema, "-- mine\n");
        Files.writeString(out.resolve("sql/sqlite/drop.sql"), "-- mine too\n");
        var before = tree(out);
        var r = run("generate", m.toString(), "-t", "postgres,sqlite", "-o", out.toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC137]: would replace `sql/sqlite/drop.sql` and 1 more file, which schemac did not "
                + "write (the folder's `.schemac-manifest` does not name them)\n  --> " + out.resolve("sql/sqlite/drop.sql").toAbsolutePath() + ":1:1")
                .contains("move or delete them");
        assertThat(tree(out)).isEqualTo(before);
    }

    @Test
    void migrateNeverReplacesAHandWrittenFileAmongTheOutputsItRefreshes() throws IOException {
        Path m = model("shop.schema", SHOP);
        Path out = tmp.resolve("out");
        assertThat(run("generate", m.toString(), "-t", "postgres,migrations", "-o", out.toString()).code()).isZero();
        Files.writeString(m, SHOP.replace("label string(40)", "label string(40)\n  note text?"));
        Path json = Files.createDirectories(out.resolve("json")).resolve("model.json");
        Files.writeString(json, "{\"mine\": true}\n");
        var before = tree(out);
        var r = run("migrate", m.toString(), "-o", out.toString(), "--name", "note", "--timestamp", "20260102000000");
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC137]: would replace `json/model.json`, which schemac did not write")
                .contains("--> " + json.toAbsolutePath() + ":1:1");
        assertThat(tree(out)).as("no migration either").isEqualTo(before);
    }

    @Test
    void aSecondModelIntoTheSameFolderIsRefused() throws IOException {
        Path shop = model("shop.schema", SHOP);
        Path blog = model("blog.schema", BLOG);
        Path out = tmp.resolve("out");
        assertThat(run("generate", shop.toString(), "-t", "java,postgres", "-o", out.toString()).code()).isZero();
        var before = tree(out);
        for (String[] args : List.of(new String[] {"generate", blog.toString(), "-t", "java,postgres", "-o", out.toString()},
                new String[] {"generate", blog.toString(), "-t", "sqlite", "-o", out.toString()},
                new String[] {"generate", blog.toString(), "-o", out.toString(), "--check"},
                new String[] {"migrate", blog.toString(), "-o", out.toString(), "--name", "init", "--timestamp", "20260102000000"})) {
            var r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(Main.INPUT_ERRORS);
            assertThat(r.err()).contains("error[SC138]: this output folder is schema `shop`'s (its `.schemac-manifest` says so), "
                            + "not `blog`'s\n  --> " + out.resolve(Manifest.NAME).toAbsolutePath() + ":2:1")
                    .contains("= help: give each model its own output folder; to hand this one to `blog` (a renamed schema), run "
                            + "again with `--force`: what `shop` wrote and this run no longer writes is then removed as stale; "
                            + "nothing was written");
            assertThat(tree(out)).isEqualTo(before);
        }
        // The same model with other targets is the folder's owner: it adds its files beside the others.
        assertThat(run("generate", shop.toString(), "-t", "sqlite", "-o", out.toString()).code()).isZero();
        assertThat(out.resolve("java/shop/Customer.java")).exists();

        var forced = run("generate", blog.toString(), "-t", "java,postgres", "-o", out.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(out.resolve("java/shop/Customer.java")).as("shop's, of a target that ran: stale").doesNotExist();
        assertThat(out.resolve("sql/sqlite/schema.sql")).as("of a target that did not run: kept").exists();
        assertThat(out.resolve(Manifest.NAME)).content().contains("\nmodel blog\n").doesNotContain("model shop");
    }

    @Test
    void aManifestOfAnEarlierReleaseWithoutItsModelIsAdopted() throws IOException {
        Path shop = model("shop.schema", SHOP);
        Path out = tmp.resolve("out");
        assertThat(run("generate", shop.toString(), "-t", "postgres", "-o", out.toString()).code()).isZero();
        Path manifest = out.resolve(Manifest.NAME);
        String v2 = Files.readString(manifest);
        Files.writeString(manifest, v2.replace("model shop\n", ""));
        var r = run("generate", shop.toString(), "-t", "postgres", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("malformed");
        assertThat(manifest).content().isEqualTo(v2);
    }

    /** Read-only outputs and a read-only manifest are replaced as any (the folder is writable) and keep their mode. */
    @Test
    void readOnlyOutputsAndManifestAreReplacedKeepingTheirMode() throws IOException {
        Path m = model("shop.schema", SHOP);
        Path out = tmp.resolve("out");
        assertThat(run("generate", m.toString(), "-t", "postgres", "-o", out.toString()).code()).isZero();
        var readOnly = java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--");
        Path schema = out.resolve("sql/postgres/schema.sql");
        Files.setPosixFilePermissions(schema, readOnly);
        Files.setPosixFilePermissions(out.resolve(Manifest.NAME), readOnly);
        Files.writeString(m, SHOP.replace("label string(40)", "label string(80)"));
        var r = run("generate", m.toString(), "-t", "postgres", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(schema).content().contains("80");
        assertThat(Files.getPosixFilePermissions(schema)).isEqualTo(readOnly);
        assertThat(Files.getPosixFilePermissions(out.resolve(Manifest.NAME))).isEqualTo(readOnly);
        assertThat(run("generate", m.toString(), "-t", "postgres", "-o", out.toString(), "--check").code()).isZero();
    }
}
