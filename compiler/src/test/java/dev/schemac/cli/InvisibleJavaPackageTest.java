package dev.schemac.cli;

import static dev.schemac.cli.CommandLineSyntaxTest.usageError;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Java takes a control or format character into an identifier and ignores it, so a package
 * `db\u202E` compiles; its package line and its folder would read as another package, so the
 * option refuses it as it is read, and nothing is written.
 */
class InvisibleJavaPackageTest {
    @TempDir Path tmp;

    @Test
    void aPackageWithACharacterNoReaderSeesIsRefused() throws IOException {
        Path model = Files.writeString(tmp.resolve("m.schema"), "entity Item {\n  name string(20)\n}\n");
        for (String part : new String[] {"db\u202E", "d\u200Bb", "d\u0001b", "d\u00ADb", "d\uFEFFb"}) {
            assertThat(SourceVersion.isIdentifier(part)).as("Java's own rule takes %s", part.codePoints().boxed().toList()).isTrue();
            Path out = tmp.resolve("out");
            usageError(Cli.run("generate", "--option", "java.package=com." + part, "-o", out.toString(), model.toString()),
                    "--option java.package=com.");
            var r = Cli.run("generate", "--option", "java.package=com." + part, "-o", out.toString(), model.toString());
            assertThat(r.err()).contains("must be a Java package name (dot-separated identifiers that are not Java keywords "
                    + "and hold no invisible or control character, e.g. com.example.db)");
            assertThat(out).doesNotExist();
        }
        var fine = Cli.run("generate", "-t", "java", "--option", "java.package=com.\u00e9t\u00e9.db", "-o",
                tmp.resolve("ok").toString(), model.toString());
        assertThat(fine.code()).as(fine.err()).isEqualTo(Main.OK);
        assertThat(tmp.resolve("ok/java/com/\u00e9t\u00e9/db/Item.java")).exists();
    }
}
