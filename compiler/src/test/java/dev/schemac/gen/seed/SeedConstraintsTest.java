package dev.schemac.gen.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compiler;
import dev.schemac.model.Dialect;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A model made of the constraints that are hard to satisfy by chance — narrow and
 * exclusive numeric bounds, length windows, patterns, two-column comparisons, a unique
 * enum that runs out of values, a one-to-one key — loads on real engines that enforce them,
 * and the table that cannot get every row says so instead of failing.
 */
class SeedConstraintsTest {
    static final String MODEL = """
            schema tricky {
              dialect = postgres
            }

            enum Size {
              S
              M
            }

            entity Box {
              code      string(12)    @unique @pattern("[A-Z]{3}-[0-9]{4}")
              label     string(5)     @length(min = 3, max = 5)
              weight    decimal(4, 1) @check(> 0) @max(99.9)
              level     smallint      @min(-3) @max(-1)
              low       int
              high      int
              size      Size          @unique
              @@check(low < high)
            }

            entity Lid {
              box   Box @unique @on_delete(cascade)
              ratio double @check(>= 0.5) @check(< 0.75)
            }
            """;

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"SQLITE", "POSTGRES", "MARIADB"})
    void hardConstraintsLoad(Kind kind) throws Exception {
        var file = Files.createTempDirectory("schemac-tricky").resolve("tricky.schema");
        Files.writeString(file, MODEL);
        var c = Compiler.compile(List.of(file));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        Dialect d = kind == Kind.SQLITE ? Dialect.SQLITE : kind == Kind.POSTGRES ? Dialect.POSTGRES : Dialect.MYSQL;
        var files = Targets.run(c, List.of(Targets.byName(d.id()).orElseThrow(), Targets.byName("seed").orElseThrow()),
                new TargetOptions("20250101000000", 5, 4, Map.of())).files();
        String seed = files.get(SeedTarget.path(d));
        assertThat(seed).as("two enum values cannot fill four unique rows").contains("-- Fewer rows in boxes: 2 of 4 rows");
        try (var db = LiveDb.fresh(kind, "tricky")) {
            db.run(files.get("sql/" + d.id() + "/schema.sql"));
            db.run(seed);
            try (var conn = db.connect(); var s = conn.createStatement();
                 var rs = s.executeQuery("SELECT (SELECT count(*) FROM boxes), (SELECT count(*) FROM lids)")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
                assertThat(rs.getInt(2)).as("one lid per box: the unique key runs out with the boxes").isEqualTo(2);
            }
        }
    }
}
