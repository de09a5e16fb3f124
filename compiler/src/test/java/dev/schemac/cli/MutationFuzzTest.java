package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.diag.CodeDoc;
import dev.schemac.support.TestPaths;
import dev.schemac.testing.Fuzz;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutation fuzzing of every example and test-corpus model through the command line as a user
 * runs it: a token deleted, doubled, swapped or replaced, the file cut at a token boundary, a
 * stray brace, {@code @}, {@code @@}, quote or comment opener, deep brackets, a very long line,
 * a huge number, a NUL, a byte-order mark or a bidirectional control in the middle, CR LF or CR
 * line ends. Whatever the mutant, {@code check} ends with exit 0 or 1, never an internal error;
 * every error is coded (a code the catalogue documents) and located in the file that holds the
 * mistake (half the mutants are imported by another file, which must not be blamed), at a line
 * and column inside it, and the same line and column whatever the line ends; {@code fmt --check}
 * and {@code seed} never crash; a {@code generate} that fails writes nothing.
 *
 * <p>Seeded ({@link Fuzz}): CI runs a few hundred cases; {@code -Dschemac.fuzz.cases=20000} runs
 * long, {@code -Dschemac.fuzz.seed=N} another sequence. A finding names its case, mutation and
 * source file, so it can be replayed.
 */
class MutationFuzzTest {
    private static final Pattern TOKEN = Pattern.compile(
            "\"(?:[^\"\\\\\\n]|\\\\.)*\"|//[^\\n]*|/\\*.*?\\*/|[A-Za-z_][A-Za-z0-9_]*|\\d+(?:\\.\\d+)?|@@|@|->|>=|<=|!=|==|\\S",
            Pattern.DOTALL);
    private static final Pattern ERROR = Pattern.compile("(?m)^error\\[([A-Z]+\\d+)\\]: ([^\\n]*)\\n(?:\\s+--> ([^\\n]*))?");
    private static final Pattern LOCATION = Pattern.compile("(?m)^\\s+--> (.*):(\\d+):(\\d+)$");
    private static final String[] STRAY = {"{", "}", "@", "@@", "\"open", "/* open", "(", ")", "[", "]", "?", "=", ",", "->",
        "\u0000", "\uFEFF", "\u202E", "\u2028", "\\", "'", "#", "`", "\u00A0", "\t", "\u000C"};
    private static final String[] HUGE = {"99999999999999999999999999", "2147483648", "-9223372036854775809",
        "9223372036854775807", "1e99999", "1_000_000_000_000", "0.000000000000000000000000000001", "00000000000000000001"};

    @TempDir Path tmp;

    private final List<String> findings = new ArrayList<>();

    record Token(int start, int end) {}

    record Mutant(String what, String text) {}

    @Test
    void everyMutantOfEveryModelEndsInLocatedCodedDiagnosticsOrACleanRun() throws IOException {
        List<Path> corpus = corpus();
        assertThat(corpus).as("the examples and the test corpus").hasSizeGreaterThan(100);
        long seed = Fuzz.seed();
        int cases = Fuzz.cases(300);
        var random = new Random(seed);
        for (int i = 0; i < cases; i++) {
            Path source = corpus.get(random.nextInt(corpus.size()));
            String text = Files.readString(source);
            Mutant m = mutate(text, random);
            String label = "case " + i + " (seed " + seed + ") " + m.what() + " of " + TestPaths.root().relativize(source);
            runCase(label, i, text, m, random.nextBoolean(), random);
        }
        assertThat(findings).as("%d findings in %d cases (seed %d)", findings.size(), cases, seed).isEmpty();
    }

