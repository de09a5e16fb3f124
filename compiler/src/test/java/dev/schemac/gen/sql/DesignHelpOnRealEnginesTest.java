package dev.schemac.gen.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.model.Dialect;
import dev.schemac.render.sql.Sql;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The help of the design and naming rules, followed as written: the model with the help applied
 * compiles, the finding is gone, and every engine takes the schema. Where the help proposes a key
 * (SC701), the key refuses the duplicate it is for and admits the legitimate repeat: the same
 * assignment started again on another day, the reverse follow.
 */
class DesignHelpOnRealEnginesTest {
    private static final Pattern UNIQUE = Pattern.compile("`(@@unique\\([^)`]*\\))`");
    private static final Pattern MAP = Pattern.compile("`(@@map\\(\"[^\"]*\"\\))`");
    private static final Pattern SINGULAR = Pattern.compile("in the singular: `([A-Za-z0-9_]+)`");

    /** A model, the code its entity {@code target} gets, and how the help is followed. */
    private record Case(String code, String target, String model, BiFunction<String, Diagnostic, String> follow) {}

    private static final String PEOPLE = """
            /// A person.
            entity Employee {
              name string(100) @pii
            }

            /// A project.
            entity Project {
              code string(10) @unique
            }
            """;

    private static final List<Case> CASES = List.of(
            new Case("SC701", "Assignment", PEOPLE + """

                    /// An employee's time on a project.
                    entity Assignment {
                      employee   Employee
                      project    Project
                      ended_on   date?
                      started_on date
                    }
                    """, DesignHelpOnRealEnginesTest::addKey),
            new Case("SC701", "Follow", PEOPLE + """

                    /// One employee following another's work.
                    entity Follow {
                      follower Employee @relation("following")
                      followee Employee @relation("followers")
                    }
                    """, DesignHelpOnRealEnginesTest::addKey),
            new Case("SC701", "Membership", PEOPLE + """

                    /// An employee's membership of a project, which can end and start again.
                    entity Membership {
                      employee Employee
                      project  Project
                      role     string(20)
                      left_on  date?
                    }
                    """, DesignHelpOnRealEnginesTest::addKey),
            new Case("SC706", "LineItem", """
                    /// A line of an invoice.
                    entity LineItem {
                      description string(200)
                      unit_price  float
                    }
                    """, (m, d) -> m.replace("unit_price  float", "unit_price  " + firstCode(d.help(), "decimal"))),
            new Case("SC704", "products", """
                    /// A product of the catalogue.
                    entity Product {
                      sku  string(20) @unique
                      name string(200)
                      @@index(sku)
                    }
                    """, (m, d) -> m.replace("  @@index(sku)\n", "")),
            new Case("SC602", "Photos", """
                    /// A photo of the gallery.
                    entity Photos {
                      url string(500)
                    }
                    """, (m, d) -> m.replace("entity Photos", "entity " + group(SINGULAR, d.help()))),
            new Case("SC604", "legacy_supplier", """
                    /// A supplier.
                    entity Supplier {
                      name string(100)
                      @@map("legacy_supplier")
                    }
                    """, (m, d) -> m.replace("@@map(\"legacy_supplier\")", group(MAP, d.help()))));

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void followingTheHelpEndsTheFindingAndTheEngineTakesTheSchema(Kind kind) throws Exception {
        Dialect d = dialect(kind);
        for (Case k : CASES) {
            Compilation before = compile(k.model());
            Diagnostic finding = before.diagnostics().stream()
                    .filter(x -> x.code().equals(k.code()) && x.message().contains("`" + k.target()))
                    .findFirst().orElseThrow(() -> new AssertionError(k.code() + " on " + k.target() + ": " + before.diagnostics()));
            String fixed = k.follow().apply(k.model(), finding);
            assertThat(fixed).as("%s help followed: %s", k.code(), finding.help()).isNotEqualTo(k.model());
            Compilation after = compile(fixed);
            assertThat(after.hasErrors()).as("%s\n%s", fixed, after.diagnostics()).isFalse();
            assertThat(after.diagnostics()).as("%s after following %s", k.code(), finding.help())
                    .noneMatch(x -> x.code().equals(k.code()));
            try (LiveDb db = LiveDb.fresh(kind, "helpfix")) {
                db.run(Sql.create(d, after.catalog(), "helpfix"));
                if (k.target().equals("Assignment")) assignmentRepeats(d, db);
                if (k.target().equals("Follow")) followRepeats(d, db);
            }
        }
    }

