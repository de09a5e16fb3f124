package dev.schemac.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.cli.Main;
import dev.schemac.render.markdown.Quoted;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message that names a table, column, constraint or index (SC604, SC605, SC710, a migration's sentences) names it
 * as the design document's own sentences do, by the one rule of names (NameText): a name with a space, a dot or a
 * quote is in double quotes, a {@code "} doubled, so {@code "catalogue products"} reads as one table, in the
 * terminal and in the document alike, and the document never names one table two ways.
 */
class StoredNamesInMessagesTest {
    @TempDir Path dir;

    private static final String MODEL = """
            schema sn {
              title   = "Stored names"
              feature = "sn"
            }
            /// A product.
            entity Product {
              sku  string(20) @map("s\\"k u")
              @@map("catalogue products")
            }
            /// A line.
            entity Line {
              product Product
              qty     int @map("q ty")
              @@map("order lines")
            }
            """;

    @Test
    void checkAndTheDocumentsNameEachTableAsTheDocumentsDo() throws Exception {
        Path model = dir.resolve("m.schema");
        Files.writeString(model, MODEL, StandardCharsets.UTF_8);
        var check = run("check", model.toString(), "--no-settings");
        assertThat(check.code).as(check.err).isZero();
        String terminal = check.out + check.err;
        assertThat(terminal).contains(
                "table name `\"catalogue products\"` is not snake_case plural",
                "column name `\"s\"\"k u\"` is not snake_case",
                "column name `\"q ty\"` is not snake_case",
                "`Product` has an integer key and is referenced by the table `\"order lines\"`");

        Path out = dir.resolve("out");
        var gen = run("generate", model.toString(), "--no-settings", "-o", out.toString());
        assertThat(gen.code).as(gen.err).isZero();
        String design = Files.readString(out.resolve("Database_Design.md"), StandardCharsets.UTF_8);
        String record = Files.readString(out.resolve("ai/decisions/sn_database_schema.md"), StandardCharsets.UTF_8);
        for (String doc : List.of(design, record)) {
            assertThat(doc).contains("Creates table `\"catalogue products\"`.")
                    .contains("from `\"order lines\"` to `\"catalogue products\"`")
                    .doesNotContain("`catalogue products`", "`order lines`", "`q ty`", "`s\"k u`", "`fk_order lines_catalogue products`");
        }
        assertThat(design).contains("table name `\"catalogue products\"` is not snake_case plural",
                "`Product` has an integer key and is referenced by the table `\"order lines\"`");
        // The documents' own sentences and tables name the table the same way.
        assertThat(design).contains("(table `\"catalogue products\"`)");
        assertThat(record).contains("| Tables | snake_case, plural | `\"catalogue products\"` (none follows it: see below) |",
                "| Foreign keys | `fk_{table}_{referenced_table}` | `\"fk_order lines_catalogue products\"`");
    }

    @Test
    void aQualifiedNameQuotesEachPartAndPlainNamesStayBare() {
        assertThat(Quoted.stored("catalogue products", "created at")).isEqualTo("`\"catalogue products\".\"created at\"`");
        assertThat(Quoted.stored("orders", "total")).isEqualTo("`orders.total`");
        assertThat(Quoted.stored("a\"b")).isEqualTo("`\"a\"\"b\"`");
        assertThat(Quoted.stored("écrit")).isEqualTo("`écrit`");
        assertThat(Quoted.stored("t`x")).isEqualTo("``\"t`x\"``");
        assertThat(Quoted.columns(List.of("a", "b c"))).isEqualTo("(`a`, `\"b c\"`)");
        assertThat(Quoted.stored("t", List.of("a", "b c"))).isEqualTo("`t.a, \"b c\"`");
        // Read back as Markdown and as plain text, the span holds the name as NameText wrote it.
        assertThat(Quoted.plain("table " + Quoted.stored("x|y"))).isEqualTo("table \"x|y\"");
    }

    /** SC731 and SC732 name a soft-deleting entity's unique constraint and its marker column as the documents do. */
    @Test
    void theUniquesOfSoftDeletingEntitiesNameTheirConstraintAndMarkerAsTheDocumentsDo() throws Exception {
        for (String dialect : List.of("mysql", "postgres")) {
            Path model = dir.resolve(dialect + ".schema");
            Files.writeString(model, """
                    schema sd {
                      dialect = %s
                    }
                    /// A nickname.
                    entity Nickname {
                      name       string(40)
                      handle     string(40)
                      deleted_at datetime? @map("gone at")
                      @@unique(name, deleted_at, name = "uq nick name")
                      @@unique(handle, name = "uq nick handle")
                      @@index(deleted_at)
                    }
                    """.formatted(dialect), StandardCharsets.UTF_8);
            var check = run("check", model.toString(), "--no-settings");
            String terminal = check.out + check.err;
            if (dialect.equals("mysql")) {
                assertThat(terminal).contains("`\"uq nick name\"` of `Nickname` includes `\"gone at\"`, which is NULL on every live row",
                        "drop `\"gone at\"` from the unique",
                        "`\"uq nick handle\"` of `Nickname`, which soft-deletes, holds over deleted rows on MySQL");
            } else {
                assertThat(terminal).contains("`\"uq nick handle\"` holds among live Nickname rows only");
            }
            assertThat(terminal).doesNotContain("`uq nick", "`gone at`");
        }
    }

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--color", "never"));
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }
}
