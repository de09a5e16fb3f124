package dev.schemac.gen.docs;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Table;
import dev.schemac.gen.TargetContext;
import dev.schemac.model.Dialect;
import dev.schemac.model.IdStrategy;
import dev.schemac.model.Model;
import dev.schemac.model.ScalarKind;
import dev.schemac.render.markdown.Md;
import dev.schemac.render.sql.Sql;
import dev.schemac.types.TypeTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The path from a SQLite database of this model to the production database: PostgreSQL, or
 * the model's dialect when that is MySQL. Each step names this model's tables and columns:
 * the order to copy in, the key sequences to move, the values whose representation changes,
 * and what the production database enforces that SQLite did not.
 */
final class ProductionPath {
    private final TargetContext ctx;
    private final Model model;
    private final Catalog catalog;
    private final Dialect target;

    ProductionPath(TargetContext ctx) {
        this.ctx = ctx;
        this.model = ctx.model();
        this.catalog = ctx.catalog();
        this.target = model.settings().dialect() == Dialect.MYSQL ? Dialect.MYSQL : Dialect.POSTGRES;
    }

    private static boolean isText(Table t, String column) {
        return t.column(column).map(c -> !c.type().isEnum() && c.type().kind().isText()).orElse(false);
    }

    void render(StringBuilder b) {
        Dialect primary = model.settings().dialect();
        var handover = new Handover(ctx);
        b.append("## Migration Path to a Production Database\n\n");
        for (Dialect d : List.of(Dialect.SQLITE, target)) {
            if (ctx.writes(d)) continue;
            // The path copies a SQLite database into the production one: without either's scripts it has no start or end.
            b.append("The path from a SQLite database to ").append(target.displayName()).append(" is not described: the ")
                    .append(d.displayName()).append(" schema is not written for this model (see the technology stack).\n\n");
            return;
        }
        if (primary == Dialect.SQLITE) {
            b.append("SQLite is this design's prototype database; ").append(target.displayName())
                    .append(" is the production database the path below leads to, with the DDL generated from the same Catalog");
        } else {
            b.append(target.displayName()).append(" is this design's production database. A SQLite database of the same model (for development or tests, built from `sql/sqlite/schema.sql` with the same tables and names) moves to it along the path below");
        }
        b.append(handover.has(target.id()) ? " (`sql/" + target.id() + "/schema.sql`).\n\n"
                : "; the `" + target.id() + "` target is not registered in this build, so that DDL is not part of this hand-over.\n\n");
        int n = 1;
        b.append(n++).append(". Create the schema on ").append(target.displayName()).append(" with the migrations under `migrations/sql/")
                .append(target.id()).append("/` in order, or with Alembic (`alembic upgrade head`) with `DATABASE_URL` pointing at it.\n");
        if (catalog.tables().isEmpty()) {
            b.append(n++).append(". The ").append(Words.title(model)).append(" schema has no table, so there are no rows to copy.");
        } else {
            b.append(n++).append(". Copy the rows table by table, each after the tables it references: ")
                    .append(Words.list(catalog.tables().stream().map(t -> Words.name(t.name())).toList())).append(".");
        }
        var cycle = new ArrayList<String>();
        var updating = new LinkedHashSet<Table>();
        for (Table t : catalog.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (!fk.forward()) continue;
                cycle.add(Words.qualified(t.name(), fk.columns()));
                if (t.columns().stream().anyMatch(Column::updatedAt)) updating.add(t);
            }
        }
        if (!cycle.isEmpty()) {
            b.append(" The tables reference each other in a cycle: copy ").append(Words.list(cycle))
                    .append(" as NULL first and set ").append(cycle.size() == 1 ? "it" : "them").append(" with UPDATEs once every row is in.");
            if (!updating.isEmpty()) b.append(keepStamps(new ArrayList<>(updating)));
        }
        for (Table t : catalog.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (!fk.referencedTable().equals(t.name())) continue;
                // Id order is no parent order: a row may name a parent with a higher id, which the key refuses until that parent is in.
                b.append(" ").append(Words.name(t.name())).append(" refers to itself through ")
                        .append(Words.qualified(t.name(), fk.columns()))
                        .append(": a parent may have a higher key than its child, so copy its rows parents first, each row after the row it refers to")
                        .append(target == Dialect.POSTGRES ? ", or all of them in one INSERT, since PostgreSQL checks the key at the end of each statement."
                                : "; MySQL checks the key row by row, within one INSERT too.");
            }
        }
        b.append("\n");
        keys(b, n++);
        var changes = representation();
        if (!changes.isEmpty()) {
            b.append(n++).append(". Values whose representation changes:\n");
            for (String c : changes) b.append("   - ").append(c).append("\n");
        }
        var enforced = enforced();
        if (!enforced.isEmpty()) {
            b.append(n++).append(". What ").append(target.displayName()).append(" enforces that SQLite did not; find the rows that break it before the copy:\n");
            for (String c : enforced) b.append("   - ").append(c).append("\n");
        }
        b.append(n++).append(". Point the applications at it: the SQLModel classes read `DATABASE_URL` and follow the dialect of its URL");
        var provider = handover.prismaProvider();
        if (provider.isPresent()) {
            String wanted = target == Dialect.POSTGRES ? "postgresql" : "mysql";
            b.append("; ").append(provider.get().equals(wanted) ? "`prisma/schema.prisma` already names `provider = \"" + wanted + "\"`"
                    : "`prisma/schema.prisma` names `provider = \"" + provider.get() + "\"`, and Prisma takes one provider per schema: "
                    + target.displayName() + " needs the schema and the Prisma Migrate folder generated for `" + wanted + "`");
        }
        b.append(".\n\n");
    }

    /**
     * Those UPDATEs would stamp the copied rows with the time of the copy: the PostgreSQL trigger
     * sets an {@code @updated} column the UPDATE leaves as it was, MySQL's {@code ON UPDATE} one
     * the UPDATE does not set.
     */
    private String keepStamps(List<Table> tables) {
        var cols = new ArrayList<String>();
        for (Table t : tables) for (Column c : t.columns()) if (c.updatedAt()) cols.add(Words.qualified(t.name(), c.name()));
        if (target == Dialect.MYSQL) {
            return " Each of those UPDATEs also sets " + Words.list(tables.stream().flatMap(t -> t.columns().stream().filter(Column::updatedAt)
                    .map(c -> Words.code(Sql.id(Dialect.MYSQL, c.name()) + " = " + Sql.id(Dialect.MYSQL, c.name())))).toList())
                    + ", or `ON UPDATE` replaces the copied " + Words.list(cols) + " with the time of the copy.";
        }
        return " Run them between " + Words.list(tables.stream().map(t -> Words.code("ALTER TABLE " + Sql.id(Dialect.POSTGRES, t.name())
                + " DISABLE TRIGGER USER")).toList()) + " and the same with `ENABLE`, or the `@updated` "
                + (cols.size() == 1 ? "trigger replaces the copied " : "triggers replace the copied ") + Words.list(cols) + " with the time of the copy.";
    }

    private void keys(StringBuilder b, int n) {
        var sequenced = catalog.tables().stream().filter(t -> t.columns().stream().anyMatch(Column::autoIncrement)).toList();
        if (sequenced.isEmpty()) {
            b.append(n).append(". The keys are copied as they are").append(model.settings().ids() == IdStrategy.UUID ? " (UUIDs, `ids = uuid`)" : "")
                    .append("; no table of the ").append(Words.title(model)).append(" schema has a key the database counts up, so there is no sequence to move.\n");
            return;
        }
        if (target == Dialect.MYSQL) {
            b.append(n).append(". The keys are copied as they are; MySQL moves each table's AUTO_INCREMENT past the largest key inserted, so the next rows of ")
                    .append(Words.list(sequenced.stream().map(t -> Words.name(t.name())).toList())).append(" get new keys.\n");
            return;
        }
        b.append(n).append(". The keys of ").append(Words.list(sequenced.stream().map(t -> Words.name(t.name())).toList()))
                .append(" are copied as they are; then each identity sequence must move past the largest copied key, or the next insert collides with a copied row:\n\n");
        var sql = new StringBuilder();
        for (Table t : sequenced) {
            Column c = t.columns().stream().filter(Column::autoIncrement).findFirst().orElseThrow();
            String table = Sql.id(Dialect.POSTGRES, t.name());
            String col = Sql.id(Dialect.POSTGRES, c.name());
            sql.append("SELECT setval(pg_get_serial_sequence(").append(Sql.string(Dialect.POSTGRES, table)).append(", ")
                    .append(Sql.string(Dialect.POSTGRES, c.name())).append("), (SELECT coalesce(max(").append(col).append("), 0) + 1 FROM ")
                    .append(table).append("), false);\n");
        }
        b.append(Md.fence("sql", sql.toString()).replaceAll("(?m)^(?=.)", "   ")).append("\n");
    }

    /** How SQLite kept the values of this model's columns, and what the production database makes of them. */
    private List<String> representation() {
        var out = new ArrayList<String>();
        var decimals = columns(c -> c.type().kind() == ScalarKind.DECIMAL);
        if (!decimals.isEmpty()) {
            out.add("SQLite kept the numbers written to the " + Words.agree(decimals, "decimal ", "decimals ") + Words.list(decimals)
                    + " as 8-byte floating-point numbers, a whole number as an integer: round each to its scale as it is copied; "
                    + target.displayName() + " keeps them exact from then on.");
        }
        // `float` is 4 bytes on PostgreSQL (`real`) and MySQL (`FLOAT`); SQLite's REAL holds 8 whatever the declared type.
        var floats = columns(c -> c.type().kind() == ScalarKind.FLOAT);
        if (!floats.isEmpty()) {
            out.add("SQLite kept the numbers written to the `float` " + (floats.size() == 1 ? "column " : "columns ") + Words.list(floats)
                    + " as 8-byte floating-point numbers: " + target.displayName() + " keeps each as the nearest 4-byte one (about 7 significant digits), so a value copied may read back changed in its last digits.");
        }
        kind(out, ScalarKind.UUID, "UUIDs", "as text: each value must be a well-formed UUID");
        kind(out, ScalarKind.DATETIME, "date-times", "as text without a time zone: the copy reads them as UTC");
        kind(out, ScalarKind.BOOL, "booleans", "as the integers 0 and 1");
        kind(out, ScalarKind.JSON, "JSON values", "as text: text that is not valid JSON is refused");
        kind(out, ScalarKind.BYTES, "bytes", "as BLOBs");
        var enums = columns(c -> c.type().isEnum());
        if (!enums.isEmpty()) {
            boolean one = enums.size() == 1;
            out.add("SQLite kept the enum " + (one ? "column " : "columns ") + Words.list(enums) + " as VARCHAR with a CHECK on the allowed values; "
                    + target.displayName() + " keeps " + (one ? "it" : "them") + " as " + (Sql.enumTypes(target) ? (one ? "an enum type" : "enum types")
                    : (one ? "an ENUM column" : "ENUM columns")) + " with the same values.");
        }
        return out;
    }

    private void kind(List<String> out, ScalarKind kind, String values, String how) {
        var cols = new ArrayList<String>();
        String type = null;
        for (Table t : catalog.tables()) {
            for (Column c : t.columns()) {
                if (c.type().isEnum() || c.type().kind() != kind) continue;
                cols.add(Words.qualified(t.name(), c.name()));
                type = TypeTable.sql(c.type(), target);
            }
        }
        if (cols.isEmpty()) return;
        // SQLite kept other values as they were written (SqliteAffinity): the enforced list names them.
        // A declared type the engine makes into another (MySQL's BOOLEAN, a TINYINT(1)) is named as made; an integer keeps the copied 0 and 1.
        String madeType = Sql.madeType(target, type);
        String made = madeType.equals(type) ? ""
                : " (a " + Words.code(madeType) + " column there" + (kind == ScalarKind.BOOL ? ", which keeps the copied 0 and 1 unchanged" : "") + ")";
        out.add("SQLite kept the " + values + " written to " + Words.list(cols) + " " + how + "; " + target.displayName() + " stores "
                + (cols.size() == 1 ? "it" : "them") + " as " + Words.code(type) + made + ".");
    }

    /** Declared lengths and patterns: SQLite stores strings of any length and checks no pattern. */
    private List<String> enforced() {
        var out = new ArrayList<String>();
        var lengths = new ArrayList<String>();
        for (Table t : catalog.tables()) {
            for (Column c : t.columns()) {
                if (c.type().isEnum() || c.type().length() == null) continue;
                if (c.type().kind() != ScalarKind.STRING && c.type().kind() != ScalarKind.CHAR) continue;
                lengths.add(Words.qualified(t.name(), c.name()) + " (" + c.type().length() + ")");
            }
        }
        if (!lengths.isEmpty()) {
            out.add("declared lengths, which SQLite does not check: a longer value of " + Words.list(lengths) + " is refused.");
        }
        var affinity = SqliteAffinity.columns(catalog);
        if (!affinity.isEmpty()) {
            out.add("the column types, which SQLite does not enforce: text that is no number or date (such as `'lots'`) in "
                    + Words.list(affinity) + " is refused.");
        }
        var digits = new ArrayList<String>();
        var ranges = new ArrayList<String>();
        for (Table t : catalog.tables()) {
            for (Column c : t.columns()) {
                var ty = c.type();
                if (ty.isEnum()) continue;
                if (ty.kind() == ScalarKind.DECIMAL && ty.precision() != null) {
                    int whole = ty.precision() - (ty.scale() == null ? 0 : ty.scale());
                    digits.add(Words.qualified(t.name(), c.name()) + " (" + Words.code(TypeTable.sql(ty, target)) + ": at most "
                            + Words.plural(whole, "digit", "digits") + " before the point)");
                }
                // Keys the database counts up, and the references to them, hold only the values it gave: where a declared
                // volume nears their range, the primary keys' sentence says so (Rationale).
                // A column whose SQLite CHECKs keep it inside the range already holds no value past it: nothing to find.
                if ((ty.kind() == ScalarKind.INT || ty.kind() == ScalarKind.SMALLINT) && !c.autoIncrement() && c.referencedColumn() == null
                        && !SqliteAffinity.checkedWithin(t, c, java.math.BigDecimal.valueOf(-largest(ty.kind()) - 2),
                                java.math.BigDecimal.valueOf(largest(ty.kind()) + 1))) {
                    long max = largest(ty.kind());
                    ranges.add(Words.qualified(t.name(), c.name()) + " (" + (-max - 1) + " to " + max + ")");
                }
            }
        }
        if (!digits.isEmpty()) {
            out.add("declared precision, which SQLite does not check: a larger number in " + Words.list(digits) + " is refused.");
        }
        if (!ranges.isEmpty()) {
            out.add("integer ranges, where SQLite keeps any 64-bit integer: a value past the range of " + Words.list(ranges) + " is refused.");
        }
        if (target == Dialect.MYSQL) {
            var folded = new ArrayList<String>();
            for (Table t : catalog.tables()) {
                for (var k : keys(t)) {
                    // MySQL keeps a UUID as CHAR(36) under the same collation: its two cases are one value there.
                    boolean text = k.getValue().stream().map(t::requireColumn).anyMatch(c -> !c.type().isEnum()
                            && (c.type().kind() == ScalarKind.STRING || c.type().kind() == ScalarKind.TEXT || c.type().kind() == ScalarKind.CHAR
                                    || c.type().kind() == ScalarKind.UUID));
                    if (text) folded.add(Words.name(k.getKey()));
                }
            }
            var textChecks = new LinkedHashSet<String>();
            for (Table t : catalog.tables()) {
                for (Check c : Rendered.checks(Dialect.MYSQL, t)) {
                    for (Check.Term term : c.terms()) {
                        boolean text = term instanceof Check.Compare cmp ? isText(t, cmp.column())
                                : term instanceof Check.ColumnCompare cc && (isText(t, cc.left()) || isText(t, cc.right()));
                        if (text) textChecks.add(Words.name(c.name()));
                    }
                }
            }
            if (!textChecks.isEmpty()) {
                out.add("text CHECKs decided by the same collation (SC711): SQLite compares code points, MySQL ignores case, accents and trailing spaces, so a row SQLite accepted may fail "
                        + Words.list(List.copyOf(textChecks)) + ".");
            }
            if (!folded.isEmpty()) {
                out.add("text keys compared as MySQL's `utf8mb4_unicode_ci` compares text, ignoring case, accents and trailing spaces: values SQLite kept apart, such as `Sale` and `sale` or `Café` and `Cafe`, collide in "
                        + Words.list(folded) + ".");
            }
        }
        var spelled = new ArrayList<String>();
        var kinds = new java.util.EnumMap<ScalarKind, String>(ScalarKind.class);
        for (Table t : catalog.tables()) {
            for (var k : keys(t)) {
                boolean hit = false;
                for (String col : k.getValue()) {
                    String example = spelling(t.requireColumn(col));
                    if (example == null) continue;
                    kinds.put(t.requireColumn(col).type().kind(), example);
                    hit = true;
                }
                if (hit) spelled.add(Words.name(k.getKey()));
            }
        }
        if (!spelled.isEmpty()) {
            out.add("keys over values SQLite compares as the text written, which " + target.displayName()
                    + " compares as the values the text spells: spellings SQLite kept apart, such as " + Words.either(List.copyOf(kinds.values()))
                    + ", collide in " + Words.list(spelled) + ".");
        }
        var patterns = new ArrayList<String>();
        for (Table t : catalog.tables()) {
            for (Check c : t.checks()) {
                for (Check.Term term : c.terms()) {
                    if (term instanceof Check.Pattern p) patterns.add(Words.qualified(t.name(), p.column()) + " (" + Words.name(c.name()) + ")");
                }
            }
        }
        if (!patterns.isEmpty()) {
            out.add("the `@pattern` checks " + Words.list(patterns) + ", which SQLite cannot evaluate and so does not have.");
        }
        return out;
    }

    /** A table's primary key and unique constraints, each by name with its columns. */
    private static List<Map.Entry<String, List<String>>> keys(Table t) {
        var keys = new ArrayList<Map.Entry<String, List<String>>>();
        keys.add(Map.entry(t.primaryKey().name(), t.primaryKey().columns()));
        for (var u : t.uniques()) keys.add(Map.entry(u.name(), u.columns()));
        return keys;
    }

    /**
     * Two spellings of one value of the column, which SQLite keeps apart (it compares the text written) and the
     * production database reads as one value; null where it compares as SQLite does. Case, accents and trailing
     * spaces of MySQL's text columns, a UUID's among them, are the collation's sentence, not this one.
     */
    private String spelling(Column c) {
        if (c.type().isEnum()) return null;
        return switch (c.type().kind()) {
            case DATETIME -> "`2025-01-01 10:00:00` and `2025-01-01 10:00:00.000`";
            case DATE -> "`2025-01-01` and `2025-1-1`";
            case TIME -> "`09:30` and `09:30:00`";
            case UUID -> target == Dialect.POSTGRES ? "a UUID in lower and in upper case" : null;
            case CHAR -> target == Dialect.POSTGRES ? "`ab` and `ab ` (a trailing space) in a `char` column" : null;
            default -> null;
        };
    }

    private List<String> columns(Predicate<Column> p) {
        var out = new ArrayList<String>();
        for (Table t : catalog.tables()) for (Column c : t.columns()) if (p.test(c)) out.add(Words.qualified(t.name(), c.name()));
        return out;
    }

    /** The largest value PostgreSQL and MySQL keep in an {@code int} or {@code smallint} column (SQLite keeps any 64-bit integer). */
    static long largest(ScalarKind k) {
        return k == ScalarKind.SMALLINT ? Short.MAX_VALUE : Integer.MAX_VALUE;
    }
}
