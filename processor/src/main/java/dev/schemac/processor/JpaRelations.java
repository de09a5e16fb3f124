package dev.schemac.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Relations between JPA entities, which JPA pairs by {@code mappedBy} and the language by
 * its rules: where the language could not tell the pairs apart (a self relation, two
 * relations between the same two entities), both sides get {@code @relation("owning_field")},
 * the name {@code mappedBy} gives; elsewhere nothing, as the {@code .schema} twin writes it.
 */
final class JpaRelations {
    private static final List<String> TO_ONE = List.of(Jpa.MANY_TO_ONE, Jpa.ONE_TO_ONE);

    /** The relation name of a to-one (owning) field, or null when pairing needs none. */
    String toOneName(JavaMember m) {
        TypeElement owner = owner(m.element());
        TypeElement target = JpaFields.typeOf(m.type());
        if (owner == null || target == null) return null;
        if (owner.equals(target)) return m.name();
        boolean hasBack = members(target).stream().anyMatch(e -> m.javaName().equals(mappedBy(e)) && points(e, owner));
        return hasBack && count(owner, target, true) > 1 ? m.name() : null;
    }

    /** The relation name of a back side ({@code mappedBy}) or of a many-to-many's owning side, or null. */
    String backSideName(JavaMember m, AnnotationMirror relation) {
        TypeElement owner = owner(m.element());
        TypeElement target = target(m.type());
        if (owner == null || target == null) return null;
        String mappedBy = Jpa.string(relation, "mappedBy");
        boolean manyToMany = Mirrors.typeName(relation).equals(Jpa.MANY_TO_MANY);
        if (mappedBy != null) {
            if (owner.equals(target)) return ElementNames.fieldIn(target, mappedBy);
            return count(target, owner, !manyToMany) > 1 ? ElementNames.fieldIn(target, mappedBy) : null;
        }
        if (!manyToMany) return null;
        if (owner.equals(target)) return m.name();
        return count(owner, target, false) > 1 ? m.name() : null;
    }

    /**
     * The relation name of a many-to-many side: the join table its owning field names in {@code @JoinTable(name)} where
     * the language can say it ({@link #joinTableName}), which both sides then carry; without {@code @JoinTable(name)} the
     * join table Hibernate names ({@link #implicitJoinTable}) where the language can say it; else as {@link #backSideName}.
     */
    String manyToManyName(JavaMember m, AnnotationMirror manyToMany) {
        Element owning = Jpa.string(manyToMany, "mappedBy") == null ? m.element() : mappedOwner(m, manyToMany);
        String table = owning == null ? null : joinTableName(owning);
        if (table != null) return table;
        String named = backSideName(m, manyToMany);
        // Every pair is named after Hibernate's join table where the language can say that name, so the outputs' join
        // table is Hibernate's; a pair the language needs named and cannot so name keeps the field's name (SC916 says so).
        if (owning == null || givenJoinTable(owning)) return named;
        String implicit = implicitJoinTable(owning);
        return implicit != null && sayable(implicit) ? implicit : named;
    }

    /**
     * The join table Hibernate names for an owning many-to-many without {@code @JoinTable(name)}, as Spring Boot's
     * implicit naming strategy names it: the owning entity's table, {@code _}, the field's Java name, through the
     * physical naming strategy ({@code Post.featuredTags} → {@code post_featured_tags}). Null where the owner's table is
     * in Hibernate's quotes or elsewhere than the one Hibernate names after the entity ({@code @Table(schema)}).
     */
    static String implicitJoinTable(Element owning) {
        TypeElement owner = owningEntity(owning);
        if (owner == null) return null;
        AnnotationMirror table = Mirrors.find(owner, Jpa.TABLE);
        String given = Jpa.string(table, "name");
        if (!blank(given) && JpaNames.quoted(given) || !blank(Jpa.string(table, "schema")) || !blank(Jpa.string(table, "catalog"))) {
            return null;
        }
        String entity = Jpa.string(Mirrors.find(owner, Jpa.ENTITY), "name");
        String ownerTable = !blank(given) ? JpaNames.given(given) : JpaNames.physical(blank(entity) ? owner.getSimpleName().toString() : entity);
        return JpaNames.physical(ownerTable + "_" + ElementNames.javaName(owning));
    }

