package dev.schemac.gen.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import dev.schemac.render.sql.Sql;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Sentences of the documents that depend on what an engine really does, each run on that
 * engine next to the sentence the documents write for the same model: the sentence must name
 * what the engine does (a test here fails when the wording claims more than the engine keeps).
 */
class DocumentTruthOnRealEnginesTest {
    record Generated(Compilation c, Map<String, String> files) {
        String design() { return DocumentClaimsTest.prose(files.get("Database_Design.md")); }

        String record() {
            return files.entrySet().stream().filter(e -> e.getKey().startsWith("ai/decisions/")).map(e -> DocumentClaimsTest.prose(e.getValue()))
                    .findFirst().orElseThrow();
        }

        String file(String path) { return files.get(path); }
    }

    static Generated generate(String name, String model) {
        Compilation c = Compiler.compile(List.of(Path.of("mem/" + name + ".schema")), p -> model.getBytes(StandardCharsets.UTF_8),
                Map.of(), false);
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var r = Targets.run(c, Targets.all(), TargetOptions.defaults());
        assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
        return new Generated(c, r.files());
    }

    /** A fresh database of {@code kind} holding the model's DDL for {@code d}. */
    static LiveDb database(Kind kind, Dialect d, Generated g, String hint) throws Exception {
        LiveDb db = LiveDb.fresh(kind, hint);
        db.run(Sql.create(d, g.c().catalog(), hint));
        return db;
    }

