package dev.schemac.check.naming;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.catalog.Column;
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
import dev.schemac.model.EnumMember;
import dev.schemac.model.EnumType;
import dev.schemac.model.Field;
import dev.schemac.model.Origin;
import dev.schemac.naming.ReservedWords;
import dev.schemac.naming.TargetNames;
import dev.schemac.naming.TargetNames.Written;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * SC607: a table, column, type, class, attribute or constant name that a target reserves. It
 * reads the one table in {@link ReservedWords}, and the names it says the code targets write
 * come from {@link TargetNames}, which those targets write with: the warning says exactly what
 * they do.
 */
@AutoService(Rule.class)
public final class ReservedIdentifier extends Rule {
    public ReservedIdentifier() {
        super("SC607", Severity.WARNING, "Identifier reserved in a target",
                "A name can be reserved in one of the languages schemac writes: a SQL reserved word as a "
                + "table or column (`order`, `group`, `user` in PostgreSQL; MySQL's function names such as "
                + "`position` and `count`, and MariaDB's `value`, as a table only: both servers take them "
                + "unquoted as a column in every SQL mode), a Python keyword or an "
                + "attribute SQLModel, pydantic or SQLAlchemy claims (`class`, `metadata`, `json`) as a "
                + "field, a name Prisma reserves (`Prisma`, `String`, JavaScript keywords) as an entity or "
                + "enum, a Java keyword or `java.lang` type (`default`, `record`, `String`). The generators "
                + "handle every case, by quoting in SQL and by renaming in Python (`class_`), Prisma "
                + "(`RenamedPrisma`, mapped to the real table) and Java (`default_`), and in the ER diagram a word "
                + "Mermaid's erDiagram syntax reads as its own (`class`, `end`, `one`, `PK` as a column) gets "
                + "`_` after it, the real name shown beside it; the warning says "
                + "which, because every hand-written query and every reader of the generated code meets "
                + "the difference. (A renamed name that meets another name of the same file moves aside "
                + "once more, as any name there would: `and__` beside a class `and_`.) Renaming the "
                + "field, or `@map` to another column, avoids it.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        // Decided once: every table and column name is looked up against these dialects.
        Set<Dialect> dialects = sqlDialects(context);
        var spelled = new Unrenamed();
        for (Entity e : context.model().entities()) {
            // Entity names are distinct in a model: a field is reported once per name within its entity.
            var reported = new HashSet<String>();
            Table t = context.table(e);
            // Spans are found (a pattern over the entity's text) only for a finding.
            Supplier<Span> name = () -> Spans.entityName(e);
            sql(dialects, out, e, e.tableName() != null ? () -> Spans.tableMap(e) : name, "table", t.name());
            var entity = new Findings(context);
            entity.add("Python", "the SQLModel target", "class", e.name(), TargetNames.pythonClass(e.name()));
            entity.add("Prisma", "the Prisma target", "model", e.name(), TargetNames.prismaType(e.name()));
            entity.add("Java", "the Java target", "record", e.name(), TargetNames.javaType(e.name()));
            entity.add("Mermaid", "the ER diagram", "entity", e.name(), TargetNames.mermaidEntity(t.name()));
            entity.report(name, "entity", e.name()).ifPresent(d -> out.report(e, d));
            for (Field f : e.fields()) {
                if (f.origin() == Origin.IMPLICIT || !reported.add(f.name())) continue;
                var columns = t.columnsOf(f.name());
                if (f.isStored()) for (Column c : columns) sql(dialects, out, e, () -> Spans.columnMap(f), "column", c.name());
                if (spelled.clear(f.name(), columns)) continue;
                code(context, f, columns).report(f::span, "field", f.name()).ifPresent(d -> out.report(e, d));
            }
        }
        for (EnumType en : context.model().enums()) {
            EnumDef def = context.catalog().enumDef(en.name()).orElseThrow();
            Supplier<Span> at = () -> Spans.enumName(en);
            // Only PostgreSQL creates a named type, and it reads the name as a type name.
            if (dialects.contains(Dialect.POSTGRES)
                    && (ReservedWords.isSqlReserved(def.typeName(), Dialect.POSTGRES)
                    || ReservedWords.isPostgresTypeKeyword(def.typeName()))) {
                out.report(sql(at.get(), "enum type", def.typeName(), Set.of(Dialect.POSTGRES)));
            }
            var type = new Findings(context);
            type.add("Python", "the SQLModel target", "class", en.name(), TargetNames.pythonClass(en.name()));
            type.add("Prisma", "the Prisma target", "enum", en.name(), TargetNames.prismaType(en.name()));
            type.add("Java", "the Java target", "enum", en.name(), TargetNames.javaType(en.name()));
            type.add("Mermaid", "the ER diagram", "type", en.name(), TargetNames.mermaidAttribute(en.name()));
            type.report(at, "enum", en.name()).ifPresent(out::report);
            for (EnumMember v : en.values()) {
                var member = new Findings(context);
                member.add("Python", "the SQLModel target", "member", v.name(), TargetNames.pythonEnumMember(v.name()));
                member.add("Java", "the Java target", "constant", v.name(), TargetNames.javaEnumConstant(v.name()));
                member.report(v::span, "enum value", v.name()).ifPresent(out::report);
            }
        }
    }

    /**
     * Which names no code target renames, asked once per distinct name: field and column names repeat
     * across entities (`id`, `name`, `created_at`), and spelling each in every language is most of this
     * rule's work, while almost every name is left as it is.
     */
    private static final class Unrenamed {
        private final java.util.Map<String, Boolean> attributes = new java.util.HashMap<>();
        private final java.util.Map<String, Boolean> columns = new java.util.HashMap<>();

        /** Whether neither the field's Python attribute nor any of its columns' names is renamed: {@link #code} finds nothing. */
        boolean clear(String field, List<Column> of) {
            if (!attributes.computeIfAbsent(field, n -> !TargetNames.pythonAttribute(n).renamed())) return false;
            for (Column c : of) {
                if (!columns.computeIfAbsent(c.name(), Unrenamed::columnClear)) return false;
            }
            return true;
        }

        /** A column's names as {@link #code} spells them: its Python attribute (a foreign key's), Java component and constant, diagram word. */
        private static boolean columnClear(String column) {
            return !TargetNames.pythonAttribute(column).renamed() && !TargetNames.javaRecordComponent(column).renamed()
                    && !TargetNames.javaMetamodelConstant(column).renamed() && !TargetNames.mermaidAttribute(column).renamed();
        }
    }

    /** The names the code targets give a field: its Python attributes, its columns' Java component and constant and diagram word. */
    private Findings code(CheckContext context, Field f, List<Column> columns) {
        var found = new Findings(context);
        found.add("Python", "the SQLModel target", "attribute", f.name(), TargetNames.pythonAttribute(f.name()));
        for (Column c : columns) {
            // A foreign key column has an attribute of its own, named after the column.
            if (c.isForeignKey()) found.add("Python", "the SQLModel target", "attribute", c.name(),
                    TargetNames.pythonAttribute(c.name()));
            found.add("Java", "the Java target", "record component", c.name(), TargetNames.javaRecordComponent(c.name()));
            found.add("Java", "the Java metamodel", "constant", c.name(), TargetNames.javaMetamodelConstant(c.name()));
            found.add("Mermaid", "the ER diagram", "attribute", c.name(), TargetNames.mermaidAttribute(c.name()));
        }
        return found;
    }

    private void sql(Set<Dialect> dialects, Reporter out, Entity e, Supplier<Span> at, String kind, String name) {
        Set<Dialect> reserving = kind.equals("column") ? ReservedWords.sqlDialectsReservingColumn(name)
                : ReservedWords.sqlDialectsReserving(name);
        if (reserving.isEmpty()) return; // most names: nothing to intersect
        Set<Dialect> in = new java.util.TreeSet<>(reserving);
        in.retainAll(dialects);
        if (!in.isEmpty()) out.report(e, sql(at.get(), kind, name, in));
    }

    Diagnostic sql(Span at, String kind, String name, Set<Dialect> dialects) {
        List<String> names = dialects.stream().map(Dialect::displayName).toList();
        return finding(at, kind + " name " + Quoted.name(name) + " is reserved in " + and(names),
                s -> "the SQL targets quote it (`\"" + name + "\"`, or `` `" + name + "` `` in MySQL), and so must every "
                + "hand-written query; rename it (or " + Quoted.name(s.attribute(kind.equals("table") ? "@@map" : "@map")) + " it) to avoid that");
    }

    /**
     * The SQL dialects whose reserved words matter to the chosen targets: a DDL target's own
     * dialect; every dialect for the targets that write all of them (migrations, seed data, the
     * documents' DDL); the model's dialect for the code targets, which talk to that database.
     */
    static Set<Dialect> sqlDialects(CheckContext context) {
        var out = java.util.EnumSet.noneOf(Dialect.class);
        for (Dialect d : Dialect.values()) {
            if (context.generates(d.id(), "migrations", "seed", "docs")) out.add(d);
        }
        if (context.generates("sqlmodel", "prisma", "java")) out.add(context.model().settings().dialect());
        return out;
    }

    /** The targets that write each language's names (the design document embeds the ER diagram). */
    private static final java.util.Map<String, List<String>> TARGETS_OF_LANGUAGE = java.util.Map.of(
            "Python", List.of("sqlmodel"), "Prisma", List.of("prisma"), "Java", List.of("java"),
            "Mermaid", List.of("mermaid", "docs"));

    /** What the code targets rename for one model name, said in one diagnostic. */
    private final class Findings {
        private final CheckContext context;
        private final Set<String> languages = new LinkedHashSet<>();
        private final List<String> renames = new ArrayList<>();

        Findings(CheckContext context) { this.context = context; }

        /** Notes that {@code target} writes the {@code what} for {@code from} as {@code written}, if a reserved word renamed it. */
        void add(String language, String target, String what, String from, Written written) {
            if (!written.renamed() || !context.generates(TARGETS_OF_LANGUAGE.get(language).toArray(String[]::new))) return;
            languages.add(language);
            // When the target's spelling differs from the model's (camelCase, capitals), say which spelling is reserved.
            String why = from.equals(written.spelling()) ? written.reservedBecause()
                    : Quoted.name(written.spelling()) + " is " + written.reservedBecause();
            String phrase = target + " names the " + what + " " + Quoted.name(written.name()) + " (" + why + ")";
            if (!renames.contains(phrase)) renames.add(phrase);
        }

        java.util.Optional<Diagnostic> report(Supplier<Span> at, String kind, String name) {
            if (renames.isEmpty()) return java.util.Optional.empty();
            return java.util.Optional.of(finding(at.get(), kind + " name " + Quoted.name(name) + " is reserved in " + and(List.copyOf(languages)),
                    and(renames) + "; rename it to avoid the difference"));
        }
    }

    /**
     * The languages that would rename or quote a field of this name whose column has it too: SQL
     * (by dialect), Python and Java. For other rules' advice, so they never suggest a name this
     * rule then warns about without saying so.
     */
    static List<String> languagesReserving(String field) {
        var out = new ArrayList<String>();
        for (Dialect d : ReservedWords.sqlDialectsReservingColumn(field)) out.add(d.displayName());
        if (TargetNames.pythonAttribute(field).renamed()) out.add("Python");
        if (TargetNames.javaRecordComponent(field).renamed() || TargetNames.javaMetamodelConstant(field).renamed()) {
            out.add("Java");
        }
        return out;
    }

    static String and(List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
