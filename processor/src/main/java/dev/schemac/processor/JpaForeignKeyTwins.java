package dev.schemac.processor;

import dev.schemac.diag.Diagnostic;
import dev.schemac.render.markdown.Quoted;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * A raw foreign key field beside its relation ({@code @ManyToOne @JoinColumn(name = "owner_id") Owner owner} and
 * {@code @Column(name = "owner_id", insertable = false, updatable = false) Long ownerId}): Hibernate maps the two to one
 * column, which the relation writes and the raw field only reads. The language has the relation's foreign key, so the
 * raw field is no column of its own and is left out. Hibernate refuses a second mapping of a column that is not
 * read-only, and one of another type than the key's is another column than the relation's: both stay two fields of
 * one column (SC501), said with what Hibernate needs. The one column is the raw field's: Hibernate binds a relation's
 * join column after the entity's basic columns, and a table keeps the first column of a name, so the column is
 * nullable as the raw field says, whatever the relation says, unless either field is part of the primary key (an
 * {@code @Id}, {@code @MapsId} or {@code @EmbeddedId}, the parts of an {@code @IdClass} key among them): a key column is
 * never nullable.
 */
final class JpaForeignKeyTwins {
    private final Consumer<Diagnostic> report;
    private final JpaRelations relations;
    private final Types types;
    private final TypeMapper mapper;

    JpaForeignKeyTwins(Consumer<Diagnostic> report, JpaRelations relations, Types types, TypeMapper mapper) {
        this.report = report;
        this.relations = relations;
        this.types = types;
        this.mapper = mapper;
    }

    /**
     * What the raw fields of a JPA entity change: {@code leftOut}, the members that repeat one of its relations' foreign
     * key columns (each reported or accepted); {@code nullable}, by relation, whether its column is nullable, as the
     * raw field beside it makes it; {@code keys}, by relation, the @Id of a raw field that is part of the primary key
     * (the relation, which is that column's field in the language, is then a key field).
     */
    record Twins(Set<Element> leftOut, Map<Element, Boolean> nullable, Map<Element, Origin> keys) {}

    static final Twins NONE = new Twins(Set.of(), Map.of(), Map.of());

    Twins read(List<JavaMember> members, Nodes nodes) {
        var out = new HashSet<Element>();
        var nullable = new HashMap<Element, Boolean>();
        var keys = new HashMap<Element, Origin>();
        for (JavaMember relation : members) {
            String fk = foreignKey(relation);
            if (fk == null) continue;
            for (JavaMember raw : members) {
                if (raw == relation || foreignKey(raw) != null || !fk.equals(column(raw))) continue;
                AnnotationMirror column = Mirrors.find(raw.element(), Jpa.COLUMN);
                boolean readOnly = Boolean.FALSE.equals(Jpa.bool(column, "insertable"))
                        && Boolean.FALSE.equals(Jpa.bool(column, "updatable"));
                TypeMirror key = keyType(relation);
                // Hibernate knows the two as one column by its logical name (the name as written, or the derived one):
                // `vetId` beside the join column `vet_id` is the same physical column under another name, which it refuses;
                // `AUTHOR_ID` beside `author_id` is one name, as Hibernate compares unquoted names ignoring case.
                String logical = logicalName(relation);
                String rawName = Jpa.string(column, "name");
                String rawLogical = rawName != null ? rawName : raw.javaName();
                Origin at = column == null ? Origin.of(raw.element()) : Origin.of(raw.element()).with(column);
                if (!readOnly) {
                    report.accept(JpaProblems.foreignKeyTwin(nodes.at(at), raw.javaName(), relation.javaName(), fk,
                            "and both write it", readOnlyHelp(raw, relation, logical)));
                } else if (key != null && !types.isSameType(boxed(raw.type()), boxed(key))) {
                    report.accept(JpaProblems.foreignKeyTwin(nodes.at(at), raw.javaName(), relation.javaName(), fk,
                            "and the field's type is not the key's",
                            "give `" + raw.javaName() + "` the type of the key it reads, `" + key + "`, or remove it"));
                } else if (!canonical(rawLogical).equals(canonical(logical))) {
                    report.accept(JpaProblems.foreignKeyTwin(nodes.at(at), raw.javaName(), relation.javaName(), fk,
                            "under two names, " + Quoted.name(rawLogical) + " and " + Quoted.name(logical) + ", which Hibernate refuses",
                            readOnlyHelp(raw, relation, logical)));
                } else {
                    columnOfTheRelation(raw, relation, column, key, nodes);
                }
                out.add(raw.element());
                // A key part's column is NOT NULL, as Hibernate creates every primary key column, whichever field maps it.
                nullable.putIfAbsent(relation.element(), !keyPart(raw) && !keyPart(relation) && JpaFields.nullableColumn(raw));
                AnnotationMirror id = Mirrors.find(raw.element(), Jpa.ID);
                if (id != null && !keyPart(relation)) keys.putIfAbsent(relation.element(), Origin.of(raw.element()).with(id));
            }
        }
        return new Twins(out, nullable, keys);
    }