    static long count(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // A partial unique (live rows only) is no one-to-one: deleted rows repeat its value.
    static final String CARTS = """
            schema carts {
              dialect = sqlite
            }

            /// An account.
            entity Account {
              email string(100) @unique
              carts Cart[]
            }

            /// A cart: one live cart per account, old carts kept.
            entity Cart {
              account    Account @on_delete(cascade)
              deleted_at datetime?
              @@unique(account)
              @@index(deleted_at)
            }
            """;

    @Test
    void aUniqueOfLiveRowsOnlyIsDrawnOneToMany() throws Exception {
        Generated g = generate("carts", CARTS);
        try (LiveDb db = database(Kind.SQLITE, Dialect.SQLITE, g, "carts"); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO accounts (id, email) VALUES (1, 'a@example.org')");
            s.execute("INSERT INTO carts (id, account_id, deleted_at) VALUES (1, 1, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO carts (id, account_id) VALUES (2, 1)");
            assertThat(count(s, "SELECT count(*) FROM carts WHERE account_id = 1")).isEqualTo(2);
            assertThatThrownBy(() -> s.execute("INSERT INTO carts (id, account_id) VALUES (3, 1)")).isInstanceOf(SQLException.class);
        }
        // Two carts of one account: the diagrams draw the carts side as many, as the prose says.
        assertThat(g.file("mermaid/er.mmd")).contains("accounts ||..o{ carts").doesNotContain("||..o| carts");
        assertThat(g.file("erd/er.txt")).contains("[accounts] 1----* [carts]").doesNotContain("1----0..1 [carts]");
        assertThat(g.design()).contains("Account → Cart (`Cart.account`): one-to-many");
    }

    static final String CLUBS = """
            schema clubs {
              dialect = sqlite
              timestamps = false
            }

            /// A club.
            entity Club {
              name    string(20) @unique
              members Member[]
            }

            /// A member: an email once per club, a badge once overall.
            entity Member {
              club  Club
              email string(50)
              badge string(10) @unique
              @@unique(club, email)
            }
            """;

    /**
     * A column of a unique of several columns repeats on its own, and the diagrams do not
     * mark it UK; a one-column unique refuses a repeat, and they do.
     */
    @Test
    void onlyAColumnUniqueOnItsOwnIsMarkedUk() throws Exception {
        Generated g = generate("clubs", CLUBS);
        try (LiveDb db = database(Kind.SQLITE, Dialect.SQLITE, g, "clubs"); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO clubs (id, name) VALUES (1, 'chess'), (2, 'go')");
            s.execute("INSERT INTO members (id, club_id, email, badge) VALUES (1, 1, 'a@example.org', 'b1'), (2, 2, 'a@example.org', 'b2')");
            assertThat(count(s, "SELECT count(*) FROM members WHERE email = 'a@example.org'")).isEqualTo(2);
            assertThatThrownBy(() -> s.execute("INSERT INTO members (id, club_id, email, badge) VALUES (3, 1, 'c@example.org', 'b1')"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("INSERT INTO members (id, club_id, email, badge) VALUES (4, 1, 'a@example.org', 'b4')"))
                    .isInstanceOf(SQLException.class);
        }
        String txt = g.file("erd/er.txt");
        assertThat(txt).contains("| email ", "| badge  UK ", "| club_id  FK ", "| UK (club_id, email) |").doesNotContain("| email  UK");
        String mmd = g.file("mermaid/er.mmd");
        assertThat(mmd).contains("string email \"unique (club_id, email)\"", "string badge UK", "int club_id FK \"unique (club_id, email)\"");
        // The decision record quotes the same text diagram.
        assertThat(g.files().entrySet().stream().filter(e -> e.getKey().startsWith("ai/decisions/")).findFirst().orElseThrow().getValue())
                .contains("| UK (club_id, email) |").doesNotContain("| email  UK");
    }

    @Test
    void theSeedCommandNamesNoFileButTheInput() {
        // The schema is called "stress", its file "m1.schema": `schemac seed stress.schema` would fail with SC107.
        Generated g = generate("m1", CARTS.replace("schema carts", "schema stress"));
        var named = java.util.regex.Pattern.compile("[\\w.-]+\\.schema\\b").matcher(g.design() + g.record());
        while (named.find()) assertThat(named.group()).as("a file the documents name").isEqualTo("m1.schema");
        assertThat(g.design()).contains("regenerate with `schemac seed` on the schema's file with `--seed ");
    }

    static final String ORDERS = """
            schema orders {
              dialect = sqlite
            }

            /// A customer.
            entity Customer {
              name   string(50)
              orders Order[]
            }

            /// An order, deleted with its customer.
            entity Order {
              customer Customer @on_delete(cascade)
              lines    Line[]
            }

            /// A line, which protects its order.
            entity Line {
              order Order @on_delete(restrict)
              qty   int
            }
            """;

    @Test
    void aCascadeIntoARestrictIsSaidToFail() throws Exception {
        Generated g = generate("orders", ORDERS);
        try (LiveDb db = database(Kind.SQLITE, Dialect.SQLITE, g, "orders"); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO customers (id, name) VALUES (1, 'a'), (2, 'b')");
            s.execute("INSERT INTO orders (id, customer_id) VALUES (1, 1), (2, 2)");
            s.execute("INSERT INTO lines (id, order_id, qty) VALUES (1, 1, 3)");
            // Customer 1's order has a line: the cascade runs into the restrict and the delete fails.
            assertThatThrownBy(() -> s.execute("DELETE FROM customers WHERE id = 1")).isInstanceOf(SQLException.class);
            assertThat(count(s, "SELECT count(*) FROM orders WHERE customer_id = 1")).isEqualTo(1);
            // Customer 2's order has none: the cascade deletes it.
            s.execute("DELETE FROM customers WHERE id = 2");
            assertThat(count(s, "SELECT count(*) FROM orders WHERE customer_id = 2")).isZero();
        }
        String failing = ", or the whole delete fails while a row still refers to one it would delete through `lines.order_id`";
        assertThat(g.design()).contains("deleting a Customer deletes its Order rows" + failing)
                .doesNotContain("deleting a Customer deletes its Order rows.");
        assertThat(g.design()).contains("  - A delete from `customers` deletes rows of `orders`" + failing);
    }

    // A restricting key inside the rows a cascade deletes: a region's parent, both of one country.
    static final String NESTED = """
            schema nested {
              dialect = %s
              timestamps = false
            }

            /// A country.
            entity Country {
              iso     char(2) @id
              regions Region[]
            }

            /// A region; a region may lie inside another.
            entity Region {
              country  Country  @id @on_delete(cascade)
              code     string(10) @id
              parent   Region?  @relation("nesting") @on_delete(restrict)
              children Region[] @relation("nesting")
            }
            """;

    /**
     * "The whole delete fails while a row still refers to one it would delete": a row the cascade
     * leaves (a region of another country inside one of the deleted country's) makes the delete fail
     * on every engine. A referring row the same delete removes too (a child region of the same
     * country) is checked as the engine checks RESTRICT, which the document says of that case.
     */
    @Test
    void aRestrictWithinTheCascadeIsSaidAsEachEngineChecksIt() throws Exception {
        var outcomes = new java.util.TreeMap<String, String>();
        for (Kind kind : List.of(Kind.SQLITE, Kind.POSTGRES, Kind.MARIADB, Kind.MYSQL)) {
            Dialect d = kind == Kind.POSTGRES ? Dialect.POSTGRES : kind == Kind.SQLITE ? Dialect.SQLITE : Dialect.MYSQL;
            Generated g = generate("nested", NESTED.formatted(d.id()));
            try (LiveDb db = database(kind, d, g, "nested"); Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO countries (iso) VALUES ('xa'), ('ya'), ('za')");
                s.execute("INSERT INTO regions (country_iso, code) VALUES ('xa', 'a'), ('ya', 'a')");
                s.execute("INSERT INTO regions (country_iso, code, parent_country_iso, parent_code) VALUES ('xa', 'b', 'xa', 'a'), ('za', 'b', 'ya', 'a')");
                // A region of another country refers to one the delete would remove: refused everywhere.
                assertThatThrownBy(() -> s.execute("DELETE FROM countries WHERE iso = 'ya'")).as("%s", kind).isInstanceOf(SQLException.class);
                assertThat(count(s, "SELECT count(*) FROM regions WHERE country_iso = 'ya'")).as("%s", kind).isEqualTo(1);
                String inside;
                try {
                    s.execute("DELETE FROM countries WHERE iso = 'xa'");
                    inside = "deleted";
                } catch (SQLException e) {
                    inside = "refused";
                }
                outcomes.put(kind.name(), inside);
            }
        }
        assertThat(outcomes).as("a child region deleted by the same cascade as its parent")
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("SQLITE", "refused", "POSTGRES", "deleted", "MARIADB", "refused", "MYSQL", "refused"));
        String said = "deleting a Country deletes its Region rows, or the whole delete fails while a row still refers to one it would delete"
                + " through `regions.parent_country_iso, parent_code` (`ON DELETE RESTRICT`); on SQLite and MySQL, which check each row as"
                + " they delete it, a referring row of `regions` that the same delete removes can refuse it too";
        for (Dialect d : Dialect.values()) assertThat(generate("nested", NESTED.formatted(d.id())).design()).as("%s", d).contains(said);
        // A delete whose refusing rows are all outside what it removes says nothing of the kind.
        assertThat(generate("orders", ORDERS).design()).doesNotContain("that the same delete removes");
    }

    static final String TEACHING = """
            schema teaching {
              dialect = sqlite
              timestamps = false
            }

            /// Who teaches which course to which student: 3NF, not BCNF.
            entity Teaching {
              student string(20) @id
              course  string(20) @id
              teacher string(20)
              @@unique(student, teacher)
              @@depends(teacher -> course)
            }

            /// A room, keyed by its number.
            entity Room {
              number int @id
              name   string(20) @unique
            }
            """;

    @Test
    void onlyBcnfIsSaidToKeyEveryDeterminant() throws Exception {
        Generated g = generate("teaching", TEACHING);
        try (LiveDb db = database(Kind.SQLITE, Dialect.SQLITE, g, "teaching"); Connection c = db.connect(); Statement s = c.createStatement()) {
            // teacher -> course is stored in every row of t1: twice here.
            s.execute("INSERT INTO teachings (student, course, teacher) VALUES ('s1', 'c1', 't1'), ('s2', 'c1', 't1')");
            assertThat(count(s, "SELECT count(*) FROM teachings WHERE teacher = 't1' AND course = 'c1'")).isEqualTo(2);
        }
        var forms = g.c().analyses().normalForms().entities();
        assertThat(forms).anySatisfy(e -> assertThat(e.entity() + e.highestNormalForm()).isEqualTo("Teaching3NF"));
        String said = g.record().lines().filter(l -> l.startsWith("- Normal form: ")).findFirst().orElseThrow();
        assertThat(said).startsWith("- Normal form: Room reaches BCNF on the keys and dependencies declared: every determinant is a key;"
                + " Teaching reaches 3NF but not BCNF");
    }

    @Test
    void anEntityWithNoSafeSplitIsSaidToHaveNone() {
        Generated g = generate("optional", """
                schema optional {
                  severity = ["SC710=off", "SC733=off"]
                }

                entity Customer {
                  name string(100)
                  zip  string(10)?
                  city string(100)?
                  @@depends(zip -> city)
                }
                """);
        assertThat(g.c().analyses().normalForms().of("Customer").orElseThrow().decomposition()).isEmpty();
        assertThat(g.design()).contains("Customer is in 2NF; no decomposition is proposed, since no split of it would be"
                + " accepted as it stands or keep every row (the finding's help says why).");
    }

    static final String UNDECLARED = """
            schema undeclared {
              severity = ["SC710=off", "SC733=off"]
            }

            entity Department {
              code string(10) @unique
              name string(100)
            }

            entity Employee {
              name            string(100)
              department      Department
              department_name string(100)
            }

            entity Contact {
              handle string(20) @id
              email  string(100)
              phone  string(30)
              @@depends(email -> handle, phone)
            }
            """;

    @Test
    void aCopyTheChecksFindAndAKeyOnlyDependsImpliesAreNotPassedOffAsBcnf() throws Exception {
        Generated g = generate("undeclared", UNDECLARED);
        try (LiveDb db = database(Kind.SQLITE, Dialect.SQLITE, g, "undeclared"); Connection c = db.connect(); Statement s = c.createStatement()) {
            // The department's name is held twice and the two can disagree; nothing keeps two contacts from one email.
            s.execute("INSERT INTO departments (code, name) VALUES ('d1', 'Sales')");
            s.execute("INSERT INTO employees (name, department_id, department_name) VALUES ('e1', 1, 'Marketing')");
            assertThat(count(s, "SELECT count(*) FROM employees e JOIN departments d ON d.id = e.department_id"
                    + " WHERE d.name <> e.department_name")).isEqualTo(1);
            s.execute("INSERT INTO contacts (handle, email, phone) VALUES ('h1', 'a@x', '1'), ('h2', 'a@x', '1')");
            assertThat(count(s, "SELECT count(*) FROM contacts WHERE email = 'a@x'")).isEqualTo(2);
        }
        String said = g.record().lines().filter(l -> l.startsWith("- Normal form: ")).findFirst().orElseThrow();
        assertThat(said).isEqualTo("- Normal form: Department and Contact reach BCNF on the keys and dependencies declared: every"
                + " determinant is a key; Employee reaches BCNF on the dependencies declared only: the checks find copied fields or"
                + " repeating groups in it, or it is denormalized on purpose (see the findings in Database_Design.md).");
        String design = g.design();
        assertThat(design).contains("| Employee | id | BCNF (*declared dependencies only*) | undeclared: `Employee.department_name` looks like a copy");
        assertThat(design).contains("| Contact | handle; email (*not enforced*) | BCNF |");
    }

    static final String POSTS = """
            schema posts {
              dialect = postgres
            }

            /// An account.
            entity Account {
              email    string(100) @unique
              nickname string(30)? @unique
              posts    Post[]
            }

            /// A post, soft-deleted, unique per author and slug.
            entity Post {
              author     Account @on_delete(cascade)
              slug       string(50)
              deleted_at datetime?
              @@unique(author, slug)
              @@index(deleted_at)
            }
            """;

    @Test
    void candidateKeysThatLeaveRowsOutAreMarked() throws Exception {
        Generated g = generate("posts", POSTS);
        try (LiveDb db = database(Kind.POSTGRES, Dialect.POSTGRES, g, "posts"); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO accounts (email) VALUES ('a@example.org'), ('b@example.org')");
            assertThat(count(s, "SELECT count(*) FROM accounts WHERE nickname IS NULL")).isEqualTo(2);
            s.execute("INSERT INTO posts (author_id, slug, deleted_at) VALUES (1, 'hello', now())");
            s.execute("INSERT INTO posts (author_id, slug) VALUES (1, 'hello')");
            assertThat(count(s, "SELECT count(*) FROM posts WHERE author_id = 1 AND slug = 'hello'")).isEqualTo(2);
        }
        assertThat(g.design()).contains("| Account | id; email; nickname (*optional*) |").contains("| Post | id; author + slug (*live rows only*) |")
                .contains("A key marked *optional* has an optional field").contains("A key marked *live rows only* is unique among the rows not soft-deleted");
    }

    static final String EVENTS = """
            schema events {
              dialect = postgres
            }

            /// An event with its own timestamp fields.
            entity Event {
              name       string(50)
              created_at string(10)
              updated_at datetime?
            }

            /// A note.
            entity Note {
              body text
            }
            """;

    @Test
    void timestampsDeclaredByHandCountOnlyInTheShapeSc702Asks() throws Exception {
        Generated g = generate("events", EVENTS);
        try (LiveDb db = database(Kind.POSTGRES, Dialect.POSTGRES, g, "events"); Connection c = db.connect(); Statement s = c.createStatement()) {
            // Nothing sets them: created_at is any text the application writes, updated_at stays NULL through an update.
            s.execute("INSERT INTO events (name, created_at) VALUES ('a', 'yesterday')");
            s.execute("UPDATE events SET name = 'b'");
            assertThat(count(s, "SELECT count(*) FROM events WHERE updated_at IS NULL AND created_at = 'yesterday'")).isEqualTo(1);
        }
        assertThat(g.record()).contains("| `events` | yes | no | no | no (deleted for real) | `created_at` is `string(10)`, not `datetime`")
                .contains("`notes` | yes | yes | yes |")
                .doesNotContain("has its key and both timestamps").contains("`events` is the exception");
        assertThat(g.design()).contains("Event's `created_at` and `updated_at` are declared by hand but not as the timestamp the name says (SC702)");
    }

    static final String TICKETS = """
            schema tickets {
              dialect = postgres
            }

            /// A support ticket.
            entity Ticket {
              owner  string(40)
              status string(20)
              note   text?
              @@index(owner)
            }
            """;

    @Test
    void anUpdateOnPostgresWritesToIndexesOfColumnsItLeavesAlone() throws Exception {
        Generated g = generate("tickets", TICKETS);
        try (LiveDb db = database(Kind.POSTGRES, Dialect.POSTGRES, g, "tickets"); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO tickets (owner, status) SELECT 'o' || (i % 100), 'open' FROM generate_series(1, 20000) i");
            long before = count(s, "SELECT pg_relation_size('idx_tickets_owner')");
            // Full pages leave no room for HOT: every new row version gets an entry in the owner index it does not change.
            s.execute("UPDATE tickets SET status = 'closed'");
            long after = count(s, "SELECT pg_relation_size('idx_tickets_owner')");
            assertThat(after).as("idx_tickets_owner after an UPDATE of status only").isGreaterThan(before + before / 2);
        }
        assertThat(g.design()).contains(dev.schemac.access.IndexBudget.COST)
                .doesNotContain("every update those on the columns it changes");
    }

    static final String LEAGUE = """
            schema league {
              dialect = %s
            }

            /// A team; its captain is one of its players.
            entity Team {
              name    string(80) @unique
              captain Player?    @relation("captaincy") @on_delete(set_null) @unique
              players Player[]   @relation("roster")
            }

            /// A player, on at most one team.
            entity Player {
              name       string(120)
              team       Team?      @relation("roster") @on_delete(set_null)
              captain_of Team?      @relation("captaincy")
            }
            """;

    /** The cycle's copy sets the forward key with UPDATEs; the path's recipe keeps the copied updated_at, as the engine shows. */
    @Test
    void theCycleCopyKeepsTheCopiedUpdateTimes() throws Exception {
        for (Kind kind : List.of(Kind.POSTGRES, Kind.MARIADB)) {
            Dialect d = kind == Kind.POSTGRES ? Dialect.POSTGRES : Dialect.MYSQL;
            Generated g = generate("league", LEAGUE.formatted(d.id()));
            String step = g.design().lines().filter(l -> l.contains("reference each other in a cycle: copy ")).findFirst().orElseThrow();
            try (LiveDb db = database(kind, d, g, "league"); Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO teams (id, name, updated_at) VALUES (1, 'red', '2020-01-01 00:00:00'), (2, 'blue', '2020-01-01 00:00:00')");
                s.execute("INSERT INTO players (id, name, team_id) VALUES (1, 'ann', 1), (2, 'bob', 2)");
                String set = "UPDATE teams SET captain_id = 1";
                if (kind == Kind.POSTGRES) {
                    assertThat(step).contains("Run them between `ALTER TABLE teams DISABLE TRIGGER USER` and the same with `ENABLE`");
                    s.execute("ALTER TABLE teams DISABLE TRIGGER USER");
                    s.execute(set + " WHERE id = 1");
                    s.execute("ALTER TABLE teams ENABLE TRIGGER USER");
                } else {
                    assertThat(step).contains("Each of those UPDATEs also sets `updated_at = updated_at`");
                    s.execute(set + ", updated_at = updated_at WHERE id = 1");
                }
                // Without the recipe the update time is the copy's.
                s.execute("UPDATE teams SET captain_id = 2 WHERE id = 2");
                assertThat(count(s, "SELECT count(*) FROM teams WHERE updated_at < '2021-01-01' AND captain_id IS NOT NULL")).as("%s", kind).isEqualTo(1);
                assertThat(count(s, "SELECT count(*) FROM teams WHERE id = 1 AND updated_at < '2021-01-01'")).isEqualTo(1);
            }
        }
    }

    static final String NOTES = """
            schema notes {
              dialect = %s
            }

            /// A note.
            entity Note {
              body string(40)
            }
            """;

    /** When `updated_at` is set, as the engine of the model's dialect sets it. */
    @Test
    void anUpdatedColumnIsSaidToBeSetWhenTheEngineSetsIt() throws Exception {
        for (Kind kind : List.of(Kind.POSTGRES, Kind.MARIADB, Kind.SQLITE)) {
            Dialect d = kind == Kind.POSTGRES ? Dialect.POSTGRES : kind == Kind.SQLITE ? Dialect.SQLITE : Dialect.MYSQL;
            Generated g = generate("notes", NOTES.formatted(d.id()));
            String attribute = g.design().lines().filter(l -> l.contains("`updated_at` datetime")).findFirst().orElseThrow();
            try (LiveDb db = database(kind, d, g, "notes"); Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO notes (id, body, updated_at) VALUES (1, 'a', '2020-01-01 00:00:00'), (2, 'b', '2020-01-01 00:00:00')");
                s.execute("UPDATE notes SET body = body WHERE id = 1");
                s.execute("UPDATE notes SET body = 'c', updated_at = '2020-01-01 00:00:00' WHERE id = 2");
                boolean sameValueStamped = count(s, "SELECT count(*) FROM notes WHERE id = 1 AND updated_at > '2021-01-01'") == 1;
                boolean explicitKept = count(s, "SELECT count(*) FROM notes WHERE id = 2 AND updated_at < '2021-01-01'") == 1;
                if (d == Dialect.MYSQL) {
                    // ON UPDATE: an UPDATE that changes nothing, or sets the column itself, leaves it alone.
                    assertThat(sameValueStamped).isFalse();
                    assertThat(explicitKept).isTrue();
                    assertThat(attribute).contains("set to the time of every update that changes another column and does not set this one");
                } else {
                    // The trigger: every UPDATE that leaves the column as it was stamps it, even one that sets it to its old value.
                    assertThat(sameValueStamped).as("%s", kind).isTrue();
                    assertThat(explicitKept).as("%s", kind).isFalse();
                    assertThat(attribute).contains("set to the time of every update that does not give it a new value");
                }
            }
        }
    }

    static final String STOCK = """
            schema stock {
              dialect = %s
            }

            /// A product on sale.
            entity Product {
              name     string(40) @unique
              price    decimal(10, 2) @check(>= 0)
              quantity int @min(1)
              active   bool
              sold_at  datetime?
            }
            """;

    /** SQLite takes text in number, boolean and date columns; the documents name the exception, and what production refuses. */
    @Test
    void sqliteTypeAffinityIsNamedWhereSqliteIsTheDatabase() throws Exception {
        Generated g = generate("stock", STOCK.formatted("sqlite"));
        String wrong = "INSERT INTO products (name, price, quantity, active, sold_at) VALUES ";
        try (LiveDb db = database(Kind.SQLITE, Dialect.SQLITE, g, "stock"); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(wrong + "('a', '-5 dollars', 'lots', 'maybe', 'not a date')");
            s.execute(wrong + "('b', 123456789012.5, 3000000000, 2, '2020-01-01')");
            assertThat(count(s, "SELECT count(*) FROM products WHERE typeof(price) = 'text' AND typeof(quantity) = 'text'")).isEqualTo(1);
            // A decimal is kept as a float, but a whole number as an integer: the production path says both.
            s.execute(wrong + "('c', 5.00, 1, 1, null), ('d', 1.25, 1, 1, null)");
            assertThat(count(s, "SELECT count(*) FROM products WHERE name = 'c' AND typeof(price) = 'integer'")).isEqualTo(1);
            assertThat(count(s, "SELECT count(*) FROM products WHERE name = 'd' AND typeof(price) = 'real'")).isEqualTo(1);
        }
        assertThat(g.design()).contains("SQLite kept the numbers written to the decimal `products.price` as 8-byte floating-point numbers, "
                + "a whole number as an integer: round each to its scale as it is copied");
        String columns = "`products.price`, `products.quantity`, `products.active`, `products.sold_at`, `products.created_at` and `products.updated_at`";
        assertThat(g.design()).contains("SQLite does not enforce column types (it gives each declared type an affinity only): " + columns + " take text");
        assertThat(g.record()).contains("SQLite enforces no column type, and orders all text after all numbers, so text in a number or date column passes "
                + "`ck_products_price` (`price >= 0`) and `ck_products_quantity` (`quantity >= 1`)");
        assertThat(g.design()).doesNotContain("SQLite kept `products.active` as the integers 0 and 1");
        // Each value SQLite took is one the production path says PostgreSQL refuses: the path names its column.
        assertThat(g.design()).contains("text that is no number or date (such as `'lots'`) in " + columns + " is refused")
                .contains("a larger number in `products.price` (`numeric(10, 2)`: at most 8 digits before the point) is refused")
                .contains("a value past the range of `products.quantity` (-2147483648 to 2147483647) is refused");
        Generated pg = generate("stock", STOCK.formatted("postgres"));
        try (LiveDb db = database(Kind.POSTGRES, Dialect.POSTGRES, pg, "stock"); Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String row : List.of("('a', '-5 dollars', 1, true, null)", "('a', 1, 'lots', true, null)", "('a', 1, 1, 'maybe', null)",
                    "('a', 1, 1, true, 'not a date')", "('a', 123456789012.5, 1, true, null)", "('a', 1, 3000000000, true, null)")) {
                assertThatThrownBy(() -> s.execute(wrong + row)).as(row).isInstanceOf(SQLException.class);
            }
        }
    }

    static final String BOUNDED = """
            schema bounded {
              dialect = sqlite
              timestamps = false
            }

            /// A category of a tree.
            entity Category {
              depth smallint = 0 @min(0) @max(20)
              rank  int @check(< 100)
              score int @min(1)
            }
            """;

