package dev.schemac.gen.sqlmodel;

import dev.schemac.render.python.Py;
import static dev.schemac.gen.sqlmodel.PyExpr.call;
import static dev.schemac.gen.sqlmodel.PyExpr.dict;
import static dev.schemac.gen.sqlmodel.PyExpr.entry;
import static dev.schemac.gen.sqlmodel.PyExpr.kw;
import static dev.schemac.gen.sqlmodel.PyExpr.raw;
import static dev.schemac.gen.sqlmodel.PyExpr.str;

import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.Table;
import dev.schemac.model.ScalarKind;
import dev.schemac.render.python.SqlName;
import dev.schemac.types.TypeTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One column as a SQLModel attribute: annotation, {@code Field(...)} with type, defaults on
 * both sides (the ORM's and the database's, as the DDL declares it), validation from the
 * column's checks, and the comment. Constraints spanning columns are {@link TableArgs}'.
 */
final class ColumnField {
    private final PyModule m;
    private final Imports imports;

    ColumnField(PyModule m, Imports imports) {
        this.m = m;
        this.imports = imports;
    }

    String render(Table t, Column c) {
        boolean pk = t.primaryKey().columns().contains(c.name());
        // Foreign keys are filled in through relationships; optional in Python, the column stays NOT NULL.
        boolean optional = c.nullable() || (pk && c.autoIncrement()) || (c.isForeignKey() && c.defaultValue() == null);
        String annotation = annotation(c.type()) + (optional ? " | None" : "");
        var args = new ArrayList<PyExpr>();
        var columnKwargs = new ArrayList<PyExpr>();
        defaults(c, optional, args, columnKwargs);
        if (pk) args.add(kw("primary_key", raw("True")));
        if (optional && !c.nullable() && !pk) args.add(kw("nullable", raw("False")));
        typeArgs(c.type(), args);
        validation(t, c, args);
        String comment = c.comment();
        if (comment != null) {
            args.add(kw("description", str(comment)));
            columnKwargs.add(entry("comment", str(comment)));
        }
        if (c.secret()) args.add(kw("repr", raw("False")));
        if (c.type().isEnum()) {
            args.add(kw("sa_type", enumType(c.type())));
        } else {
            String saType = saType(c.type());
            if (c.autoIncrement() && !saType.isEmpty()) {
                // The DDL declares every SQLite autoincrement key INTEGER: AUTOINCREMENT exists only there.
                String instance = saType.endsWith(")") ? saType : saType + "()";
                saType = instance + ".with_variant(sa.Integer(), \"sqlite\")";
            }
            if (!saType.isEmpty()) args.add(kw("sa_type", raw(saType)));
        }
        String attr = m.attribute(t, c.name());
        if (SqlName.forcesQuotes(c.name())) {
            columnKwargs.add(0, entry("name", raw(SqlName.quoted(Py.str(c.name())))));
        } else if (!attr.equals(c.name())) {
            columnKwargs.add(0, entry("name", str(c.name())));
        }
        if (!columnKwargs.isEmpty()) args.add(kw("sa_column_kwargs", dict(columnKwargs)));
        pattern(t, c, args);
        return PyExpr.layout("    ", attr + ": " + annotation + " = ", call("Field", args), "");
    }

    String annotation(ColumnType type) {
        if (type.isEnum()) return m.enumClass(type.enumName());
        String py = TypeTable.python(type);
        imports.annotation(py);
        return py;
    }

    /** An enum column's sa_type: the database stores the members' values, under the Catalog's type name. */
    PyExpr enumType(ColumnType type) {
        EnumDef e = m.enumDef(type.enumName());
        String name = Py.str(e.typeName());
        return call("sa.Enum", List.of(raw(m.enumClass(e.name())),
                kw("name", raw(SqlName.forcesQuotesAsType(e.typeName()) ? SqlName.quoted(name) : name)),
                kw("values_callable", raw("lambda e: [m.value for m in e]"))));
    }

    /** The sa_type of a scalar column type, or empty when the annotation says it all. */
    String saType(ColumnType type) {
        String s = TypeTable.sqlalchemy(type);
        if (s.contains("postgresql.")) imports.postgresql = true;
        if (s.equals("UuidText")) imports.uuidText = true;
        return s;
    }

    private static void typeArgs(ColumnType type, List<PyExpr> args) {
        if (type.isEnum()) return;
        if (type.kind() == ScalarKind.DECIMAL) {
            args.add(kw("max_digits", raw(type.precision().toString())));
            args.add(kw("decimal_places", raw(type.scale().toString())));
        }
    }

