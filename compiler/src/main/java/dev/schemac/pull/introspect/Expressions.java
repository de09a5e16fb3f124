package dev.schemac.pull.introspect;

import dev.schemac.catalog.Check;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.ColumnType;
import dev.schemac.model.Dialect;
import dev.schemac.model.Op;
import dev.schemac.model.ScalarKind;
import dev.schemac.pull.introspect.SqlExpr.Between;
import dev.schemac.pull.introspect.SqlExpr.Binary;
import dev.schemac.pull.introspect.SqlExpr.Call;
import dev.schemac.pull.introspect.SqlExpr.Col;
import dev.schemac.pull.introspect.SqlExpr.In;
import dev.schemac.pull.introspect.SqlExpr.Lit;
import dev.schemac.render.regex.WholeMatch;
import dev.schemac.render.sql.Sql;
import dev.schemac.types.Binary32;
import dev.schemac.types.TemporalText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads check clauses and column defaults into the Catalog's terms and defaults. Returns
 * null (checks) or {@link Default.Unsupported} (defaults) for what the language cannot say,
 * so the caller keeps the text.
 */
public final class Expressions {
    private Expressions() {}

    // --- checks

    /**
     * The terms of a check clause, or null when some part of it has no term. {@code columns}
     * gives each column's type (null type: the engine's type is not supported).
     */
    public static List<Check.Term> terms(String clause, Map<String, ColumnType> columns, boolean backslashEscapes) {
        SqlExpr e;
        try {
            e = SqlExpr.parse(clause, backslashEscapes);
        } catch (IllegalArgumentException ex) {
            return null;
        }
        var conjuncts = new ArrayList<SqlExpr>();
        flatten(e, conjuncts);
        var out = new ArrayList<Check.Term>();
        for (SqlExpr c : conjuncts) {
            var t = term(c, columns);
            if (t == null) return null;
            out.addAll(t);
        }
        return mergeLengths(out);
    }

    private static void flatten(SqlExpr e, List<SqlExpr> out) {
        if (e instanceof Binary b && b.op().equals("AND")) {
            flatten(b.left(), out);
            flatten(b.right(), out);
        } else {
            out.add(e);
        }
    }

    private static final Map<String, Op> OPS = Map.of("=", Op.EQ, "<>", Op.NE, "<", Op.LT, "<=", Op.LE, ">", Op.GT,
            ">=", Op.GE);

    private static Op flip(Op op) {
        return switch (op) {
            case LT -> Op.GT;
            case LE -> Op.GE;
            case GT -> Op.LT;
            case GE -> Op.LE;
            default -> op;
        };
    }

    private static final Set<String> LENGTH_FUNCTIONS = Set.of("char_length", "length", "character_length");