    /**
     * A CHECK that bounds a number column from above refuses every text on SQLite (text sorts after every number), so
     * that column takes no text and the documents do not name it; a column bounded from below only still takes text.
     */
    @Test
    void aColumnBoundedFromAboveTakesNoTextOnSqlite() throws Exception {
        Generated g = generate("bounded", BOUNDED);
        String insert = "INSERT INTO categories (depth, rank, score) VALUES ";
        try (LiveDb db = database(Kind.SQLITE, Dialect.SQLITE, g, "bounded"); Connection c = db.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute(insert + "('lots', 1, 1)")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute(insert + "(1, 'lots', 1)")).isInstanceOf(SQLException.class);
            s.execute(insert + "(1, 1, 'lots')");
            assertThat(count(s, "SELECT count(*) FROM categories WHERE typeof(score) = 'text'")).isEqualTo(1);
        }
        assertThat(g.design()).contains("SQLite does not enforce column types (it gives each declared type an affinity only): "
                + "`categories.score` takes text").doesNotContain("`categories.depth` take").doesNotContain("`categories.rank`, ");
        assertThat(g.design()).contains("text that is no number or date (such as `'lots'`) in `categories.score` is refused");
        // SQLite's CHECK keeps `depth` within 0 to 20, so no row it took lies past a smallint's range: the path does not send
        // anyone looking for one. `rank` (bounded above only) and `score` (below only) may hold such numbers.
        assertThat(g.design()).contains("a value past the range of `categories.rank` (-2147483648 to 2147483647) and "
                + "`categories.score` (-2147483648 to 2147483647) is refused").doesNotContain("`categories.depth` (-32768");
        try (LiveDb db = database(Kind.SQLITE, Dialect.SQLITE, g, "bounded"); Connection c = db.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute(insert + "(40000, 1, 1)")).isInstanceOf(SQLException.class);
            s.execute(insert + "(1, -3000000000, 3000000000)");
        }
    }

    static final String HAND_KEYS = """
            schema shelves {
              dialect = sqlite
              ids     = autoincrement
            }

            /// A shelf numbered by hand.
            entity Shelf {
              number int @id
              books  Book[]
            }

            /// A room.
            entity Room {
              name  string(20)
              books Book[]
            }

            /// A place in the stacks.
            entity Slot {
              aisle int @id
              bay   int @id
              books Book[]
            }

            /// A hall with a key of its own the database counts up.
            entity Hall {
              hall_id bigint @id @auto
              books   Book[]
            }

            /// A book.
            entity Book {
              shelf Shelf
              room  Room
              slot  Slot
              hall  Hall
              pages int
            }
            """;

    /**
     * The columns said to take text in SQLite take it, and the integer keys left out refuse it: a primary key of one
     * INTEGER column is the rowid, counted up or not; a foreign key column refuses it where the column it refers to
     * does, on a connection with foreign keys on, as the sentence says; it takes it where the column it refers to does.
     */
    @Test
    void sqliteNamesEveryIntegerColumnThatTakesTextAndNoOther() throws Exception {
        Generated g = generate("shelves", HAND_KEYS);
        Matcher said = java.util.regex.Pattern.compile("an affinity only\\): (.*?) take text that is no number or date").matcher(g.design());
        assertThat(said.find()).as(g.design()).isTrue();
        var named = new java.util.TreeSet<String>();
        for (Matcher n = java.util.regex.Pattern.compile("`([a-z_]+\\.[a-z_]+)`").matcher(said.group(1)); n.find(); ) named.add(n.group(1));
        assertThat(g.design()).contains("elsewhere it takes only the referenced key's values, on connections that run `PRAGMA foreign_keys = ON`.");
        try (LiveDb db = database(Kind.SQLITE, Dialect.SQLITE, g, "shelves"); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("INSERT INTO shelves (number) VALUES (1)");
            s.execute("INSERT INTO rooms (name) VALUES ('r')");
            s.execute("INSERT INTO slots (aisle, bay) VALUES (1, 1)");
            s.execute("INSERT INTO halls (hall_id) VALUES (1)");
            // Each column in turn holds 'lots', the rest a value that is there.
            var columns = Map.of("shelves.number", "INSERT INTO shelves (number) VALUES ('lots')",
                    "slots.aisle", "INSERT INTO slots (aisle, bay) VALUES ('lots', 2)",
                    "halls.hall_id", "INSERT INTO halls (hall_id) VALUES ('lots')",
                    "books.hall_hall_id", "INSERT INTO books (shelf_number, room_id, slot_aisle, slot_bay, hall_hall_id, pages) VALUES (1, 1, 1, 1, 'lots', 1)",
                    "books.shelf_number", "INSERT INTO books (shelf_number, room_id, slot_aisle, slot_bay, hall_hall_id, pages) VALUES ('lots', 1, 1, 1, 1, 1)",
                    "books.room_id", "INSERT INTO books (shelf_number, room_id, slot_aisle, slot_bay, hall_hall_id, pages) VALUES (1, 'lots', 1, 1, 1, 1)",
                    "books.slot_aisle", "INSERT INTO books (shelf_number, room_id, slot_aisle, slot_bay, hall_hall_id, pages) VALUES (1, 1, 'lots', 2, 1, 1)",
                    "books.pages", "INSERT INTO books (shelf_number, room_id, slot_aisle, slot_bay, hall_hall_id, pages) VALUES (1, 1, 1, 1, 1, 'lots')");
            for (String column : new java.util.TreeSet<>(columns.keySet()).descendingSet()) {
                boolean taken;
                try {
                    s.execute(columns.get(column));
                    taken = true;
                } catch (SQLException e) {
                    taken = false;
                }
                assertThat(taken).as(column).isEqualTo(named.contains(column));
            }
            assertThat(count(s, "SELECT count(*) FROM books WHERE typeof(slot_aisle) = 'text'")).isEqualTo(1);
        }
    }

    /** MySQL's collation folds case, accents and trailing spaces in a unique that SQLite keeps apart. */
    @Test
    void mysqlTextKeysThatFoldAreNamedOnTheProductionPath() throws Exception {
        Generated g = generate("stock", STOCK.formatted("mysql"));
        try (LiveDb db = database(Kind.MARIADB, Dialect.MYSQL, g, "stock"); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO products (name, price, quantity, active) VALUES ('Sale', 1, 1, true)");
            for (String clash : List.of("sale", "Sale ", "Salé")) {
                assertThatThrownBy(() -> s.execute("INSERT INTO products (name, price, quantity, active) VALUES ('" + clash + "', 1, 1, true)"))
                        .as(clash).isInstanceOf(SQLException.class);
            }
        }
        try (LiveDb db = database(Kind.SQLITE, Dialect.SQLITE, g, "stock"); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO products (name, price, quantity, active) VALUES ('Sale', 1, 1, 1), ('sale', 1, 1, 1), ('Sale ', 1, 1, 1)");
        }
        assertThat(g.design()).contains("ignoring case, accents and trailing spaces: values SQLite kept apart, such as `Sale` and `sale` or `Café` and `Cafe`, collide in `uq_products_name`");
    }

    /**
     * "Constraints checked on every write" holds for MySQL's CHECK constraints only from the release
     * that enforces them: the record says so, and the tests' MySQL, older, takes a row that breaks
     * the CHECK (which MariaDB refuses), so the sentence without its release would be false there.
     */
    @Test
    void mysqlChecksAreSaidToHoldOnlyFromTheReleaseThatEnforcesThem() throws Exception {
        Generated g = generate("stock", STOCK.formatted("mysql"));
        assertThat(g.record()).contains("; MySQL checks the CHECK constraints from " + Dialect.MYSQL_CHECKS_ENFORCED_FROM
                + " on, and earlier MySQL releases parse them and ignore them.");
        String breaking = "INSERT INTO products (name, price, quantity, active) VALUES ('Sale', -1, 1, true)";
        try (LiveDb db = database(Kind.MYSQL, Dialect.MYSQL, g, "stock"); Connection c = db.connect(); Statement s = c.createStatement()) {
            String version = c.getMetaData().getDatabaseProductVersion();
            int[] v = java.util.Arrays.stream(version.replaceAll("[^0-9.].*$", "").split("\\.")).mapToInt(Integer::parseInt).toArray();
            int[] from = java.util.Arrays.stream(Dialect.MYSQL_CHECKS_ENFORCED_FROM.split("\\.")).mapToInt(Integer::parseInt).toArray();
            boolean enforces = java.util.Arrays.compare(v, from) >= 0;
            if (enforces) {
                assertThatThrownBy(() -> s.execute(breaking)).as("MySQL %s", version).isInstanceOf(SQLException.class);
            } else {
                s.execute(breaking);
                assertThat(count(s, "SELECT count(*) FROM products WHERE price < 0")).as("MySQL %s ignores the CHECK", version).isEqualTo(1);
            }
        }
        try (LiveDb db = database(Kind.MARIADB, Dialect.MYSQL, g, "stock"); Connection c = db.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute(breaking)).isInstanceOf(SQLException.class);
        }
        assertThat(generate("stock", STOCK.formatted("postgres")).record()).doesNotContain("earlier MySQL releases parse");
    }

    static final String SPELLINGS = """
            schema spellings {
              dialect    = %s
              ids        = uuid
              timestamps = false
            }

            /// A shift, keyed by when it starts.
            entity Shift {
              starts_at datetime @id
            }

            /// A holiday.
            entity Holiday {
              day date @unique
            }

            /// A bell.
            entity Bell {
              rings time @unique
            }

            /// A locker.
            entity Locker {
              code  char(3) @unique
              label string(20) @unique
            }
            """;

    private static final Pattern SPELLED = Pattern.compile("which (PostgreSQL|MySQL) compares as the values the text spells: spellings SQLite kept apart, such as (.*?), collide in (.*?)\\.\n");

    /** The keys the production path says collide for the spellings of one value, as written. */
    private static Set<String> spelled(Generated g) {
        Matcher m = SPELLED.matcher(g.design());
        assertThat(m.find()).as("the sentence of keys spelled apart").isTrue();
        var keys = new TreeSet<String>();
        Matcher k = Pattern.compile("`([^`]+)`").matcher(m.group(3));
        while (k.find()) keys.add(k.group(1));
        return keys;
    }

    /**
     * Two spellings of one date, time, instant, UUID (or, on PostgreSQL, one padded {@code char}) are two keys
     * on SQLite, which compares the text written, and one on the production database: the production path
     * names exactly the keys over such columns, each refuses the second spelling there, and SQLite takes both.
     * A {@code string} key is not named for PostgreSQL, which keeps {@code ab} and {@code ab } apart.
     */
    @Test
    void keysThatSpellOneValueTwiceAreSaidToCollide() throws Exception {
        String lower = "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11";
        var pairs = new java.util.LinkedHashMap<String, List<String>>();
        pairs.put("pk_shifts", List.of("INSERT INTO shifts (starts_at) VALUES ('2025-01-01 10:00:00')",
                "INSERT INTO shifts (starts_at) VALUES ('2025-01-01 10:00:00.000')"));
        pairs.put("uq_holidays_day", List.of("INSERT INTO holidays (id, day) VALUES ('" + lower + "', '2025-01-01')",
                "INSERT INTO holidays (id, day) VALUES ('b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '2025-1-1')"));
        String other = "D0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11";
        pairs.put("pk_holidays", List.of("INSERT INTO holidays (id, day) VALUES ('" + other.toLowerCase(java.util.Locale.ROOT) + "', '2025-02-01')",
                "INSERT INTO holidays (id, day) VALUES ('" + other + "', '2025-03-01')"));
        pairs.put("uq_bells_rings", List.of("INSERT INTO bells (id, rings) VALUES ('" + lower + "', '09:30')",
                "INSERT INTO bells (id, rings) VALUES ('c0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '09:30:00')"));
        pairs.put("uq_lockers_code", List.of("INSERT INTO lockers (code, label) VALUES ('ab', 'one')",
                "INSERT INTO lockers (code, label) VALUES ('ab ', 'two')"));
        // Kept apart everywhere but MySQL, whose collation is the text keys' own sentence.
        pairs.put("uq_lockers_label", List.of("INSERT INTO lockers (code, label) VALUES ('cd', 'ab')",
                "INSERT INTO lockers (code, label) VALUES ('ce', 'ab ')"));

        Generated pg = generate("spellings", SPELLINGS.formatted("sqlite"));
        assertThat(spelled(pg)).containsExactlyInAnyOrder("pk_shifts", "pk_holidays", "uq_holidays_day", "pk_bells", "uq_bells_rings",
                "pk_lockers", "uq_lockers_code");
        try (LiveDb db = database(Kind.POSTGRES, Dialect.POSTGRES, pg, "spellings"); Connection c = db.connect(); Statement s = c.createStatement()) {
            for (var p : pairs.entrySet()) {
                s.execute(p.getValue().get(0));
                if (spelled(pg).contains(p.getKey())) {
                    assertThatThrownBy(() -> s.execute(p.getValue().get(1))).as(p.getKey()).isInstanceOf(SQLException.class);
                } else {
                    s.execute(p.getValue().get(1));
                }
            }
        }
        Generated my = generate("spellings", SPELLINGS.formatted("mysql"));
        assertThat(spelled(my)).containsExactlyInAnyOrder("pk_shifts", "uq_holidays_day", "uq_bells_rings");
        assertThat(my.design()).containsPattern("ignoring case, accents and trailing spaces: [^\\n]*collide in `pk_holidays`, `pk_bells`, `pk_lockers`, "
                + "`uq_lockers_code` and `uq_lockers_label`\\.");
        for (Kind kind : List.of(Kind.MARIADB, Kind.MYSQL)) {
            try (LiveDb db = database(kind, Dialect.MYSQL, my, "spellings"); Connection c = db.connect(); Statement s = c.createStatement()) {
                for (var p : pairs.entrySet()) {
                    s.execute(p.getValue().get(0));
                    assertThatThrownBy(() -> s.execute(p.getValue().get(1))).as("%s on %s", p.getKey(), kind).isInstanceOf(SQLException.class);
                }
            }
        }
        try (LiveDb db = database(Kind.SQLITE, Dialect.SQLITE, pg, "spellings"); Connection c = db.connect(); Statement s = c.createStatement()) {
            for (var p : pairs.values()) for (String insert : p) s.execute(insert);
        }
    }

    static final String TEAMS = """
            schema teams {
              dialect = %s
            }

            /// A team, keyed within its organisation.
            entity Team {
              org     string(20) @id
              slug    string(20) @id
              members Member[]
            }

            /// A member, perhaps of a team.
            entity Member {
              name string(40)
              team Team?
            }
            """;

    /**
     * The references the database keeps valid: on MySQL/MariaDB, which refuse the CHECK that keeps
     * an optional reference of several columns all NULL or all set, the record says a half-set row
     * is accepted (and MariaDB takes one); on PostgreSQL it says nothing of the kind, and the
     * database refuses that row.
     */
    @Test
    void aHalfSetReferenceIsSaidToBeAcceptedWhereTheDatabaseAcceptsIt() throws Exception {
        String half = "INSERT INTO members (name, team_org, team_slug) VALUES ('half', 'acme', NULL)";
        Generated mysql = generate("teams", TEAMS.formatted("mysql"));
        try (LiveDb db = database(Kind.MARIADB, Dialect.MYSQL, mysql, "teams"); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(half);
            assertThat(count(s, "SELECT COUNT(*) FROM members m JOIN teams t ON t.org = m.team_org AND t.slug = m.team_slug")).isZero();
        }
        assertThat(mysql.record()).contains("but MySQL refuses the CHECK that would keep `members (team_org, team_slug)` all NULL or all set, "
                + "so a row there that sets only some of those columns refers to nothing and is accepted");
        // The trade-offs of MySQL name it too, and so cannot say that nothing of the model hits a limitation of MySQL.
        assertThat(mysql.design()).contains("MySQL refuses the CHECK that would keep `members (team_org, team_slug)` all NULL or all set (SC504)")
                .doesNotContain("hits a limitation of MySQL");
        Generated postgres = generate("teams", TEAMS.formatted("postgres"));
        try (LiveDb db = database(Kind.POSTGRES, Dialect.POSTGRES, postgres, "teams"); Connection c = db.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute(half)).isInstanceOf(SQLException.class);
        }
        assertThat(postgres.record()).contains("References the database keeps valid: 1 foreign key").doesNotContain("refers to nothing");
    }

    static final String FRIENDS = """
            schema friends {
              dialect = %s
              ids = %s
            }

            enum Level {
              LOW  @map("low")
              HIGH @map("high")
            }

            /// An account.
            entity Account {
              handle    string(40) @unique
              level     Level = LOW
              friends   Account[] @relation("friendship")
              friend_of Account[] @relation("friendship")
            }
            """;

    @Test
    void namingEnumLabelsAndUuidsSayWhatTheDatabaseHolds() throws Exception {
        Generated g = generate("friends", FRIENDS.formatted("sqlite", "autoincrement"));
        // The join table's example is a deviating name: marked like the other rows.
        assertThat(g.record()).contains("| Join tables | the first entity in snake_case, then the second table | `friendship` (deviates: see below) |");
        try (LiveDb db = database(Kind.SQLITE, Dialect.SQLITE, g, "friends"); Connection c = db.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("INSERT INTO accounts (handle, level) VALUES ('a', 'LOW')")).isInstanceOf(SQLException.class);
            s.execute("INSERT INTO accounts (handle, level) VALUES ('a', 'low')");
        }
        assertThat(g.design()).contains("Enum **Level**: `LOW` (stored as `\"low\"`), `HIGH` (stored as `\"high\"`)");

        Generated my = generate("friends", FRIENDS.formatted("mysql", "uuid"));
        try (LiveDb db = LiveDb.fresh(Kind.MARIADB, "uuids"); Connection c = db.connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT UUID(), UUID()")) {
            rs.next();
            String a = rs.getString(1), b = rs.getString(2);
            // Version 1: the same node, and a clock the next one follows from.
            assertThat(a.charAt(14)).isEqualTo('1');
            assertThat(a.substring(24)).isEqualTo(b.substring(24));
        }
        String all = my.design() + my.record();
        assertThat(all).contains("can be guessed").doesNotContain("neither the row count nor the next id");
    }

    /**
     * The down script of a migration that widened a column narrows it back: it destroys nothing, it
     * fails on a longer value (PostgreSQL converts through text: a cast to the shorter type would cut
     * it), and the document says so rather than that it destroys data.
     */
    @Test
    void aDownScriptThatNarrowsIsSaidToFailOnLongerValues() throws Exception {
        Path library = dev.schemac.support.TestPaths.examples().resolve("library/generated");
        String down = java.nio.file.Files.readString(library.resolve("migrations/sql/postgres/20250102000000_loans_and_readers.down.sql"));
        String narrow = down.lines().filter(l -> l.startsWith("ALTER TABLE books ALTER COLUMN title TYPE varchar(120)")).findFirst().orElseThrow();
        try (LiveDb db = LiveDb.fresh(Kind.POSTGRES, "narrow"); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE books (id integer PRIMARY KEY, title varchar(200) NOT NULL)");
            s.execute("INSERT INTO books VALUES (1, repeat('x', 150))");
            assertThatThrownBy(() -> s.execute(narrow)).isInstanceOf(SQLException.class).hasMessageContaining("too long");
            assertThat(count(s, "SELECT length(title) FROM books")).isEqualTo(150);
            s.execute("UPDATE books SET title = repeat('x', 120)");
            s.execute(narrow);
            assertThat(count(s, "SELECT length(title) FROM books")).isEqualTo(120);
        }
        String design = java.nio.file.Files.readString(library.resolve("Database_Design.md"));
        assertThat(design).contains("The `.down.sql` of `20250102000000_loans_and_readers` narrows `books.title`: length 200 to 120: "
                + "it fails while a row holds a longer value (PostgreSQL, MySQL and MariaDB refuse it; SQLite keeps it whole)")
                .doesNotContain("cuts longer values");
    }


    // MySQL cannot index an unbounded text: the model stands for PostgreSQL, so MySQL's scripts are left out (SC504).
    static final String TEAMS_PG = """
            schema teams {
              dialect = postgres
            }

            /// An organisation.
            entity Org {
              name  text @unique
              teams Team[]
            }

            /// A team, soft-deleted.
            entity Team {
              org        Org @on_delete(cascade)
              slug       string(40)
              deleted_at datetime?
              @@unique(org, slug)
            }
            """;

    // PostgreSQL keeps an enum label of at most 63 bytes: the model stands for MySQL, so PostgreSQL's are left out (SC544).
    static final String TEAMS_MY = TEAMS_PG.replace("dialect = postgres", "dialect = mysql").replace("name  text @unique", "name  string(40) @unique\n  kind  Kind")
            + "\nenum Kind {\n  SMALL\n  BIG @map(\"" + "b".repeat(70) + "\")\n}\n";

    /** The lines of a document's prose that name {@code db}, besides the one that says its scripts are left out and the findings' own words. */
    private static List<String> naming(String prose, String db) {
        return prose.lines().filter(l -> l.contains(db)).filter(l -> !l.startsWith("- Not generated: the " + db + " schema"))
                .filter(l -> !l.matches("- SC\\d+ (warning|info|error): .*"))
                .filter(l -> !l.contains(dev.schemac.access.IndexBudget.COST)) // what each engine does on a write, SC705's words too
                .toList();
    }

    /** A dialect whose limits leave its scripts out is named once, with its cause, and described nowhere else. */
    @Test
    void aDialectLeftOutIsNamedOnceAndDescribedNowhere() throws Exception {
        for (var c : List.of(Map.entry(TEAMS_PG, Dialect.MYSQL), Map.entry(TEAMS_MY, Dialect.POSTGRES))) {
            Generated g = generate("teams", c.getKey());
            Dialect out = c.getValue(), own = g.c().model().settings().dialect();
            String db = out.displayName(), code = out == Dialect.MYSQL ? "SC504" : "SC544";
            assertThat(g.files().keySet()).as("no file of %s", db).noneMatch(p -> p.contains("/" + out.id() + "/"))
                    .contains("seed/" + own.id() + "/seed.sql", "sql/" + own.id() + "/schema.sql");
            assertThat(g.design()).containsOnlyOnce("- Not generated: the " + db + " schema, migration and seed scripts: " + db
                    + " cannot hold what the model declares (" + code + ", listed among the findings)");
            assertThat(g.design()).contains("- " + code + " warning: ");
            assertThat(naming(g.design(), db)).as("design").isEmpty();
            assertThat(naming(g.record(), db)).as("record").isEmpty();
            // What the documents say of the database handed over holds there: the seed loads after the schema, a deleted
            // team frees its slug on PostgreSQL (partial unique) and keeps it on MySQL.
            Kind kind = own == Dialect.POSTGRES ? Kind.POSTGRES : Kind.MARIADB;
            try (LiveDb db2 = database(kind, own, g, "teams"); Connection conn = db2.connect(); Statement s = conn.createStatement()) {
                db2.run(g.file("seed/" + own.id() + "/seed.sql"));
                s.execute("DELETE FROM teams");
                long org = count(s, "SELECT min(id) FROM orgs");
                s.execute("INSERT INTO teams (org_id, slug, deleted_at) VALUES (" + org + ", 'x', CURRENT_TIMESTAMP)");
                String live = "INSERT INTO teams (org_id, slug) VALUES (" + org + ", 'x')";
                if (own == Dialect.POSTGRES) {
                    s.execute(live);
                    assertThat(g.design()).contains("on PostgreSQL and SQLite it is a partial unique index");
                } else {
                    assertThatThrownBy(() -> s.execute(live)).isInstanceOf(SQLException.class);
                    assertThat(g.design()).contains("MySQL has no partial indexes and keeps it over every row");
                }
            }
        }
    }

    // Two labels for a unique enum column: the seed has 2 slots however many rows are asked for (SC771).
    static final String SLOTS = """
            /// Seeds.
            schema sd {
              feature = "070_sd"
              dialect = sqlite
            }

            enum Side {
              LEFT
              RIGHT
            }

            /// One row per side.
            entity Slot {
              side Side @unique
            }

            /// Many rows.
            entity Item {
              name string(20)
            }
            """;

    /** The seed's row counts are what the script holds, and every command the documents give to print it again prints it. */
    @Test
    void theSeedIsDescribedByWhatItHoldsAndItsCommandsRun(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path model = dir.resolve("s.schema");
        java.nio.file.Files.writeString(model, SLOTS);
        var gen = dev.schemac.cli.Cli.run("generate", model.toString(), "--out", dir.resolve("out").toString());
        assertThat(gen.code()).as(gen.err()).isZero();
        String design = java.nio.file.Files.readString(dir.resolve("out/Database_Design.md"));
        String record = java.nio.file.Files.readString(dir.resolve("out/ai/decisions/070_sd_database_schema.md"));
        try (LiveDb db = LiveDb.fresh(Kind.SQLITE, "sd"); Connection c = db.connect(); Statement s = c.createStatement()) {
            db.run(java.nio.file.Files.readString(dir.resolve("out/sql/sqlite/schema.sql")));
            db.run(java.nio.file.Files.readString(dir.resolve("out/seed/sqlite/seed.sql")));
            assertThat(count(s, "SELECT count(*) FROM slots")).isEqualTo(2);
            assertThat(count(s, "SELECT count(*) FROM items")).isEqualTo(5);
        }
        assertThat(design).contains("`seed/sqlite/seed.sql` (5 rows per table except 2 in `slots` (SC771), seed 42;");
        var commands = new java.util.ArrayList<List<String>>();
        var m = java.util.regex.Pattern.compile("`schemac seed` on the schema's file with `([^`]+)`").matcher(design);
        while (m.find()) commands.add(List.of("sqlite", m.group(1)));
        m = java.util.regex.Pattern.compile("`schemac seed --dialect (\\w+) ([^`]+)`").matcher(record);
        while (m.find()) commands.add(List.of(m.group(1), m.group(2)));
        assertThat(commands).hasSize(4);
        for (var cmd : commands) {
            var args = new java.util.ArrayList<>(List.of("seed", model.toString(), "--dialect", cmd.get(0)));
            args.addAll(List.of(cmd.get(1).split(" ")));
            var run = dev.schemac.cli.Cli.run(args.toArray(String[]::new));
            assertThat(run.code()).as("%s: %s", args, run.err()).isZero();
            assertThat(run.out()).as("%s", args).isEqualTo(java.nio.file.Files.readString(dir.resolve("out/seed/" + cmd.get(0) + "/seed.sql")));
        }
    }

    static final String LIB1 = """
            /// Library.
            schema lib {
              title   = "Lib"
              feature = "020_lib"
              dialect = postgres
            }
            enum Kind {
              BOOK
              DVD
            }
            /// A shelf item.
            entity Item {
              title   string(80)
              kind    Kind = BOOK
              note    text?
              price   decimal(8,2)
              loans   Loan[]
            }
            /// A loan.
            entity Loan {
              item   Item @on_delete(cascade)
              who    string(50)
            }
            /// A tag.
            entity Label {
              name string(20) @unique
            }
            """;

    // Adds an enum value, narrows a string and a decimal, adds an @updated column: on PostgreSQL, where the enum is a type.
    static final String LIB2 = """
            /// Library.
            schema lib {
              title   = "Lib"
              feature = "021_lib_change"
              dialect = postgres
            }
            enum Kind {
              BOOK
              DVD
              GAME @map("Game")
            }
            /// A shelf item.
            entity Item {
              title   string(20) @unique
              kind    Kind = BOOK
              price   decimal(6,1)
              seen_at datetime? @updated
              loans   Loan[]
            }
            /// A loan.
            entity Loan {
              item   Item @on_delete(cascade)
              who    string(50)
              @@index(who)
            }
            """;

    /** The first migration from LIB1, then {@code change} from LIB2, written by the command line into one folder. */
    static Path libHistory(Path dir) throws Exception {
        var one = dir.resolve("c1.schema");
        var two = dir.resolve("c2.schema");
        java.nio.file.Files.writeString(one, LIB1);
        java.nio.file.Files.writeString(two, LIB2);
        Path out = dir.resolve("out");
        var gen = dev.schemac.cli.Cli.run("generate", one.toString(), "--out", out.toString());
        assertThat(gen.code()).as(gen.err()).isZero();
        var mig = dev.schemac.cli.Cli.run("migrate", two.toString(), "--out", out.toString(), "--name", "change",
                "--timestamp", "20250201000000", "--allow-destructive");
        assertThat(mig.code()).as(mig.err()).isZero();
        return out;
    }

    static final String MOODS1 = """
            schema moods {
              dialect = mysql
            }

            /// A mood.
            enum Mood {
              CALM
              GLAD
            }

            /// A diary entry.
            entity Entry {
              mood Mood
            }
            """;

    static final String MOODS2 = MOODS1.replace("  GLAD\n}", "  GLAD\n  WRY @map(\"wry\")\n}\n\n/// A weather.\nenum Weather {\n  SUN\n  RAIN\n}")
            .replace("  mood Mood\n", "  mood    Mood\n  weather Weather?\n");

    /**
     * A migration is described as the primary dialect's scripts hold it: on MySQL an enum is no
     * type, so no migration is said to create one; the first migration's PostgreSQL down drops the
     * enum types that migration made, each named, and no type a later migration made.
     */
    @Test
    void theEnumTypesSaidToBeMadeAndDroppedAreTheScriptsOwn(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        var one = dir.resolve("m1.schema");
        var two = dir.resolve("m2.schema");
        java.nio.file.Files.writeString(one, MOODS1);
        java.nio.file.Files.writeString(two, MOODS2);
        Path out = dir.resolve("out");
        var gen = dev.schemac.cli.Cli.run("generate", one.toString(), "--out", out.toString());
        assertThat(gen.code()).as(gen.err()).isZero();
        var mig = dev.schemac.cli.Cli.run("migrate", two.toString(), "--out", out.toString(), "--name", "weather", "--timestamp", "20250201000000");
        assertThat(mig.code()).as(mig.err()).isZero();
        String design = DocumentClaimsTest.prose(java.nio.file.Files.readString(out.resolve("Database_Design.md")));
        // The CLI and the Alembic revision speak for every engine: the enum added is a type on PostgreSQL only.
        String added = "Adds enum `Weather` (a type of its own on PostgreSQL only).";
        assertThat(mig.out() + mig.err()).contains(added).doesNotContain("Creates enum");
        assertThat(java.nio.file.Files.readString(out.resolve("migrations/alembic/versions/20250201000000_weather.py"))).contains(added)
                .contains("Enum `Mood`: adds `WRY` (stored as `\"wry\"`).");
        assertThat(design).doesNotContain("Adds enum").contains("Enum `Mood`: adds `WRY` (stored as `\"wry\"`).")
                .contains("Enum **Mood**: `CALM`, `GLAD`, `WRY` (stored as `\"wry\"`)");
        Matcher said = java.util.regex.Pattern.compile("including the PostgreSQL enum types? ((?:`\\w+`(?:, | and )?)+)").matcher(design);
        assertThat(said.find()).as(design).isTrue();
        var named = new java.util.TreeSet<String>();
        for (Matcher n = java.util.regex.Pattern.compile("`(\\w+)`").matcher(said.group(1)); n.find(); ) named.add(n.group(1));
        try (LiveDb db = LiveDb.fresh(Kind.POSTGRES, "moods"); Connection c = db.connect(); Statement s = c.createStatement()) {
            db.run(java.nio.file.Files.readString(out.resolve("migrations/sql/postgres/20250101000000_init.up.sql")));
            assertThat(enumTypes(s)).as("the enum types the first migration makes").isEqualTo(named);
            db.run(java.nio.file.Files.readString(out.resolve("migrations/sql/postgres/20250101000000_init.down.sql")));
            assertThat(enumTypes(s)).as("what its down leaves").isEmpty();
        }
        try (LiveDb db = LiveDb.fresh(Kind.MYSQL, "moods"); Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String id : List.of("20250101000000_init", "20250201000000_weather")) {
                db.run(java.nio.file.Files.readString(out.resolve("migrations/sql/mysql/" + id + ".up.sql")));
            }
            // MySQL spells an enum's values in its column: the migration made a column, no type; the enum adds a stored label.
            assertThat(count(s, "SELECT count(*) FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'entries'"
                    + " AND column_name = 'weather' AND data_type = 'enum'")).isEqualTo(1);
        }
    }

    private static java.util.TreeSet<String> enumTypes(Statement s) throws SQLException {
        var out = new java.util.TreeSet<String>();
        try (var rs = s.executeQuery("SELECT typname FROM pg_type WHERE typtype = 'e'")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    /** Each check a migration is said to add or change is one the named dialect's database holds after it. */
    @Test
    void aMigrationIsDescribedAsTheDialectsScriptsHoldIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path out = libHistory(dir);
        String design = DocumentClaimsTest.prose(java.nio.file.Files.readString(out.resolve("Database_Design.md")));
        String record = DocumentClaimsTest.prose(java.nio.file.Files.readString(out.resolve("ai/decisions/021_lib_change_database_schema.md")));
        var named = new java.util.TreeSet<String>();
        var m = java.util.regex.Pattern.compile("(?:Adds|Changes) check `(\\w+)`").matcher(design + record);
        while (m.find()) named.add(m.group(1));
        try (LiveDb db = LiveDb.fresh(Kind.POSTGRES, "lib"); Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String id : List.of("20250101000000_init", "20250201000000_change")) {
                db.run(java.nio.file.Files.readString(out.resolve("migrations/sql/postgres/" + id + ".up.sql")));
            }
            var held = new java.util.TreeSet<String>();
            try (var rs = s.executeQuery("SELECT conname FROM pg_constraint WHERE contype = 'c'")) {
                while (rs.next()) held.add(rs.getString(1));
            }
            assertThat(held).as("the checks PostgreSQL holds").containsAll(named).doesNotContain("ck_items_kind");
        }
        assertThat(design + record).doesNotContain("ck_items_kind").contains("Changes column `items.kind` (enum values).");
    }

    static final String RATIOS = """
            schema ratios {
              dialect = postgres
            }

            /// A ratio kept as a float.
            entity Gauge {
              ratio float @check(> 0.1) @check(<= 3.4e38)
            }
            """;

    /** The CHECK comment of schema.prisma (quoted in the documents) is the check PostgreSQL runs, float bounds included. */
    @Test
    void thePrismaCheckCommentIsTheCheckTheDatabaseRuns() throws Exception {
        Generated g = generate("ratios", RATIOS);
        var m = java.util.regex.Pattern.compile("// CHECK (\\w+): (.*)").matcher(g.file("prisma/schema.prisma"));
        assertThat(m.find()).isTrue();
        String shown = m.group(2);
        assertThat(g.file("sql/postgres/schema.sql")).contains("CONSTRAINT " + m.group(1) + " CHECK (" + shown + ")");
        assertThat(g.files().get("Database_Design.md")).contains("// CHECK " + m.group(1) + ": " + shown);
        try (LiveDb db = database(Kind.POSTGRES, Dialect.POSTGRES, g, "ratios"); Connection c = db.connect(); Statement s = c.createStatement()) {
            // A real 0.1 is the bound the comment shows: not above it, so refused, as the shown check says.
            assertThatThrownBy(() -> s.execute("INSERT INTO gauges (ratio) VALUES (0.1)")).isInstanceOf(SQLException.class);
            assertThat(count(s, "SELECT count(*) WHERE NOT (0.1::real > " + shown.replaceFirst("^ratio > ", "").replaceFirst(" AND .*", "") + ")"))
                    .isEqualTo(1);
            s.execute("INSERT INTO gauges (ratio) VALUES (0.2)");
        }
    }

    /** The next feature's run keeps the earlier feature's decision record, as it keeps the migrations that record names. */
    @Test
    void anEarlierFeaturesDecisionRecordIsKept(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path out = libHistory(dir);
        Path earlier = out.resolve("ai/decisions/020_lib_database_schema.md");
        assertThat(earlier).exists();
        assertThat(java.nio.file.Files.readString(earlier)).contains("This feature's change is migration `20250101000000_init`");
        assertThat(out.resolve("ai/decisions/021_lib_change_database_schema.md")).exists();
        var again = dev.schemac.cli.Cli.run("generate", dir.resolve("c2.schema").toString(), "--out", out.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(earlier).exists();
    }

    static final String NICKS = """
            schema nicks {
              dialect = %s
            }

            /// A customer.
            entity Customer {
              nick string(30) @check(!= "admin")
            }
            """;

    /** A text CHECK that MySQL's collation decides is among what the production path says MySQL refuses of SQLite's rows. */
    @Test
    void aTextCheckMysqlsCollationDecidesIsOnTheProductionPath() throws Exception {
        Generated lite = generate("nicks", NICKS.formatted("sqlite"));
        Generated my = generate("nicks", NICKS.formatted("mysql"));
        try (LiveDb db = database(Kind.SQLITE, Dialect.SQLITE, lite, "nicks"); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO customers (nick) VALUES ('ADMIN'), ('admin ')");
        }
        try (LiveDb db = database(Kind.MARIADB, Dialect.MYSQL, my, "nicks"); Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String v : List.of("ADMIN", "admin ")) {
                assertThatThrownBy(() -> s.execute("INSERT INTO customers (nick) VALUES ('" + v + "')")).as(v).isInstanceOf(SQLException.class);
            }
        }
        assertThat(my.design()).contains("text CHECKs decided by the same collation (SC711): SQLite compares code points, MySQL ignores case, "
                + "accents and trailing spaces, so a row SQLite accepted may fail `ck_customers_nick`.");
    }

    /** What a later migration does to rows: PostgreSQL's up fails on a longer text and rounds a decimal; its down fails on an added label in use. */
    @Test
    void aLaterMigrationsEffectOnRowsIsSaid(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path out = libHistory(dir);
        String design = DocumentClaimsTest.prose(java.nio.file.Files.readString(out.resolve("Database_Design.md")));
        assertThat(design).contains("The `.up.sql` of `20250201000000_change` narrows columns (accepted with `--allow-destructive`, SC558): it narrows `items.title`")
                .contains("a longer text makes the migration fail (PostgreSQL, MySQL and MariaDB refuse it; SQLite keeps it whole), "
                        + "and any other value that no longer fits is rounded or makes the migration fail")
                .contains("The `.down.sql` of `20250201000000_change` takes `Game` out of the enum again: it fails while a row holds it");
        String pg = "migrations/sql/postgres/";
        String init = java.nio.file.Files.readString(out.resolve(pg + "20250101000000_init.up.sql"));
        String up = java.nio.file.Files.readString(out.resolve(pg + "20250201000000_change.up.sql"));
        try (LiveDb db = LiveDb.fresh(Kind.POSTGRES, "lib_long"); Connection c = db.connect(); Statement s = c.createStatement()) {
            db.run(init);
            s.execute("INSERT INTO items (title, price) VALUES ('A title that is longer than twenty chars', 12.34)");
            assertThatThrownBy(() -> db.run(up)).as("a longer text makes the migration fail").isInstanceOf(Exception.class);
            assertThat(count(s, "SELECT count(*) FROM items WHERE title = 'A title that is longer than twenty chars' AND price = 12.34"))
                    .as("the row as it was").isEqualTo(1);
        }
        try (LiveDb db = LiveDb.fresh(Kind.POSTGRES, "lib"); Connection c = db.connect(); Statement s = c.createStatement()) {
            db.run(init);
            s.execute("INSERT INTO items (title, price) VALUES ('A title that is long', 12.34)");
            db.run(up);
            assertThat(count(s, "SELECT count(*) FROM items WHERE title = 'A title that is long' AND price = 12.3"))
                    .as("the decimal is rounded").isEqualTo(1);
            s.execute("INSERT INTO items (title, price, kind) VALUES ('g', 1, 'Game')");
            String down = java.nio.file.Files.readString(out.resolve(pg + "20250201000000_change.down.sql"));
            assertThatThrownBy(() -> db.run(down)).isInstanceOf(Exception.class);
            s.execute("UPDATE items SET kind = 'BOOK' WHERE kind = 'Game'");
            db.run(down);
        }
    }

    static final String GAUGES = """
            schema gauges {
              dialect = sqlite
            }

            /// A gauge and its bounds.
            entity Gauge {
              reading  decimal(8, 2) @check(>= 0)
              level    int @min(1) @max(100)
              offset   int @check(!= 0) @check(> -50)
              ratio    double
              label    string(20) @length(min = 1)
            }
            """;

    /**
     * The checks the documents say text passes in SQLite are exactly those it passes: each named
     * one takes `'lots'` on real SQLite, and each CHECK of the table it is not named in refuses it.
     */
    @Test
    void theChecksSaidToPassTextOnSqliteAreExactlyThoseThatDo() throws Exception {
        Generated g = generate("gauges", GAUGES);
        var named = new java.util.TreeSet<String>();
        Matcher m = java.util.regex.Pattern.compile("such text passes ((?:`[^`]+` \\(`[^`]+`\\)(?:, | and )?)+)\\.").matcher(g.design());
        assertThat(m.find()).as("the sentence naming the checks text passes").isTrue();
        for (Matcher n = java.util.regex.Pattern.compile("`(ck_[a-z_]+)`").matcher(m.group(1)); n.find(); ) named.add(n.group(1));
        Matcher r = java.util.regex.Pattern.compile("so text in a number or date column passes ((?:`[^`]+` \\(`[^`]+`\\)(?:, | and )?)+) \\(see").matcher(g.record());
        assertThat(r.find()).isTrue();
        assertThat(r.group(1)).isEqualTo(m.group(1));
        assertThat(g.design()).doesNotContain("quantity > 0");
        var table = g.c().catalog().table("gauges").orElseThrow();
        var said = new java.util.TreeSet<String>();
        var refused = new java.util.TreeSet<String>();
        try (LiveDb db = database(Kind.SQLITE, Dialect.SQLITE, g, "gauges"); Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String column : List.of("reading", "level", "offset")) {
                String reading = column.equals("reading") ? "'lots'" : "1";
                String level = column.equals("level") ? "'lots'" : "1";
                String offset = column.equals("offset") ? "'lots'" : "5";
                // The row is valid but for the text in one column, so what refuses it is a check over that column.
                String sql = "INSERT INTO gauges (reading, level, \"offset\", ratio, label) VALUES (" + reading + ", " + level + ", " + offset + ", 1, 'a')";
                boolean taken;
                try {
                    s.execute(sql);
                    taken = true;
                } catch (SQLException e) {
                    taken = false;
                }
                for (var check : table.checks()) {
                    boolean single = check.terms().stream().allMatch(t -> t instanceof dev.schemac.catalog.Check.Compare x && x.column().equals(column));
                    if (!single) continue;
                    (taken ? said : refused).add(check.name());
                }
            }
        }
        assertThat(said).isNotEmpty();
        assertThat(named).isEqualTo(said).doesNotContainAnyElementsOf(refused);
        // `level` is bounded above too: 'lots' <= 100 is false, so its check refuses text and is not named.
        assertThat(refused).contains("ck_gauges_level");
    }

    static final String SHELVES = """
            schema shelves {
              dialect = postgres
            }

            /// A shelf of a room, keyed inside its room.
            entity Shelf {
              room  string(10) @id
              slot  int @id
              deleted_at datetime?
              items Item[]
              @@index(deleted_at)
            }

            /// An item, perhaps on a shelf.
            entity Item {
              name  string(40)
              shelf Shelf? @on_delete(set_null)
            }
            """;

    /**
     * The soft-delete section's sentences on real PostgreSQL: the live-row filter reads the index
     * holding `deleted_at` only while few rows are live; a delete for real of a row referred to by
     * a SET NULL key sets the columns named, in the table named, to NULL.
     */
    @Test
    void theSoftDeleteSectionSaysWhatPostgresDoes() throws Exception {
        Generated g = generate("shelves", SHELVES);
        Matcher filter = java.util.regex.Pattern.compile("`(idx_[a-z_]+)` contains `deleted_at`, so the live-row filter can read it; "
                + "PostgreSQL does so only while few rows are live, and reads the whole table while most are\\.").matcher(g.design());
        assertThat(filter.find()).isTrue();
        Matcher nulls = java.util.regex.Pattern.compile("Deleting a Shelf for real sets `([^`]+)` of the `([^`]+)` rows that refer to it to NULL").matcher(g.design());
        assertThat(nulls.find()).isTrue();
        try (LiveDb db = database(Kind.POSTGRES, Dialect.POSTGRES, g, "shelves"); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO shelves (room, slot) SELECT 'r', n FROM generate_series(1, 4000) n");
            s.execute("ANALYZE shelves");
            String live = "EXPLAIN SELECT * FROM shelves WHERE deleted_at IS NULL";
            assertThat(plan(s, live)).as("most rows live").contains("Seq Scan").doesNotContain(filter.group(1));
            s.execute("UPDATE shelves SET deleted_at = CURRENT_TIMESTAMP WHERE slot > 5");
            s.execute("ANALYZE shelves");
            assertThat(plan(s, live)).as("few rows live").contains(filter.group(1));

            s.execute("INSERT INTO items (name, shelf_room, shelf_slot) VALUES ('a', 'r', 1)");
            s.execute("DELETE FROM shelves WHERE room = 'r' AND slot = 1");
            String cols = nulls.group(1).replace(", ", " IS NULL AND ") + " IS NULL";
            assertThat(count(s, "SELECT count(*) FROM " + nulls.group(2) + " WHERE name = 'a' AND " + cols)).isEqualTo(1);
        }
    }

    static String plan(Statement s, String sql) throws SQLException {
        var b = new StringBuilder();
        try (var rs = s.executeQuery(sql)) {
            while (rs.next()) b.append(rs.getString(1)).append('\n');
        }
        return b.toString();
    }

    static final String READINGS = """
            schema readings {
              dialect = mysql
              timestamps = false
            }

            /// One reading of one sensor.
            entity Reading {
              sensor string(32)
              @@volume(rows = 1_500_000_000, growth = "50,000,000/day")
            }

            /// A sensor site, a few of them.
            entity Site {
              name string(32)
              @@volume(rows = 1_000)
            }
            """;

    /**
     * A counted `int` key the declared volume outgrows: the documents say where it stops, and
     * PostgreSQL and MySQL refuse the insert past it while SQLite's rowid goes on; a small table
     * gets no such sentence.
     */
    @Test
    void aCountedIntKeyTheVolumeOutgrowsIsSaidToStopWhereTheEnginesStop() throws Exception {
        Generated g = generate("readings", READINGS);
        Matcher m = java.util.regex.Pattern.compile("`readings` \\(`pk_readings`\\): `id`, an integer the database assigns; as `int` it stops at ([0-9,]+) "
                + "on PostgreSQL and MySQL, which refuse the next insert \\(SQLite's rowid goes on to 2\\^63 - 1\\)").matcher(g.design());
        assertThat(m.find()).isTrue();
        long max = Long.parseLong(m.group(1).replace(",", ""));
        // 1.5 billion rows is past half of int's range, so only bigint leaves room.
        assertThat(g.design()).contains("more than half that range: the key needs `bigint`");
        assertThat(g.design()).contains("`sites` (`pk_sites`): `id`, an integer the database assigns\n");
        for (Kind kind : List.of(Kind.POSTGRES, Kind.MYSQL, Kind.SQLITE)) {
            Dialect d = kind == Kind.POSTGRES ? Dialect.POSTGRES : kind == Kind.SQLITE ? Dialect.SQLITE : Dialect.MYSQL;
            try (LiveDb db = database(kind, d, g, "readings"); Connection c = db.connect(); Statement s = c.createStatement()) {
                switch (kind) {
                    case POSTGRES -> s.execute("SELECT setval(pg_get_serial_sequence('readings', 'id'), " + (max - 2) + ")"); // the next is max - 1
                    case MYSQL -> s.execute("ALTER TABLE readings AUTO_INCREMENT = " + (max - 1));
                    default -> s.execute("INSERT INTO readings (id, sensor) VALUES (" + (max - 1) + ", 'a')");
                }
                if (kind != Kind.SQLITE) s.execute("INSERT INTO readings (sensor) VALUES ('a')");
                s.execute("INSERT INTO readings (sensor) VALUES ('b')");
                assertThat(count(s, "SELECT max(id) FROM readings")).as("%s", kind).isEqualTo(max);
                if (kind == Kind.SQLITE) {
                    s.execute("INSERT INTO readings (sensor) VALUES ('c')");
                    assertThat(count(s, "SELECT max(id) FROM readings")).isEqualTo(max + 1);
                } else {
                    assertThatThrownBy(() -> s.execute("INSERT INTO readings (sensor) VALUES ('c')")).as("%s", kind).isInstanceOf(SQLException.class);
                }
            }
        }
    }

    static final String CHAIN = """
            schema chain {
              dialect = postgres
              timestamps = false
            }

            /// A step of a chain; a step another follows is kept while the follower is.
            entity Step {
              label    string(20)
              previous Step? @relation("chain") @on_delete(no_action)
              next     Step[] @relation("chain")
            }
            """;

    /**
     * A {@code NO ACTION} key is checked when the engine checks it: one statement deleting a
     * step and the step that follows it succeeds on PostgreSQL and SQLite (checked at the end
     * of the statement) and fails on MySQL and MariaDB (row by row), even when it deletes the
     * referenced row first.
     */
    @Test
    void aNoActionKeyIsSaidToBeCheckedWhenEachEngineChecksIt() throws Exception {
        Generated g = generate("chain", CHAIN);
        String said = "a Step cannot be deleted while Step rows refer to it (checked at the end of the statement on PostgreSQL and SQLite, row by row on MySQL)";
        assertThat(g.design()).contains("`previous`: many-to-one to Step, optional (paired with `Step.next`); " + said)
                .contains("`steps.previous_id` is nullable); " + said + ".");
        for (Kind kind : List.of(Kind.POSTGRES, Kind.SQLITE, Kind.MYSQL, Kind.MARIADB)) {
            Dialect d = kind == Kind.POSTGRES ? Dialect.POSTGRES : kind == Kind.SQLITE ? Dialect.SQLITE : Dialect.MYSQL;
            try (LiveDb db = database(kind, d, g, "chain"); Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO steps (id, label) VALUES (1, 'a')");
                s.execute("INSERT INTO steps (id, label, previous_id) VALUES (2, 'b', 1)");
                s.execute("INSERT INTO steps (id, label) VALUES (3, 'c')");
                // Deleting a step that another still follows is refused on every engine.
                assertThatThrownBy(() -> s.execute("DELETE FROM steps WHERE id = 1")).as("%s", kind).isInstanceOf(SQLException.class);
                if (d == Dialect.MYSQL) {
                    // Step 1 first: the row check finds step 2 still referring to it.
                    assertThatThrownBy(() -> s.execute("DELETE FROM steps WHERE id IN (1, 2) ORDER BY id")).as("%s", kind)
                            .isInstanceOf(SQLException.class);
                    assertThat(count(s, "SELECT count(*) FROM steps")).as("%s", kind).isEqualTo(3);
                } else {
                    s.execute("DELETE FROM steps WHERE id IN (1, 2)");
                    assertThat(count(s, "SELECT count(*) FROM steps")).as("%s", kind).isEqualTo(1);
                }
            }
        }
    }

    static final String VERSIONS = """
            schema versions {
              dialect = postgres
              ids = uuid
            }

            /// A version of a document; each may point at the one it replaced.
            entity Version {
              body     text
              previous Version? @relation("chain")
              next     Version[] @relation("chain")
              @@volume(rows = 50_000_000)
            }

            /// A reading nothing refers to.
            entity Reading {
              value int
              @@volume(rows = 50_000_000)
            }
            """;

    /**
     * A large table that refers to itself is not proposed for partitioning: PostgreSQL refuses
     * a unique key of a partitioned table without the partition key, so the key to itself has
     * nothing to reference; a large table nothing refers to is, and its widened key is accepted.
     */
    static final String METERS = """
            schema meters {
              dialect = postgres
            }

            /// A meter reading: many, never referred to.
            entity Reading {
              value int
              @@volume(rows = 50_000_000)
            }
            """;

    /**
     * The partition the documents propose holds the month of {@code created_at} in UTC, whatever
     * the time zone of the session that creates it: its bounds are instants, as the model's
     * datetimes are (a bound without an offset would move the month's edges by the session's zone).
     */
    @Test
    void aProposedMonthPartitionHoldsItsMonthInUtc() throws Exception {
        Generated g = generate("meters", METERS);
        Matcher m = java.util.regex.Pattern.compile("(CREATE TABLE readings \\(\n)\\s*-- the columns[^\n]*\n(\\s*\\) PARTITION BY RANGE \\(created_at\\);\n"
                + "\\s*CREATE TABLE readings_\\d{4}_\\d{2} PARTITION OF readings FOR VALUES FROM \\(('[^']+')\\) TO \\(('[^']+')\\);)")
                .matcher(g.file("Database_Design.md"));
        assertThat(m.find()).as(g.design()).isTrue();
        try (LiveDb db = LiveDb.fresh(Kind.POSTGRES, "meters"); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("SET TIME ZONE 'Asia/Tokyo'");
            s.execute(m.group(1) + "  id int NOT NULL, created_at timestamptz NOT NULL, value int NOT NULL, PRIMARY KEY (id, created_at)\n" + m.group(2));
            s.execute("RESET TIME ZONE");
            String first = Sql.instantLiteral(Dialect.POSTGRES, "2025-01-01 00:00:00");
            assertThat(m.group(3)).isEqualTo(first);
            // The first and the last instant of January in UTC go in; the last of December does not.
            s.execute("INSERT INTO readings VALUES (1, '2025-01-01 00:00:00+00', 1), (2, '2025-01-31 23:59:59+00', 2)");
            assertThatThrownBy(() -> s.execute("INSERT INTO readings VALUES (3, '2024-12-31 23:59:59+00', 3)")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aLargeTableThatRefersToItselfIsNotProposedForPartitioning() throws Exception {
        Generated g = generate("versions", VERSIONS);
        assertThat(g.design()).contains("no partitioning recommended: PostgreSQL requires the partition key in every unique key of a partitioned table, "
                + "and a foreign key must reference a unique key, so `versions` itself would have to carry `created_at` in its foreign keys")
                .contains("- `readings`, about 50,000,000 rows: past the 10,000,000 rows from which this design considers partitioning "
                        + "(PostgreSQL's documentation's rule of thumb is a table larger than the server's memory); range partitioning by month of `created_at`")
                .contains("`pk_readings` becomes (id, created_at)");
        try (LiveDb db = LiveDb.fresh(Kind.POSTGRES, "versions"); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE versions (id uuid NOT NULL, created_at timestamptz NOT NULL, previous_id uuid, PRIMARY KEY (id, created_at))"
                    + " PARTITION BY RANGE (created_at)");
            assertThatThrownBy(() -> s.execute("ALTER TABLE versions ADD FOREIGN KEY (previous_id) REFERENCES versions (id)"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("CREATE UNIQUE INDEX uq_versions_id ON versions (id)")).isInstanceOf(SQLException.class);
            s.execute("CREATE TABLE readings (id uuid NOT NULL, created_at timestamptz NOT NULL, value integer NOT NULL, PRIMARY KEY (id, created_at))"
                    + " PARTITION BY RANGE (created_at)");
        }
    }

    static final String DEFAULTS = """
            schema defaults {
              dialect = postgres
              timestamps = false
            }

            enum Tier {
              FREE @map("free tier")
              PAID @map("paid")
            }

            /// A plan with a default in each kind the language has.
            entity Plan {
              name     string(20)
              seats    smallint = 5
              price    decimal(8, 2) = 9.5
              currency char(3) = "EUR"
              active   bool = true
              tier     Tier = FREE
              starts   date = "2024-02-29"
              added_on date = now()
              seen     datetime = "2024-02-29T23:30:00-01:00"
            }
            """;

    /**
     * A stored text (a default, an enum's stored label) is shown as the model writes a string, so
     * a quote, a backslash or a line break in it reads back as itself, never as the end of the value.
     */
    @Test
    void aTextValueIsShownAsTheModelWritesIt() {
        Generated g = generate("quoted", """
                schema quoted {
                  dialect = sqlite
                }

                enum Mood {
                  OK @map("it's")
                }

                /// A note.
                entity Note {
                  body string(40) = "say \\"hi\\"\\nit's \\\\ ok"
                  mood Mood = OK
                }
                """);
        assertThat(g.design()).contains("`body` string(40) (defaults to `\"say \\\"hi\\\"\\nit's \\\\ ok\"`)",
                "`OK` (stored as `\"it's\"`)");
    }

    /**
     * Each default an attribute line says is what the engine puts in the column when an insert
     * leaves it out: the row the insert of a name alone makes holds, column by column, the value
     * the document names (an enum by the value whose label is stored, {@code now()} as the day
     * of the insert).
     */
    @Test
    void everyDefaultSaidIsWhatTheEngineWrites() throws Exception {
        Generated g = generate("defaults", DEFAULTS);
        String d = g.design();
        var said = new java.util.LinkedHashMap<String, String>();
        Matcher m = java.util.regex.Pattern.compile("(?m)^     - `(\\w+)` .*?defaults to ([^,)\\n]+)").matcher(d);
        while (m.find()) said.put(m.group(1), m.group(2));
        assertThat(said).containsOnlyKeys("seats", "price", "currency", "active", "tier", "starts", "added_on", "seen");
        assertThat(said.get("added_on")).isEqualTo("the date of the insert");
        // A datetime default is an instant, said in UTC: the model wrote it an hour behind.
        assertThat(said.get("seen")).isEqualTo("`\"2024-03-01 00:30:00\"` UTC");
        assertThat(d).contains("`FREE` (stored as `\"free tier\"`)");
        for (Kind kind : List.of(Kind.POSTGRES, Kind.SQLITE, Kind.MYSQL)) {
            Dialect dialect = kind == Kind.POSTGRES ? Dialect.POSTGRES : kind == Kind.SQLITE ? Dialect.SQLITE : Dialect.MYSQL;
            try (LiveDb db = database(kind, dialect, g, "defaults"); Connection c = db.connect(); Statement s = c.createStatement()) {
                // A session far from UTC: PostgreSQL's timestamptz would read an instant without its offset in this zone.
                if (kind == Kind.POSTGRES) s.execute("SET TIME ZONE 'Asia/Tokyo'");
                s.execute("INSERT INTO plans (name) VALUES ('a')");
                String utc = switch (kind) {
                    case POSTGRES -> "to_char(seen AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')";
                    case MYSQL -> "DATE_FORMAT(seen, '%Y-%m-%d %H:%i:%s')";
                    default -> "seen";
                };
                try (var rs = s.executeQuery("SELECT " + utc + " AS seen_utc FROM plans")) {
                    assertThat(rs.next()).isTrue();
                    assertThat("`\"" + rs.getString(1) + "\"` UTC").as("%s", kind).isEqualTo(said.get("seen"));
                }
                try (var rs = s.executeQuery("SELECT seats, price, currency, active, tier, starts, added_on FROM plans")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString("seats")).as("%s", kind).isEqualTo(said.get("seats").replace("`", ""));
                    assertThat(new java.math.BigDecimal(rs.getString("price"))).as("%s", kind)
                            .isEqualByComparingTo(said.get("price").replace("`", ""));
                    assertThat("`\"" + rs.getString("currency") + "\"`").as("%s", kind).isEqualTo(said.get("currency"));
                    assertThat(rs.getBoolean("active")).as("%s", kind).isEqualTo(Boolean.parseBoolean(said.get("active").replace("`", "")));
                    assertThat(rs.getString("tier")).as("%s", kind).isEqualTo("free tier");
                    assertThat(said.get("tier")).isEqualTo("`FREE`");
                    assertThat("`\"" + rs.getString("starts") + "\"`").as("%s", kind).isEqualTo(said.get("starts"));
                    assertThat(rs.getString("added_on")).as("%s", kind).isNotNull();
                }
                assertThat(count(s, "SELECT count(*) FROM plans WHERE added_on = " + (kind == Kind.SQLITE ? "date('now')" : "CURRENT_DATE")))
                        .as("%s: the date of the insert", kind).isEqualTo(1);
            }
        }
    }

    static final String SINGLES = """
            schema gauges {
              dialect = %s
              timestamps = false
            }

            /// A gauge with a single-precision reading.
            entity Gauge {
              ratio float
            }
            """;

    /**
     * A {@code float} column is 8 bytes on SQLite and 4 on PostgreSQL and MySQL: the production
     * path says a copied value may change, and it does: 0.1 reads back as 0.1 on SQLite and as
     * another double on the production database.
     */
    @Test
    void aFloatColumnIsSaidToLosePrecisionOnTheProductionPath() throws Exception {
        for (Kind kind : List.of(Kind.POSTGRES, Kind.MYSQL)) {
            Dialect d = kind == Kind.POSTGRES ? Dialect.POSTGRES : Dialect.MYSQL;
            Generated g = generate("gauges", SINGLES.formatted(d.id()));
            assertThat(g.design()).contains("SQLite kept the numbers written to the `float` column `gauges.ratio` as 8-byte floating-point numbers: "
                    + d.displayName() + " keeps each as the nearest 4-byte one");
            try (LiveDb db = database(Kind.SQLITE, Dialect.SQLITE, g, "gauges"); Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO gauges (id, ratio) VALUES (1, 0.1)");
                assertThat(count(s, "SELECT count(*) FROM gauges WHERE ratio = 0.1")).isEqualTo(1);
            }
            try (LiveDb db = database(kind, d, g, "gauges"); Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO gauges (id, ratio) VALUES (1, 0.1)");
                String same = kind == Kind.POSTGRES ? "ratio::float8 = 0.1::float8" : "ratio = 0.1e0";
                assertThat(count(s, "SELECT count(*) FROM gauges WHERE " + same)).as("%s", kind).isZero();
            }
        }
    }

    static final String SWITCHES = """
            schema switches {
              dialect = mysql
              timestamps = false
            }

            /// A switch.
            entity Switch {
              on bool
            }
            """;

    /**
     * The production path says what MySQL makes of a {@code BOOLEAN} column (a TINYINT(1)) and that
     * SQLite's 0 and 1 copy as they are: on MySQL and MariaDB both, the column is a TINYINT(1) and
     * the copied 0 and 1 read back unchanged.
     */
    @Test
    void aBooleanColumnIsSaidToBeWhatMysqlMakesOfIt() throws Exception {
        Generated g = generate("switches", SWITCHES);
        assertThat(g.design()).contains("SQLite kept the booleans written to `switches.on` as the integers 0 and 1; MySQL stores it as `BOOLEAN` "
                + "(a `TINYINT(1)` column there, which keeps the copied 0 and 1 unchanged).");
        for (Kind kind : List.of(Kind.MYSQL, Kind.MARIADB)) {
            try (LiveDb db = database(kind, Dialect.MYSQL, g, "switches"); Connection c = db.connect(); Statement s = c.createStatement()) {
                try (var rs = s.executeQuery("SELECT column_type FROM information_schema.columns WHERE table_schema = DATABASE()"
                        + " AND table_name = 'switches' AND column_name = 'on'")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).as("%s", kind).isEqualToIgnoringCase("tinyint(1)")
                            .as("the dialect's own fact, which the document and pull read").isEqualToIgnoringCase(
                                    Sql.madeType(Dialect.MYSQL, "BOOLEAN"));
                }
                s.execute("INSERT INTO switches (id, `on`) VALUES (1, 0), (2, 1)");
                assertThat(count(s, "SELECT count(*) FROM switches WHERE `on` = 0 AND id = 1")).as("%s", kind).isEqualTo(1);
                assertThat(count(s, "SELECT count(*) FROM switches WHERE `on` = 1 AND id = 2")).as("%s", kind).isEqualTo(1);
            }
        }
    }

    /**
     * A dialect spelled another way the language accepts ({@code postgresql}, any case) is one
     * setting: both documents quote it as {@code dialect = postgres} and come out byte for byte as
     * the canonical spelling's do.
     */
    @Test
    void anAliasOfTheDialectGivesTheDocumentsOfItsCanonicalSpelling() {
        String model = CHAIN.replace("dialect = postgres", "dialect = PostgreSQL");
        assertThat(model).contains("dialect = PostgreSQL");
        Generated alias = generate("chain", model), canonical = generate("chain", CHAIN);
        assertThat(alias.design()).contains("(`dialect = postgres`)").doesNotContainIgnoringCase("dialect = postgresql");
        assertThat(alias.record()).contains("(`dialect = postgres`)").doesNotContainIgnoringCase("dialect = postgresql");
        assertThat(alias.file("Database_Design.md")).isEqualTo(canonical.file("Database_Design.md"));
        assertThat(alias.record()).isEqualTo(canonical.record());
    }

    // A soft-deleting owner whose delete cascades three tables down, one of them a tree that cascades into itself.
    static final String OWNERS = """
            schema chain {
              dialect = sqlite
              timestamps = false
            }

            mixin Trash {
              deleted_at datetime?
              code       string(10)? @unique
              @@index(deleted_at)
            }

            /// An owner.
            entity Owner with Trash {
              name     string(20)
              projects Project[]
            }

            /// A project of an owner.
            entity Project {
              owner Owner @on_delete(cascade)
              name  string(20)
              tasks Task[]
            }

            /// A task, maybe under another task of any project.
            entity Task {
              project  Project @on_delete(cascade)
              parent   Task?   @relation("tree") @on_delete(cascade)
              children Task[]  @relation("tree")
              comments Comment[]
            }

            /// A comment on a task.
            entity Comment {
              task Task @on_delete(cascade)
              body string(20)
            }

            /// A tag; nothing refers to an owner through it.
            entity Tag {
              label string(20)
            }
            """;

    private static final java.util.regex.Pattern REAL_DELETE = java.util.regex.Pattern.compile(
            "Deleting an? (\\w+) for real deletes the `([a-z_]+)` rows that refer to it(?:, and, in turn, the (.+?) rows that refer to those through cascading keys)?, but");

    /** The tables the soft-delete section says a delete for real of {@code entity} removes rows of. */
    private static java.util.Set<String> saidToBeDeleted(Generated g, String entity) {
        Matcher m = REAL_DELETE.matcher(g.design());
        var named = new java.util.TreeSet<String>();
        while (m.find()) {
            if (!m.group(1).equals(entity)) continue;
            named.add(m.group(2));
            if (m.group(3) != null) {
                Matcher t = java.util.regex.Pattern.compile("`([a-z_]+)`").matcher(m.group(3));
                while (t.find()) named.add(t.group(1));
            }
        }
        return named;
    }

    /** The tables of the Catalog, other than {@code except}, whose row count {@code delete} lowers. */
    private static java.util.Set<String> emptiedBy(Statement s, Generated g, String delete, String except) throws SQLException {
        var before = new java.util.HashMap<String, Long>();
        for (var t : g.c().catalog().tables()) before.put(t.name(), count(s, "SELECT count(*) FROM " + t.name()));
        s.execute(delete);
        var lost = new java.util.TreeSet<String>();
        for (var t : g.c().catalog().tables()) {
            if (!t.name().equals(except) && count(s, "SELECT count(*) FROM " + t.name()) < before.get(t.name())) lost.add(t.name());
        }
        return lost;
    }

    /**
     * A delete for real of a soft-deleting row removes rows of exactly the tables the soft-delete
     * section names, the ones the cascade reaches further down and through a tree included.
     */
    @Test
    void aDeleteForRealRemovesRowsOfExactlyTheTablesNamed() throws Exception {
        Generated clinic = generate("clinic", java.nio.file.Files.readString(dev.schemac.support.TestPaths.testResources().resolve("docs/clinic.schema")));
        Generated chain = generate("chain", OWNERS);
        assertThat(saidToBeDeleted(clinic, "Patient")).containsExactly("appointments", "notes");
        assertThat(saidToBeDeleted(chain, "Owner")).containsExactly("comments", "projects", "tasks");
        // What the mixin gives is said to come from it, not from the entity.
        assertThat(chain.design()).contains("| `idx_owners_deleted_at` | `owners` | deleted_at | index | `@@index` in mixin `Trash`, which the entity uses |")
                .contains("| `@unique` on the field, in mixin `Trash`;").doesNotContain("on the entity");
        for (Kind kind : List.of(Kind.SQLITE, Kind.POSTGRES)) {
            Dialect d = kind == Kind.SQLITE ? Dialect.SQLITE : Dialect.POSTGRES;
            try (LiveDb db = database(kind, d, clinic, "clinic"); Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO patients (id, email, born_on) VALUES (1, 'a@example.org', '1990-01-01'), (2, 'b@example.org', '1991-01-01')");
                s.execute("INSERT INTO doctors (id, license, name) VALUES (1, 'L000000001', 'd')");
                s.execute("INSERT INTO appointments (id, patient_id, doctor_id, starts_at, ends_at) VALUES "
                        + "(1, 1, 1, '2024-01-01 10:00:00', '2024-01-01 11:00:00'), (2, 2, 1, '2024-01-01 12:00:00', '2024-01-01 13:00:00')");
                s.execute("INSERT INTO notes (id, appointment_id, body) VALUES (1, 1, 'x'), (2, 2, 'y')");
                assertThat(emptiedBy(s, clinic, "DELETE FROM patients WHERE id = 1", "patients")).as("%s", kind)
                        .isEqualTo(saidToBeDeleted(clinic, "Patient"));
            }
            try (LiveDb db = database(kind, d, chain, "chain"); Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO owners (id, name) VALUES (1, 'a'), (2, 'b')");
                s.execute("INSERT INTO projects (id, owner_id, name) VALUES (1, 1, 'p'), (2, 2, 'q')");
                // Task 3 is owner 2's, under owner 1's task 1: the tree takes it and its comment too.
                s.execute("INSERT INTO tasks (id, project_id, parent_id) VALUES (1, 1, NULL), (2, 2, NULL), (3, 2, 1)");
                s.execute("INSERT INTO comments (id, task_id, body) VALUES (1, 3, 'c'), (2, 2, 'd')");
                s.execute("INSERT INTO tags (id, label) VALUES (1, 't')");
                assertThat(emptiedBy(s, chain, "DELETE FROM owners WHERE id = 1", "owners")).as("%s", kind)
                        .isEqualTo(saidToBeDeleted(chain, "Owner"));
                assertThat(count(s, "SELECT count(*) FROM tasks WHERE id = 3")).isZero();
                assertThat(count(s, "SELECT count(*) FROM comments")).isEqualTo(1);
            }
        }
    }

    private static final Pattern AUDIT_DELETE = Pattern.compile(
            "  - A delete from `([a-z_]+)` deletes rows of `([a-z_]+)`(?:, and, in turn, the (.+?) rows that refer to those through cascading keys)?\\.\n");

    /** The tables the audit trail says a delete from {@code table} removes rows of. */
    private static Set<String> auditSaysDeleted(Generated g, String table) {
        var named = new TreeSet<String>();
        Matcher m = AUDIT_DELETE.matcher(g.design());
        while (m.find()) {
            if (!m.group(1).equals(table)) continue;
            named.add(m.group(2));
            if (m.group(3) != null) {
                Matcher t = Pattern.compile("`([a-z_]+)`").matcher(m.group(3));
                while (t.find()) named.add(t.group(1));
            }
        }
        return named;
    }

    /**
     * Natural keys of several columns, with no surrogate id: a site's sensors are keyed by the site's code and
     * their serial, readings by the sensor's two columns and an instant. Every engine takes the DDL with its checks
     * at the very limits of the column types (a smallint's, an int's and a bigint's ends are stored), and a delete
     * of a site removes rows of exactly the tables the audit trail names, through the composite keys.
     */
    @Test
    void aCascadeThroughNaturalCompositeKeysRemovesWhatTheAuditTrailNames() throws Exception {
        Generated g = generate("greenhouse", java.nio.file.Files.readString(dev.schemac.support.TestPaths.testResources().resolve("docs/greenhouse.schema")));
        var said = auditSaysDeleted(g, "sites");
        assertThat(said).containsExactly("alarms", "readings", "sensors");
        for (Kind kind : List.of(Kind.SQLITE, Kind.POSTGRES, Kind.MARIADB, Kind.MYSQL)) {
            Dialect d = kind == Kind.SQLITE ? Dialect.SQLITE : kind == Kind.POSTGRES ? Dialect.POSTGRES : Dialect.MYSQL;
            String q = d == Dialect.MYSQL ? "`" : "\"";
            try (LiveDb db = database(kind, d, g, "greenhouse"); Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO sites (code, name) VALUES ('GH01', 'North'), ('GH02', 'South')");
                s.execute("INSERT INTO sensors (site_code, serial, unit, " + q + "offset" + q + ") VALUES ('GH01', 'S1', 'CELSIUS', -32768), ('GH02', 'S2', 'LUX', 32767)");
                s.execute("INSERT INTO readings (sensor_site_code, sensor_serial, taken_at, " + q + "value" + q + ", quality, raw) VALUES "
                        + "('GH01', 'S1', '2025-01-01 00:00:00', -2147483648, 0, 9223372036854775807), "
                        + "('GH02', 'S2', '2025-01-01 00:00:00', 2147483647, 100, 0)");
                s.execute("INSERT INTO alarms (sensor_site_code, sensor_serial, threshold) VALUES ('GH01', 'S1', 5), ('GH02', 'S2', 6)");
                assertThat(emptiedBy(s, g, "DELETE FROM sites WHERE code = 'GH01'", "sites")).as("%s", kind).isEqualTo(said);
                assertThat(count(s, "SELECT count(*) FROM readings")).as("%s", kind).isEqualTo(1);
            }
        }
    }

    /**
     * A secret column said to be too short for a hash: each hash said to fit is taken, each said not to is refused on
     * PostgreSQL, MariaDB and MySQL 8 (a value of the hash's length, as the sentence gives it).
     */
    @Test
    void theHashesSaidNotToFitASecretColumnAreRefused() throws Exception {
        Generated g = generate("theatre", java.nio.file.Files.readString(dev.schemac.support.TestPaths.testResources().resolve("docs/theatre.schema")));
        Matcher m = Pattern.compile("`surgeons\\.pin_hash` holds at most 60 characters: (.*?) fits?; (.*?) do(?:es)? not fit \\(PostgreSQL and MySQL refuse a longer value\\)\\.")
                .matcher(g.design());
        assertThat(m.find()).as("the sentence of the secret's length").isTrue();
        var fits = new java.util.ArrayList<Integer>();
        var not = new java.util.ArrayList<Integer>();
        Matcher n = Pattern.compile("\\((?:at least )?(\\d+)").matcher(m.group(1));
        while (n.find()) fits.add(Integer.parseInt(n.group(1)));
        n = Pattern.compile("\\((?:at least )?(\\d+)").matcher(m.group(2));
        while (n.find()) not.add(Integer.parseInt(n.group(1)));
        assertThat(fits).containsExactly(60);
        assertThat(not).containsExactly(64, 97);
        // The lengths said are those of real encodings: an Argon2id PHC string with argon2-cffi's and Spring Security's
        // defaults is 97 characters long.
        assertThat("$argon2id$v=19$m=65536,t=3,p=4$" + "S".repeat(22) + "$" + "H".repeat(43)).hasSize(97);
        assertThat("$argon2id$v=19$m=16384,t=2,p=1$" + "S".repeat(22) + "$" + "H".repeat(43)).hasSize(97);
        for (Kind kind : List.of(Kind.POSTGRES, Kind.MARIADB, Kind.MYSQL)) {
            Dialect d = kind == Kind.POSTGRES ? Dialect.POSTGRES : Dialect.MYSQL;
            try (LiveDb db = database(kind, d, g, "theatre"); Connection c = db.connect(); Statement s = c.createStatement()) {
                int i = 0;
                for (int len : fits) s.execute("INSERT INTO surgeons (registration, full_name, pin_hash) VALUES ('R" + i++ + "', 'x', '" + "h".repeat(len) + "')");
                for (int len : not) {
                    String insert = "INSERT INTO surgeons (registration, full_name, pin_hash) VALUES ('R" + i++ + "', 'x', '" + "h".repeat(len) + "')";
                    assertThatThrownBy(() -> s.execute(insert)).as("%d characters on %s", len, kind).isInstanceOf(SQLException.class);
                }
            }
        }
    }

    static final String VAULT = """
            schema vault {
              dialect = %s
            }

            /// An API key, kept as its digest.
            entity ApiKey {
              label  string(40)
              digest char(64) @secret
            }
            """;

    /**
     * A {@code char(n)} secret column: a hash of exactly n characters comes back as written, a shorter one comes back
     * from PostgreSQL padded with spaces to n (where {@code string(n)} keeps it as written), a longer one is refused.
     */
    @Test
    void aShorterHashInACharSecretColumnComesBackPaddedFromPostgres() throws Exception {
        String bcrypt = "$2b$12$" + "R9h/cIPz0gi.URNNX3kh2O".repeat(2).substring(0, 22) + "PST9/PgBkqquzi.Ss7KIUgO2t0jWMUW";
        assertThat(bcrypt).hasSize(60);
        String hex = "a".repeat(32) + "0123456789abcdef".repeat(2);
        for (Kind kind : List.of(Kind.POSTGRES, Kind.MARIADB, Kind.MYSQL)) {
            Dialect d = kind == Kind.POSTGRES ? Dialect.POSTGRES : Dialect.MYSQL;
            Generated g = generate("vault", VAULT.formatted(d.id()));
            assertThat(g.design()).contains("`api_keys.digest` holds exactly 64 characters: an HMAC-SHA-256 digest in hex (64) fits; "
                    + "a bcrypt hash (60) comes back from PostgreSQL padded with spaces to 64 characters (`string(64)` keeps a shorter value as written); "
                    + "an encoded Argon2id hash (97 with the defaults of common libraries, longer with larger parameters) does not fit "
                    + "(PostgreSQL and MySQL refuse a longer value).");
            try (LiveDb db = database(kind, d, g, "vault"); Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO api_keys (label, digest) VALUES ('b', '" + bcrypt + "'), ('h', '" + hex + "')");
                try (var rs = s.executeQuery("SELECT digest FROM api_keys WHERE label = 'b'")) {
                    rs.next();
                    String read = rs.getString(1);
                    if (kind == Kind.POSTGRES) assertThat(read).as("%s", kind).isEqualTo(bcrypt + "    ");
                    else assertThat(read).as("%s", kind).isEqualTo(bcrypt);
                }
                try (var rs = s.executeQuery("SELECT digest FROM api_keys WHERE label = 'h'")) {
                    rs.next();
                    assertThat(rs.getString(1)).as("%s", kind).isEqualTo(hex);
                }
                String argon = "$argon2id$v=19$m=65536,t=3,p=4$" + "c2FsdHNhbHRzYWx0c2FsdA" + "$" + "h".repeat(43);
                assertThatThrownBy(() -> s.execute("INSERT INTO api_keys (label, digest) VALUES ('a', '" + argon + "')"))
                        .as("%s", kind).isInstanceOf(SQLException.class);
            }
        }
    }

    static final String TREE = """
            schema tree {
              dialect = %s
              timestamps = false
            }

            /// A category, maybe under another.
            entity Category {
              name     string(20)
              parent   Category?  @relation("tree")
              children Category[] @relation("tree")
            }
            """;

    /**
     * The production path's copy of a table that refers to itself: rows whose parent has a higher
     * key are refused in key order, taken parents first, and in one INSERT only where the path
     * says so (PostgreSQL, which checks the key at the end of the statement).
     */
    @Test
    void aTableThatRefersToItselfIsCopiedInTheOrderThePathSays() throws Exception {
        for (Kind kind : List.of(Kind.POSTGRES, Kind.MYSQL)) {
            Dialect d = kind == Kind.POSTGRES ? Dialect.POSTGRES : Dialect.MYSQL;
            Generated g = generate("tree", TREE.formatted(d.id()));
            String step = g.design().lines().filter(l -> l.contains("Copy the rows table by table")).findFirst().orElseThrow();
            assertThat(step).contains("`categories` refers to itself through `categories.parent_id`: a parent may have a higher key than its child, "
                    + "so copy its rows parents first, each row after the row it refers to");
            // Leaf 1 under 3, 3 under root 2: every parent has a higher key than one of its children.
            Map<Integer, Integer> parentOf = new java.util.LinkedHashMap<>();
            parentOf.put(1, 3);
            parentOf.put(2, null);
            parentOf.put(3, 2);
            try (LiveDb db = database(kind, d, g, "tree"); Connection c = db.connect(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute(insert(List.of(1), parentOf))).as("%s: key order, row by row", kind).isInstanceOf(SQLException.class);
                boolean oneInsert = step.contains("or all of them in one INSERT");
                assertThat(oneInsert).as("%s", kind).isEqualTo(kind == Kind.POSTGRES);
                if (oneInsert) {
                    s.execute(insert(List.of(1, 2, 3), parentOf));
                } else {
                    assertThat(step).contains("checks the key row by row, within one INSERT too");
                    assertThatThrownBy(() -> s.execute(insert(List.of(1, 2, 3), parentOf))).as("%s: one INSERT", kind).isInstanceOf(SQLException.class);
                }
                s.execute("DELETE FROM categories");
                // Parents first: each row once the row it refers to is in.
                var copied = new java.util.ArrayList<Integer>();
                while (copied.size() < parentOf.size()) {
                    for (var e : parentOf.entrySet()) {
                        if (!copied.contains(e.getKey()) && (e.getValue() == null || copied.contains(e.getValue()))) {
                            s.execute(insert(List.of(e.getKey()), parentOf));
                            copied.add(e.getKey());
                        }
                    }
                }
                assertThat(copied).containsExactly(2, 3, 1);
                assertThat(count(s, "SELECT count(*) FROM categories WHERE parent_id IS NOT NULL")).isEqualTo(2);
            }
        }
    }

    private static String insert(List<Integer> ids, Map<Integer, Integer> parentOf) {
        return "INSERT INTO categories (id, name, parent_id) VALUES "
                + String.join(", ", ids.stream().map(id -> "(" + id + ", 'c" + id + "', " + parentOf.get(id) + ")").toList());
    }

    /**
     * The library (Cyrillic tables and columns, a foreign key column a {@code @map} names) on PostgreSQL: rows copied
     * with their keys make the next generated key collide until the production path's {@code setval} statements, run
     * as the document writes them, move each sequence past them; and the relationship summary holds through the mapped
     * column: deleting a Reader deletes its Loan and Visit rows, and a Copy with a Loan cannot be deleted.
     */
    @Test
    void theLibrarysProductionPathAndRelationshipsHoldOnPostgres() throws Exception {
        Generated g = generate("biblioteka", java.nio.file.Files.readString(dev.schemac.support.TestPaths.testResources().resolve("docs/biblioteka.schema")));
        String design = g.file("Database_Design.md");
        assertThat(design).contains("(`loans.читатель` NOT NULL); deleting a Reader deletes its Loan rows.",
                "(`loans.exemplar_id` NOT NULL); a Copy cannot be deleted while Loan rows refer to it.",
                "(`visits.reader_id` NOT NULL); deleting a Reader deletes its Visit rows.",
                "then each identity sequence must move past the largest copied key, or the next insert collides with a copied row");
        Matcher m = Pattern.compile("(?m)^ {3}(SELECT setval\\(.*\\);)$").matcher(design);
        var setvals = new java.util.ArrayList<String>();
        while (m.find()) setvals.add(m.group(1));
        assertThat(setvals).hasSize(4);
        try (LiveDb db = database(Kind.POSTGRES, Dialect.POSTGRES, g, "biblioteka"); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"читатели\" (id, \"билет\", \"имя_читателя\", \"Филиал\") VALUES (1, 'A1', 'Анна', 'Центр'), (2, 'A2', 'Борис', 'Север')");
            s.execute("INSERT INTO copies (id, \"инвентарный_номер\", \"название\") VALUES (1, 'INV-1', 'Война и мир')");
            s.execute("INSERT INTO loans (id, \"читатель\", exemplar_id, \"срок\") VALUES (1, 1, 1, '2025-02-01')");
            s.execute("INSERT INTO visits (id, reader_id, room) VALUES (1, 1, 'Зал 1')");
            assertThatThrownBy(() -> s.execute("INSERT INTO copies (\"инвентарный_номер\", \"название\") VALUES ('INV-2', 'Анна Каренина')"))
                    .as("the next key before setval").isInstanceOf(SQLException.class);
            for (String sql : setvals) s.execute(sql);
            s.execute("INSERT INTO \"читатели\" (\"билет\", \"имя_читателя\", \"Филиал\") VALUES ('A3', 'Вера', 'Юг')");
            s.execute("INSERT INTO copies (\"инвентарный_номер\", \"название\") VALUES ('INV-2', 'Анна Каренина')");
            s.execute("INSERT INTO loans (\"читатель\", exemplar_id, \"срок\") VALUES (2, 2, '2025-03-01')");
            s.execute("INSERT INTO visits (reader_id, room) VALUES (2, 'Зал 2')");
            assertThatThrownBy(() -> s.execute("DELETE FROM copies WHERE id = 1")).as("a Copy with a Loan").isInstanceOf(SQLException.class);
            s.execute("DELETE FROM \"читатели\" WHERE id = 1");
            assertThat(count(s, "SELECT count(*) FROM loans WHERE \"читатель\" = 1")).isZero();
            assertThat(count(s, "SELECT count(*) FROM visits WHERE reader_id = 1")).isZero();
            assertThat(count(s, "SELECT count(*) FROM loans")).isEqualTo(1);
            s.execute("DELETE FROM copies WHERE id = 1");
        }
    }
}
