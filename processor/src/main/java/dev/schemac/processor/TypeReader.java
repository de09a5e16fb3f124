package dev.schemac.processor;

import dev.schemac.ast.EntityDecl;
import dev.schemac.ast.FieldDecl;
import dev.schemac.ast.Ident;
import dev.schemac.ast.Member;
import dev.schemac.ast.MixinDecl;
import dev.schemac.ast.TypeRef;
import dev.schemac.diag.Diagnostic;
import dev.schemac.lang.Attributes;
import dev.schemac.parse.SchemaReader;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * An {@code @Entity} class or record, or a {@code @Mixin} class or interface, as a
 * declaration. The {@code with} clause is every {@code @Mixin} among the supertypes, found
 * depth first: the superclass chain before the interfaces, each type's own before its
 * supertypes'. Supertypes that are not mixins add nothing, as a class that is not a
 * mapped superclass adds nothing to a JPA entity.
 */
final class TypeReader {
    private final Declared declared;
    private final MemberScanner scanner;
    private final FieldReader fields;
    private final BlockAttributeReader blocks;
    private final SourceFacts docs;
    private final Consumer<Diagnostic> report;
    private final JpaTable jpaTable;
    private final Placement placement;
    /** Names refused as SC919: the compiler's naming rules would only suggest the same name back. */
    private final Muted muted;
    private final javax.lang.model.util.Types typeUtils;
    private final JpaForeignKeyTwins foreignKeyTwins;

    TypeReader(Declared declared, MemberScanner scanner, FieldReader fields, BlockAttributeReader blocks, SourceFacts docs,
               Consumer<Diagnostic> report, JpaTable jpaTable, Placement placement, Muted muted,
               javax.lang.model.util.Types typeUtils, JpaForeignKeyTwins foreignKeyTwins) {
        this.typeUtils = typeUtils;
        this.foreignKeyTwins = foreignKeyTwins;
        this.muted = muted;
        this.jpaTable = jpaTable;
        this.placement = placement;
        this.declared = declared;
        this.scanner = scanner;
        this.fields = fields;
        this.blocks = blocks;
        this.docs = docs;
        this.report = report;
    }