    /** The key by employee, project and start: a second start of one assignment is admitted, the same start twice is not. */
    private static void assignmentRepeats(Dialect d, LiveDb db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            people(d, s);
            String insert = "INSERT INTO " + Sql.id(d, "assignments") + " (" + Sql.id(d, "id") + ", " + Sql.id(d, "employee_id")
                    + ", " + Sql.id(d, "project_id") + ", " + Sql.id(d, "started_on") + ") VALUES ";
            s.execute(insert + "(1, 1, 1, '2026-01-05')");
            s.execute(insert + "(2, 1, 1, '2026-06-01')");
            assertThatThrownBy(() -> s.execute(insert + "(3, 1, 1, '2026-01-05')")).isInstanceOf(SQLException.class);
        }
    }

    /** The key by follower and followee: the reverse follow is admitted, the same follow twice is not. */
    private static void followRepeats(Dialect d, LiveDb db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            people(d, s);
            String insert = "INSERT INTO " + Sql.id(d, "follows") + " (" + Sql.id(d, "id") + ", " + Sql.id(d, "follower_id")
                    + ", " + Sql.id(d, "followee_id") + ") VALUES ";
            s.execute(insert + "(1, 1, 2)");
            s.execute(insert + "(2, 2, 1)");
            assertThatThrownBy(() -> s.execute(insert + "(3, 1, 2)")).isInstanceOf(SQLException.class);
        }
    }

    private static void people(Dialect d, Statement s) throws SQLException {
        s.execute("INSERT INTO " + Sql.id(d, "employees") + " (" + Sql.id(d, "id") + ", " + Sql.id(d, "name")
                + ") VALUES (1, 'Ann'), (2, 'Bob')");
        s.execute("INSERT INTO " + Sql.id(d, "projects") + " (" + Sql.id(d, "id") + ", " + Sql.id(d, "code")
                + ") VALUES (1, 'P1')");
    }

    /** SC701's help: the first proposed unique, and the required start it asks for when the entity has none. */
    private static String addKey(String model, Diagnostic d) {
        String unique = group(UNIQUE, d.help());
        String field = d.help().contains("`started_on date`") ? "  started_on date\n" : "";
        String entity = "entity " + d.message().replaceAll("^link entity `([^`]+)`.*$", "$1") + " {";
        int at = model.indexOf("\n}", model.indexOf(entity));
        return model.substring(0, at + 1) + field + "  " + unique + "\n" + model.substring(at + 1);
    }

    private static String group(Pattern p, String help) {
        Matcher m = p.matcher(help);
        assertThat(m.find()).as("%s in %s", p, help).isTrue();
        return m.group(1);
    }

    /** The first code span of the help that starts with {@code prefix}. */
    private static String firstCode(String help, String prefix) {
        return group(Pattern.compile("`(" + Pattern.quote(prefix) + "[^`]*)`"), help);
    }

    private static Compilation compile(String model) {
        return Compiler.compile(List.of(Path.of("mem/helpfix.schema")), p -> model.getBytes(StandardCharsets.UTF_8), Map.of(), false);
    }

    private static Dialect dialect(Kind kind) {
        return switch (kind) {
            case SQLITE -> Dialect.SQLITE;
            case POSTGRES -> Dialect.POSTGRES;
            case MARIADB, MYSQL -> Dialect.MYSQL;
        };
    }
}