    /**
     * What the read-only twin says of the one column beside its nullability, which Hibernate writes since it binds the
     * twin's column first: a {@code columnDefinition} (the column's whole type, with its clauses) and {@code unique}.
     * The language's column is the relation's foreign key, of the key's type, unique as the relation says: a
     * definition of that type and at most {@code not null} or {@code null} is that column (its {@code not null} read
     * as the column's nullability); anything else is said at its value (SC916), never dropped in silence.
     */
    private void columnOfTheRelation(JavaMember raw, JavaMember relation, AnnotationMirror column, TypeMirror key, Nodes nodes) {
        Origin at = Origin.of(raw.element());
        String text = Jpa.string(column, "columnDefinition");
        if (text != null) {
            ColumnDefinition d = ColumnDefinition.read(text);
            JavaType keyType = key == null ? null : mapper.map(key);
            boolean same = d != null && keyType != null && keyType.ok() && !keyType.text() && d.type().equals(keyType.name())
                    && d.sizes().equals(keyType.sizes()) && !d.unique() && d.defaultText() == null;
            if (!same) {
                report.accept(JpaProblems.notExpressible(nodes.at(at.with(column, Jpa.value(column, "columnDefinition"))),
                        raw.javaName(), "@Column(columnDefinition) " + Quoted.name(text),
                        "the column is the foreign key of `" + relation.javaName() + "`, which the outputs describe with the "
                                + "key's type, where Hibernate's column is what the text says; only a `not null` in it is read"));
            }
        }
        if (Boolean.TRUE.equals(Jpa.bool(column, "unique")) && !Mirrors.has(relation.element(), Jpa.ONE_TO_ONE)
                && !Boolean.TRUE.equals(Jpa.bool(Mirrors.find(relation.element(), Jpa.JOIN_COLUMN), "unique"))) {
            report.accept(JpaProblems.notExpressible(nodes.at(at.with(column, Jpa.value(column, "unique"))), raw.javaName(),
                    "@Column(unique = true)", "the column is the foreign key of `" + relation.javaName() + "`, which is unique "
                            + "as the relation says, and Hibernate makes it unique by the read-only field; write "
                            + "@JoinColumn(unique = true) on `" + relation.javaName() + "` (or @OneToOne) to say it there"));
        }
    }

    /** Whether the member maps part of the entity's primary key, whose columns Hibernate creates NOT NULL. */
    private static boolean keyPart(JavaMember m) {
        Element e = m.element();
        return Mirrors.has(e, Jpa.ID) || Mirrors.has(e, Jpa.EMBEDDED_ID) || Mirrors.has(e, Jpa.MAPS_ID);
    }

    /** The one column of an owning to-one relation's foreign key, or null (no such relation, or a composite key). */
    private String foreignKey(JavaMember m) {
        Element e = m.element();
        AnnotationMirror oneToOne = Mirrors.find(e, Jpa.ONE_TO_ONE);
        boolean owning = Mirrors.has(e, Jpa.MANY_TO_ONE) || oneToOne != null && Jpa.string(oneToOne, "mappedBy") == null;
        if (!owning || Mirrors.has(e, Jpa.JOIN_COLUMNS) || relations.keyColumns(m).size() != 1) return null;
        AnnotationMirror joinColumn = Mirrors.find(e, Jpa.JOIN_COLUMN);
        // A read-only relation beside a raw field that writes the column is the other way round: not read here.
        if (Boolean.FALSE.equals(Jpa.bool(joinColumn, "insertable")) && Boolean.FALSE.equals(Jpa.bool(joinColumn, "updatable"))) {
            return null;
        }
        String given = JpaNames.given(Jpa.string(joinColumn, "name"));
        // Hibernate's derived column is named by the referenced key's column, not its field.
        return given != null ? given : relations.derivedColumn(m);
    }

    /** The help that makes the raw field the relation's read-only twin, the column named as the relation names it. */
    private static String readOnlyHelp(JavaMember raw, JavaMember relation, String name) {
        return "write " + Quoted.name("@Column(name = " + JavaSpelling.javaString(name) + ", insertable = false, updatable = false)")
                + " on `" + raw.javaName() + "`, as Hibernate requires of a second mapping of a column; the relation `" + relation.javaName() + "` writes it";
    }

    /** The join column's name as Hibernate knows it before its naming strategy: as written, or {@code field_keyColumn}. */
    private String logicalName(JavaMember relation) {
        String given = Jpa.string(Mirrors.find(relation.element(), Jpa.JOIN_COLUMN), "name");
        return given != null ? given : relation.javaName() + "_" + relations.keyColumns(relation).get(0);
    }

    /**
     * A logical name as Hibernate's {@code Identifier} compares it: quoted ({@code `Author_Id`}, {@code "x"},
     * {@code [x]}) the text inside, exactly; unquoted, in lower case.
     */
    static String canonical(String logical) {
        return JpaNames.quoted(logical) ? JpaNames.given(logical) : logical.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String column(JavaMember m) {
        String given = JpaNames.given(Jpa.string(Mirrors.find(m.element(), Jpa.COLUMN), "name"));
        return given != null ? given : m.name();
    }

    /** The Java type of the relation's target's key, as a member of the target (a generic superclass's key resolved). */
    private TypeMirror keyType(JavaMember relation) {
        TypeElement target = JpaFields.typeOf(relation.type());
        if (target == null) return null;
        for (TypeElement t = target; t != null; t = superclass(t)) {
            for (Element e : t.getEnclosedElements()) {
                if (!Mirrors.has(e, Jpa.ID) && !Mirrors.has(e, Annotations.ID)) continue;
                TypeMirror type = types.asMemberOf((DeclaredType) target.asType(), e);
                return type instanceof javax.lang.model.type.ExecutableType x ? x.getReturnType() : type;
            }
        }
        return null;
    }

    private TypeMirror boxed(TypeMirror t) {
        return t.getKind().isPrimitive() ? types.boxedClass((javax.lang.model.type.PrimitiveType) t).asType() : t;
    }

    private static TypeElement superclass(TypeElement t) {
        TypeMirror s = t.getSuperclass();
        return s.getKind() == TypeKind.DECLARED && ((DeclaredType) s).asElement() instanceof TypeElement te
                && !te.getQualifiedName().contentEquals("java.lang.Object") ? te : null;
    }
}