    /**
     * The entity whose table Hibernate names an owning many-to-many's join table after: the class declaring the field,
     * or, for a field of a {@code @MappedSuperclass}, the one entity extending it that the target's {@code mappedBy}
     * side points at (Hibernate names the join table after the table of the entity it binds the field into). Null when
     * no entity, or several, have the field: one relation name in the superclass cannot be each one's table.
     */
    static TypeElement owningEntity(Element owning) {
        if (!(owning.getEnclosingElement() instanceof TypeElement declaring)) return null;
        if (Jpa.isEntity(declaring)) return declaring;
        if (!Mirrors.has(declaring, Jpa.MAPPED_SUPERCLASS)) return null;
        TypeElement target = target(type(owning));
        if (target == null) return null;
        var entities = new java.util.LinkedHashSet<TypeElement>();
        String field = ElementNames.javaName(owning);
        for (Element e : members(target)) {
            TypeElement t = target(type(e));
            if (t != null && Jpa.isEntity(t) && extendsType(t, declaring) && field.equals(mappedBy(e))) entities.add(t);
        }
        return entities.size() == 1 ? entities.iterator().next() : null;
    }

    /** Whether {@code type} is {@code ancestor} or extends it (through superclasses). */
    private static boolean extendsType(TypeElement type, TypeElement ancestor) {
        for (TypeElement t = type; t != null; t = superclass(t)) {
            if (t.equals(ancestor)) return true;
        }
        return false;
    }

    /** Whether an owning many-to-many names its join table ({@code @JoinTable(name)}), sayable or not. */
    static boolean givenJoinTable(Element owning) {
        return !blank(Jpa.string(Mirrors.find(owning, Jpa.JOIN_TABLE), "name"));
    }

    /**
     * The join table an owning many-to-many names in {@code @JoinTable(name)}, as Hibernate names it (through the naming
     * strategy), when the language's join table can have that name: the relation name the table is named after, in
     * snake_case already (the language's join table is the snake_case of its relation name), and in no other schema or
     * catalog. Null otherwise, or without a name.
     */
    static String joinTableName(Element owning) {
        AnnotationMirror joinTable = Mirrors.find(owning, Jpa.JOIN_TABLE);
        String given = Jpa.string(joinTable, "name");
        if (given == null || given.isBlank() || !blank(Jpa.string(joinTable, "schema")) || !blank(Jpa.string(joinTable, "catalog"))) {
            return null;
        }
        String name = JpaNames.given(given);
        return sayable(name) ? name : null;
    }

