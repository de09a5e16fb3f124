package dev.schemac.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A generated column pull leaves out (SC966) stays in a PostgreSQL, MySQL or MariaDB database, and no history of those
 * engines carries it: the note says what that means for the model's migrations, and each sentence holds on the engine.
 * The database refuses to drop a column the generated column reads, and PostgreSQL also to change that column's type.
 */
class GeneratedColumnReadsTest {
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"POSTGRES", "MYSQL", "MARIADB"})
    void theNoteSaysWhatTheDatabaseRefuses(Kind kind) throws Exception {
        boolean pg = kind == Kind.POSTGRES;
        try (var db = LiveDb.fresh(kind, "generated_reads")) {
            db.run(pg
                    ? "CREATE TABLE items (id int PRIMARY KEY, qty int NOT NULL, price numeric(10,2) NOT NULL, "
                            + "total numeric(12,2) GENERATED ALWAYS AS (qty * price) STORED);"
                    : "CREATE TABLE items (id int PRIMARY KEY, qty int NOT NULL, price decimal(10,2) NOT NULL, "
                            + "total decimal(12,2) AS (qty * price) STORED);");
            var pulled = Puller.model(PullFixtures.read(db), null, "pulled.schema");
            assertThat(pulled.warnings()).extracting(d -> d.code() + " " + d.message()).contains("SC966 column `items.total` is not "
                    + "pulled: " + (pg ? Leftover.COMPUTED_POSTGRES : Leftover.COMPUTED_MYSQL));

            // Each engine's own refusal, not any error: MySQL's ER_DEPENDENT_BY_GENERATED_COLUMN, MariaDB's unknown column in
            // the generated column's expression, PostgreSQL's dependent object.
            var drop = assertThatThrownBy(() -> db.run("ALTER TABLE items DROP COLUMN qty;")).isInstanceOf(SQLException.class);
            switch (kind) {
                case MYSQL -> drop.satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(3108));
                case MARIADB -> drop.hasMessageContaining("Unknown column 'qty' in 'GENERATED ALWAYS AS'");
                default -> drop.hasMessageContaining("column total of table items depends on column qty");
            }
            if (pg) {
                assertThatThrownBy(() -> db.run("ALTER TABLE items ALTER COLUMN price TYPE numeric(14,2);"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("generated column");
            }
            if (kind == Kind.MYSQL) {
                // The rename SC573 refuses on every engine, since the history's definition would name what is gone: MySQL
                // refuses it too.
                assertThatThrownBy(() -> db.run("ALTER TABLE items RENAME COLUMN qty TO quantity;"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("generated column");
            }
            assertThat(AdoptLeftOutObjectsTest.one(db, "SELECT COUNT(*) FROM items")).isEqualTo("0");
        }
    }
}