    private void defaults(Column c, boolean optional, List<PyExpr> args, List<PyExpr> columnKwargs) {
        ColumnDefault d = c.defaultValue();
        if (d == null) {
            if (optional) args.add(kw("default", raw("None")));
        } else if (d instanceof ColumnDefault.Now) {
            args.add(kw("default_factory", raw(nowFactory(c.type().kind()))));
            columnKwargs.add(entry("server_default", raw("sa.text(" + Py.str(nowSql(c.type().kind())) + ")")));
        } else if (d instanceof ColumnDefault.Uuid) {
            args.add(kw("default_factory", raw("uuid.uuid4")));
            columnKwargs.add(entry("server_default", raw("sa.text(NEW_UUID_SQL[DIALECT])")));
            imports.uuid = true;
            imports.newUuid = true;
        } else {
            args.add(kw("default", raw(pythonValue(c, d))));
            columnKwargs.add(entry("server_default", raw(serverDefault(d))));
        }
        if (c.updatedAt()) columnKwargs.add(entry("onupdate", raw(nowFactory(c.type().kind()))));
    }

    private String nowFactory(ScalarKind kind) {
        imports.utcNow = true;
        return switch (kind) {
            case DATE -> "lambda: utc_now().date()";
            case TIME -> "lambda: utc_now().time()";
            default -> "utc_now";
        };
    }

    /** The SQL spelling of the DDL, so the database's default reads back the same. */
    private static String nowSql(ScalarKind kind) {
        return switch (kind) {
            case DATE -> "CURRENT_DATE";
            case TIME -> "CURRENT_TIME";
            default -> "CURRENT_TIMESTAMP";
        };
    }

    private String pythonValue(Column c, ColumnDefault d) {
        if (d instanceof ColumnDefault.Bool b) return b.value() ? "True" : "False";
        if (d instanceof ColumnDefault.EnumValue e) {
            return m.enumClass(c.type().enumName()) + "." + m.enumMember(c.type().enumName(), e.value());
        }
        if (d instanceof ColumnDefault.Number n) {
            ScalarKind k = c.type().kind();
            if (k == ScalarKind.DECIMAL) imports.decimal = true;
            return Py.number(n.value(), k.isInteger(), k == ScalarKind.DECIMAL);
        }
        String text = ((ColumnDefault.Text) d).value();
        return switch (c.type().kind()) {
            case DATE -> "datetime.date.fromisoformat(" + Py.str(text) + ")";
            case TIME -> "datetime.time.fromisoformat(" + Py.str(text) + ")";
            case DATETIME -> "datetime.datetime.fromisoformat(" + Py.str(text) + ")";
            case UUID -> "uuid.UUID(" + Py.str(text) + ")";
            default -> Py.str(text);
        };
    }

    private static String serverDefault(ColumnDefault d) {
        if (d instanceof ColumnDefault.Bool b) return b.value() ? "sa.true()" : "sa.false()";
        if (d instanceof ColumnDefault.Number n) return "sa.text(" + Py.str(n.value().toPlainString()) + ")";
        if (d instanceof ColumnDefault.EnumValue e) return Py.str(e.value());
        return Py.str(((ColumnDefault.Text) d).value());
    }

    /** pydantic's bounds from the column's checks (the database enforces them as CHECKs too). */
    private void validation(Table t, Column c, List<PyExpr> args) {
        Integer min = null;
        Integer max = c.type().isEnum() || !c.type().kind().isText() ? null : c.type().length();
        for (Check.Term term : terms(t, c)) {
            if (term instanceof Check.Length l) {
                if (l.min() != null) min = l.min();
                if (l.max() != null) max = max == null ? l.max() : Math.min(max, l.max());
            }
        }
        if (max != null) args.add(kw("max_length", raw(max.toString())));
        if (min != null) args.add(kw("min_length", raw(min.toString())));
        if (c.type().isEnum() || !c.type().kind().isNumeric()) return;
        for (Check.Term term : terms(t, c)) {
            if (!(term instanceof Check.Compare cmp) || !(cmp.literal() instanceof BigDecimal n)) continue;
            String bound = switch (cmp.op()) {
                case GT -> "gt";
                case GE -> "ge";
                case LT -> "lt";
                case LE -> "le";
                default -> null;
            };
            if (bound != null) args.add(kw(bound, raw(Py.number(n, n.stripTrailingZeros().scale() <= 0, false))));
        }
    }

    /** SQLModel's Field has no {@code pattern}, and its {@code regex} is ignored by pydantic 2. */
    private void pattern(Table t, Column c, List<PyExpr> args) {
        for (Check.Term term : terms(t, c)) {
            if (term instanceof Check.Pattern p) {
                args.add(kw("schema_extra", dict(List.of(entry("pattern", str(Py.pattern(p.regex())))))));
                return;
            }
        }
    }

    private static List<Check.Term> terms(Table t, Column c) {
        var out = new ArrayList<Check.Term>();
        for (Check ck : t.checks()) {
            for (Check.Term term : ck.terms()) {
                String col = term instanceof Check.Compare x ? x.column()
                        : term instanceof Check.Length x ? x.column()
                        : term instanceof Check.Pattern x ? x.column() : null;
                if (c.name().equals(col)) out.add(term);
            }
        }
        return out;
    }

}
