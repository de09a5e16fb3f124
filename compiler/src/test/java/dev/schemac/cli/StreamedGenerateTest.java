package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.output.Manifest;
import dev.schemac.support.TestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code generate} streams each file to a staging folder as it is rendered and moves the staged
 * files into place at the end: what lands on disk must be, byte for byte, what the same targets
 * produce in memory, the manifest must hash exactly those bytes, and no staging folder may be
 * left behind, whether the run succeeded or failed.
 */
class StreamedGenerateTest {
    @TempDir
    Path tmp;

    static Stream<Path> examples() {
        return TestModels.examples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void whatLandsOnDiskIsWhatTheTargetsRenderInMemory(Path schema) throws Exception {
        var c = Compiler.compile(List.of(schema));
        var memory = Targets.run(c, Targets.all(), TargetOptions.defaults(), 1);
        Path out = tmp.resolve("out");
        var r = Cli.run("generate", "--no-settings", "-o", out.toString(), schema.toString());
        assertThat(r.code()).as(r.err()).isZero();
        var onDisk = files(out);
        String manifest = onDisk.remove(Manifest.NAME);
        assertThat(onDisk.keySet()).containsExactlyElementsOf(new TreeMap<>(memory.files()).keySet());
        for (var e : memory.files().entrySet()) {
            assertThat(onDisk.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(manifest).as("the manifest hashes %s", e.getKey())
                    .contains(sha256(Files.readAllBytes(out.resolve(e.getKey()))) + " " + memory.owners().get(e.getKey()) + " "
                            + e.getKey() + "\n");
        }
        // A second run finds every staged file equal to the one on disk and changes nothing. (The migrations
        // target and the documents quoting it are left out: they read the history the first run wrote.)
        var same = Targets.all().stream().map(t -> t.name()).filter(n -> !n.equals("migrations") && !n.equals("docs")).toList();
        long kept = memory.owners().values().stream().filter(same::contains).count();
        var again = Cli.run("generate", "--no-settings", "-t", String.join(",", same), "-o", out.toString(), schema.toString());
        assertThat(again.err()).contains("wrote 0 files to " + out.toAbsolutePath() + " (" + kept + " unchanged)");
        assertThat(files(out)).isEqualTo(withManifest(onDisk, manifest));
    }

    @Test
    void aTargetsErrorAfterOthersStagedTheirFilesWritesNothing() throws IOException {
        Path model = Files.writeString(tmp.resolve("shop.schema"), "schema shop {}\n\nentity User {\n  name string(100)\n}\n");
        Path out = tmp.resolve("out");
        var first = Cli.run("generate", "--no-settings", "-t", "json,migrations", "--option", "prisma.provider=postgresql",
                "-o", out.toString(), model.toString());
        assertThat(first.code()).as(first.err()).isZero();
        var before = files(out);
        // The migrations target refuses, while it runs, a Prisma provider other than its history's; the json target has
        // staged its files (changed, as the model is) by then.
        Files.writeString(model, Files.readString(model).replace("  name string(100)\n", "  name string(100)\n  email string(100)\n"));
        var r = Cli.run("generate", "--no-settings", "--color", "never", "-t", "json,migrations", "--option",
                "prisma.provider=mysql", "-o", out.toString(), model.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC566]");
        assertThat(files(out)).as("nothing written, the staging folder removed").isEqualTo(before);
    }

    private static TreeMap<String, String> files(Path dir) throws IOException {
        var out = new TreeMap<String, String>();
        try (var w = Files.walk(dir)) {
            for (Path p : w.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        try (var w = Files.list(dir)) {
            assertThat(w.map(p -> p.getFileName().toString())).as("no staging folder is left").noneMatch(n -> n.startsWith(".schemac-stage"));
        }
        return out;
    }

    private static TreeMap<String, String> withManifest(TreeMap<String, String> files, String manifest) {
        var all = new TreeMap<>(files);
        all.put(Manifest.NAME, manifest);
        return all;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