    /** Whether a join table's name is one the language's join table takes: the snake_case of a relation name it is. */
    static boolean sayable(String name) {
        return dev.schemac.parse.SchemaReader.isName(name) && dev.schemac.resolve.StoredText.relationNameProblem(name) == null
                && dev.schemac.naming.Names.snake(name).equals(name);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Whether the target of an owning {@code @ManyToMany} has its other side: a
     * {@code @ManyToMany(mappedBy)} naming it (by its Java or its schema name); on a self
     * relation too, where the language's two sides are two lists of the one entity.
     */
    boolean hasInverse(JavaMember m) {
        TypeElement owner = owner(m.element());
        TypeElement target = target(m.type());
        if (owner == null || target == null) return true;
        // A mappedBy side whose type names no entity (a raw Set, `? super T`) is refused at its own type: it is the other
        // side all the same, which the owner is not refused for lacking.
        return members(target).stream().anyMatch(e -> Mirrors.has(e, Jpa.MANY_TO_MANY) && (points(e, owner) || pointsNowhere(e))
                && (m.javaName().equals(mappedBy(e)) || m.name().equals(mappedBy(e))));
    }

    /** Whether a relation member's type names no entity (nor mapped superclass): its type is refused where it is written. */
    private static boolean pointsNowhere(Element e) {
        TypeElement t = target(type(e));
        return t == null || !Jpa.isEntity(t) && !Mirrors.has(t, Jpa.MAPPED_SUPERCLASS);
    }

    /**
     * The first {@code @ManyToMany(mappedBy)} member of {@code m}'s target that names the same owning field as {@code m}
     * (a back side itself), when that is not {@code m}: the language's many-to-many has one list on each side.
     */
    Element earlierBackSide(JavaMember m, AnnotationMirror manyToMany) {
        String mappedBy = Jpa.string(manyToMany, "mappedBy");
        TypeElement owner = owner(m.element());
        TypeElement target = target(m.type());
        if (mappedBy == null || owner == null || target == null) return null;
        for (Element e : members(owner)) {
            if (!Mirrors.has(e, Jpa.MANY_TO_MANY) || !mappedBy.equals(mappedBy(e)) || !points(e, target)) continue;
            // A record's component and its field are one member.
            return ElementNames.javaName(e).equals(m.javaName()) ? null : e;
        }
        return null;
    }

    /**
     * The owning members of a back side's target that point at its entity, by Java name, when
     * {@code mappedBy} names none of them (empty when it does): Hibernate refuses such a
     * mapping, and the language would pair the back side by its own rules instead.
     */
    List<String> missedOwners(JavaMember m, AnnotationMirror relation) {
        String mappedBy = Jpa.string(relation, "mappedBy");
        TypeElement owner = owner(m.element());
        TypeElement target = target(m.type());
        // A path into an embeddable ("address.owner") is left to the language's pairing.
        if (mappedBy == null || mappedBy.contains(".") || owner == null || target == null) return List.of();
        // A type that names no entity is refused where it is written; it has no owning members to miss.
        if (!Jpa.isEntity(target) && !Mirrors.has(target, Jpa.MAPPED_SUPERCLASS)) return List.of();
        var candidates = new ArrayList<String>();
        for (Element e : members(target)) {
            if (!points(e, owner) || mappedBy(e) != null) continue;
            if (!(TO_ONE.stream().anyMatch(a -> Mirrors.has(e, a)) || Mirrors.has(e, Jpa.MANY_TO_MANY))) continue;
            String java = ElementNames.javaName(e);
            if (java.equals(mappedBy) || ElementNames.field(e).equals(mappedBy)) return List.of();
            if (!candidates.contains(java)) candidates.add(java);
        }
        return candidates.isEmpty() ? List.of("") : candidates;
    }

    /** The {@code @ManyToMany(mappedBy)} side of an owning many-to-many (by its Java or its schema name), or null. */
    Element inverseOf(JavaMember m) {
        TypeElement owner = owner(m.element());
        TypeElement target = target(m.type());
        if (owner == null || target == null) return null;
        for (Element e : members(target)) {
            if (Mirrors.has(e, Jpa.MANY_TO_MANY) && points(e, owner) && (m.javaName().equals(mappedBy(e)) || m.name().equals(mappedBy(e)))) {
                return e;
            }
        }
        return null;
    }

    /** The owning field of the target that a {@code mappedBy} names (a path into an embeddable aside), or null. */
    Element mappedOwner(JavaMember m, AnnotationMirror relation) {
        String mappedBy = Jpa.string(relation, "mappedBy");
        TypeElement owner = owner(m.element());
        TypeElement target = target(m.type());
        if (mappedBy == null || mappedBy.contains(".") || owner == null || target == null) return null;
        for (Element e : members(target)) {
            if (!points(e, owner) || mappedBy(e) != null) continue;
            if (ElementNames.javaName(e).equals(mappedBy) || ElementNames.field(e).equals(mappedBy)) return e;
        }
        return null;
    }

    /**
     * The join column Hibernate derives for a to-one field without {@code @JoinColumn(name)}: the JPA name
     * {@code {field}_{key column}} of the field's Java name and the key's column, through the naming strategy
     * ({@code home_country_iso_code}); from a key column in quotes ({@code "Code"}) Hibernate's name is quoted too, so
     * the strategy leaves it as it is: {@code homeCountry_Code}.
     */
    static String derivedColumn(String javaName, String keyColumn, boolean quoted) {
        return quoted ? javaName + "_" + keyColumn : JpaNames.physical(javaName + "_" + keyColumn);
    }

    /** {@link #derivedColumn(String, String, boolean)} of a to-one member whose target has a one-column key, or null. */
    String derivedColumn(JavaMember m) {
        List<KeyColumn> key = keys(JpaFields.typeOf(m.type()));
        return key.size() == 1 ? derivedColumn(m.javaName(), key.get(0).name(), key.get(0).quoted()) : null;
    }

    /** {@link #derivedColumn(String, String, boolean)} of each key column of a to-one member's target. */
    List<String> derivedColumns(JavaMember m) {
        var out = new ArrayList<String>();
        for (KeyColumn k : keys(JpaFields.typeOf(m.type()))) out.add(derivedColumn(m.javaName(), k.name(), k.quoted()));
        return out;
    }

    /** The schema name of the key of a to-one field's target: the last part of its foreign key column. */
    String keyName(JavaMember m) {
        TypeElement target = JpaFields.typeOf(m.type());
        if (target == null) return "id";
        for (Element e : members(target)) {
            if (Mirrors.has(e, Jpa.ID) || Mirrors.has(e, Annotations.ID)) return ElementNames.field(e);
        }
        return "id";
    }

    /** One key column of a to-one field's target: its physical name, and whether that name is given in quotes ({@code @Column(name = "\"Code\"")}). */
    record KeyColumn(String name, boolean quoted) {}

    /**
     * The physical names of the key columns of a to-one field's target, as Hibernate names
     * them: its {@code @Id} members', or its {@code @EmbeddedId} type's fields'.
     */
    List<String> keyColumns(JavaMember m) {
        return keyColumns(JpaFields.typeOf(m.type()));
    }

    static List<String> keyColumns(TypeElement target) {
        return keys(target).stream().map(KeyColumn::name).toList();
    }

    /**
     * The key columns of {@code target} (none when there is no target); a target whose key is not read here has
     * Hibernate's default, an unquoted {@code id}.
     */
    static List<KeyColumn> keys(TypeElement target) {
        var out = new ArrayList<KeyColumn>();
        if (target == null) return out;
        for (Element e : members(target)) {
            if (Mirrors.has(e, Jpa.ID) || Mirrors.has(e, Annotations.ID)) out.add(keyColumn(e));
            TypeElement key = Mirrors.has(e, Jpa.EMBEDDED_ID) ? JpaFields.typeOf(type(e)) : null;
            if (key != null) {
                for (VariableElement f : ElementFilter.fieldsIn(key.getEnclosedElements())) {
                    if (!f.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)
                            && !f.getModifiers().contains(javax.lang.model.element.Modifier.TRANSIENT) && !Jpa.isTransient(f)) {
                        out.add(keyColumn(f));
                    }
                }
            }
        }
        if (out.isEmpty()) out.add(new KeyColumn("id", false));
        return out;
    }

