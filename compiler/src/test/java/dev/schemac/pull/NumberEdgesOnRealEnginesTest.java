package dev.schemac.pull;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.pull.compare.Drift;
import dev.schemac.pull.compare.SchemaComparison;
import java.sql.Connection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Numbers at the edges of binary32 and binary64, in checks and defaults, on every engine. A
 * {@code float} bound is written as binary32 holds it (3.4e38 as 339999995214436424907732413799364296704),
 * which PostgreSQL shows as a quoted numeric: pull reads it back as the model wrote it, as it
 * does the bare number the other engines show. A double beyond the 65 whole digits of MySQL's
 * DECIMAL is written with an exponent: written out, MySQL and MariaDB read it as 1e65, which
 * bounded the check there and defaulted the column.
 */
class NumberEdgesOnRealEnginesTest {

    static final String MODEL = """
            schema edges { dialect = mysql }
            entity Reading {
              peak  float  = 2.5E+2  @check(<= 3.4e38)
              low   float  = 0       @check(>= -3.4028235e38)
              tenth float  = 0       @check(<= 0.1)
              top   double = 0       @check(<= 1.7976931348623157e308)
              far   double = 1e300
            }
            """;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void boundsAndDefaultsReadBackAndHoldAsWritten(Kind kind) throws Exception {
        var c = PullFixtures.compile(MODEL);
        try (var db = LiveDb.fresh(kind, "number_edges")) {
            db.run(PullFixtures.ddl(c, kind));
            var live = PullFixtures.read(db);
            assertThat(SchemaComparison.standard().compare(c.catalog(), live)).as("pull's own check").isEmpty();
            assertThat(Drift.sentences(Drift.of(c.catalog(), live).changes())).as("diff").isEmpty();
            var pulled = Puller.model(live, null, "pulled.schema");
            assertThat(pulled.warnings()).as("pull:\n%s", pulled.text()).isEmpty();
            try (Connection conn = db.connect(); var s = conn.createStatement()) {
                // Each bound admits the value it names, and the double bound a value far above 1e65.
                s.executeUpdate("INSERT INTO readings (peak, low, tenth, top) VALUES (3.4e38, -3.4e38, 0.1, 1e66)");
                s.executeUpdate("INSERT INTO readings (top) VALUES (1.7976931348623157e308)");
                try (var rs = s.executeQuery("SELECT count(*) FROM readings WHERE far > 1e299")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("rows defaulted to 1e300").isEqualTo(2);
                }
            }
        }
    }
}
