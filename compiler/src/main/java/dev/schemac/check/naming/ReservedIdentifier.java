package dev.schemac.check.naming;

import com.google.auto.service.AutoService;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.Table;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.check.Spans;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Dialect;
import dev.schemac.model.Entity;
import dev.schemac.model.EnumType;
import dev.schemac.model.Field;
import dev.schemac.model.Origin;
import dev.schemac.naming.ReservedWords;
import dev.schemac.source.Span;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/**
 * SC607: a table, column, type, class or attribute name that a target reserves. Reads the one
 * list in {@link ReservedWords} that the generators use, so the warning says exactly what they do.
 */
@AutoService(Rule.class)
public final class ReservedIdentifier extends Rule {
    public ReservedIdentifier() {
        super("SC607", Severity.WARNING, "Identifier reserved in a target",
                "A name can be reserved in one of the languages schemac writes: a SQL reserved word as a "
                + "table or column (`order`, `group`, `user` in PostgreSQL), a Python keyword or an "
                + "attribute SQLModel, pydantic or SQLAlchemy claims (`class`, `metadata`, `json`) as a "
                + "field, a name Prisma reserves (`Prisma`, `String`, JavaScript keywords) as an entity or "
                + "enum. The generators handle every case, by quoting in SQL and by renaming in Python "
                + "(`class_`) and Prisma (`RenamedPrisma`, mapped to the real table); the warning says "
                + "which, because every hand-written query and every reader of the generated code meets "
                + "the difference. Renaming the field, or `@map` to another column, avoids it.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        var reported = new HashSet<String>();
        for (Entity e : context.model().entities()) {
            Table t = context.table(e);
            Span name = Spans.entityName(e);
            sql(out, e, e.tableName() != null ? Spans.tableMap(e) : name, "table", t.name());
            if (ReservedWords.isPythonKeyword(e.name())) out.report(e, python(name, "entity", e.name(), true));
            if (ReservedWords.isPrismaReserved(e.name())) out.report(e, prisma(name, "entity", e.name()));
            for (Field f : e.fields()) {
                if (f.origin() == Origin.IMPLICIT || !reported.add(e.name() + "." + f.name())) continue;
                if (f.isStored()) {
                    for (String c : context.columnsOf(e, f.name())) sql(out, e, f.span(), "column", c);
                }
                if (ReservedWords.isPythonReserved(f.name())) out.report(e, python(f.span(), "field", f.name(), false));
            }
        }
        for (EnumType en : context.model().enums()) {
            EnumDef def = context.catalog().enumDef(en.name()).orElseThrow();
            Set<Dialect> in = ReservedWords.sqlDialectsReserving(def.typeName());
            in.retainAll(Set.of(Dialect.POSTGRES));  // only PostgreSQL creates a named enum type
            Span at = Spans.enumName(en);
            if (!in.isEmpty()) out.report(sql(at, "enum type", def.typeName(), in));
            if (ReservedWords.isPythonKeyword(en.name())) out.report(python(at, "enum", en.name(), true));
            if (ReservedWords.isPrismaReserved(en.name())) out.report(prisma(at, "enum", en.name()));
        }
    }

    private void sql(Reporter out, Entity e, Span at, String kind, String name) {
        Set<Dialect> in = ReservedWords.sqlDialectsReserving(name);
        if (!in.isEmpty()) out.report(e, sql(at, kind, name, in));
    }

    Diagnostic sql(Span at, String kind, String name, Set<Dialect> dialects) {
        List<String> names = dialects.stream().map(Dialect::displayName).toList();
        String where = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return finding(at, kind + " name `" + name + "` is a reserved word in " + where,
                s -> "the SQL targets quote it (`\"" + name + "\"`, or `` `" + name + "` `` in MySQL), and so must every "
                + "hand-written query; rename it (or `" + s.attribute("@map") + "` it) to avoid that");
    }

    Diagnostic python(Span at, String kind, String name, boolean keyword) {
        String why = keyword ? "a Python keyword" : ReservedWords.isPythonKeyword(name) ? "a Python keyword"
                : "an attribute SQLModel, pydantic or SQLAlchemy reserves on a model class";
        String target = kind.equals("field") ? "attribute `" + ReservedWords.pythonSafe(name)
                + "`, mapped to the same column" : "class `" + ReservedWords.pythonSafe(name) + "`";
        return finding(at, kind + " name `" + name + "` is " + why,
                "the SQLModel target names the " + target + "; rename it to avoid the difference");
    }

    Diagnostic prisma(Span at, String kind, String name) {
        return finding(at, kind + " name `" + name + "` is reserved in Prisma",
                "the Prisma target names it `" + ReservedWords.prismaSafe(name)
                + "`, mapped to the same table or type; rename it to avoid the difference");
    }
}
