package dev.schemac.cli;

import static dev.schemac.cli.CommandLineSyntaxTest.usageError;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An empty word where the command line wants a path or the targets (an unset shell variable,
 * {@code --settings=}) is a value left out, a usage error that writes nothing: not the working
 * folder, which {@code Path.of("")} is, and not every target, which a settings file's empty
 * list is. A settings file that is no regular file is refused with advice about
 * {@code --settings}, not about models.
 */
class EmptyWordsOnTheCommandLineTest {
    @TempDir Path tmp;
    Path model;

    @BeforeEach
    void model() throws IOException {
        model = Files.writeString(tmp.resolve("m.schema"), "entity Item {\n  name string(20)\n}\n");
    }

    @Test
    void anEmptyPathIsNoPathForAnyCommand() {
        String out = tmp.resolve("out").toString();
        usageError(Cli.run("check", ""), "FILE: `` is not a path (it is empty)");
        usageError(Cli.run("generate", "-o", out, model.toString(), ""), "FILE: `` is not a path (it is empty)");
        usageError(Cli.run("fmt", "--check", ""), "PATH: `` is not a path (it is empty)");
        usageError(Cli.run("check", "--settings=", model.toString()), "--settings: `` is not a path (it is empty)");
        usageError(Cli.run("generate", "--settings", "", "-o", out, model.toString()), "--settings: `` is not a path (it is empty)");
        usageError(Cli.run("seed", "-o", "", model.toString()), "--out: `` is not a path (it is empty)");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void anEmptyTargetListIsAValueLeftOut() {
        for (String t : new String[] {"", ",", " ", " , "}) {
            Path out = tmp.resolve("out");
            usageError(Cli.run("generate", "-t", t, "-o", out.toString(), model.toString()),
                    "--target needs a value: target names, `all` or `none`");
            usageError(Cli.run("check", "--target=" + t, model.toString()), "--target needs a value: target names, `all` or `none`");
            assertThat(out).doesNotExist();
        }
        // A blank between names is still passed over: the names choose.
        var r = Cli.run("generate", "-t", "sqlite,", "-o", tmp.resolve("one").toString(), model.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        assertThat(tmp.resolve("one/sql/sqlite/schema.sql")).exists();
        assertThat(tmp.resolve("one/sqlmodel")).doesNotExist();
    }

    @Test
    void aSettingsFileThatIsNoFileIsRefusedWithAdviceAboutTheOption() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("schemac.toml"));
        var r = Cli.run("generate", "--color", "never", "--settings", folder.toString(), "-o", tmp.resolve("out").toString(),
                model.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC124]: `" + folder + "` is a folder, not a regular file\n  --> " + folder + ":1:1\n"
                        + "  = help: `--settings` names the settings file itself (a schemac.toml), or `--no-settings` reads none\n")
                .doesNotContain(".schema files");
        assertThat(tmp.resolve("out")).doesNotExist();
    }
}
