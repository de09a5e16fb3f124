package dev.schemac.gen.sqlmodel;

import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.Table;
import dev.schemac.model.Op;
import dev.schemac.model.ScalarKind;
import dev.schemac.render.python.Py;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The Catalog's checks as pydantic enforces them on the API models (table models do not
 * validate; the database's CHECK constraints hold the same rules there). A field says
 * lengths, numeric bounds and patterns; an enum is its annotation; what a field cannot say
 * (an {@code =} or {@code !=}, a bound on a date or a string, two columns compared) is a
 * model validator of the models holding every column it names.
 */
final class Rules {
    private Rules() {}

    /** {@code {min, max}} character lengths, from {@code string(n)} and {@code @length}; either may be null. */
    static Integer[] length(Table t, Column c) {
        Integer min = null;
        Integer max = c.type().isEnum() || !c.type().kind().isText() ? null : c.type().length();
        for (Check.Term term : terms(t, c.name())) {
            if (term instanceof Check.Length l) {
                if (l.min() != null) min = l.min();
                if (l.max() != null) max = max == null ? l.max() : Math.min(max, l.max());
            }
        }
        return new Integer[] {min, max};
    }

    /** pydantic's {@code gt/ge/lt/le} of a numeric column, with their literals. */
    static List<Map.Entry<String, String>> bounds(Table t, Column c) {
        var out = new ArrayList<Map.Entry<String, String>>();
        for (Check.Term term : terms(t, c.name())) {
            if (!onField(term, t)) continue;
            if (term instanceof Check.Compare cmp && cmp.literal() instanceof BigDecimal n) {
                String bound = switch (cmp.op()) {
                    case GT -> "gt";
                    case GE -> "ge";
                    case LT -> "lt";
                    default -> "le";
                };
                out.add(Map.entry(bound, Py.number(n, n.stripTrailingZeros().scale() <= 0, false)));
            }
        }
        return out;
    }

    /** The column's {@code @pattern}, or null. */
    static String pattern(Table t, Column c) {
        for (Check.Term term : terms(t, c.name())) if (term instanceof Check.Pattern p) return p.regex();
        return null;
    }

    /** Whether a field (or its annotation) says the term; otherwise a model validator does. */
    static boolean onField(Check.Term term, Table t) {
        if (term instanceof Check.Compare cmp) {
            Column c = t.requireColumn(cmp.column());
            return cmp.literal() instanceof BigDecimal && !c.type().isEnum() && c.type().kind().isNumeric()
                    && Set.of(Op.GT, Op.GE, Op.LT, Op.LE).contains(cmp.op());
        }
        return !(term instanceof Check.ColumnCompare || term instanceof Check.AllOrNone);
    }

    /**
     * Whether a term compares text: each database's collation decides it (SC711), and Python's
     * code-point order would state a rule no database keeps, so no validator repeats it.
     */
    static boolean comparesText(Table t, Check.Term term) {
        if (term instanceof Check.Compare cmp) return text(t.requireColumn(cmp.column()));
        if (term instanceof Check.ColumnCompare cc) return text(t.requireColumn(cc.left())) || text(t.requireColumn(cc.right()));
        return false;
    }

    private static boolean text(Column c) {
        return !c.type().isEnum() && c.type().kind().isText();
    }

    /** The columns a term names. */
    static List<String> columns(Check.Term term) {
        if (term instanceof Check.Compare x) return List.of(x.column());
        if (term instanceof Check.ColumnCompare x) return List.of(x.left(), x.right());
        if (term instanceof Check.Length x) return List.of(x.column());
        if (term instanceof Check.Pattern x) return List.of(x.column());
        if (term instanceof Check.AllOrNone x) return x.columns();
        return List.of(((Check.EnumMember) term).column());
    }

    private static List<Check.Term> terms(Table t, String column) {
        var out = new ArrayList<Check.Term>();
        for (Check ck : t.checks()) {
            for (Check.Term term : ck.terms()) {
                if (!(term instanceof Check.ColumnCompare) && columns(term).contains(column)) out.add(term);
            }
        }
        return out;
    }

    /**
     * The model validator of a model, for the terms no field says whose columns {@code covers}
     * accepts; null when there are none. A value that is None passes, as NULL passes a CHECK.
     * {@code optional} says which of the model's fields may be None.
     */
    static String validator(PyModule m, Imports imports, Table t, Predicate<List<String>> covers,
                            Predicate<String> optional) {
        var lines = new ArrayList<String>();
        for (Check ck : t.checks()) {
            for (Check.Term term : ck.terms()) {
                // A reference kept whole is the database's alone: an update model's None means "not sent".
                if (onField(term, t) || term instanceof Check.AllOrNone || !covers.test(columns(term))) continue;
                if (comparesText(t, term)) continue;
                lines.add(violation(m, imports, t, ck.name(), term, optional));
            }
        }
        if (lines.isEmpty()) return null;
        imports.modelValidator = true;
        var b = new StringBuilder("    @model_validator(mode=\"after\")\n");
        b.append("    def check_values(self) -> Self:\n");
        b.append(Py.docstring("        ", "The checks of `" + t.name() + "` that no field can state, as the database's CHECK constraints do."));
        for (String l : lines) b.append(l);
        return b.append("        return self\n").toString();
    }

