package dev.schemac.processor;

import dev.schemac.ast.Argument;
import dev.schemac.ast.Attribute;
import dev.schemac.diag.Diagnostic;
import dev.schemac.lang.Attributes;
import dev.schemac.render.markdown.Quoted;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * A JPA entity's class-level mapping as {@code @@} attributes: the table ({@code @Table(name)}
 * is {@code @@map}; without it the language's derived name, the snake_case plural, which is a
 * naming difference from Hibernate's entity-named tables), no implicit timestamps (a JPA
 * entity declares every column it has), and {@code @Table(indexes, uniqueConstraints)}, whose
 * column lists name columns and are read back to the fields that own them.
 */
final class JpaTable {
    private final Consumer<Diagnostic> report;

    private final JpaRelations relations;

    JpaTable(Consumer<Diagnostic> report, JpaRelations relations) {
        this.report = report;
        this.relations = relations;
    }

    /**
     * {@code @Table(name)} says {@code @@map}, unless schemac's {@code @Entity(table)} does; read apart from the rest
     * (before the fields: see {@link TypeReader#entity}).
     */
    static List<Attribute> name(TypeElement type, Nodes nodes) {
        if (Mirrors.find(type, Jpa.ENTITY) == null) return List.of();
        AnnotationMirror table = Mirrors.find(type, Jpa.TABLE);
        String name = JpaNames.given(Jpa.string(table, "name"));
        if (name == null || Mirrors.has(type, Annotations.ENTITY)
                && Mirrors.explicit(Mirrors.find(type, Annotations.ENTITY)).get("table") != null) {
            return List.of();
        }
        Origin o = Origin.of(type).with(table, Jpa.value(table, "name"));
        return List.of(nodes.attribute(Attributes.MAP, true, List.of(Nodes.positional(nodes.str(name, o))), o));
    }

    List<Attribute> read(TypeElement type, List<JavaMember> members, Nodes nodes) {
        var out = new ArrayList<Attribute>();
        AnnotationMirror entity = Mirrors.find(type, Jpa.ENTITY);
        if (entity == null) return out;
        Origin at = Origin.of(type).with(entity);
        AnnotationMirror table = Mirrors.find(type, Jpa.TABLE);
        if (!Mirrors.has(type, Annotations.ENTITY) || Mirrors.explicit(Mirrors.find(type, Annotations.ENTITY)).get("timestamps") == null) {
            out.add(nodes.attribute(Attributes.TIMESTAMPS, true, List.of(Nodes.positional(nodes.ref("false", at))), at));
        }
        var fields = columns(members);
        for (AnnotationMirror index : Jpa.annotations(table, "indexes")) {
            Origin o = Origin.of(type).with(table, Jpa.value(table, "indexes"));
            String list = Jpa.string(index, "columnList");
            var cols = List.of(list == null ? new String[0] : list.split(","));
            if (cutQuote(cols) || cutColumn(cols, fields)) {
                report.accept(JpaProblems.refused(nodes.at(Origin.of(type).with(table, Jpa.value(index, "columnList"))),
                        type.getSimpleName().toString(), Quoted.name("@Index(columnList = " + JavaSpelling.javaString(list) + ")"),
                        "Hibernate splits the column list at every comma, in quotes too, so a column whose name holds a comma "
                                + "cannot be listed (Hibernate finds no column of the pieces' names)",
                        "give the column a name without a comma in its `@Column(name = ...)`, and list that name"));
                continue;
            }
            descending(type, cols, nodes, o);
            out.add(nodes.attribute(Boolean.TRUE.equals(Jpa.bool(index, "unique")) ? Attributes.UNIQUE : Attributes.INDEX, true,
                    arguments(cols, Jpa.string(index, "name"), fields, nodes, o), o));
        }
        for (AnnotationMirror unique : Jpa.annotations(table, "uniqueConstraints")) {
            Origin o = Origin.of(type).with(table, Jpa.value(table, "uniqueConstraints"));
            out.add(nodes.attribute(Attributes.UNIQUE, true,
                    arguments(Jpa.strings(unique, "columnNames"), Jpa.string(unique, "name"), fields, nodes, o), o));
        }
        Attribute natural = naturalId(type, members, fields, nodes);
        if (natural != null) out.add(natural);
        warnings(type, table, nodes);
        return out;
    }

