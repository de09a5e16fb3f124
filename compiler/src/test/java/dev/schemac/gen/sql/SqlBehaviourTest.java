package dev.schemac.gen.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.compile.Compiler;
import dev.schemac.support.TestPaths;
import dev.schemac.gen.sql.Introspector.Kind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shop example's constraints act on every engine: foreign keys, uniques, checks,
 * enums, cascades, set-null, restrict, and the `@updated` timestamp.
 */
class SqlBehaviourTest {

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void constraintsActOnEveryEngine(Kind kind) throws Exception {
        var c = Compiler.compile(List.of(TestPaths.examples().resolve("shop/shop.schema")));
        var files = SqlOnRealEnginesTest.generate(c);
        try (var db = LiveDb.fresh(kind, "behaviour"); Connection conn = db.connect()) {
            db.run(files.get(SqlOnRealEnginesTest.dir(kind) + "schema.sql"));
            exec(conn, "INSERT INTO users (id, email, name, password_hash) VALUES (1, 'a@example.com', 'A', 'h')");
            exec(conn, "INSERT INTO orders (id, user_id, total_amount) VALUES (10, 1, 12.34)");

            assertThatThrownBy(() -> exec(conn, "INSERT INTO orders (id, user_id, total_amount) VALUES (11, 999, 1)"))
                    .as("orphan insert").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> exec(conn,
                    "INSERT INTO users (id, email, name, password_hash) VALUES (2, 'a@example.com', 'B', 'h')"))
                    .as("unique email").isInstanceOf(SQLException.class);
            if (db.enforcesChecks()) {
                assertThatThrownBy(() -> exec(conn, "INSERT INTO orders (id, user_id, total_amount) VALUES (12, 1, -1)"))
                        .as("check total_amount >= 0").isInstanceOf(SQLException.class);
            }
            assertThatThrownBy(() -> exec(conn,
                    "INSERT INTO orders (id, user_id, total_amount, status) VALUES (13, 1, 1, 'NOPE')"))
                    .as("enum value").isInstanceOf(SQLException.class);
            assertThat(count(conn, "SELECT count(*) FROM orders WHERE status = 'PENDING'")).as("enum default").isEqualTo(1);

            exec(conn, "INSERT INTO products (id, sku, name, price) VALUES (5, 'S', 'P', 2.50)");
            exec(conn, "INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (10, 5, 2, 2.50)");
            assertThatThrownBy(() -> exec(conn, "DELETE FROM products WHERE id = 5"))
                    .as("restrict: a product on an order cannot be deleted").isInstanceOf(SQLException.class);
            assertThat(count(conn, "SELECT count(*) FROM products")).isEqualTo(1);

            exec(conn, "INSERT INTO employees (id, name) VALUES (1, 'boss')");
            exec(conn, "INSERT INTO employees (id, name, manager_id) VALUES (2, 'report', 1)");
            exec(conn, "DELETE FROM employees WHERE id = 1");
            assertThat(count(conn, "SELECT count(*) FROM employees WHERE id = 2 AND manager_id IS NULL"))
                    .as("set_null").isEqualTo(1);

            exec(conn, "UPDATE users SET updated_at = '2000-01-01 00:00:00' WHERE id = 1");
            assertThat(count(conn, "SELECT count(*) FROM users WHERE updated_at < '2001-01-01'"))
                    .as("an UPDATE that sets updated_at itself keeps its value").isEqualTo(1);
            exec(conn, "UPDATE users SET name = 'A2' WHERE id = 1");
            assertThat(count(conn, "SELECT count(*) FROM users WHERE updated_at > '2001-01-01'"))
                    .as("@updated: any other UPDATE refreshes updated_at").isEqualTo(1);

            exec(conn, "DELETE FROM users WHERE id = 1");
            assertThat(count(conn, "SELECT count(*) FROM orders")).as("cascade: orders go with their user").isZero();
            assertThat(count(conn, "SELECT count(*) FROM order_items")).as("and their items").isZero();

            exec(conn, "INSERT INTO tags (id, name) VALUES (7, 't')");
            exec(conn, "INSERT INTO product_tags (product_id, tag_id) VALUES (5, 7)");
            exec(conn, "DELETE FROM tags WHERE id = 7");
            assertThat(count(conn, "SELECT count(*) FROM product_tags")).as("join rows cascade").isZero();
        }
    }
}
