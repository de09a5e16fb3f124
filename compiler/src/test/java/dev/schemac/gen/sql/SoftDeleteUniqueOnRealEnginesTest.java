package dev.schemac.gen.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.model.Dialect;
import dev.schemac.render.sql.Sql;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A unique of an entity that soft-deletes, on the real engines, as the documents and rules
 * SC731/SC732 describe it: on PostgreSQL and SQLite a deleted row frees its value (a new live
 * row may take it) while a live duplicate is still refused; on MySQL and MariaDB, which have no
 * partial indexes, the unique holds over every row, so the deleted row keeps its value. A
 * one-to-one's unique holds over every row on every engine. A table that deletes for real
 * keeps its unique over every row.
 */
class SoftDeleteUniqueOnRealEnginesTest {
    static final String MODEL = """
            schema accounts {
              dialect = postgres
            }

            /// A login; a closed account is kept with deleted_at set.
            entity Account {
              email      string(255) @unique @pii
              team       string(40)
              handle     string(40)
              deleted_at datetime?
              settings   Profile?
              @@unique(team, handle)
              @@index(deleted_at)
            }

            /// One account's public profile.
            entity Profile {
              account    Account @unique @on_delete(cascade)
              bio        text
              deleted_at datetime?
              @@index(deleted_at)
            }
            """;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void aDeletedRowFreesItsValueWhereTheEngineHasPartialIndexes(Kind kind) throws Exception {
        Compilation c = Compiler.compile(List.of(Path.of("mem/accounts.schema")), p -> MODEL.getBytes(StandardCharsets.UTF_8),
                Map.of(), false);
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        Dialect d = switch (kind) {
            case SQLITE -> Dialect.SQLITE;
            case POSTGRES -> Dialect.POSTGRES;
            case MARIADB, MYSQL -> Dialect.MYSQL;
        };
        boolean partial = Sql.partialIndexes(d);
        assertThat(partial).isEqualTo(kind == Kind.SQLITE || kind == Kind.POSTGRES);
        try (LiveDb db = LiveDb.fresh(kind, "softuq")) {
            db.run(Sql.create(d, c.catalog(), "accounts"));
            try (Connection conn = db.connect(); var s = conn.createStatement()) {
                s.execute(insertAccount(d, 1, "a@example.org", "red", "ann"));
                // A live duplicate is refused on every engine, for the field unique and the entity unique.
                assertThatThrownBy(() -> s.execute(insertAccount(d, 2, "a@example.org", "blue", "bob"))).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> s.execute(insertAccount(d, 3, "b@example.org", "red", "ann"))).isInstanceOf(SQLException.class);
                s.execute(insertProfile(d, 1, 1));
                // Account 1 is deleted (soft): its values are free where the unique holds among live rows only.
                s.execute("UPDATE " + Sql.id(d, "accounts") + " SET " + Sql.id(d, "deleted_at") + " = " + now(d)
                        + " WHERE " + Sql.id(d, "id") + " = 1");
                s.execute("UPDATE " + Sql.id(d, "profiles") + " SET " + Sql.id(d, "deleted_at") + " = " + now(d)
                        + " WHERE " + Sql.id(d, "id") + " = 1");
                if (partial) {
                    s.execute(insertAccount(d, 4, "a@example.org", "red", "ann"));
                    // ...and the new live row blocks a second live one again.
                    assertThatThrownBy(() -> s.execute(insertAccount(d, 5, "a@example.org", "green", "cyd")))
                            .isInstanceOf(SQLException.class);
                } else {
                    assertThatThrownBy(() -> s.execute(insertAccount(d, 4, "a@example.org", "red", "ann")))
                            .isInstanceOf(SQLException.class);
                }
                // The one-to-one keeps its unique over every row: a deleted profile still holds its account.
                assertThatThrownBy(() -> s.execute(insertProfile(d, 2, 1))).isInstanceOf(SQLException.class);
            }
        }
    }

    private static String insertAccount(Dialect d, int id, String email, String team, String handle) {
        return "INSERT INTO " + Sql.id(d, "accounts") + " (" + Sql.id(d, "id") + ", " + Sql.id(d, "email") + ", "
                + Sql.id(d, "team") + ", " + Sql.id(d, "handle") + ") VALUES (" + id + ", " + Sql.string(d, email) + ", "
                + Sql.string(d, team) + ", " + Sql.string(d, handle) + ")";
    }

    private static String insertProfile(Dialect d, int id, int account) {
        return "INSERT INTO " + Sql.id(d, "profiles") + " (" + Sql.id(d, "id") + ", " + Sql.id(d, "account_id") + ", "
                + Sql.id(d, "bio") + ") VALUES (" + id + ", " + account + ", " + Sql.string(d, "hello") + ")";
    }

    private static String now(Dialect d) {
        return "CURRENT_TIMESTAMP";
    }
}