    /**
     * Hibernate's {@code @NaturalId}: one unique key of the table over the columns of every natural id attribute of the
     * entity and its mapped superclasses, in the order they come, as {@code NaturalIdBinder} makes it. Read where the
     * attribute is a basic or to-one field of those types; elsewhere (an embeddable's field, an {@code @Embedded} value)
     * it stays the warning on the field ({@link #naturalIdRead}).
     */
    private static Attribute naturalId(TypeElement type, List<JavaMember> members, Map<String, String> fields, Nodes nodes) {
        var names = new ArrayList<Argument>();
        Origin first = null;
        for (JavaMember m : members) {
            AnnotationMirror natural = Mirrors.find(m.element(), Jpa.NATURAL_ID);
            if (natural == null || !naturalIdRead(m.element())) continue;
            Origin o = Origin.of(m.element()).with(natural);
            if (first == null) first = o;
            names.add(Nodes.positional(nodes.ref(m.name(), o)));
        }
        return first == null ? null : nodes.attribute(Attributes.UNIQUE, true, names, first);
    }

    /**
     * Whether a {@code @NaturalId} is read as the table's unique key: on a field of an entity or mapped superclass that is
     * not an embedded value (whose columns the language's unique list cannot name one by one).
     */
    static boolean naturalIdRead(javax.lang.model.element.Element e) {
        var owner = e.getEnclosingElement();
        if (!(Mirrors.has(owner, Jpa.ENTITY) || Mirrors.has(owner, Jpa.MAPPED_SUPERCLASS))) return false;
        if (Mirrors.has(e, Jpa.EMBEDDED) || Mirrors.has(e, Jpa.EMBEDDED_ID) || Mirrors.has(e, Jpa.ONE_TO_MANY)
                || Mirrors.has(e, Jpa.MANY_TO_MANY) || Mirrors.has(e, Jpa.ELEMENT_COLLECTION)) {
            return false;
        }
        TypeElement t = JpaFields.typeOf(e instanceof javax.lang.model.element.ExecutableElement x ? x.getReturnType() : e.asType());
        return t == null || !Mirrors.has(t, Jpa.EMBEDDABLE);
    }

    /** Whether splitting a column list at its commas cut the name of one of the table's columns ({@code a,b} unquoted). */
    private static boolean cutColumn(List<String> pieces, Map<String, String> columns) {
        for (int i = 0; i < pieces.size(); i++) {
            for (int j = i + 1; j < pieces.size(); j++) {
                if (columns.containsKey(JpaNames.given(String.join(",", pieces.subList(i, j + 1))))) return true;
            }
        }
        return false;
    }

    /** Whether splitting a column list at its commas cut a quoted name ({@code `a,b`}): a piece opens a quote it does not close, or the reverse. */
    private static boolean cutQuote(List<String> pieces) {
        for (String raw : pieces) {
            String piece = raw.strip().replaceAll("(?i)\\s+(asc|desc)$", "");
            boolean opens = piece.startsWith("`") || piece.startsWith("\"") || piece.startsWith("[");
            boolean closes = piece.endsWith("`") || piece.endsWith("\"") || piece.endsWith("]");
            if (opens != closes || opens && !JpaNames.quoted(piece)) return true;
        }
        return false;
    }

    /**
     * JPA's {@code columnList} may order a column {@code DESC}, which Hibernate writes into the index; the language's
     * indexes have no order of their own, so the outputs' index is ascending in every column.
     */
    private void descending(TypeElement type, List<String> columns, Nodes nodes, Origin o) {
        var desc = columns.stream().map(String::strip).filter(c -> DESC.matcher(c).find()).toList();
        if (desc.isEmpty()) return;
        report.accept(JpaProblems.classLevel(nodes.at(o), type.getSimpleName().toString(),
                "@Index(columnList) with " + String.join(", ", desc.stream().map(Quoted::name).toList()),
                "the language's indexes have no column order, so the outputs' index is ascending in every column "
                        + "(a database reads a one-column index backwards for a descending order)"));
    }

    private static final java.util.regex.Pattern DESC = java.util.regex.Pattern.compile("(?i)\\s+desc$");

    private static List<Argument> arguments(List<String> columns, String name, Map<String, String> fields, Nodes nodes, Origin o) {
        var args = new ArrayList<Argument>();
        for (String raw : columns) {
            String listed = raw.strip().replaceAll("(?i)\\s+(asc|desc)$", "");
            if (listed.isEmpty()) continue;
            String column = JpaNames.given(listed);
            args.add(Nodes.positional(nodes.ref(fields.getOrDefault(column, column), o)));
        }
        if (name != null) args.add(nodes.named(Attributes.NAME_ARGUMENT, nodes.str(name, o), o));
        return args;
    }

