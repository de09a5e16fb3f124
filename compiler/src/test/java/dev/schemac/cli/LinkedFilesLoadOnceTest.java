package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file is one file however a path reaches it: through a symbolic link (to the file or to a
 * folder above it) it is loaded, and formatted, once, on a real file system.
 */
class LinkedFilesLoadOnceTest {
    @TempDir
    Path tmp;

    private Path project() throws IOException {
        Path common = Files.createDirectories(tmp.resolve("common"));
        Files.writeString(common.resolve("types.schema"), """
                enum Status {
                  OPEN
                  DONE
                }
                /// An order.
                entity Order {
                  status   Status
                  customer Customer
                }
                """);
        Files.writeString(tmp.resolve("main.schema"), """
                import "common/types.schema"
                /// A customer.
                entity Customer {
                  name   string(100)
                  orders Order[]
                }
                """);
        return tmp;
    }

    @Test
    void anImportThroughALinkToTheFileLoadsItOnce() throws IOException {
        project();
        Files.createSymbolicLink(tmp.resolve("typeslink.schema"), Path.of("common/types.schema"));
        Files.writeString(tmp.resolve("imp4.schema"), "import \"typeslink.schema\"\n");
        var r = Cli.run("check", "--color", "never", tmp.resolve("main.schema").toString(), tmp.resolve("imp4.schema").toString());
        assertThat(r.err()).doesNotContain("SC204");
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void anImportThroughALinkedFolderAndTheFileOnTheCommandLineLoadItOnce() throws IOException {
        project();
        Files.createSymbolicLink(tmp.resolve("shared"), Path.of("common"));
        Files.writeString(tmp.resolve("other.schema"), "import \"shared/types.schema\"\n");
        var r = Cli.run("check", "--color", "never", tmp.resolve("main.schema").toString(),
                tmp.resolve("other.schema").toString(), tmp.resolve("shared/types.schema").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("SC204");
    }

    @Test
    void twoDifferentFilesWithOneDeclarationAreStillTwo() throws IOException {
        // The key is the file, not its name: a copy is another file, and its declarations clash.
        project();
        Files.copy(tmp.resolve("common/types.schema"), tmp.resolve("copy.schema"));
        var r = Cli.run("check", "--color", "never", tmp.resolve("main.schema").toString(), tmp.resolve("copy.schema").toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC204]: enum `Status` is already declared")
                .contains("--> " + tmp.resolve("common/types.schema") + ":1:6")
                .contains("= note: first declared here (" + tmp.resolve("copy.schema") + ":1:6)");
    }

    @Test
    void fmtFormatsAFileReachedAsAFileAndThroughALinkOnce() throws IOException {
        Path real = Files.writeString(tmp.resolve("a.schema"), "entity  X {\n  a   int\n}\n");
        Files.createSymbolicLink(tmp.resolve("b.schema"), Path.of("a.schema"));
        var check = Cli.run("fmt", "--check", "--color", "never", real.toString(), tmp.resolve("b.schema").toString(), tmp.toString());
        assertThat(check.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(check.err()).isEqualTo("not formatted: " + real + "\n");
        assertThat(check.out().lines().filter(l -> l.startsWith("+++ "))).hasSize(1);
        var fmt = Cli.run("fmt", real.toString(), tmp.resolve("b.schema").toString());
        assertThat(fmt.code()).as(fmt.err()).isZero();
        assertThat(Files.readString(real)).isEqualTo("entity X {\n  a int\n}\n");
        assertThat(Files.isSymbolicLink(tmp.resolve("b.schema"))).isTrue();
    }
}