    /** The entity, or null when the type cannot be one (reported). */
    EntityDecl entity(TypeElement type, Nodes nodes) {
        Origin at = Origin.of(type);
        if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
            report.accept(Problems.entityKind(nodes.at(at), type.getSimpleName().toString(), kind(type)));
            return null;
        }
        if (Jpa.isMixin(type)) {
            report.accept(Problems.entityAndMixin(nodes.at(at), type.getSimpleName().toString()));
        }
        if (type.getKind() == ElementKind.RECORD && Mirrors.has(type, Jpa.ENTITY)) {
            report.accept(Problems.jpaEntityRecord(nodes.at(Origin.of(type).with(Mirrors.find(type, Jpa.ENTITY))),
                    type.getSimpleName().toString()));
        }
        // Spans are taken in the order a .schema file would have them (declaration, name,
        // fields, attributes), since diagnostics are sorted by them.
        Span span = nodes.at(at);
        Ident name = name(type, Annotations.ENTITY, span, nodes);
        // The table's name where a .schema file writes @@map, first in the entity: what is said of it sorts there.
        var tableName = new ArrayList<Member>(BlockAttributeReader.table(type, nodes));
        tableName.addAll(JpaTable.name(type, nodes));
        var mixins = new LinkedHashSet<TypeElement>();
        supertypes(type, type, mixins, nodes, new HashSet<>());
        var extended = List.copyOf(mixins);
        mixins.addAll(embedded(type, extended, nodes));
        var inherited = new HashSet<String>();
        var mixinNames = new ArrayList<Ident>();
        // A generic supertype's field whose type is one of its type variables has the type this entity's type
        // arguments give it (Hibernate reads `extends Base<Long>` so): it is the entity's own field, not the mixin's.
        var resolved = new ArrayList<JavaMember>();
        for (TypeElement m : mixins) {
            if (!mixinKind(m)) continue;
            mixinNames.add(nodes.ident(declared.mixinName(m), at));
            if (m.getKind().isInterface()) scanner.members(m, Set.of()).forEach(f -> inherited.add(f.name()));
            if (extended.contains(m)) {
                for (JavaMember f : scanner.members(m, Set.of())) {
                    if (!typedByEntities(m, f)) continue;
                    resolved.add(asMemberOf(type, m, f));
                    inherited.add(f.name());
                }
            }
        }
        var members = new ArrayList<Member>();
        var javaMembers = scanner.members(type, inherited);
        var own = new ArrayList<JavaMember>(resolved);
        own.addAll(javaMembers);
        var twins = Jpa.isJpaType(type) ? foreignKeyTwins.read(own, nodes) : JpaForeignKeyTwins.NONE;
        for (JavaMember f : own) {
            if (twins.leftOut().contains(f.element())) continue;
            FieldDecl field = fields.read(f, twins.nullable().get(f.element()), nodes);
            Origin key = twins.keys().get(f.element());
            members.add(key == null ? field : keyed(field, nodes.attribute(Attributes.ID, false, List.of(), key)));
        }
        placement.check(type, javaMembers, inherited, nodes);
        // @Table's index and unique lists name columns of the whole table: the mixins' too (a mapped superclass's
        // foreign key, an embeddable's @Column(name)), the entity's own taking precedence.
        var tableColumns = new ArrayList<JavaMember>();
        for (TypeElement m : mixins) if (mixinKind(m)) tableColumns.addAll(scanner.members(m, Set.of()));
        tableColumns.addAll(javaMembers);
        members.addAll(tableName);
        members.addAll(jpaTable.read(type, tableColumns, nodes));
        if (Mirrors.has(type, Jpa.ENTITY) && !Mirrors.has(type, Annotations.ENTITY) && !MemberScanner.declaresJpaKey(type)) {
            // The language would give it a surrogate key of its own; Hibernate gives it none and refuses it.
            report.accept(JpaProblems.refused(nodes.at(Origin.of(type).with(Mirrors.find(type, Jpa.ENTITY))),
                    type.getSimpleName().toString(), "@Entity without @Id or @EmbeddedId",
                    "JPA keys an entity by what those say, and Hibernate refuses an entity with neither (no identifier)",
                    "add `@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;`, or put @Id on the fields of a natural key "
                            + "(with @IdClass when there are several)"));
        }
        overrides(type, type, type.getSimpleName().toString(), nodes);
        members.addAll(blocks.read(type, nodes));
        formulas(type, nodes);
        return new EntityDecl(span, name, docs.doc(type), mixinNames, members);
    }

    /** The field as a key field: its raw foreign key twin, left out, was part of the primary key. */
    private static FieldDecl keyed(FieldDecl f, dev.schemac.ast.Attribute id) {
        var attributes = new ArrayList<>(f.attributes());
        attributes.add(0, id);
        return new FieldDecl(f.span(), f.name(), f.doc(), f.type(), f.defaultValue(), attributes);
    }

    /** The mixin, or null when the type cannot be one (reported). */
    MixinDecl mixin(TypeElement type, Nodes nodes) {
        Origin at = Origin.of(type);
        if (!mixinKind(type)) {
            report.accept(Problems.mixinKind(nodes.at(at), type.getSimpleName().toString(), kind(type), written(type)));
            return null;
        }
        Span span = nodes.at(at);
        Ident name = name(type, Annotations.MIXIN, span, nodes);
        var members = new ArrayList<Member>();
        var javaMembers = scanner.members(type, Set.of());
        for (JavaMember f : javaMembers) if (!typedByEntities(type, f)) members.add(fields.read(f, null, nodes));
        placement.check(type, javaMembers, Set.of(), nodes);
        members.addAll(blocks.read(type, nodes));
        formulas(type, nodes);
        return new MixinDecl(span, name, docs.doc(type), members);
    }

    /**
     * Whether a mixin's field is read in each entity that extends or implements the mixin, with the type the entity's
     * type arguments give it, rather than in the mixin: a field of a generic supertype whose type names a type variable.
     * An embeddable's is the mixin's still (no entity is its subtype to give the variable a type).
     */
    private static boolean typedByEntities(TypeElement mixin, JavaMember f) {
        boolean supertype = mixin.getKind().isInterface() || Mirrors.has(mixin, Jpa.MAPPED_SUPERCLASS)
                || Mirrors.has(mixin, Annotations.MIXIN);
        return supertype && MemberScanner.generic(f.type());
    }

    /**
     * {@code f} of supertype {@code mixin} with the type it has as a member of {@code entity}; its own type (a type
     * variable, refused where the field is read) when a supertype on the way is raw, whose fields Java erases.
     */
    private JavaMember asMemberOf(TypeElement entity, TypeElement mixin, JavaMember f) {
        if (rawOnTheWay(entity, mixin, new HashSet<>())) return f;
        TypeMirror t = typeUtils.asMemberOf((DeclaredType) entity.asType(), f.element());
        if (t instanceof javax.lang.model.type.ExecutableType x) t = x.getReturnType();
        return new JavaMember(f.element(), f.name(), t, f.doc());
    }

    /** Whether a supertype of {@code t} through which {@code target} is reached is written raw ({@code extends Base}). */
    private static boolean rawOnTheWay(TypeElement t, TypeElement target, Set<TypeElement> seen) {
        var supers = new ArrayList<TypeMirror>();
        supers.add(t.getSuperclass());
        supers.addAll(t.getInterfaces());
        for (TypeMirror m : supers) {
            if (m.getKind() != TypeKind.DECLARED) continue;
            var d = (DeclaredType) m;
            var s = (TypeElement) d.asElement();
            if (!seen.add(s)) continue;
            boolean raw = !s.getTypeParameters().isEmpty() && d.getTypeArguments().isEmpty();
            if (s.equals(target)) return raw;
            if (reaches(s, target) && (raw || rawOnTheWay(s, target, seen))) return true;
        }
        return false;
    }

    private static boolean reaches(TypeElement t, TypeElement target) {
        if (t.equals(target)) return true;
        var supers = new ArrayList<TypeMirror>();
        supers.add(t.getSuperclass());
        supers.addAll(t.getInterfaces());
        for (TypeMirror m : supers) {
            if (m.getKind() == TypeKind.DECLARED && reaches((TypeElement) ((DeclaredType) m).asElement(), target)) return true;
        }
        return false;
    }

    /** Whether {@code type} can be a mixin; one that cannot is reported where it is declared, and no entity's mixin. */
    private static boolean mixinKind(TypeElement type) {
        // An embeddable is embedded by a field, not extended, so a record is one too (JPA 3.2, Hibernate 6.2).
        boolean embeddableRecord = type.getKind() == ElementKind.RECORD && Mirrors.has(type, Jpa.EMBEDDABLE)
                && !Mirrors.has(type, Annotations.MIXIN) && !Mirrors.has(type, Jpa.MAPPED_SUPERCLASS);
        return type.getKind() == ElementKind.CLASS || type.getKind() == ElementKind.INTERFACE || embeddableRecord;
    }

    /** The annotation that makes {@code type} a mixin, as written: schemac's {@code @Mixin} before JPA's. */
    private static String written(TypeElement type) {
        if (Mirrors.has(type, Annotations.MIXIN)) return "@Mixin";
        return Mirrors.has(type, Jpa.MAPPED_SUPERCLASS) ? "@MappedSuperclass" : "@Embeddable";
    }

    /**
     * The embeddables an entity embeds, each once: a mixin. Hibernate creates the columns of every embeddable an
     * entity reaches, through its own fields, its mapped superclasses' and the embeddables' own {@code @Embedded}
     * fields, so each of those is a mixin of the entity (the language's mixins have no mixins): the entity's own
     * first, then its supertypes', each followed by those it embeds. An embeddable reached twice (the second with
     * {@code @AttributeOverride}s, as JPA requires) would be its columns once, so it is refused; one that is some
     * entity's {@code @EmbeddedId} and another's {@code @Embedded} too, since its fields are key fields.
     */
    private List<TypeElement> embedded(TypeElement type, List<TypeElement> supertypes, Nodes nodes) {
        var out = new java.util.LinkedHashMap<TypeElement, javax.lang.model.element.Element>();
        embedded(type, type, false, out, nodes);
        for (TypeElement s : supertypes) embedded(type, s, false, out, nodes);
        return new ArrayList<>(out.keySet());
    }

    /** The embeddables {@code holder} embeds, into {@code out}; {@code inKey}: {@code holder} is (inside) an entity's key. */
    private void embedded(TypeElement entity, TypeElement holder, boolean inKey,
                          java.util.Map<TypeElement, javax.lang.model.element.Element> out, Nodes nodes) {
        for (var e : scanner.embedding(holder)) {
            TypeElement t = MemberScanner.embedded(e);
            String member = ElementNames.field(e);
            boolean asKey = inKey || Mirrors.has(e, Jpa.EMBEDDED_ID);
            var first = out.putIfAbsent(t, e);
            if (first != null) {
                report.accept(JpaProblems.refused(nodes.at(Origin.of(e)), member, "a second @Embedded `"
                        + t.getSimpleName() + "`", "an embeddable is a mixin, and a mixin's columns are in a table once, "
                        + "not once for `" + ElementNames.field(first) + "` and once for `" + member + "`",
                        "declare the second one's columns in an @Embeddable type of their own, or as fields of `"
                        + entity.getSimpleName() + "`"));
            } else if (!declared.embedded(t, asKey)) {
                report.accept(JpaProblems.refused(nodes.at(Origin.of(e)), member, (asKey ? "@EmbeddedId" : "@Embedded")
                        + " `" + t.getSimpleName() + "`", "`" + t.getSimpleName() + "` is " + (asKey ? "embedded as columns"
                        : "an @EmbeddedId") + " elsewhere, and an embeddable's fields are key fields in every entity or in none",
                        "give the key an @Embeddable type of its own"));
            }
            overrides(e, t, member, nodes);
            var natural = Mirrors.find(e, Jpa.NATURAL_ID);
            if (natural != null) {
                // Hibernate's unique key would hold the embeddable's columns, which no list of the entity's fields names.
                report.accept(JpaProblems.notExpressible(nodes.at(Origin.of(e).with(natural)), member, "Hibernate's @NaturalId",
                        "Hibernate makes one unique key of the embedded value's columns, and the language's unique "
                                + "constraints list an entity's fields, not a mixin's columns together; say it with "
                                + "@Table(uniqueConstraints) of the columns"));
            }
            if (first == null) embedded(entity, t, asKey, out, nodes);
        }
    }

    /**
     * {@code @AttributeOverride} and {@code @AssociationOverride} rename an embeddable's (or a mapped superclass's)
     * columns for one entity; a mixin's columns have one name everywhere. Each attribute override is read as the name
     * it gives is read elsewhere (through the naming strategy, quotes kept): one that names its field's own column and
     * says nothing else changes nothing in Hibernate's table and is not said; one that names no field of {@code holder}
     * (Hibernate ignores it) or gives the column another name, size or nullability is SC916, naming what it gives.
     * {@code holder}: the embedded type, or the entity whose superclasses' fields a class-level override names.
     */
    void overrides(javax.lang.model.element.Element e, TypeElement holder, String element, Nodes nodes) {
        for (String a : List.of(Jpa.ASSOCIATION_OVERRIDE, Jpa.ASSOCIATION_OVERRIDES)) {
            AnnotationMirror m = Mirrors.find(e, a);
            if (m != null) {
                report.accept(JpaProblems.notExpressible(nodes.at(Origin.of(e).with(m)), element,
                        "@" + m.getAnnotationType().asElement().getSimpleName(),
                        "a mixin's columns have the names its own fields give them, in every entity"));
            }
        }
        AnnotationMirror single = Mirrors.find(e, Jpa.ATTRIBUTE_OVERRIDE);
        AnnotationMirror plural = Mirrors.find(e, Jpa.ATTRIBUTE_OVERRIDES);
        var overrides = new ArrayList<AnnotationMirror>();
        if (single != null) overrides.add(single);
        overrides.addAll(Jpa.annotations(plural, "value"));
        for (AnnotationMirror o : overrides) {
            String differs = overrideDiffers(o, holder);
            if (differs == null) continue;
            AnnotationMirror at = o == single ? single : plural;
            report.accept(JpaProblems.notExpressible(nodes.at(Origin.of(e).with(at)), element, "@AttributeOverride", differs));
        }
    }

    /** What the override changes in Hibernate's table, as the message says it, or null when it changes nothing. */
    private static String overrideDiffers(AnnotationMirror override, TypeElement holder) {
        String path = Jpa.string(override, "name");
        javax.lang.model.element.Element field = path == null || holder == null ? null : field(holder, path);
        if (field == null) {
            return "`" + (holder == null ? "the type" : holder.getSimpleName()) + "` has no field "
                    + dev.schemac.render.markdown.Quoted.name(path == null ? "" : path) + ", and Hibernate ignores the override";
        }
        AnnotationMirror column = Jpa.annotations(override, "column").stream().findFirst().orElse(null);
        var written = column == null ? java.util.Map.<String, AnnotationValue>of() : Mirrors.explicit(column);
        String own = JpaNames.given(Jpa.string(Mirrors.find(field, Jpa.COLUMN), "name"));
        if (own == null) own = JpaNames.physical(ElementNames.javaName(field));
        String given = JpaNames.given(Jpa.string(column, "name"));
        boolean renamed = given != null && !given.equals(own);
        var others = written.keySet().stream().filter(k -> !k.equals("name")).toList();
        if (!renamed && others.isEmpty()) return null;
        return "a mixin's columns have the names its own fields give them, in every entity"
                + (renamed ? " (Hibernate's column of " + dev.schemac.render.markdown.Quoted.name(path) + " is "
                        + dev.schemac.render.markdown.Quoted.name(given) + ", the outputs' " + dev.schemac.render.markdown.Quoted.name(own) + ")" : "")
                + (others.isEmpty() ? "" : ", and their sizes and nullability (Hibernate's column takes the override's "
                        + String.join(", ", others) + ")");
    }

    /** The field a dotted override path names ({@code address.street}), in {@code holder} and its superclasses, or null. */
    private static javax.lang.model.element.Element field(TypeElement holder, String path) {
        TypeElement type = holder;
        javax.lang.model.element.Element found = null;
        for (String part : path.split("\\.", -1)) {
            if (type == null) return null;
            found = null;
            for (TypeElement t = type; t != null && found == null; t = superclassOf(t)) {
                for (var f : t.getEnclosedElements()) {
                    if (f.getKind() == javax.lang.model.element.ElementKind.FIELD && ElementNames.javaName(f).equals(part)) found = f;
                }
            }
            if (found == null) return null;
            type = JpaFields.typeOf(found.asType());
        }
        return found;
    }

    private static TypeElement superclassOf(TypeElement t) {
        TypeMirror s = t.getSuperclass();
        return s.getKind() == TypeKind.DECLARED && ((DeclaredType) s).asElement() instanceof TypeElement te
                && !te.getQualifiedName().contentEquals("java.lang.Object") ? te : null;
    }

    /** Hibernate's {@code @Formula} is computed in SELECTs, not stored: no column, and said so. */
    private void formulas(TypeElement type, Nodes nodes) {
        for (var e : type.getEnclosedElements()) {
            AnnotationMirror f = Mirrors.find(e, Jpa.FORMULA);
            if (f != null) {
                report.accept(JpaProblems.notExpressible(nodes.at(Origin.of(e).with(f)), e.getSimpleName().toString(),
                        "@Formula", "a computed value has no column; the field is left out"));
            }
        }
    }

    private void supertypes(TypeElement entity, TypeElement t, Set<TypeElement> out, Nodes nodes, Set<TypeElement> seen) {
        var supers = new ArrayList<TypeMirror>();
        supers.add(t.getSuperclass());
        supers.addAll(t.getInterfaces());
        for (TypeMirror m : supers) {
            if (m.getKind() != TypeKind.DECLARED) continue;
            var s = (TypeElement) ((DeclaredType) m).asElement();
            if (!seen.add(s)) continue;
            if (Jpa.isEntity(s)) {
                report.accept(Problems.entityExtendsEntity(nodes.at(Origin.of(entity)), entity.getSimpleName().toString(),
                        s.getSimpleName().toString(), Mirrors.has(entity, Jpa.ENTITY) || Mirrors.has(s, Jpa.ENTITY)));
                continue;
            }
            if (Jpa.isMixin(s)) out.add(s);
            else placement.notAMixin(s, nodes);
            supertypes(entity, s, out, nodes, seen);
        }
    }

    private Ident name(TypeElement type, String annotation, Span declaration, Nodes nodes) {
        AnnotationMirror m = Mirrors.find(type, annotation);
        AnnotationValue given = m == null ? null : Mirrors.explicit(m).get("name");
        if (given == null && annotation.equals(Annotations.ENTITY) && Mirrors.find(type, Jpa.ENTITY) != null) {
            m = Mirrors.find(type, Jpa.ENTITY);
            given = Mirrors.explicit(m).get("name");
        }
        Origin at = given == null ? Origin.of(type) : Origin.of(type).with(m, given);
        String declaredName = annotation.equals(Annotations.ENTITY) ? Declared.entityName0(type) : Declared.declaredName(type, annotation);
        if (!SchemaReader.isName(declaredName)) {
            String kind = annotation.equals(Annotations.ENTITY) ? "entity" : "mixin";
            report.accept(Problems.notAName(nodes.at(at), kind, declaredName, "name it with @"
                    + (kind.equals("entity") ? "Entity" : "Mixin") + "(name = \"...\")"));
            muted.addRefusedName(declaration);
        }
        return nodes.ident(declaredName, at);
    }

    private static String kind(TypeElement t) {
        return switch (t.getKind()) {
            case INTERFACE -> "interface";
            case ENUM -> "enum";
            case ANNOTATION_TYPE -> "annotation type";
            case RECORD -> "record";
            default -> "class";
        };
    }
}