    /**
     * Column name → the schema field that owns it (a foreign key column → its relation field, by the name its
     * {@code @JoinColumn} gives, or Hibernate's {@code {field}_{key column}} for each column of the target's key, by the
     * column's name, not its field's).
     */
    private Map<String, String> columns(List<JavaMember> members) {
        var out = new HashMap<String, String>();
        for (JavaMember m : members) {
            var e = m.element();
            String explicit = JpaNames.given(Jpa.string(Mirrors.find(e, Jpa.COLUMN), "name"));
            String join = JpaNames.given(Jpa.string(Mirrors.find(e, Jpa.JOIN_COLUMN), "name"));
            boolean toOne = Mirrors.has(e, Jpa.MANY_TO_ONE) || Mirrors.has(e, Jpa.ONE_TO_ONE);
            String column = explicit != null ? explicit : JpaNames.physical(m.javaName());
            out.put(column, m.name());
            if (!toOne) continue;
            if (join != null) out.put(join, m.name());
            for (AnnotationMirror c : Jpa.annotations(Mirrors.find(e, Jpa.JOIN_COLUMNS), "value")) {
                String given = JpaNames.given(Jpa.string(c, "name"));
                if (given != null) out.put(given, m.name());
            }
            // Hibernate derives each column from the referenced key's COLUMN (`country_iso_code` for a key field `code`
            // in a column `iso_code`), for one key column as for several.
            List<String> key = relations.keyColumns(m);
            if (key.size() > 1) {
                for (String c : relations.derivedColumns(m)) out.putIfAbsent(c, m.name());
            } else if (join == null) {
                out.put(relations.derivedColumn(m), m.name());
            }
        }
        return out;
    }

    private void warnings(TypeElement type, AnnotationMirror table, Nodes nodes) {
        String name = type.getSimpleName().toString();
        AnnotationMirror inheritance = Mirrors.find(type, Jpa.INHERITANCE);
        if (inheritance != null) {
            report.accept(JpaProblems.classLevel(nodes.at(Origin.of(type).with(inheritance)), name, "@Inheritance",
                    "entities do not inherit in the language; each entity is one table with its own and its mixins' fields"));
        }
        AnnotationMirror discriminator = Mirrors.find(type, Jpa.DISCRIMINATOR_COLUMN);
        if (discriminator != null && "TABLE_PER_CLASS".equals(Jpa.constant(inheritance, "strategy"))) {
            // Hibernate makes no discriminator column for a table per class: each table holds one kind of row.
            report.accept(JpaProblems.classLevel(nodes.at(Origin.of(type).with(discriminator)), name, "@DiscriminatorColumn",
                    "Hibernate ignores it under @Inheritance(strategy = TABLE_PER_CLASS) and creates no column, nor do the "
                            + "outputs"));
        } else if (discriminator != null) {
            // Under SINGLE_TABLE (the default) and JOINED Hibernate adds the column to the root's table, with subclasses
            // or without.
            String given = Jpa.string(discriminator, "name");
            String column = given != null && !given.isBlank() ? JpaNames.given(given) : "dtype";
            report.accept(JpaProblems.refused(nodes.at(Origin.of(type).with(discriminator)), name, "@DiscriminatorColumn",
                    "Hibernate adds the discriminator column " + Quoted.name(column) + " (NOT NULL) to the table, which no field "
                            + "declares, and entities do not inherit in the language",
                    "remove @DiscriminatorColumn; to keep a kind of row, declare it as a field: "
                            + "`@Enumerated(EnumType.STRING) @Column(nullable = false) Kind kind;`"));
        }
        for (String key : List.of("schema", "catalog")) {
            if (Jpa.string(table, key) != null) {
                report.accept(JpaProblems.classLevel(nodes.at(Origin.of(type).with(table, Jpa.value(table, key))), name,
                        Quoted.name("@Table(" + key + " = " + JavaSpelling.javaString(Jpa.string(table, key)) + ")"),
                        "tables are created in the connection's schema"));
            }
        }
        for (String a : List.of(Jpa.SECONDARY_TABLE, Jpa.SECONDARY_TABLES)) {
            AnnotationMirror m = Mirrors.find(type, a);
            if (m != null) {
                report.accept(JpaProblems.refused(nodes.at(Origin.of(type).with(m)), name,
                        "@" + m.getAnnotationType().asElement().getSimpleName(),
                        "an entity is one table, and the columns Hibernate puts in the secondary table would be in it",
                        "make the secondary table an entity of its own with a one-to-one to `" + name + "`"));
            }
        }
        JpaDdlText.report(table, v -> Origin.of(type).with(table, v), name, nodes, report);
        AnnotationMirror seq = Mirrors.find(type, Jpa.SEQUENCE_GENERATOR);
        if (seq != null) {
            report.accept(JpaProblems.classLevel(nodes.at(Origin.of(type).with(seq)), name, "@SequenceGenerator",
                    "keys are identity columns (@auto), not sequences with an allocation size"));
        }
    }
}