    /** Every model of the examples and the test corpus that stands alone (no import) and is UTF-8 text. */
    static List<Path> corpus() throws IOException {
        var out = new ArrayList<Path>();
        for (Path root : List.of(TestPaths.examples(), TestPaths.testResources())) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".schema")).sorted().toList()) {
                    if (p.toString().contains("/target/")) continue;
                    try {
                        if (!Files.readString(p).contains("import ")) out.add(p);
                    } catch (CharacterCodingException e) {
                        // A corpus file that is not UTF-8 on purpose: its refusal has its own test.
                    }
                }
            }
        }
        return out;
    }

    static List<Token> tokens(String s) {
        var out = new ArrayList<Token>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) out.add(new Token(m.start(), m.end()));
        return out;
    }

    static Mutant mutate(String text, Random r) {
        List<Token> t = tokens(text);
        if (t.isEmpty()) return new Mutant("nothing", text);
        Token a = t.get(r.nextInt(t.size()));
        String before = text.substring(0, a.start());
        String after = text.substring(a.end());
        String token = text.substring(a.start(), a.end());
        switch (r.nextInt(13)) {
            case 0:
                return new Mutant("delete `" + token + "`", before + after);
            case 1:
                return new Mutant("double `" + token + "`", before + token + " " + token + after);
            case 2: {
                int i = t.indexOf(a);
                if (i + 1 >= t.size()) return new Mutant("truncate", before);
                Token b = t.get(i + 1);
                return new Mutant("swap `" + token + "`", before + text.substring(b.start(), b.end())
                        + text.substring(a.end(), b.start()) + token + text.substring(b.end()));
            }
            case 3:
                return new Mutant("truncate after `" + token + "`", text.substring(0, a.end()));
            case 4: {
                String s = STRAY[r.nextInt(STRAY.length)];
                return new Mutant("insert U+" + Integer.toHexString(s.codePointAt(0)) + " `" + s.trim() + "`", before + s + text.substring(a.start()));
            }
            case 5:
                return new Mutant("CR LF", lf(text).replace("\n", "\r\n"));
            case 6:
                return new Mutant("CR", lf(text).replace("\n", "\r"));
            case 7: {
                var numbers = t.stream().filter(x -> Character.isDigit(text.charAt(x.start()))).toList();
                Token n = numbers.isEmpty() ? a : numbers.get(r.nextInt(numbers.size()));
                String huge = HUGE[r.nextInt(HUGE.length)];
                return new Mutant("huge number " + huge, text.substring(0, n.start()) + huge + text.substring(n.end()));
            }
            case 8: {
                int depth = 100 + r.nextInt(20_000);
                boolean list = r.nextBoolean();
                String nested = list ? "[".repeat(depth) + "1" + "]".repeat(depth) : "(".repeat(depth) + "1" + ")".repeat(depth);
                return new Mutant("nesting " + depth, before + " @check(> " + nested + ") " + text.substring(a.start()));
            }
            case 9:
                return new Mutant("long line", text.substring(0, a.end()) + " " + "x".repeat(100_000 + r.nextInt(100_000)) + after);
            case 10: {
                Token b = t.get(r.nextInt(t.size()));
                return new Mutant("replace `" + token + "`", before + text.substring(b.start(), b.end()) + after);
            }
            case 11: {
                var strings = t.stream().filter(x -> text.charAt(x.start()) == '"').toList();
                if (strings.isEmpty()) return new Mutant("unterminated string", before + "\"" + text.substring(a.start()));
                Token s = strings.get(r.nextInt(strings.size()));
                return new Mutant("unterminated string", text.substring(0, s.end() - 1) + text.substring(s.end()));
            }
            default:
                return new Mutant("open block comment", before + "/*" + text.substring(a.start()));
        }
    }

    private void runCase(String label, int i, String original, Mutant m, boolean imported, Random random) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("c" + i));
        Path part = Files.writeString(dir.resolve("part.schema"), m.text(), StandardCharsets.UTF_8);
        Path main = imported ? Files.writeString(dir.resolve("main.schema"), "import \"part.schema\"\n") : part;
        var check = Cli.run("check", "--color", "never", main.toString());
        String where = imported ? " (imported)" : "";
        if (!sound(label + where, "check", check)) return;
        checkLocations(label + where, check.err(), part, m.text(), main);
        if (m.what().startsWith("CR")) {
            // The same lines with LF ends (a corpus file may have CR LF ends of its own).
            Path plain = Files.writeString(dir.resolve("lf.schema"), lf(original));
            var asLf = Cli.run("check", "--color", "never", plain.toString());
            var want = locations(asLf.err(), plain);
            var have = locations(check.err(), part);
            if (!have.equals(want)) finding(label + where, "with " + m.what() + " line ends the locations are " + have + ", not " + want);
        }
        sound(label + where, "fmt --check", Cli.run("fmt", "--check", "--color", "never", part.toString()));
        if (check.code() == Main.OK && random.nextInt(4) == 0) {
            Path out = dir.resolve("out");
            var generate = Cli.run("generate", "--color", "never", "-o", out.toString(), main.toString());
            if (sound(label + where, "generate", generate) && generate.code() != Main.OK) {
                finding(label + where, "check passed but generate failed:\n" + head(generate.err()));
                if (Files.exists(out)) finding(label + where, "a failed generate wrote " + out);
            }
            sound(label + where, "seed", Cli.run("seed", "--color", "never", "--rows", "3", main.toString()));
        }
    }

    /** Exit 0 or 1, no internal error, and each error coded with a documented code and located. */
    private boolean sound(String label, String command, Cli.Run r) {
        String said = r.err() + r.out();
        if (r.code() != Main.OK && r.code() != Main.INPUT_ERRORS || said.contains("SC139") || said.contains("internal error")) {
            finding(label, command + " exited " + r.code() + ":\n" + head(said));
            return false;
        }
        if (r.code() == Main.INPUT_ERRORS && command.equals("check") && !said.contains("error[SC")) {
            finding(label, command + " failed without a coded error:\n" + head(said));
        }
        Matcher e = ERROR.matcher(r.err());
        while (e.find()) {
            if (CodeDoc.byId(e.group(1)).isEmpty()) finding(label, command + ": undocumented code " + e.group(1));
            if (e.group(3) == null) finding(label, command + ": " + e.group(1) + " has no location: " + e.group(2));
        }
        return true;
    }

    /** Every location names the mutated file (or the importing one at its import) and lies inside it. */
    private void checkLocations(String label, String err, Path part, String text, Path main) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        Matcher l = LOCATION.matcher(err);
        while (l.find()) {
            int line = Integer.parseInt(l.group(2));
            int column = Integer.parseInt(l.group(3));
            if (l.group(1).equals(main.toString()) && !main.equals(part)) {
                if (line != 1) finding(label, "a diagnostic blames the importing file at " + line + ":" + column);
                continue;
            }
            if (!l.group(1).equals(part.toString())) {
                finding(label, "a diagnostic names " + l.group(1) + ", not the mutated file");
            } else if (line > lines.length || column > lines[line - 1].codePointCount(0, lines[line - 1].length()) + 1) {
                finding(label, "location " + line + ":" + column + " is outside the file (" + lines.length + " lines)");
            }
        }
    }

    /** The text with every line ending in LF. */
    static String lf(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static List<String> locations(String err, Path file) {
        var out = new ArrayList<String>();
        Matcher l = LOCATION.matcher(err);
        while (l.find()) if (l.group(1).equals(file.toString())) out.add(l.group(2) + ":" + l.group(3));
        return out;
    }

    private void finding(String label, String what) {
        findings.add(label + ": " + what);
    }

    private static String head(String s) {
        return s.length() > 800 ? s.substring(0, 800) + "…" : s;
    }
}