    private static String violation(PyModule m, Imports imports, Table t, String check, Check.Term term,
                                    Predicate<String> optional) {
        var guards = new ArrayList<String>();
        String condition;
        String text;
        PyExpr bound = null;
        if (term instanceof Check.Compare cmp) {
            String attr = "self." + m.attribute(t, cmp.column());
            if (optional.test(cmp.column())) guards.add(attr + " is not None");
            Column c = t.requireColumn(cmp.column());
            bound = temporal(c, cmp.literal());
            condition = attr + " " + negated(cmp.op()) + " " + (bound != null ? "" : literal(m, imports, c, cmp.literal()));
            text = cmp.column() + " must be " + cmp.op().symbol() + " " + plain(cmp.literal());
        } else {
            var cc = (Check.ColumnCompare) term;
            String left = "self." + m.attribute(t, cc.left());
            String right = "self." + m.attribute(t, cc.right());
            if (optional.test(cc.left())) guards.add(left + " is not None");
            if (optional.test(cc.right())) guards.add(right + " is not None");
            condition = left + " " + negated(cc.op()) + " " + right;
            text = cc.left() + " must be " + cc.op().symbol() + " " + cc.right();
        }
        guards.add(condition);
        String head = "if " + String.join(" and ", guards);
        // A date or time bound is a constructor call, which breaks at its parentheses as ruff breaks it.
        String test = bound != null ? PyExpr.layout("        ", head, bound, ":") : PyExpr.layout("        ", "", PyExpr.raw(head), ":");
        return test
                + "            raise ValueError(" + Py.str(text + " (" + check + ")") + ")\n";
    }

    /**
     * A date, time or datetime bound as the constructor of its Python value
     * ({@code datetime.datetime(2030, 6, 15, 12, 0, 0, tzinfo=datetime.UTC)}: the language's
     * datetimes are UTC), from the Catalog's one form; null for any other literal.
     */
    private static PyExpr temporal(Column c, Object literal) {
        if (c.type().isEnum() || !c.type().kind().isTemporal() || !(literal instanceof String s)) return null;
        var parts = new ArrayList<PyExpr>();
        for (String n : s.split("[- :]")) parts.add(PyExpr.raw(Integer.toString(Integer.parseInt(n))));
        return switch (c.type().kind()) {
            case DATE -> PyExpr.call("datetime.date", parts);
            case TIME -> PyExpr.call("datetime.time", parts);
            default -> {
                parts.add(PyExpr.kw("tzinfo", PyExpr.raw("datetime.UTC")));
                yield PyExpr.call("datetime.datetime", parts);
            }
        };
    }

    /** The operator that holds exactly when {@code op} does not (for values that are not None). */
    private static String negated(Op op) {
        return switch (op) {
            case GT -> "<=";
            case GE -> "<";
            case LT -> ">=";
            case LE -> ">";
            case EQ -> "!=";
            case NE -> "==";
        };
    }

    private static String plain(Object literal) {
        return literal instanceof BigDecimal n ? n.toPlainString() : String.valueOf(literal);
    }

    /** A default as the column's Python value. */
    static String value(PyModule m, Imports imports, Column c, ColumnDefault d) {
        if (d instanceof ColumnDefault.Bool b) return literal(m, imports, c, b.value());
        if (d instanceof ColumnDefault.Number n) return literal(m, imports, c, n.value());
        if (d instanceof ColumnDefault.EnumValue e) {
            return m.enumClass(c.type().enumName()) + "." + m.enumMember(c.type().enumName(), e.value());
        }
        return literal(m, imports, c, ((ColumnDefault.Text) d).value());
    }

    /** A literal of the model (a number, text or boolean) as the column's Python value. */
    static String literal(PyModule m, Imports imports, Column c, Object v) {
        if (v instanceof Boolean b) return b ? "True" : "False";
        ScalarKind k = c.type().kind();
        if (v instanceof BigDecimal n) {
            if (k == ScalarKind.DECIMAL) imports.decimal = true;
            return Py.number(n, k.isInteger(), k == ScalarKind.DECIMAL);
        }
        String text = String.valueOf(v);
        if (c.type().isEnum()) return Py.str(text);
        return switch (k) {
            case DATE -> "datetime.date.fromisoformat(" + Py.str(text) + ")";
            case TIME -> "datetime.time.fromisoformat(" + Py.str(text) + ")";
            // The language's datetimes are points in time written without a zone: UTC, as the models store them.
            case DATETIME -> "datetime.datetime.fromisoformat(" + Py.str(text) + ").replace(tzinfo=datetime.UTC)";
            case UUID -> "uuid.UUID(" + Py.str(text) + ")";
            default -> Py.str(text);
        };
    }
}