    private static KeyColumn keyColumn(Element e) {
        return new KeyColumn(column(e), quotedColumn(e));
    }

    private static boolean quotedColumn(Element e) {
        String given = Jpa.string(Mirrors.find(e, Jpa.COLUMN), "name");
        return given != null && JpaNames.quoted(given);
    }

    private static String column(Element e) {
        String given = JpaNames.given(Jpa.string(Mirrors.find(e, Jpa.COLUMN), "name"));
        return given != null ? given : JpaNames.physical(ElementNames.javaName(e));
    }

    /** Relation members of {@code from} pointing at {@code to}: to-one fields, or many-to-many lists. */
    private int count(TypeElement from, TypeElement to, boolean toOne) {
        int n = 0;
        for (Element e : members(from)) {
            boolean one = TO_ONE.stream().anyMatch(a -> Mirrors.has(e, a)) && mappedBy(e) == null;
            boolean many = Mirrors.has(e, Jpa.MANY_TO_MANY);
            if ((toOne ? one : many) && points(e, to)) n++;
        }
        return n;
    }

    private static String mappedBy(Element e) {
        for (String a : List.of(Jpa.ONE_TO_MANY, Jpa.ONE_TO_ONE, Jpa.MANY_TO_MANY)) {
            String m = Jpa.string(Mirrors.find(e, a), "mappedBy");
            if (m != null) return m;
        }
        return null;
    }

    /**
     * Whether a relation member points at {@code to}; at a {@code @MappedSuperclass}, whose relations the entities
     * extending it have, also when it points at one of those entities.
     */
    private static boolean points(Element e, TypeElement to) {
        TypeElement t = target(type(e));
        return t != null && (t.equals(to) || Mirrors.has(to, Jpa.MAPPED_SUPERCLASS) && extendsType(t, to));
    }

