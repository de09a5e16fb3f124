package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.cli.Cli.Run;
import dev.schemac.gen.Targets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user types reaches the commands as meant: help, version, option spellings and usage errors with exit 2. */
class CommandLineSyntaxTest {
    @TempDir
    Path tmp;

    static final List<String> COMMANDS = List.of("check", "generate", "seed", "fmt", "explain", "migrate", "pull", "diff");

    Path model() throws IOException {
        Path p = tmp.resolve("m.schema");
        Files.writeString(p, "/// A person who signs in.\nentity User {\n  email string(255) @unique @pii\n}\n");
        return p;
    }

    static void usageError(Run r, String message) {
        assertThat(r.code()).as(r.err()).isEqualTo(Main.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith(message).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void helpOnTheRootAndEveryCommandGoesToStandardOutput() {
        for (String h : List.of("-h", "--help")) {
            var root = Cli.run(h);
            assertThat(root.code()).isZero();
            assertThat(root.err()).isEmpty();
            assertThat(root.out()).startsWith("Usage: schemac [-h] [-V] [COMMAND]\n")
                    .contains("-V, --version").contains("Commands:\n");
            for (String c : COMMANDS) assertThat(root.out()).contains("\n  " + c + " ");
            for (String c : COMMANDS) {
                var r = Cli.run(c, h);
                assertThat(r.code()).as(c).isZero();
                assertThat(r.err()).as(c).isEmpty();
                assertThat(r.out()).as(c).startsWith("Usage: schemac " + c + " ").contains("-h, --help");
                assertThat(Cli.run("help", c).out()).as(c).isEqualTo(r.out());
            }
        }
        assertThat(Cli.run("help").out()).isEqualTo(Cli.run("--help").out());
        assertThat(Cli.run("help", "help").out()).startsWith("Usage: schemac help [-h] [COMMAND]");
        assertThat(Cli.run("help", "-h").out()).isEqualTo(Cli.run("help", "help").out());
        assertThat(Cli.run("check", "--frob", "-h").code()).as("help wins over a mistake").isZero();
        assertThat(Cli.run("help", "help", "-h").out()).isEqualTo(Cli.run("help", "help").out());
        // Help as a usage error shows: the same text, on standard error.
        String root = Cli.run("--help").out();
        assertThat(Cli.run().err()).isEqualTo("a command is required: check, generate, seed, fmt, explain, migrate, pull or diff\n" + root);
        assertThat(Cli.run("help", "frobnicate").err()).isEqualTo("unknown command `frobnicate`\n" + root);
        assertThat(Cli.run("check", "--frobnicate", "m").err())
                .isEqualTo("unknown option `--frobnicate` for check\n" + Cli.run("help", "check").out());
        assertThat(Cli.run("help", "-x").err()).isEqualTo("unknown option `-x` for help\n" + Cli.run("help", "help").out());
    }

    @Test
    void theKnownTargetsAreTheRegistrysWhereverTheyAreListed() {
        String names = String.join(", ", Targets.names());
        assertThat(Targets.names()).isEqualTo(Targets.all().stream().map(dev.schemac.gen.Target::name).toList())
                .contains("postgres", "sqlite", "java");
        for (String command : List.of("check", "generate")) {
            assertThat(Cli.run(command, "--help").out().replaceAll("\\s+", " ")).as(command)
                    .contains(" Known: " + names + " ");
        }
        assertThat(Cli.run("generate", "-t", "cobol", "m.schema").err())
                .startsWith("--target names unknown target `cobol`; known targets: " + names + ", or all, none.\n");
    }

    @Test
    void everySuggestionIsWordedAsTheDiagnosticsWordThem() throws IOException {
        String m = model().toString();
        for (String[] args : List.of(new String[] {"chek", m}, new String[] {"help", "chek"}, new String[] {"check", "--colr", "never", m},
                new String[] {"generate", "--option", "java.pakage=x", m}, new String[] {"generate", "-t", "postgress", m})) {
            var r = Cli.run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(Main.USAGE);
            String first = r.err().substring(0, r.err().indexOf('\n'));
            assertThat(first).as(String.join(" ", args)).matches(".*[^.]\\. Did you mean `[^`]+`\\?");
        }
    }

    @Test
    void theHelpListsEachOptionWithItsLabelAndTheKnownValues() {
        String generate = Cli.run("generate", "--help").out();
        assertThat(generate).contains("Compiles the model and writes the chosen targets")
                .contains("  -t, --target=T[,T...]").contains("Known: docs, erd, java,")
                .contains("      --option=KEY=VALUE").contains("Known: java.package,\n")
                .contains("      --timestamp=yyyyMMddHHmmss").contains("Default: 20250101000000")
                .contains("      FILE...").contains("      --format=<format>").contains("      --color=<color>");
        assertThat(Cli.run("migrate", "--help").out()).contains("[--from-url[=URL]]").contains("--from-url[=URL] ");
        assertThat(Cli.run("explain", "--help").out()).startsWith("Usage: schemac explain [-h] [CODE]\n");
        assertThat(Cli.run("pull", "--help").out()).contains("--url=URL").doesNotContain("FILE...");
    }

    @Test
    void version() {
        for (String v : List.of("-V", "--version")) {
            var r = Cli.run(v);
            assertThat(r.code()).isZero();
            assertThat(r.out()).matches("schemac \\S+\n");
            assertThat(r.err()).isEmpty();
        }
    }

    @Test
    void usageErrorsSayWhatIsWrongAndExitTwo() throws IOException {
        String m = model().toString();
        usageError(Cli.run(), "a command is required: check, generate, seed, fmt, explain, migrate, pull or diff\nUsage: schemac ");
        usageError(Cli.run("chek", m), "unknown command `chek`. Did you mean `schemac check`?\n");
        usageError(Cli.run("frobnicate"), "unknown command `frobnicate`\nUsage: schemac ");
        usageError(Cli.run("help", "chek"), "unknown command `chek`. Did you mean `schemac check`?\n");
        usageError(Cli.run("help", "frobnicate"), "unknown command `frobnicate`\nUsage: schemac ");
        usageError(Cli.run("--frob"), "unknown option `--frob` for schemac\nUsage: schemac ");
        usageError(Cli.run("check", "--colr", "never", m), "unknown option `--colr` for check. Did you mean `--color`?\n");
        usageError(Cli.run("check", "--frobnicate", m), "unknown option `--frobnicate` for check\nUsage: schemac check ");
        usageError(Cli.run("check"), "FILE is missing: give at least one\nUsage: schemac check ");
        usageError(Cli.run("fmt"), "PATH is missing: give at least one\nUsage: schemac fmt ");
        usageError(Cli.run("check", "--format", "xml", m), "--format takes human, json, sarif; not `xml`\n");
        usageError(Cli.run("check", "--color", "sometimes", m), "--color takes auto, always, never; not `sometimes`\n");
        usageError(Cli.run("check", m, "--out"), "--out needs a value: --out=DIR\n");
        usageError(Cli.run("check", "--strict=yes", m), "--strict takes no value (given `--strict=yes`)\n");
        usageError(Cli.run("check", "-o", "a", "--out", "b", m), "--out is given twice (`a`, then `b`): give it once\n");
        usageError(Cli.run("explain", "SC100", "SC101"), "unexpected argument `SC101`: explain takes at most 1 CODE\n");
        usageError(Cli.run("explain", "SC999"), "unknown code `SC999`; `schemac explain` lists them all\n");
        usageError(Cli.run("pull", "x"), "unexpected argument `x`: pull takes options only\n");
        usageError(Cli.run("generate", "-t", "cobol", m), "--target names unknown target `cobol`");
    }

    @Test
    void optionValuesInEverySpelling() throws IOException {
        String m = model().toString();
        String a = tmp.resolve("a").toString();
        for (List<String> out : List.of(List.of("--out", a), List.of("--out=" + a), List.of("-o", a), List.of("-o" + a),
                List.of("-o=" + a))) {
            var args = new java.util.ArrayList<>(List.of("generate", "-t", "sqlite"));
            args.addAll(out);
            args.add(m);
            var r = Cli.run(args.toArray(String[]::new));
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(tmp.resolve("a/sql/sqlite/schema.sql")).as(String.join(" ", out)).exists();
            deleteTree(tmp.resolve("a"));
        }
    }

    @Test
    void targetsAccumulateWhetherCommaSeparatedOrRepeated() throws IOException {
        String m = model().toString();
        Path split = tmp.resolve("split");
        Path repeated = tmp.resolve("repeated");
        assertThat(Cli.run("generate", "-t", "sqlite,json", "-o", split.toString(), m).code()).isZero();
        assertThat(Cli.run("generate", "-t", "sqlite", "--target", "json", "-o", repeated.toString(), m).code()).isZero();
        assertThat(files(split)).contains("json/model.json", "sql/sqlite/schema.sql").isEqualTo(files(repeated))
                .noneMatch(f -> f.contains("postgres") || f.contains("mysql"));
    }

    @Test
    void doubleDashEndsTheOptionsAndADashIsStandardInput() throws IOException {
        var r = Cli.run("check", "--color", "never", "--", "--strict");
        assertThat(r.code()).as("a file named --strict").isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC107]: cannot read `--strict`");
        var stdin = Cli.withInput("entity User {\n  email Strng\n}\n", "check", "--color", "never", "-");
        assertThat(stdin.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(stdin.err()).contains("--> <stdin>:2:9");
    }

    @Test
    void defaultsAreHumanDiagnosticsWithoutColourOffATerminal() throws IOException {
        Path bad = tmp.resolve("bad.schema");
        Files.writeString(bad, "entity User {\n  email Strng\n}\n");
        var r = Cli.run("check", bad.toString());
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error[SC208]").doesNotContain("\u001b[");
        assertThat(Cli.run("check", "--format", "json", bad.toString()).out()).startsWith("[");
    }

    @Test
    void fromUrlTakesTheNextWordUnlessItIsTheModel() throws Exception {
        String m = model().toString();
        String out = tmp.resolve("out").toString();
        for (String[] args : List.of(new String[] {"migrate", "--from-url=ftp://nowhere", m, "--name", "adopt", "-o", out},
                new String[] {"migrate", "--from-url", "ftp://nowhere", m, "--name", "adopt", "-o", out})) {
            var r = Cli.run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(Main.USAGE);
            assertThat(r.err()).as(String.join(" ", args)).contains("ftp://nowhere").doesNotContain("no database given");
        }
        // Without a value the database is DATABASE_URL's: unset here, so the run says how to give one.
        var bare = Cli.shell(tmp, "unset DATABASE_URL; schemac migrate --from-url \"$1\" --name adopt -o \"$2\"", m, out);
        usageError(bare, "no database given: pass --from-url URL or set DATABASE_URL\nUsage: schemac migrate ");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    private static List<String> files(Path dir) throws IOException {
        try (var w = Files.walk(dir)) {
            return w.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
                    .filter(p -> !p.startsWith(".")).sorted().toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var w = Files.walk(dir)) {
            for (Path p : w.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
