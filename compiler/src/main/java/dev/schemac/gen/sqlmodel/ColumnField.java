package dev.schemac.gen.sqlmodel;

import static dev.schemac.gen.sqlmodel.PyExpr.call;
import static dev.schemac.gen.sqlmodel.PyExpr.dict;
import static dev.schemac.gen.sqlmodel.PyExpr.entry;
import static dev.schemac.gen.sqlmodel.PyExpr.kw;
import static dev.schemac.gen.sqlmodel.PyExpr.raw;
import static dev.schemac.gen.sqlmodel.PyExpr.str;

import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Table;
import dev.schemac.model.ReferentialAction;
import dev.schemac.model.ScalarKind;
import dev.schemac.render.python.Py;
import dev.schemac.render.python.SqlName;
import dev.schemac.render.sql.Sql;
import dev.schemac.types.TypeTable;
import java.util.ArrayList;
import java.util.List;

/**
 * One column as a field of the models. On the table model (or the base it extends): the
 * annotation and a {@code Field(...)} with the type, defaults on both sides (the ORM's and
 * the database's, as the DDL declares it), what {@link OnField} says there, the validation
 * {@link Rules} puts on a field, and the comment. On the API models: the annotation with
 * the validation only.
 */
final class ColumnField {
    private final PyModule m;
    private final Imports imports;

    ColumnField(PyModule m, Imports imports) {
        this.m = m;
        this.imports = imports;
    }

    /** The declaration on the table model or its base. */
    String table(Table t, Column c, OnField on) {
        boolean pk = t.primaryKey().columns().contains(c.name());
        // The database numbers an autoincrement key as the row is inserted: None until then.
        boolean optional = c.nullable() || c.autoIncrement();
        var args = new ArrayList<PyExpr>();
        var columnKwargs = new ArrayList<PyExpr>();
        defaults(c, optional, args, columnKwargs);
        if (pk) args.add(kw("primary_key", raw("True")));
        ForeignKey fk = on.foreignKey(c.name());
        if (fk != null && OnField.plain(t, fk)) {
            args.add(kw("foreign_key", str(reference(fk))));
            if (fk.onDelete() != ReferentialAction.NO_ACTION) args.add(kw("ondelete", str(Sql.action(fk.onDelete()))));
        }
        if (on.unique(c.name())) args.add(kw("unique", raw("True")));
        if (on.index(c.name())) args.add(kw("index", raw("True")));
        args.addAll(validation(t, c));
        if (c.type().isEnum()) {
            args.add(kw("sa_type", enumType(c.type())));
        } else {
            String saType = saType(c.type());
            if (saType.isEmpty() && lengthBelowColumn(t, c)) saType = TypeTable.alembic(c.type());
            if (c.autoIncrement() && !saType.isEmpty()) {
                // The DDL declares every SQLite autoincrement key INTEGER: AUTOINCREMENT exists only there.
                String instance = saType.endsWith(")") ? saType : saType + "()";
                saType = instance + ".with_variant(sa.Integer(), \"sqlite\")";
            }
            if (!saType.isEmpty()) args.add(kw("sa_type", raw(saType)));
        }
        if (fk != null && !OnField.plain(t, fk)) args.add(kw("sa_column_args", PyExpr.list(List.of(foreignKey(t, fk)))));
        String comment = c.comment();
        if (comment != null) columnKwargs.add(entry("comment", str(comment)));
        String attr = m.attribute(t, c.name());
        if (SqlName.forcesQuotes(c.name())) {
            columnKwargs.add(0, entry("name", raw(SqlName.quoted(Py.str(c.name())))));
        } else if (!attr.equals(c.name())) {
            columnKwargs.add(0, entry("name", str(c.name())));
        }
        if (!columnKwargs.isEmpty()) args.add(kw("sa_column_kwargs", dict(columnKwargs)));
        schemaExtra(t, c, args);
        return declaration(attr, annotation(c.type()) + (optional ? " | None" : ""), args);
    }

    /** A secret column on the create model: what a client sends, validated, with the default the table has. */
    String create(Table t, Column c) {
        var args = new ArrayList<PyExpr>();
        if (c.nullable()) args.add(kw("default", raw("None")));
        else if (c.defaultValue() != null) args.add(defaultValue(c, c.defaultValue()));
        args.addAll(validation(t, c));
        schemaExtra(t, c, args);
        return declaration(m.attribute(t, c.name()), annotation(c.type()) + (c.nullable() ? " | None" : ""), args);
    }

    /** A generated column on the public model: set in every row an API returns. */
    String publicField(Table t, Column c) {
        String annotation = annotation(c.type());
        String attr = m.attribute(t, c.name());
        return c.nullable() ? "    " + attr + ": " + annotation + " | None = None\n" : "    " + attr + ": " + annotation + "\n";
    }

    /** A written column on the update model: optional, validated when given. */
    String update(Table t, Column c) {
        var args = new ArrayList<PyExpr>(List.of(kw("default", raw("None"))));
        args.addAll(validation(t, c));
        schemaExtra(t, c, args);
        String attr = m.attribute(t, c.name());
        String annotation = annotation(c.type()) + " | None";
        if (args.size() == 1) return "    " + attr + ": " + annotation + " = None\n";
        return declaration(attr, annotation, args);
    }

    private static String declaration(String attr, String annotation, List<PyExpr> args) {
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
        if (s.contains("mysql.")) imports.mysql = true;
        if (s.equals("UuidText")) imports.uuidText = true;
        if (s.equals("UtcDateTime")) imports.utcDateTime = true;
        return s;
    }