    private static List<Check.Term> term(SqlExpr e, Map<String, ColumnType> columns) {
        if (e instanceof Binary b && OPS.containsKey(b.op())) {
            Op op = OPS.get(b.op());
            SqlExpr l = SqlExpr.uncast(b.left());
            SqlExpr r = SqlExpr.uncast(b.right());
            if (l instanceof Lit && !(r instanceof Lit)) {
                SqlExpr t = l;
                l = r;
                r = t;
                op = flip(op);
            }
            if (l instanceof Col c && r instanceof Col d && columns.get(c.name()) != null && columns.get(d.name()) != null) {
                return List.of(new Check.ColumnCompare(c.name(), op, d.name()));
            }
            if (l instanceof Col c && r instanceof Lit lit) {
                Object v = literal(lit.value(), columns.get(c.name()));
                return v == null ? null : List.of(new Check.Compare(c.name(), op, v));
            }
            String lengthOf = lengthColumn(l, columns);
            if (lengthOf != null && r instanceof Lit lit && lit.value() instanceof BigDecimal n && isWhole(n)) {
                int k = n.intValueExact();
                return switch (op) {
                    case GE -> List.of(new Check.Length(lengthOf, k, null));
                    case GT -> List.of(new Check.Length(lengthOf, k + 1, null));
                    case LE -> List.of(new Check.Length(lengthOf, null, k));
                    case LT -> List.of(new Check.Length(lengthOf, null, k - 1));
                    case EQ -> List.of(new Check.Length(lengthOf, k, k));
                    default -> null;
                };
            }
            return null;
        }
        if (e instanceof Between b && !b.negated()) {
            SqlExpr v = SqlExpr.uncast(b.value());
            SqlExpr lo = SqlExpr.uncast(b.low());
            SqlExpr hi = SqlExpr.uncast(b.high());
            String lengthOf = lengthColumn(v, columns);
            if (lengthOf != null && lo instanceof Lit a && hi instanceof Lit z && a.value() instanceof BigDecimal x
                    && z.value() instanceof BigDecimal y && isWhole(x) && isWhole(y)) {
                return List.of(new Check.Length(lengthOf, x.intValueExact(), y.intValueExact()));
            }
            if (v instanceof Col c && lo instanceof Lit a && hi instanceof Lit z) {
                Object x = literal(a.value(), columns.get(c.name()));
                Object y = literal(z.value(), columns.get(c.name()));
                if (x == null || y == null) return null;
                return List.of(new Check.Compare(c.name(), Op.GE, x), new Check.Compare(c.name(), Op.LE, y));
            }
            return null;
        }
        if (e instanceof Binary b && (b.op().equals("~") || b.op().equals("REGEXP") || b.op().equals("RLIKE"))) {
            SqlExpr l = SqlExpr.uncast(b.left());
            SqlExpr r = SqlExpr.uncast(b.right());
            if (l instanceof Col c && columns.get(c.name()) != null && isText(columns.get(c.name()))
                    && r instanceof Lit lit && lit.value() instanceof String re) {
                String inner = anchored(re);
                return inner == null ? null : List.of(new Check.Pattern(c.name(), inner));
            }
            return null;
        }
        List<String> allOrNone = allOrNone(e, columns);
        if (allOrNone != null) return List.of(new Check.AllOrNone(allOrNone));
        if (e instanceof In in && !in.negated() && SqlExpr.uncast(in.value()) instanceof Col c && columns.get(c.name()) != null) {
            var values = new ArrayList<String>();
            for (SqlExpr item : in.items()) {
                if (!(SqlExpr.uncast(item) instanceof Lit lit) || !(lit.value() instanceof String s)) return null;
                values.add(s);
            }
            return values.isEmpty() ? null : List.of(new Check.EnumMember(c.name(), null, values));
        }
        return null;
    }

    /**
     * {@code (a IS NULL AND b IS NULL) OR (a IS NOT NULL AND b IS NOT NULL)}, the check that keeps
     * a reference of several columns whole: its columns, or null.
     */
    private static List<String> allOrNone(SqlExpr e, Map<String, ColumnType> columns) {
        if (!(e instanceof Binary b) || !b.op().equals("OR")) return null;
        var none = nullTests(b.left(), false, columns);
        var all = nullTests(b.right(), true, columns);
        return none != null && none.size() > 1 && none.equals(all) ? none : null;
    }

    /** The columns of a conjunction of {@code col IS [NOT] NULL}, in order, or null. */
    private static List<String> nullTests(SqlExpr e, boolean negated, Map<String, ColumnType> columns) {
        var conjuncts = new ArrayList<SqlExpr>();
        flatten(e, conjuncts);
        var out = new ArrayList<String>();
        for (SqlExpr c : conjuncts) {
            if (!(c instanceof SqlExpr.IsNull n) || n.negated() != negated || !(SqlExpr.uncast(n.value()) instanceof Col col)
                    || !columns.containsKey(col.name())) {
                return null;
            }
            out.add(col.name());
        }
        return out;
    }

