package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated and formatted files get the permissions any new file gets under the user's
 * umask (not the 0600 of a temporary file), and a file that is replaced keeps its own.
 * A real schemac process runs under each umask.
 */
class PermissionsTest {
    @TempDir
    Path tmp;

    static final String MODEL = "entity User {\n  email string(255) @unique @pii\n}\n";

    private String modes(String umask, String script) throws Exception {
        Files.writeString(tmp.resolve("m.schema"), MODEL);
        var r = Cli.shell(tmp, "umask " + umask + "\n" + script);
        assertThat(r.code()).as(r.err()).isZero();
        return r.out();
    }

    @Test
    void umask022GivesReadableFilesAndFolders() throws Exception {
        String out = modes("022", """
                schemac generate -t sqlite,json -o out m.schema 2>/dev/null
                stat -c '%a %n' out out/sql out/sql/sqlite out/sql/sqlite/schema.sql out/json/model.json out/.schemac-manifest
                """);
        assertThat(out).isEqualTo("""
                755 out
                755 out/sql
                755 out/sql/sqlite
                644 out/sql/sqlite/schema.sql
                644 out/json/model.json
                644 out/.schemac-manifest
                """);
    }

    @Test
    void umask077GivesPrivateFilesAndFolders() throws Exception {
        String out = modes("077", """
                schemac generate -t sqlite -o out m.schema 2>/dev/null
                stat -c '%a %n' out out/sql/sqlite out/sql/sqlite/schema.sql
                """);
        assertThat(out).isEqualTo("""
                700 out
                700 out/sql/sqlite
                600 out/sql/sqlite/schema.sql
                """);
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        String out = modes("022", """
                schemac generate -t sqlite -o out m.schema 2>/dev/null
                chmod 640 out/sql/sqlite/schema.sql
                sed -i 's/255/200/' m.schema
                schemac generate -t sqlite -o out m.schema 2>/dev/null
                grep -c 'VARCHAR(200)' out/sql/sqlite/schema.sql
                stat -c '%a' out/sql/sqlite/schema.sql
                """);
        assertThat(out).isEqualTo("1\n640\n");
    }

    @Test
    void fmtKeepsTheFilesPermissions() throws Exception {
        String out = modes("077", """
                printf 'entity  User{email string(255)}\\n' > a.schema
                chmod 664 a.schema
                schemac fmt a.schema
                stat -c '%a' a.schema
                head -1 a.schema
                """);
        assertThat(out).isEqualTo("664\nentity User {\n");
    }

    @Test
    void seedOutFollowsTheUmask() throws Exception {
        String out = modes("027", """
                schemac seed -o seed.sql m.schema
                stat -c '%a' seed.sql
                """);
        assertThat(out).isEqualTo("640\n");
    }

    @Test
    void inProcessTheSameRulesHold() throws IOException {
        // The test JVM's own umask is whatever the machine has; a replaced file's mode is ours to check.
        Path m = Files.writeString(tmp.resolve("m.schema"), MODEL);
        Path out = tmp.resolve("o");
        assertThat(Cli.run("generate", "-t", "sqlite", "-o", out.toString(), m.toString()).code()).isZero();
        Path sql = out.resolve("sql/sqlite/schema.sql");
        Files.setPosixFilePermissions(sql, PosixFilePermissions.fromString("rw-rw-r--"));
        Files.writeString(m, MODEL.replace("255", "250"));
        assertThat(Cli.run("generate", "-t", "sqlite", "-o", out.toString(), m.toString()).code()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sql))).isEqualTo("rw-rw-r--");
        assertThat(sql).content().contains("VARCHAR(250)");
    }
}
