package dev.schemac.gen.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.model.Dialect;
import dev.schemac.render.sql.Sql;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Why SC704 leaves an index over every row beside the live-rows unique of a soft-deleting entity
 * (docs/rules.md, SC704): on SQLite and PostgreSQL the unique is a partial index, which the planner
 * cannot use for a lookup that does not filter {@code deleted_at IS NULL}; the explicit index serves
 * it, and without it the lookup scans the table.
 */
class PartialUniqueLookupOnRealEnginesTest {
    private static final String MODEL = """
            schema accounts {
              severity = ["SC733=off"]
            }

            entity Account {
              email      string(255) @unique @pii
              deleted_at datetime?
              @@index(deleted_at)
              %s
            }
            """;

    private static final String LOOKUP = "SELECT id FROM accounts WHERE email = 'a@example.org'";

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Kind.class, names = {"SQLITE", "POSTGRES"})
    void theFullIndexServesTheLookupThePartialUniqueCannot(Kind kind) throws Exception {
        Dialect d = kind == Kind.SQLITE ? Dialect.SQLITE : Dialect.POSTGRES;
        Compilation with = compile("@@index(email)");
        assertThat(with.diagnostics()).as("SC704 leaves the full index alone").noneMatch(x -> x.code().equals("SC704"));
        assertThat(plan(kind, d, with)).contains("idx_accounts_email");
        String without = plan(kind, d, compile(""));
        assertThat(without).doesNotContain("uq_accounts_email").containsIgnoringCase(kind == Kind.SQLITE ? "SCAN" : "Seq Scan");
    }

    private static String plan(Kind kind, Dialect d, Compilation c) throws Exception {
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        try (LiveDb db = LiveDb.fresh(kind, "partialuq")) {
            db.run(Sql.create(d, c.catalog(), "partialuq"));
            try (Connection conn = db.connect(); Statement s = conn.createStatement()) {
                // An empty table makes a scan the cheapest plan on PostgreSQL: ask what it can use at all.
                if (kind == Kind.POSTGRES) s.execute("SET enable_seqscan = off");
                var out = new StringBuilder();
                try (ResultSet rs = s.executeQuery((kind == Kind.SQLITE ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + LOOKUP)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) out.append(rs.getString(columns)).append('\n');
                }
                return out.toString();
            }
        }
    }

    private static Compilation compile(String index) {
        String model = MODEL.formatted(index);
        return Compiler.compile(List.of(Path.of("mem/partialuq.schema")), p -> model.getBytes(StandardCharsets.UTF_8), Map.of(), false);
    }
}
