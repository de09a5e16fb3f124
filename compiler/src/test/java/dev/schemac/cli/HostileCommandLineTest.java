package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.cli.Cli.Run;
import dev.schemac.render.text.PlainText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A word of the command line that holds an escape sequence, a line break, a bidirectional
 * override or a NUL reaches the terminal only made visible, whichever usage error quotes it.
 */
class HostileCommandLineTest {
    @TempDir
    Path tmp;

    /**
     * Each hostile character, and the text the usage errors show for it: the escape every
     * diagnostic shows ({@code PlainText.visible}), written out here so a change of the rule fails.
     */
    static final List<String[]> HOSTILE = List.of(
            new String[] {"\u001b[31m", "\\u001B[31m"}, new String[] {"\r", "\\u000D"}, new String[] {"\n", "\\u000A"},
            new String[] {"\u202e", "\\u202E"}, new String[] {"\u0000", "\\u0000"}, new String[] {"\u009b2J", "\\u009B2J"},
            new String[] {"\u2028", "\\u2028"}, new String[] {"\u0085", "\\u0085"}, new String[] {"\u2066", "\\u2066"},
            new String[] {"\u200b", "\\u200B"}, new String[] {"\ufeff", "\\uFEFF"}, new String[] {"\u00ad", "\\u00AD"},
            new String[] {"\udb40\udd00", "\\u{E0100}"}, new String[] {"\t", "\t"});

    Path model() throws IOException {
        Path p = tmp.resolve("m.schema");
        Files.writeString(p, "entity User {\n  email string(255) @unique\n}\n");
        return p;
    }

    /**
     * Exit 2, nothing on standard output, and standard error's first line is {@code message}
     * exactly: a raw line break would have split it, any other hidden character is caught by
     * {@link #noHiddenCharacters}.
     */
    static void usageError(Run r, String message) {
        assertThat(r.code()).as(r.err()).isEqualTo(Main.USAGE);
        assertThat(r.out()).isEmpty();
        noHiddenCharacters(r.err());
        assertThat(r.err().substring(0, r.err().indexOf('\n'))).isEqualTo(message);
    }

    /** Line feeds end lines; no other control, line-break, invisible or bidirectional character is left. */
    static void noHiddenCharacters(String text) {
        text.codePoints().filter(c -> c != '\n').forEach(c -> assertThat(PlainText.isShownAsIs(c))
                .as("U+%04X in %s", c, text).isTrue());
    }

    @Test
    void everyUsageErrorShowsTheWordsItQuotesWithoutTheirHiddenCharacters() throws IOException {
        String m = model().toString();
        for (String[] h : HOSTILE) {
            String raw = h[0];
            String shown = h[1];
            usageError(Cli.run("check", "--fr" + raw + "ob", m), "unknown option `--fr" + shown + "ob` for check");
            usageError(Cli.run("check", "-" + raw, m), "unknown option `-" + shown + "` for check");
            usageError(Cli.run("frob" + raw + "nicate", m), "unknown command `frob" + shown + "nicate`");
            usageError(Cli.run("help", "frob" + raw + "nicate"), "unknown command `frob" + shown + "nicate`");
            usageError(Cli.run("--frob" + raw), "unknown option `--frob" + shown + "` for schemac");
            usageError(Cli.run("check", "--format", "xml" + raw, m), "--format takes human, json, sarif; not `xml" + shown + "`");
            usageError(Cli.run("check", "--strict=" + raw, m), "--strict takes no value (given `--strict=" + shown + "`)");
            usageError(Cli.run("explain", "SC1" + raw), "unknown code `SC1" + shown + "`; `schemac explain` lists them all");
            usageError(Cli.run("generate", "--seed", "x" + raw, m), "--seed must be a whole number: x" + shown);
            usageError(Cli.run("pull", "x" + raw), "unexpected argument `x" + shown + "`: pull takes options only");
            usageError(Cli.run("migrate", "--name", "a" + raw, m),
                    "--name must be 1 to 63 characters of a-z, 0-9 and _, starting with a letter or digit (it becomes part "
                            + "of file names): a" + shown);
            // Settings the shared parser reads: it escapes the controls it quotes itself; the one cleaning step the rest.
            var target = Cli.run("generate", "-t", "cobol" + raw, "-o", tmp.resolve("out").toString(), m);
            usageError(target, target.err().substring(0, target.err().indexOf('\n')));
            assertThat(target.err()).startsWith("--target names unknown target `cobol").contains("known targets: docs, ");
            var option = Cli.run("generate", "--option", "ja" + raw + "va.package=x", "-o", tmp.resolve("out").toString(), m);
            usageError(option, option.err().substring(0, option.err().indexOf('\n')));
            assertThat(option.err()).startsWith("--option ja").contains("is not an option of any target");
            assertThat(tmp.resolve("out")).doesNotExist();
        }
    }

    @Test
    void aSuggestionQuotesTheHostileWordCleanedToo() {
        usageError(Cli.run("che\u001b[2Jck"), "unknown command `che\\u001B[2Jck`");
        usageError(Cli.run("ch\u202eek"), "unknown command `ch\\u202Eek`. Did you mean `schemac check`?");
        usageError(Cli.run("help", "ch\u202eek"), "unknown command `ch\\u202Eek`. Did you mean `schemac check`?");
    }

    @Test
    void aFileThatCannotBeAPathIsTheSameUsageErrorForEveryCommandThatReadsModels() throws IOException {
        String m = model().toString();
        String db = tmp.resolve("none.db").toString();
        var commands = new ArrayList<String[]>(List.of(new String[] {"check"}, new String[] {"generate"},
                new String[] {"seed"}, new String[] {"migrate", "--name", "x"}, new String[] {"diff", "--url", db}));
        for (String[] c : commands) {
            var args = new ArrayList<>(List.of(c));
            args.addAll(List.of(m, "a\u0000b"));
            usageError(Cli.run(args.toArray(String[]::new)), "FILE: `a\\u0000b` is not a path (Nul character not allowed)");
        }
        usageError(Cli.run("fmt", "a\u0000b"), "PATH: `a\\u0000b` is not a path (Nul character not allowed)");
        usageError(Cli.run("check", "--settings", "a\u001b\u0000b", m), "--settings: `a\\u001B\\u0000b` is not a path (Nul character not allowed)");
    }

    @Test
    void anInternalErrorIsCleanedTheSameWay() {
        var err = new java.io.StringWriter();
        Main.internalError(new IllegalStateException("a\u001b[2J\u202e\r\nb"), new java.io.PrintWriter(err));
        noHiddenCharacters(err.toString());
        assertThat(err.toString()).startsWith("error[SC139]: internal error: IllegalStateException: a\\u001B[2J\\u202E\\u000D\\u000Ab (at ");
    }
}