    private static boolean isWhole(BigDecimal n) {
        return n.stripTrailingZeros().scale() <= 0 && n.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) < 0;
    }

    private static boolean isText(ColumnType t) {
        return !t.isEnum() && t.kind().isText();
    }

    private static String lengthColumn(SqlExpr e, Map<String, ColumnType> columns) {
        if (e instanceof Call call && LENGTH_FUNCTIONS.contains(call.name()) && call.args().size() == 1
                && SqlExpr.uncast(call.args().get(0)) instanceof Col c && columns.get(c.name()) != null
                && isText(columns.get(c.name()))) {
            return c.name();
        }
        return null;
    }

    /** The pattern inside schemac's {@code ^(...)$} wrapper, or of another fully anchored one. */
    private static String anchored(String re) {
        for (String wrapper : List.of(WholeMatch.postgres("\u0000"), WholeMatch.icuOrPcre("\u0000"))) {
            String open = wrapper.substring(0, wrapper.indexOf('\u0000')), close = wrapper.substring(wrapper.indexOf('\u0000') + 1);
            if (re.startsWith(open) && re.endsWith(close) && re.length() >= open.length() + close.length()) {
                return re.substring(open.length(), re.length() - close.length());
            }
        }
        if (re.startsWith("^") && re.endsWith("$") && !re.endsWith("\\$") && re.length() >= 2) {
            String inner = re.substring(1, re.length() - 1);
            return inner.contains("|") ? null : inner;
        }
        return null;
    }

    /** A literal as the language writes it for a column of this type, or null. */
    private static Object literal(Object v, ColumnType t) {
        if (t == null || t.isEnum() || v == null) return null;
        ScalarKind k = t.kind();
        if (k.isNumeric()) {
            // A number the engine shows as a string (PostgreSQL's '3.4e38'::numeric) is read as a bare one is.
            BigDecimal n = v instanceof BigDecimal b ? b : v instanceof String s ? number(s) : null;
            if (n == null) return null;
            return k == ScalarKind.FLOAT ? Binary32.shortest(n) : n;
        }
        if (k == ScalarKind.BOOL) {
            if (v instanceof Boolean b) return b;
            if (v instanceof BigDecimal n && (n.signum() == 0 || n.compareTo(BigDecimal.ONE) == 0)) return n.signum() != 0;
            return null;
        }
        if (k.isTemporal() && v instanceof String s) {
            // In the Catalog's one form, as a model's literal is: PostgreSQL shows '2030-06-15 12:00:00+00'.
            String canonical = TemporalText.canonical(k, s);
            return canonical != null ? canonical : s;
        }
        if (k.isText() || k == ScalarKind.UUID) return v instanceof String s ? s : null;
        return null;
    }

    private static BigDecimal number(String s) {
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Length bounds of one column written as two terms (min, then max) become one, as the language writes them. */
    private static List<Check.Term> mergeLengths(List<Check.Term> terms) {
        var out = new ArrayList<Check.Term>();
        for (Check.Term t : terms) {
            if (t instanceof Check.Length len && !out.isEmpty() && out.get(out.size() - 1) instanceof Check.Length prev
                    && prev.column().equals(len.column()) && prev.max() == null && len.min() == null && prev.min() != null
                    && len.max() != null) {
                out.set(out.size() - 1, new Check.Length(len.column(), prev.min(), len.max()));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    // --- defaults

    /** A column default as the Catalog holds it, or why it cannot be one. */
    public sealed interface Default {
        record None() implements Default {}

        record Value(ColumnDefault value) implements Default {}

        /** A sequence feeding the column (PostgreSQL serial): an autoincrement column. */
        record Sequence(String name) implements Default {}

        record Unsupported(String reason) implements Default {}
    }

    private static final Default NONE = new Default.None();

    private static final Set<String> NOW_TIMESTAMP = Set.of("now", "current_timestamp", "localtimestamp",
            "transaction_timestamp", "statement_timestamp", "getdate", "sysdate");
    private static final Set<String> NOW_DATE = Set.of("current_date", "curdate");
    private static final Set<String> NOW_TIME = Set.of("current_time", "curtime", "localtime");
    private static final Set<String> UUID_FUNCTIONS = Set.of("gen_random_uuid", "uuid", "uuid_generate_v4");

    /**
     * Reads a default expression for a column of type {@code t} (null: an unsupported type).
     * {@code enumValues} are the stored values of an enum column.
     */
    public static Default defaultOf(String text, ColumnType t, List<String> enumValues, Dialect dialect,
                                    boolean backslashEscapes) {
        if (text == null || text.isBlank()) return NONE;
        if (dialect == Dialect.SQLITE && t != null && unwrap(text).equals(unwrap(Sql.uuid(Dialect.SQLITE)))) {
            return new Default.Value(new ColumnDefault.Uuid());
        }
        SqlExpr e;
        try {
            e = SqlExpr.uncast(SqlExpr.parse(text, backslashEscapes));
        } catch (IllegalArgumentException ex) {
            return new Default.Unsupported(dev.schemac.pull.Leftover.quoted(text.strip()) + " is not a literal, now() or uuid()");
        }
        if (e instanceof Lit l && l.value() == null) return NONE;
        if (e instanceof Call c && c.name().equals("nextval") && c.args().size() == 1
                && SqlExpr.uncast(c.args().get(0)) instanceof Lit seq && seq.value() instanceof String s) {
            return new Default.Sequence(s);
        }
        Default out = t == null ? null : value(e, t, enumValues, dialect);
        // A binary float keeps the sign of zero (1 / -0.0 is -Infinity); a model's number is a decimal, whose zero has none.
        // SQLite stores a REAL default of -0.0 as 0.0, so there its zero is 0 and is pulled.
        if (dialect != Dialect.SQLITE && out instanceof Default.Value v && v.value() instanceof ColumnDefault.Number n && n.value().signum() == 0 && !t.isEnum()
                && (t.kind() == ScalarKind.FLOAT || t.kind() == ScalarKind.DOUBLE) && negativeZero(text)) {
            return new Default.Unsupported(dev.schemac.pull.Leftover.quoted(text.strip())
                    + " is a negative zero, which a model's default does not hold (its 0 has no sign)");
        }
        if (out instanceof Default.Unsupported u) return new Default.Unsupported(dev.schemac.pull.Leftover.quoted(text.strip()) + " " + u.reason());
        return out != null ? out : new Default.Unsupported(dev.schemac.pull.Leftover.quoted(text.strip()) + " is not a literal, now() or uuid()"
                + (t == null ? "" : " of the column's type"));
    }

    /** Whether a default's text is a zero with a minus sign, bare, quoted or cast ({@code -0.0}, {@code '-0'::real}). */
    static boolean negativeZero(String text) {
        String s = text.replaceAll("::\\s*[A-Za-z_][A-Za-z_ ]*", "").replaceAll("[\\s()'\"]", "");
        return s.matches("-(0+(\\.0*)?|\\.0+)([eE][+-]?\\d+)?");
    }

    /** An expression without blanks and without the parentheses around all of it. */
    private static String unwrap(String sql) {
        String s = sql.replaceAll("\\s+", "");
        while (s.startsWith("(") && s.endsWith(")") && balanced(s.substring(1, s.length() - 1))) s = s.substring(1, s.length() - 1);
        return s;
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (char c : s.toCharArray()) {
            if (c == '(') depth++;
            if (c == ')' && --depth < 0) return false;
        }
        return depth == 0;
    }

    /**
     * The default, or {@link Default.Unsupported} with why a literal does not fit (its text is
     * put before the reason by the caller), or null for an expression that is no literal,
     * {@code now()} or {@code uuid()}.
     */
    private static Default value(SqlExpr e, ColumnType t, List<String> enumValues, Dialect dialect) {
        if (t.isEnum()) {
            if (!(e instanceof Lit l)) return null;
            if (l.value() instanceof String s && enumValues != null && enumValues.contains(s)) {
                return new Default.Value(new ColumnDefault.EnumValue(s));
            }
            return unfit("is not a value of the column's enum");
        }
        ScalarKind k = t.kind();
        if (e instanceof Call c) {
            String n = c.name();
            boolean noArgs = c.args().isEmpty() || (c.args().size() == 1 && SqlExpr.uncast(c.args().get(0)) instanceof Lit);
            if (k == ScalarKind.DATETIME && NOW_TIMESTAMP.contains(n) && noArgs) return new Default.Value(new ColumnDefault.Now());
            if (k == ScalarKind.DATE && NOW_DATE.contains(n) && c.args().isEmpty()) return new Default.Value(new ColumnDefault.Now());
            if (k == ScalarKind.TIME && NOW_TIME.contains(n) && noArgs) return new Default.Value(new ColumnDefault.Now());
            if ((k == ScalarKind.UUID || (k == ScalarKind.CHAR && Integer.valueOf(36).equals(t.length())))
                    && UUID_FUNCTIONS.contains(n) && c.args().isEmpty()) {
                return new Default.Value(new ColumnDefault.Uuid());
            }
            return null;
        }
        if (!(e instanceof Lit l)) return null;
        Object v = l.value();
        if (k.isNumeric()) {
            BigDecimal n = v instanceof BigDecimal b ? b : null;
            // SQLite and MySQL read TRUE and FALSE as the numbers 1 and 0 (a bool field of a STRICT table is INTEGER).
            if (v instanceof Boolean x && dialect != Dialect.POSTGRES) n = x ? BigDecimal.ONE : BigDecimal.ZERO;
            if (v instanceof String s) {
                try {
                    n = new BigDecimal(s.strip());
                } catch (NumberFormatException ex) {
                    return unfit("is not a number");
                }
            }
            if (n == null) return unfit("is not a number");
            if (k.isInteger() && n.stripTrailingZeros().scale() > 0) return unfit("has a fraction, and the column holds whole numbers");
            return new Default.Value(new ColumnDefault.Number(plain(n)));
        }
        if (k == ScalarKind.BOOL) {
            Boolean b = bool(v, dialect);
            if (b != null) return new Default.Value(new ColumnDefault.Bool(b));
            return unfit(v instanceof String && dialect == Dialect.SQLITE ? "is stored as this text, not as a boolean"
                    : "is not a boolean " + dialect.displayName() + " stores");
        }
        String s = v instanceof String str ? str : v instanceof BigDecimal n ? n.toPlainString() : null;
        if (s == null) return unfit("is not a value of the column's type");
        if (k.isText() || k == ScalarKind.JSON) {
            if (k != ScalarKind.TEXT && t.length() != null && s.codePointCount(0, s.length()) > t.length()) {
                return unfit("is longer than the column's " + t.length() + " characters");
            }
            return new Default.Value(new ColumnDefault.Text(s));
        }
        if (k == ScalarKind.UUID) {
            return s.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
                    ? new Default.Value(new ColumnDefault.Text(s.toLowerCase(Locale.ROOT))) : unfit("is not a UUID");
        }
        if (k.isTemporal()) {
            String kind = k.name().toLowerCase(Locale.ROOT);
            String canonical = TemporalText.canonical(k, s);
            if (canonical != null) return new Default.Value(new ColumnDefault.Text(canonical));
            // Written as a model writes it but no day of the calendar (a MySQL zero date, February 30): kept as the
            // database has it, fractions and all, so that the model's own refusal (SC520) and the note show that text.
            if (TemporalText.flaw(k, s) != TemporalText.Flaw.SHAPE) return new Default.Value(new ColumnDefault.Text(s.strip()));
            return FRACTION.matcher(s.strip()).find()
                    ? unfit("has a fraction of a second, which a model's " + kind + " does not hold (it holds whole seconds)")
                    : unfit("is not a " + kind + " in the ISO form a model writes");
        }
        return unfit("is not a value of the column's type");
    }

    private static Default unfit(String why) {
        return new Default.Unsupported(why);
    }

    /**
     * The boolean a default literal stores on this engine, or null when it stores something
     * else. Each engine reads text its own way: PostgreSQL's boolean input takes {@code 't'},
     * {@code 'yes'}, {@code 'on'}...; MySQL's BOOLEAN is TINYINT(1) and holds the number 0 or 1
     * (its catalog shows even TRUE as {@code '1'}); SQLite stores TRUE and FALSE as 1 and 0, and
     * a text only when its numeric affinity makes it 0 or 1 ({@code '1'}): {@code 'yes'} stays
     * the text 'yes', which SQLite reads as false, so it is no boolean default.
     */
    private static Boolean bool(Object v, Dialect dialect) {
        if (v instanceof Boolean x) return x;
        if (v instanceof BigDecimal n) return n.signum() == 0 ? Boolean.FALSE : n.compareTo(BigDecimal.ONE) == 0 ? Boolean.TRUE : null;
        if (!(v instanceof String s)) return null;
        return switch (dialect) {
            case POSTGRES -> switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "1", "t", "true", "y", "yes", "on" -> Boolean.TRUE;
                case "0", "f", "false", "n", "no", "off" -> Boolean.FALSE;
                default -> null;
            };
            case MYSQL, SQLITE -> switch (s) {
                case "1" -> Boolean.TRUE;
                case "0" -> Boolean.FALSE;
                default -> null;
            };
        };
    }

    /** Whole numbers without a fraction, others without trailing zeros: {@code 1.5000} → {@code 1.5}. */
    static BigDecimal plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** A time of day with a fraction of a second that is not zero ({@code 10:00:00.250}): what a model's literal has no digits for. */
    private static final Pattern FRACTION = Pattern.compile("\\d{2}:\\d{2}:\\d{2}\\.\\d*[1-9]");
}