    /** The entity a relation member points at: its type, or its collection's element type. */
    static TypeElement target(TypeMirror t) {
        if (t.getKind() == TypeKind.ARRAY) return target(((javax.lang.model.type.ArrayType) t).getComponentType());
        // `? extends Comment` is a collection of Comment to Hibernate, as the type reader reads it too.
        if (t instanceof javax.lang.model.type.WildcardType w) return w.getExtendsBound() == null ? null : target(w.getExtendsBound());
        if (t.getKind() != TypeKind.DECLARED) return null;
        var d = (DeclaredType) t;
        // A map's entities are its values (`Map<String, Line>`, keyed by @MapKey).
        if (mapOf(d) != null) return target(mapOf(d));
        if (!d.getTypeArguments().isEmpty() && !Jpa.isEntity(d.asElement())) return target(d.getTypeArguments().get(0));
        return d.asElement() instanceof TypeElement te ? te : null;
    }

    /** The value type of a {@code java.util.Map} with its type arguments, or null for any other type. */
    static TypeMirror mapOf(TypeMirror t) {
        return t instanceof DeclaredType d && d.getTypeArguments().size() == 2 && d.asElement() instanceof TypeElement e
                && e.getQualifiedName().contentEquals("java.util.Map") ? d.getTypeArguments().get(1) : null;
    }

    /**
     * Whether a member is the back side of a relation held in a map keyed by an attribute of its values
     * ({@code @OneToMany(mappedBy = "order") @MapKey(name = "sku") Map<String, Line> lines}): Hibernate adds no column
     * for it, so it is the back side of a list of the values.
     */
    static boolean keyedBackSide(Element e) {
        if (mapOf(type(e)) == null || !Mirrors.has(e, Jpa.MAP_KEY)) return false;
        return Jpa.string(Mirrors.find(e, Jpa.ONE_TO_MANY), "mappedBy") != null
                || Jpa.string(Mirrors.find(e, Jpa.MANY_TO_MANY), "mappedBy") != null;
    }

    private static TypeMirror type(Element e) {
        return e instanceof ExecutableElement x ? x.getReturnType() : e.asType();
    }

    /** Whether a member of {@code entity} is its whole primary key: its one {@code @Id}, with no {@code @IdClass}. */
    static boolean wholeKey(Element owner, TypeElement entity) {
        if (!Mirrors.has(owner, Jpa.ID) || entity == null || Mirrors.has(entity, Jpa.ID_CLASS)) return false;
        return members(entity).stream().filter(e -> Mirrors.has(e, Jpa.ID) || Mirrors.has(e, Jpa.EMBEDDED_ID)).count() == 1;
    }

    /** Whether {@code @Table(uniqueConstraints)} of the owner's entity holds a constraint of the owner's column alone. */
    static boolean uniqueAlone(Element owner, TypeElement entity, TypeElement target) {
        if (entity == null || Mirrors.has(owner, Jpa.JOIN_COLUMNS)) return false;
        String given = JpaNames.given(Jpa.string(Mirrors.find(owner, Jpa.JOIN_COLUMN), "name"));
        List<KeyColumn> key = keys(target);
        String column = given != null ? given : key.size() == 1
                ? derivedColumn(ElementNames.javaName(owner), key.get(0).name(), key.get(0).quoted()) : null;
        for (AnnotationMirror u : Jpa.annotations(Mirrors.find(entity, Jpa.TABLE), "uniqueConstraints")) {
            List<String> names = Jpa.strings(u, "columnNames");
            if (names.size() == 1 && JpaNames.given(names.get(0)).equals(column)) return true;
        }
        return false;
    }

    private static TypeElement owner(Element e) {
        return e.getEnclosingElement() instanceof TypeElement t ? t : null;
    }

    /** Fields and getters of a type and its superclasses: wherever JPA finds mapping annotations. */
    private static List<Element> members(TypeElement type) {
        var out = new ArrayList<Element>();
        for (TypeElement t = type; t != null; t = superclass(t)) {
            for (VariableElement f : ElementFilter.fieldsIn(t.getEnclosedElements())) out.add(f);
            for (ExecutableElement m : ElementFilter.methodsIn(t.getEnclosedElements())) {
                if (m.getParameters().isEmpty()) out.add(m);
            }
        }
        return out;
    }

    private static TypeElement superclass(TypeElement t) {
        TypeMirror s = t.getSuperclass();
        return s.getKind() == TypeKind.DECLARED && ((DeclaredType) s).asElement() instanceof TypeElement te
                && !te.getQualifiedName().contentEquals("java.lang.Object") ? te : null;
    }
}
