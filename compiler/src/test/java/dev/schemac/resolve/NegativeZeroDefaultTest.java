package dev.schemac.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compiler;
import dev.schemac.testing.Engines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A float or double default of negative zero is refused (SC320): a default is read as a decimal
 * number, which has no -0, and SQLite, one of the engines every model is generated for, keeps a
 * REAL default of -0.0 as +0.0, so no output could hold the model's value faithfully.
 */
class NegativeZeroDefaultTest {
    @TempDir Path tmp;

    @Test
    void aFloatingDefaultOfNegativeZeroIsRefusedAtItsValue() throws Exception {
        Path m = Files.writeString(tmp.resolve("m.schema"), "entity A {\n  id int @id\n  d double = -0.0\n  f float = -0\n"
                + "  n decimal(4, 1) = -0\n  i int = -0\n}\n", StandardCharsets.UTF_8);
        var errors = Compiler.compile(List.of(m)).diagnostics().stream().filter(d -> d.isError()).toList();
        assertThat(errors).extracting(d -> d.code() + " " + d.span().line() + ":" + d.span().column() + " " + d.message())
                .containsExactly(
                        "SC320 3:14 default of `d` is negative zero, which SQLite stores as 0 and no decimal default keeps",
                        "SC320 4:13 default of `f` is negative zero, which SQLite stores as 0 and no decimal default keeps");
    }

    /** Why: what SQLite reads back for a REAL column whose default is -0.0 is +0.0. */
    @Test
    void sqliteKeepsNoNegativeZeroDefault() throws Exception {
        try (var c = Engines.sqliteConnection(tmp.resolve("z.db")); var s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, x REAL NOT NULL DEFAULT -0.0)");
            s.execute("INSERT INTO t (id) VALUES (1)");
            try (var r = s.executeQuery("SELECT x FROM t")) {
                assertThat(r.next()).isTrue();
                double x = r.getDouble(1);
                assertThat(x).isZero();
                assertThat(Math.copySign(1.0, x)).as("the sign of the zero read back").isEqualTo(1.0);
            }
        }
    }
}