    /**
     * Whether pydantic's {@code max_length} is below the column's length ({@code @length(max = n)}
     * tighter than {@code string(m)}): SQLModel would make the column {@code VARCHAR(n)} from it,
     * so the column's own type is given, as the DDL declares it.
     */
    private static boolean lengthBelowColumn(Table t, Column c) {
        Integer declared = c.type().length();
        Integer max = Rules.length(t, c)[1];
        return !c.type().isEnum() && declared != null && max != null && !max.equals(declared);
    }

    private static String reference(ForeignKey fk) {
        return fk.referencedTable() + "." + fk.referencedColumns().get(0);
    }

    /** A key {@code foreign_key=} cannot say: with ON UPDATE, deferred in a cycle, or named apart from the convention. */
    private static PyExpr foreignKey(Table t, ForeignKey fk) {
        var args = new ArrayList<PyExpr>(List.of(str(reference(fk))));
        if (!fk.name().equals(Convention.name("fk", t.name(), fk.referencedTable(), List.of()))) {
            args.add(kw("name", str(fk.name())));
        }
        // NO ACTION is every database's default, and reflection reports it as no action at all.
        if (fk.onDelete() != ReferentialAction.NO_ACTION) args.add(kw("ondelete", str(Sql.action(fk.onDelete()))));
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) args.add(kw("onupdate", str(Sql.action(fk.onUpdate()))));
        // A key of a reference cycle is added after both tables exist, as the DDL does.
        if (fk.forward()) args.add(kw("use_alter", raw("True")));
        return call("sa.ForeignKey", args);
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
            args.add(defaultValue(c, d));
            columnKwargs.add(entry("server_default", raw(serverDefault(c, d))));
        }
        if (c.updatedAt()) columnKwargs.add(entry("onupdate", raw(nowFactory(c.type().kind()))));
    }

    /**
     * The ORM's default of a literal default. A JSON column's default is its text parsed, as
     * the database's default stores it (the text itself would be stored as a JSON string), made
     * fresh for every row: a dict or list is mutable.
     */
    private PyExpr defaultValue(Column c, ColumnDefault d) {
        if (!c.type().isEnum() && c.type().kind() == ScalarKind.JSON && d instanceof ColumnDefault.Text text) {
            imports.json = true;
            return kw("default_factory", raw("lambda: json.loads(" + Py.str(text.value()) + ")"));
        }
        return kw("default", raw(Rules.value(m, imports, c, d)));
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

    /**
     * The database's default of a literal default. A datetime's text is the dialect's
     * ({@code INSTANT_SQL}): PostgreSQL would read a bare one in the TimeZone of the session that
     * creates the table.
     */
    private String serverDefault(Column c, ColumnDefault d) {
        String utc = d instanceof ColumnDefault.Text t ? Sql.instantOf(c.type(), t.value()) : null;
        if (utc != null) {
            imports.instantSql = true;
            return "sa.text(INSTANT_SQL[DIALECT].format(" + Py.sqlText(utc) + "))";
        }
        return serverDefault(d);
    }

    private static String serverDefault(ColumnDefault d) {
        if (d instanceof ColumnDefault.Bool b) return b.value() ? "sa.true()" : "sa.false()";
        if (d instanceof ColumnDefault.Number n) return "sa.text(" + Py.str(Sql.number(n.value())) + ")";
        if (d instanceof ColumnDefault.EnumValue e) return Py.str(e.value());
        return Py.str(((ColumnDefault.Text) d).value());
    }

    /**
     * pydantic's checks on the field (the database enforces the same as CHECKs), its
     * description (the comment), and {@code repr=False} for a secret, which keeps its value out
     * of {@code repr()}, logs and tracebacks.
     */
    private List<PyExpr> validation(Table t, Column c) {
        var args = new ArrayList<PyExpr>();
        if (!c.type().isEnum() && c.type().kind() == ScalarKind.DECIMAL) {
            args.add(kw("max_digits", raw(c.type().precision().toString())));
            args.add(kw("decimal_places", raw(c.type().scale().toString())));
        }
        var length = Rules.length(t, c);
        if (length[1] != null) args.add(kw("max_length", raw(length[1].toString())));
        if (length[0] != null) args.add(kw("min_length", raw(length[0].toString())));
        for (var bound : Rules.bounds(t, c)) args.add(kw(bound.getKey(), raw(bound.getValue())));
        String comment = c.comment();
        if (comment != null) args.add(kw("description", str(comment)));
        if (c.secret()) args.add(kw("repr", raw("False")));
        return args;
    }

    /**
     * The {@code @pattern} (SQLModel's Field has no {@code pattern}, and its {@code regex} is
     * ignored by pydantic 2) and the data markings in the JSON Schema ({@code x-pii}; a
     * secret is {@code x-secret} and {@code writeOnly}, as OpenAPI reads it).
     */
    private void schemaExtra(Table t, Column c, List<PyExpr> args) {
        var extra = new ArrayList<PyExpr>();
        String pattern = Rules.pattern(t, c);
        if (pattern != null) extra.add(entry("pattern", str(Py.pattern(pattern))));
        var json = new ArrayList<PyExpr>();
        if (c.pii()) json.add(entry("x-pii", raw("True")));
        if (c.secret()) {
            json.add(entry("x-secret", raw("True")));
            json.add(entry("writeOnly", raw("True")));
        }
        if (!json.isEmpty()) extra.add(entry("json_schema_extra", dict(json)));
        if (!extra.isEmpty()) args.add(kw("schema_extra", dict(extra)));
    }
}
