package dev.schemac.processor;

import dev.schemac.ast.Argument;
import dev.schemac.ast.Attribute;
import dev.schemac.ast.Value;
import dev.schemac.diag.Diagnostic;
import dev.schemac.lang.Attributes;
import dev.schemac.model.ReferentialAction;
import dev.schemac.render.markdown.Quoted;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * One member of a Jakarta Persistence type, read with JPA's own defaults, as the language
 * says it: a reference is nullable unless something says otherwise, a {@code String} is
 * {@code string(255)}, a {@code BigDecimal} {@code decimal(38, 2)} (Hibernate's defaults), a
 * relation's foreign key has no referential action ({@code @on_delete(no_action)}), column
 * names are Hibernate's snake case. Bean Validation constraints become the language's
 * checks. What the language has no words for is a warning naming the element (SC916-SC917),
 * never dropped in silence. schemac's own annotations on the same member win (see
 * {@link FieldReader}).
 */
final class JpaFields {
    static final int DEFAULT_LENGTH = 255;
    static final int DEFAULT_PRECISION = 38;
    static final int DEFAULT_SCALE = 2;
    /** What {@code @Email} is checked with: one {@code @}, something on each side, no spaces. */
    // The spaces spelled out: `\s` is not read alike by every engine (SC530).
    static final String EMAIL_PATTERN = "^[^@ \\t\\n\\r]+@[^@ \\t\\n\\r]+$";

    /** The JPA reading of a member; {@code typeName} and {@code typeArgs} replace the Java type's when not null. */
    /**
     * The JPA reading of a member; {@code typeName} and {@code typeArgs} replace the Java type's when not null.
     * A {@code refused} member's mapping was an error (SC924): what the compiler would say of it follows from that.
     */
    record Reading(boolean nullable, String typeName, List<Value> typeArgs, List<Attribute> attributes, Value defaultValue,
                   boolean refused) {}

    private final Consumer<Diagnostic> report;
    private final JpaRelations relations;
    private final Declared declared;
    private final ModelNotes notes;

    JpaFields(Consumer<Diagnostic> report, JpaRelations relations, Declared declared, ModelNotes notes) {
        this.report = report;
        this.notes = notes;
        this.relations = relations;
        this.declared = declared;
    }

    /**
     * Whether Hibernate creates the member's column nullable, by what its annotations and type say (a key part or
     * list aside): a reference unless something says otherwise; a primitive only where Hibernate makes its column
     * itself, with no {@code @Column} (whose {@code nullable} it then takes, {@code true} unless written) and outside an
     * embeddable (whose columns are nullable, as the embedded value may be null).
     */
    static boolean nullableColumn(JavaMember m) {
        Element e = m.element();
        boolean implicitPrimitive = m.type().getKind().isPrimitive() && !Mirrors.has(e, Jpa.COLUMN)
                && !Mirrors.has(e.getEnclosingElement(), Jpa.EMBEDDABLE);
        return !implicitPrimitive && !markedNotNull(m);
    }

    /**
     * Whether something but the Java type makes the member's column NOT NULL: an element that says so, a Bean Validation
     * constraint, a version or Hibernate's timestamps, a {@code columnDefinition} with {@code not null} (which Hibernate
     * writes into the column as it is).
     */
    static boolean markedNotNull(JavaMember m) {
        Element e = m.element();
        ColumnDefinition definition = definable(m, null, Mirrors.has(e, Jpa.CONVERT))
                ? ColumnDefinition.read(Jpa.string(Mirrors.find(e, Jpa.COLUMN), "columnDefinition")) : null;
        return definition != null && definition.notNull()
                || Boolean.FALSE.equals(Jpa.bool(Mirrors.find(e, Jpa.COLUMN), "nullable"))
                || Boolean.FALSE.equals(Jpa.bool(Mirrors.find(e, Jpa.JOIN_COLUMN), "nullable"))
                || Boolean.FALSE.equals(Jpa.bool(Mirrors.find(e, Jpa.MANY_TO_ONE), "optional"))
                || Boolean.FALSE.equals(Jpa.bool(Mirrors.find(e, Jpa.ONE_TO_ONE), "optional"))
                || Boolean.FALSE.equals(Jpa.bool(Mirrors.find(e, Jpa.BASIC), "optional"))
                || Mirrors.has(e, Jpa.NOT_NULL) || Mirrors.has(e, Jpa.NOT_BLANK) || Mirrors.has(e, Jpa.NOT_EMPTY)
                || Mirrors.has(e, Jpa.VERSION) // Hibernate creates a version column NOT NULL, boxed or not
                || Mirrors.has(e, Jpa.CREATION_TIMESTAMP) || Mirrors.has(e, Jpa.UPDATE_TIMESTAMP); // and its timestamps too
    }

    /** The most bits of a PostgreSQL {@code float(n)}, a double; a real has up to 24. */
    private static final int MOST_FLOAT_BITS = 53;
    private static final int REAL_BITS = 24;

    /**
     * The binary precision Hibernate gives a {@code float} or {@code double} column whose {@code @Column(precision)} is
     * written (its {@code float(n)}: the decimal digits' bits, rounded up), or 0.
     */
    private static long floatBits(JavaMember m, JavaType t, boolean converted) {
        if (converted || t.list() || !("float".equals(t.name()) || "double".equals(t.name()))) return 0;
        Long p = Jpa.number(Mirrors.find(m.element(), Jpa.COLUMN), "precision");
        return p == null || p <= 0 ? 0 : (long) Math.ceil(p / Math.log10(2));
    }

    /**
     * A scale on a {@code float} or {@code double} column Hibernate refuses at boot (a scale has no meaning for a
     * floating point type); a precision beyond 53 bits makes a {@code float(n)} PostgreSQL refuses.
     */
    private boolean floatRefused(JavaMember m, JavaType t, boolean converted, Nodes nodes) {
        if (converted || t.list() || !("float".equals(t.name()) || "double".equals(t.name()))) return false;
        AnnotationMirror column = Mirrors.find(m.element(), Jpa.COLUMN);
        Long scale = Jpa.number(column, "scale");
        if (scale != null && scale != 0) {
            report.accept(JpaProblems.refused(nodes.at(Origin.of(m.element()).with(column, Jpa.value(column, "scale"))), m.name(),
                    "@Column(scale = " + scale + ")", "Hibernate refuses a scale for a " + t.name() + " column at boot (a floating "
                            + "point type has no fixed digits after the point)",
                    "remove scale; for a fixed number of digits after the point declare a BigDecimal with @Column(precision, scale)"));
            return true;
        }
        if (floatBits(m, t, false) > MOST_FLOAT_BITS) {
            report.accept(JpaProblems.refused(nodes.at(Origin.of(m.element()).with(column, Jpa.value(column, "precision"))), m.name(),
                    "@Column(precision = " + Jpa.number(column, "precision") + ")", "Hibernate writes float("
                            + floatBits(m, t, false) + ") for it, and PostgreSQL's float holds at most " + MOST_FLOAT_BITS
                            + " bits (15 decimal digits)",
                    "give a precision of at most 15, or none (" + Quoted.name(m.type().toString().replaceAll(".*\\.", "")) + "'s column is then "
                            + ("float".equals(t.name()) ? "a real, float(24)" : "a double precision, float(53)") + "), or declare a BigDecimal with @Column(precision, scale)"));
            return true;
        }
        return false;
    }

    /**
     * {@code stored}: the database type of the member's converter (its {@code @Convert}'s or the one auto-applied to it),
     * which {@code t} maps, or null for the member's own; {@code auto}: the auto-applied converters that match the member
     * ({@link AutoConverters}), or null.
     */
    Reading read(JavaMember m, JavaType t, TypeMirror stored, AutoConverters.Match auto, Nodes nodes) {
        boolean converted = stored != null;
        Element e = m.element();
        Origin at = Origin.of(e);
        var attrs = new ArrayList<Attribute>();
        AnnotationMirror column = Mirrors.find(e, Jpa.COLUMN);
        AnnotationMirror id = Mirrors.find(e, Jpa.ID);
        AnnotationMirror manyToOne = Mirrors.find(e, Jpa.MANY_TO_ONE);
        AnnotationMirror oneToOne = Mirrors.find(e, Jpa.ONE_TO_ONE);
        AnnotationMirror oneToMany = Mirrors.find(e, Jpa.ONE_TO_MANY);
        AnnotationMirror manyToMany = Mirrors.find(e, Jpa.MANY_TO_MANY);
        AnnotationMirror joinColumn = Mirrors.find(e, Jpa.JOIN_COLUMN);
        boolean toOne = toOne(e);
        boolean backOne = oneToOne != null && Jpa.string(oneToOne, "mappedBy") != null;

        // The fields of an @EmbeddedId's type are the key, NOT NULL, as Hibernate creates them.
        boolean keyPart = id != null || declared.isEmbeddedKey(e.getEnclosingElement());
        boolean nullable = !keyPart && !t.list() && nullableColumn(m);
        if (backOne) nullable = true; // the back side of a one-to-one may have no row yet
        // Hibernate writes a column definition as the column's type: one the language can say is the model's column.
        ColumnDefinition definition = definable(m, t, converted) ? ColumnDefinition.read(Jpa.string(column, "columnDefinition")) : null;
        Origin definedAt = definition == null ? at : at.with(column, Jpa.value(column, "columnDefinition"));
        if (definition != null && definition.notNull()) nullable = false;

        if (keyPart) attrs.add(nodes.attribute(Attributes.ID, false, List.of(), id != null ? at.with(id) : at));
        // Hibernate refuses a generator on anything but the identifier at boot.
        AnnotationMirror generatedValue = Mirrors.find(e, Jpa.GENERATED_VALUE);
        boolean generatorRefused = generatedValue != null && !keyPart && !Mirrors.has(e, Jpa.EMBEDDED_ID);
        if (generatorRefused) {
            report.accept(JpaProblems.refused(nodes.at(at.with(generatedValue)), m.name(), "@GeneratedValue",
                    "Hibernate refuses it at boot on a field that is not part of the identifier",
                    "remove @GeneratedValue; for a UUID made on insert beside the key write Hibernate's @UuidGenerator, "
                            + "or schemac's @Default(\"uuid()\")"));
        }
        Value defaultValue = generatorRefused ? null : generated(m, t, nodes, attrs);
        if (defaultValue == null) defaultValue = timestamp(m, nodes, attrs);
        if (defaultValue == null && definition != null && definition.defaultText() != null) {
            defaultValue = literal(definition.defaultText(), nodes, definedAt);
        }

        String typeName = null;
        List<Value> typeArgs = null;
        if (definition != null) {
            typeName = definition.type();
            typeArgs = definition.sizes().stream().map(n -> (Value) nodes.num(n, definedAt)).toList();
        } else if (t.text() && t.ok()) {
            if (Mirrors.has(e, Jpa.LOB)) {
                typeName = "text";
                typeArgs = List.of();
            } else {
                Long length = Jpa.number(column, "length");
                AnnotationMirror size = Mirrors.find(e, Jpa.SIZE);
                if (size == null) size = Mirrors.find(e, Jpa.LENGTH);
                Origin o = column == null ? at : at.with(column);
                // Hibernate sizes the column by @Size(max), over @Column(length) (not in an embeddable).
                if (size != null && Jpa.number(size, "max") != null && sizesColumns(e)) {
                    length = Jpa.number(size, "max");
                    o = at.with(size);
                }
                typeName = "string";
                typeArgs = List.of(nodes.num(length == null ? DEFAULT_LENGTH : length, o));
            }
        } else if (t.wholeDecimal() && !t.list()) {
            // A BigInteger's or a Duration's scale is 0; @Column(precision) sizes it, as Hibernate does.
            Long p = Jpa.number(column, "precision");
            Origin o = column == null ? at : at.with(column);
            typeName = "decimal";
            typeArgs = List.of(nodes.num(p != null && p != 0 ? p : t.sizes().get(0), o), nodes.num(0, o));
        } else if (floatBits(m, t, converted) > 0 && floatBits(m, t, converted) <= MOST_FLOAT_BITS) {
            // Hibernate writes float(n) of the binary precision the decimal one needs: real up to 24 bits, else double.
            typeName = floatBits(m, t, converted) <= REAL_BITS ? "float" : "double";
            typeArgs = List.of();
        } else if ("decimal".equals(t.name()) && !t.list()) {
            Long p = Jpa.number(column, "precision");
            Long s = Jpa.number(column, "scale");
            Origin o = column == null ? at : at.with(column);
            AnnotationMirror digits = Mirrors.find(e, Jpa.DIGITS);
            if (digits != null && sizesColumns(e)) {
                // Hibernate makes the column @Digits' size, over @Column's: integer + fraction digits, fraction of them after the point.
                Long integer = Jpa.number(digits, "integer");
                s = Jpa.number(digits, "fraction");
                p = integer == null || s == null ? p : integer + s;
                o = at.with(digits);
            }
            typeName = "decimal";
            boolean precise = p != null && p != 0;
            // A precision without a scale is Hibernate's scale 0 (JPA's default); neither is Hibernate's decimal(38, 2).
            typeArgs = List.of(nodes.num(precise ? p : DEFAULT_PRECISION, o),
                    nodes.num(s == null ? (precise ? 0 : DEFAULT_SCALE) : !precise && s == 0 ? DEFAULT_SCALE : s, o));
        } else if ("string".equals(t.name()) && !t.list()) {
            // A library type Hibernate keeps as text (a ZoneId, a Currency): its own length, or @Column(length).
            Long length = Jpa.number(column, "length");
            typeName = "string";
            typeArgs = List.of(nodes.num(length != null ? length : t.sizes().get(0), column == null ? at : at.with(column)));
        } else if (temporal(m, t) != null) {
            typeName = temporal(m, t);
            typeArgs = List.of();
        } else if (t.ok() && !t.list() && byOrdinal(m, converted)) {
            // Hibernate's column is the constant's ordinal: a smallint checked to lie between 0 and the last one.
            AnnotationMirror enumerated = Mirrors.find(e, Jpa.ENUMERATED);
            Origin o = enumerated == null ? at : at.with(enumerated);
            long last = ordinals(m.type()) - 1;
            typeName = "smallint";
            typeArgs = List.of();
            attrs.add(nodes.attribute(Attributes.MIN, false, List.of(Nodes.positional(nodes.num(0, o))), o));
            // Without constants the last ordinal is -1, and Hibernate's check "between 0 and -1" is kept as it is.
            attrs.add(nodes.attribute(Attributes.MAX, false, List.of(Nodes.positional(nodes.num(last, o))), o));
            report.accept(JpaProblems.ordinalEnum(nodes.at(at), m.name(), last, !nullable));
        }

        if (definition != null && definition.unique()) {
            attrs.add(nodes.attribute(Attributes.UNIQUE, false, List.of(), definedAt));
        } else if (Boolean.TRUE.equals(Jpa.bool(column, "unique")) || Boolean.TRUE.equals(Jpa.bool(joinColumn, "unique"))) {
            attrs.add(nodes.attribute(Attributes.UNIQUE, false, List.of(), at.with(column != null ? column : joinColumn)));
        } else if (oneToOne != null && toOne) {
            attrs.add(nodes.attribute(Attributes.UNIQUE, false, List.of(), at.with(oneToOne)));
        }
        String columnName = JpaNames.given(Jpa.string(column, "name"));
        if (!toOne && !t.list()) {
            String wanted = columnName != null ? columnName : JpaNames.physical(m.javaName());
            if (!wanted.equals(m.name())) {
                Origin o = columnName != null ? at.with(column, Jpa.value(column, "name")) : at;
                attrs.add(nodes.attribute(Attributes.MAP, false, List.of(Nodes.positional(nodes.str(wanted, o))), o));
            }
        }
        boolean refused = generatorRefused;
        if (toOne) refused = !toOne(m, nodes, attrs, joinColumn, manyToOne != null ? manyToOne : oneToOne);
        if (oneToMany != null && Jpa.string(oneToMany, "mappedBy") == null) {
            report.accept(unidirectional(m, nodes.at(at.with(oneToMany))));
            refused = true;
        } else if (manyToMany != null && Jpa.string(manyToMany, "mappedBy") == null && !relations.hasInverse(m)) {
            report.accept(oneSidedManyToMany(m, nodes.at(at.with(manyToMany))));
            refused = true;
        } else if (manyToMany != null && relations.earlierBackSide(m, manyToMany) != null) {
            report.accept(secondBackSide(m, manyToMany, relations.earlierBackSide(m, manyToMany),
                    nodes.at(at.with(manyToMany, Jpa.value(manyToMany, "mappedBy")))));
            refused = true;
        } else if (!relations.missedOwners(m, backSide(oneToMany, manyToMany, oneToOne)).isEmpty()) {
            AnnotationMirror back = backSide(oneToMany, manyToMany, oneToOne);
            report.accept(unknownMappedBy(m, back, relations.missedOwners(m, back), nodes.at(at.with(back, Jpa.value(back, "mappedBy")))));
            refused = true;
        } else if (backOne && relations.mappedOwner(m, oneToOne) != null && Mirrors.has(relations.mappedOwner(m, oneToOne), Jpa.MAPS_ID)) {
            // The owner's @MapsId is refused where it is written; its back side has nothing true of its own to add.
            refused = true;
        } else if (backOne && manyToOneOwner(m, oneToOne) != null) {
            report.accept(oneToOneOverManyToOne(m, oneToOne, manyToOneOwner(m, oneToOne),
                    nodes.at(at.with(oneToOne, Jpa.value(oneToOne, "mappedBy")))));
            refused = true;
        } else if (oneToMany != null || manyToMany != null || backOne) {
            String name = manyToMany != null ? relations.manyToManyName(m, manyToMany)
                    : relations.backSideName(m, oneToMany != null ? oneToMany : oneToOne);
            AnnotationMirror joinTable = Mirrors.find(e, Jpa.JOIN_TABLE);
            Origin named = joinTable != null && name != null && name.equals(JpaRelations.joinTableName(e))
                    ? at.with(joinTable, Jpa.value(joinTable, "name")) : at;
            if (name != null) attrs.add(relation(name, nodes, named));
            if (manyToMany != null && Jpa.string(manyToMany, "mappedBy") == null && !JpaRelations.givenJoinTable(e)
                    && (JpaRelations.implicitJoinTable(e) == null || !JpaRelations.implicitJoinTable(e).equals(name))) {
                String hibernate = JpaRelations.implicitJoinTable(e);
                String where = hibernate != null ? Quoted.name(hibernate) : JpaRelations.owningEntity(e) == null
                        ? "after the table of each entity that has the field of `" + e.getEnclosingElement().getSimpleName() + "`"
                        : "after the owner's table in quotes or in another schema or catalog";
                String outputs = name != null ? "is " + Quoted.name(dev.schemac.naming.Names.snake(name))
                        : "is named after the two tables it joins";
                report.accept(JpaProblems.notExpressible(nodes.at(at.with(manyToMany)), m.name(), "the join table Hibernate names "
                        + where, "the language names a join table after its relation, the snake_case of a name of letters, "
                        + "digits and `_`, and the outputs' join table " + outputs + "; name it with @JoinTable(name) in snake_case"));
            }
            if (manyToMany != null && joinTable != null && !joinTable(m, joinTable, nodes, at)) refused = true;
            if (manyToMany != null && Jpa.string(manyToMany, "mappedBy") == null && !refused && bag(m.type())
                    && !Mirrors.has(e, Jpa.ORDER_COLUMN)) {
                report.accept(JpaProblems.notExpressible(nodes.at(at.with(manyToMany)), m.name(), "@ManyToMany of a "
                                + ((DeclaredType) m.type()).asElement().getSimpleName(), "Hibernate's join table of a list (a bag) has "
                                + "no primary key and may link two rows twice, where the outputs' join table has the primary key of "
                                + "its two columns, which links them once; declare the field a Set to have Hibernate's key too"));
            }
        }
        if (t.ok() && t.list() && oneToMany == null && manyToMany == null) {
            TypeElement element = JpaRelations.target(m.type());
            if (element == null || !Jpa.isEntity(element)) {
                // On @ElementCollection where it is written; a plain List<String> on the field.
                AnnotationMirror collection = Mirrors.find(e, Jpa.ELEMENT_COLLECTION);
                report.accept(collectionOfValues(m, element, nodes.at(collection == null ? at : at.with(collection))));
                refused = true;
            }
        }
        if (auto != null && !auto.one()) {
            report.accept(severalAutoConverters(m, auto, nodes.at(at)));
            refused = true;
        }
        if (enumeratedValueRefused(m, nodes)) refused = true;
        if (temporalRefused(m, converted, nodes)) refused = true;
        if (floatRefused(m, t, converted, nodes)) refused = true;
        AnnotationMirror association = manyToOne != null ? manyToOne : oneToOne;
        if (association != null && column != null) {
            // Hibernate refuses @Column on an association at boot: a foreign key's column is said by @JoinColumn.
            String kind = "@" + association.getAnnotationType().asElement().getSimpleName();
            report.accept(JpaProblems.refused(nodes.at(at.with(column)), m.name(), "@Column on a " + kind,
                    "Hibernate refuses it at boot (an association may not use @Column to map its columns)",
                    "remove @Column; on the owning side @JoinColumn says the foreign key's column, with the same elements "
                            + "(name, nullable, unique)"));
            refused = true;
        }
        AnnotationMirror mapsId = Mirrors.find(e, Jpa.MAPS_ID);
        if (mapsId != null) {
            report.accept(JpaProblems.refused(nodes.at(at.with(mapsId)), m.name(), "@MapsId",
                    "the relation's foreign key would be the entity's primary key, which a key field of its own is not",
                    "make the relation itself the key: @Id @ManyToOne (or @Id @OneToOne) and no separate key field"));
            refused = true;
        }
        AnnotationMirror order = Mirrors.find(e, Jpa.ORDER_COLUMN);
        if (order != null && !refused) {
            report.accept(orderColumn(m, order, manyToMany != null, nodes.at(at.with(order))));
            refused = true;
        }
        validation(m, t, nodes, attrs);
        warnings(m, nodes, column, converted, auto != null && auto.one() ? auto.converters().get(0).type() : null, definition,
                typeName != null ? spelled(typeName, typeArgs) : spelled(t), refused);
        // A definition is the column's whole type: Hibernate's own (a zoneless timestamp, a large object) is not made.
        if (definition == null) typeNotes(m, converted ? stored : m.type(), t, typeName, nodes);
        return new Reading(nullable, typeName, typeArgs, attrs, defaultValue, refused);
    }

    /**
     * What a {@code @JoinTable} says, read where it is the language's join table: its name as the relation's
     * ({@link JpaRelations#joinTableName}), its {@code joinColumns} and {@code inverseJoinColumns} where they name the
     * columns the language derives, {@code {entity}_{key column}} ({@link #joinColumnsSaid}). What else names the table,
     * its columns or its foreign keys is one warning, and the indexes and unique constraints it adds another, each on its
     * first value, naming the elements written. False when a join column references no key column (SC924).
     */
    private boolean joinTable(JavaMember m, AnnotationMirror joinTable, Nodes nodes, Origin at) {
        var written = Mirrors.explicit(joinTable);
        TypeElement owner = m.element().getEnclosingElement() instanceof TypeElement t && Jpa.isEntity(t) ? t : null;
        TypeElement target = JpaRelations.target(m.type());
        for (String side : List.of("joinColumns", "inverseJoinColumns")) {
            TypeElement entity = side.equals("joinColumns") ? owner : target;
            if (entity == null) continue;
            List<String> key = JpaRelations.keyColumns(entity);
            for (AnnotationMirror c : Jpa.annotations(joinTable, side)) {
                String referenced = Jpa.string(c, "referencedColumnName");
                if (referenced == null || key.contains(JpaNames.given(referenced))) continue;
                report.accept(JpaProblems.refused(nodes.at(at.with(joinTable, written.get(side))), m.name(),
                        Quoted.name("@JoinColumn(referencedColumnName = " + JavaSpelling.javaString(referenced) + ")"),
                        "a join table's foreign key references the primary key of `" + entity.getSimpleName() + "` "
                                + Quoted.columns(key) + ", and its column has the key's type",
                        "drop referencedColumnName, or reference the key's columns: " + names(key)));
                return false;
            }
        }
        var unsaid = new ArrayList<String>();
        // A self relation's columns are named after the fields: the owner's row after the other side's, its elements'
        // after its own (`following`: `follower_id` for the row that follows, `following_id` for the one followed).
        String ownPrefix = null, elementPrefix = null;
        if (owner != null && owner.equals(target)) {
            Element inverse = relations.inverseOf(m);
            if (inverse != null) {
                ownPrefix = dev.schemac.naming.Names.singularize(ElementNames.field(inverse));
                elementPrefix = dev.schemac.naming.Names.singularize(m.name());
            }
        }
        for (String element : JOIN_TABLE_NAMES) {
            if (!written.containsKey(element)) continue;
            boolean said = switch (element) {
                case "name" -> JpaRelations.joinTableName(m.element()) != null;
                case "joinColumns" -> joinColumnsSaid(Jpa.annotations(joinTable, element), owner, target, ownPrefix);
                case "inverseJoinColumns" -> joinColumnsSaid(Jpa.annotations(joinTable, element), target, owner, elementPrefix);
                default -> false;
            };
            if (!said) unsaid.add(element);
        }
        if (!unsaid.isEmpty()) {
            report.accept(JpaProblems.notExpressible(nodes.at(at.with(joinTable, written.get(unsaid.get(0)))), m.name(),
                    "@JoinTable(" + String.join(", ", unsaid) + ")", "the language names a join table after its relation, "
                            + "the snake_case of a name of letters, digits and `_` (a @JoinTable(name) so written is read, in "
                            + "no other schema or catalog), and its columns `{entity}_{key column}` of the two entities (of "
                            + "the two fields in a self relation), with foreign keys named by schemac; the outputs' join table "
                            + "has those names"));
        }
        var keys = written.keySet().stream().filter(JOIN_TABLE_KEYS::contains).toList();
        if (!keys.isEmpty()) {
            report.accept(JpaProblems.notExpressible(nodes.at(at.with(joinTable, written.get(keys.get(0)))), m.name(),
                    "@JoinTable(" + String.join(", ", keys) + ")", "schemac derives the join table's primary key and indexes itself"));
        }
        return true;
    }

    /** The elements of {@code @JoinTable} that name the table, its columns and its foreign keys. */
    private static final List<String> JOIN_TABLE_NAMES = List.of("name", "catalog", "schema", "joinColumns", "inverseJoinColumns",
            "foreignKey", "inverseForeignKey");
    /** The elements of {@code @JoinTable} that add indexes and keys to the table. */
    private static final List<String> JOIN_TABLE_KEYS = List.of("indexes", "uniqueConstraints");

    /**
     * Whether join columns to {@code side} (from a join table whose other entity is {@code other}) are the columns the
     * language derives: one for each key column, each named {@code {side entity}_{key column}}, by its
     * {@code referencedColumnName} or, for a one-column key, alone. A self relation's columns are named after its fields:
     * {@code selfPrefix} (null where the language's names are not known).
     */
    private static boolean joinColumnsSaid(List<AnnotationMirror> columns, TypeElement side, TypeElement other, String selfPrefix) {
        if (side == null || side.equals(other) && selfPrefix == null) return false;
        List<String> key = JpaRelations.keyColumns(side);
        if (columns.size() != key.size()) return false;
        String prefix = side.equals(other) ? selfPrefix : dev.schemac.naming.Names.snake(Declared.entityName0(side));
        var named = new java.util.HashSet<String>();
        for (AnnotationMirror c : columns) {
            String name = JpaNames.given(Jpa.string(c, "name"));
            String referenced = JpaNames.given(Jpa.string(c, "referencedColumnName"));
            String k = referenced != null ? referenced : key.size() == 1 ? key.get(0) : null;
            if (name == null || k == null || !name.equals(prefix + "_" + k) || !named.add(k)) return false;
        }
        return true;
    }

    /** A {@code List} or {@code Collection}: Hibernate's bag, whose join table it creates with no primary key. */
    private static boolean bag(TypeMirror t) {
        if (t.getKind() != TypeKind.DECLARED || !(((DeclaredType) t).asElement() instanceof TypeElement e)) return false;
        String name = e.getQualifiedName().toString();
        return name.equals("java.util.List") || name.equals("java.util.Collection") || name.equals("java.util.ArrayList");
    }

    /** Several auto-applied converters of the member's type: Hibernate refuses the attribute at boot, not knowing which. */
    private static Diagnostic severalAutoConverters(JavaMember m, AutoConverters.Match auto, dev.schemac.source.Span at) {
        var names = auto.converters().stream().map(c -> c.type().getSimpleName().toString()).toList();
        return JpaProblems.refused(at, m.name(), "the auto-applied converters " + String.join(", ", names.stream().map(Quoted::name).toList()),
                "each converts the field's type, and Hibernate refuses an attribute that more than one auto-applied converter "
                        + "matches at boot",
                "write @Convert(converter = " + names.get(0) + ".class) on the field, or keep autoApply = true on one converter "
                        + "of a type");
    }

    /**
     * A {@code @OneToMany} without {@code mappedBy}: Hibernate keeps it in a join table (or,
     * with {@code @JoinColumn}, in a column of the many side that no field declares); the
     * language's list is always the back side of a to-one field.
     */
    private Diagnostic unidirectional(JavaMember m, dev.schemac.source.Span at) {
        TypeElement owner = (TypeElement) m.element().getEnclosingElement();
        TypeElement target = JpaRelations.target(m.type());
        String ownerName = owner.getSimpleName().toString();
        String targetName = target == null ? "the element type" : "`" + target.getSimpleName() + "`";
        String back = Character.toLowerCase(ownerName.charAt(0)) + ownerName.substring(1);
        return JpaProblems.refused(at, m.name(), "@OneToMany without mappedBy",
                "Hibernate keeps such a list in a join table, or with @JoinColumn in a column of " + targetName
                        + " that no field declares, and a list in the language is the other side of a to-one field",
                "add `@ManyToOne " + ownerName + " " + back + ";` to " + targetName + " and write @OneToMany(mappedBy = \""
                        + back + "\") here; for a join table, @ManyToMany on both sides");
    }

    /**
     * An owning {@code @ManyToMany} whose target has no {@code @ManyToMany(mappedBy)} for it:
     * Hibernate's join table needs no other side, the language's many-to-many is a list on each
     * entity (else SC403, whose help speaks of the language's fields, not of {@code mappedBy}).
     */
    private Diagnostic oneSidedManyToMany(JavaMember m, dev.schemac.source.Span at) {
        TypeElement owner = (TypeElement) m.element().getEnclosingElement();
        TypeElement target = JpaRelations.target(m.type());
        String ownerName = owner.getSimpleName().toString();
        String targetName = target == null ? "the element type" : "`" + target.getSimpleName() + "`";
        String back = Character.toLowerCase(ownerName.charAt(0)) + ownerName.substring(1) + "s";
        return JpaProblems.refused(at, m.name(), "@ManyToMany without a mappedBy side",
                "a many-to-many is a list on each of its two entities in the language, and " + targetName
                        + " has no @ManyToMany(mappedBy = \"" + m.javaName() + "\")",
                "add `@ManyToMany(mappedBy = \"" + m.javaName() + "\") Set<" + ownerName + "> " + back + ";` to " + targetName);
    }

    /**
     * A second {@code @ManyToMany(mappedBy)} of one owning field: a many-to-many of the language is one list on each of
     * its entities, so the owner's relation has one back side, the first; this one is refused, the first is read.
     */
    private Diagnostic secondBackSide(JavaMember m, AnnotationMirror manyToMany, Element first, dev.schemac.source.Span at) {
        TypeElement target = JpaRelations.target(m.type());
        String mappedBy = Jpa.string(manyToMany, "mappedBy");
        String owning = (target == null ? "the target" : target.getSimpleName().toString()) + "." + mappedBy;
        String other = ElementNames.javaName(first);
        return JpaProblems.refused(at, m.name(), "@ManyToMany(mappedBy = \"" + mappedBy + "\")",
                "`" + other + "` is the back side of `" + owning + "` already, and a many-to-many of the language is one "
                        + "list on each of its two entities",
                "read `" + owning + "` through `" + other + "` and remove this field, or mark it @Transient");
    }

    /**
     * A collection of values ({@code @ElementCollection Set<String> tags}, or a {@code List<String>} Hibernate makes an
     * array column): Hibernate keeps the values in a table of their own ({@code owner_tags}) or an array, and a table of
     * the language is an entity. The help writes that entity, or the one json column the values fit in.
     */
    private Diagnostic collectionOfValues(JavaMember m, TypeElement element, dev.schemac.source.Span at) {
        String owner = m.element().getEnclosingElement().getSimpleName().toString();
        String value = element == null ? "the value type" : element.getSimpleName().toString();
        String single = dev.schemac.naming.English.singular(m.javaName());
        String entity = owner + Character.toUpperCase(single.charAt(0)) + single.substring(1);
        String back = Character.toLowerCase(owner.charAt(0)) + owner.substring(1);
        boolean collection = Mirrors.has(m.element(), Jpa.ELEMENT_COLLECTION);
        String variable = collection ? null : arrayOfTypeVariable(m.element());
        return JpaProblems.refused(at, m.name(), collection ? "@ElementCollection"
                        : variable != null ? "an array of the type variable `" + variable + "` (" + value + ")" : "a collection of " + value,
                (collection ? "Hibernate keeps the values in a collection table of their own"
                        // Hibernate reads no array of a type variable as an array of its values: it serializes the array.
                        : variable != null ? "Hibernate stores the array as one serialized Java object (a bytea column on "
                                + "PostgreSQL), which only Java reads"
                        : "Hibernate keeps the values in an array column")
                        + ", and a table of the language is an @Entity, a column one value",
                "declare `@Entity class " + entity + " { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id; "
                        + "@ManyToOne(optional = false) " + owner + " " + back + "; " + value + " value; }` and write "
                        + "`@OneToMany(mappedBy = \"" + back + "\") List<" + entity + "> " + m.javaName() + ";` here; or keep "
                        + "the values in one json column with Hibernate's @JdbcTypeCode(SqlTypes.JSON)");
    }

    /** The type variable a member's declared type is an array of ({@code T[] samples}), or null. */
    private static String arrayOfTypeVariable(Element e) {
        javax.lang.model.type.TypeMirror t = e instanceof javax.lang.model.element.ExecutableElement x ? x.getReturnType() : e.asType();
        if (t.getKind() != javax.lang.model.type.TypeKind.ARRAY) return null;
        while (t instanceof javax.lang.model.type.ArrayType a) t = a.getComponentType();
        return t.getKind() == javax.lang.model.type.TypeKind.TYPEVAR ? t.toString() : null;
    }

    /**
     * {@code @OrderColumn}: Hibernate adds a column that no field declares, the list's positions ({@code lines_order}
     * unless named), to the element entity's table or to the join table, whose primary key it then is a part of.
     */
    private Diagnostic orderColumn(JavaMember m, AnnotationMirror order, boolean manyToMany, dev.schemac.source.Span at) {
        String given = Jpa.string(order, "name");
        String name = given != null && !given.isBlank() ? JpaNames.given(given) : JpaNames.physical(m.javaName() + "_order");
        TypeElement target = JpaRelations.target(m.type());
        String targetName = target == null ? "the element type" : "`" + target.getSimpleName() + "`";
        return JpaProblems.refused(at, m.name(), "@OrderColumn", "Hibernate adds the order column " + Quoted.name(name) + " to "
                        + (manyToMany ? "the join table, as part of its primary key" : "the table of " + targetName)
                        + ", and no field declares it",
                "keep the position in a field of " + targetName + " (`int position;`) and write @OrderBy(\"position\") here"
                        + (manyToMany ? "; for a position per link, make the link an @Entity that holds it" : ""));
    }

    /**
     * The owning field a {@code @OneToOne(mappedBy)} names when it is a {@code @ManyToOne} the language's one-to-one cannot
     * hold the key of, or null: not when its column is unique by {@code @JoinColumn(unique = true)} or by being the whole
     * primary key ({@code @Id}), as the language's @unique and @id are.
     */
    private Element manyToOneOwner(JavaMember m, AnnotationMirror oneToOne) {
        Element owner = relations.mappedOwner(m, oneToOne);
        if (owner == null || !Mirrors.has(owner, Jpa.MANY_TO_ONE)) return null;
        if (JpaRelations.wholeKey(owner, JpaRelations.target(m.type()))) return null;
        return Boolean.TRUE.equals(Jpa.bool(Mirrors.find(owner, Jpa.JOIN_COLUMN), "unique")) ? null : owner;
    }

    /**
     * A {@code @OneToOne(mappedBy)} whose owning side is a {@code @ManyToOne}: Hibernate maps it, with a foreign key that is
     * not unique, so the back side may stand for many rows; the language's one-to-one is the other side of a unique one.
     */
    private Diagnostic oneToOneOverManyToOne(JavaMember m, AnnotationMirror oneToOne, Element owner, dev.schemac.source.Span at) {
        String target = owner.getEnclosingElement().getSimpleName().toString();
        String field = ElementNames.javaName(owner);
        TypeElement owning = JpaRelations.target(m.type());
        if (JpaRelations.uniqueAlone(owner, owning, (TypeElement) m.element().getEnclosingElement())) {
            // Hibernate's column is unique, by a constraint of the table; the language's one-to-one is held by a field's @unique.
            return JpaProblems.refused(at, m.name(), "@OneToOne(mappedBy = \"" + Jpa.string(oneToOne, "mappedBy") + "\")",
                    "its owning field `" + target + "." + field + "` is a @ManyToOne made unique only by a constraint of `"
                            + owning.getSimpleName() + "`'s @Table, and a one-to-one is the other side of a foreign key "
                            + "whose own field is unique",
                    "write `@JoinColumn(unique = true)` on `" + target + "." + field + "` in place of that @UniqueConstraint "
                            + "(Hibernate makes the same unique column), or make it a @OneToOne");
        }
        return JpaProblems.refused(at, m.name(), "@OneToOne(mappedBy = \"" + Jpa.string(oneToOne, "mappedBy") + "\")",
                "its owning field `" + target + "." + field + "` is a @ManyToOne, whose foreign key is not unique, so several `"
                        + target + "` rows may point back, and a one-to-one is the other side of a unique foreign key",
                "make `" + target + "." + field + "` a @OneToOne (Hibernate then makes its column unique), or declare `"
                        + m.javaName() + "` as `@OneToMany(mappedBy = \"" + field + "\") List<" + target + ">`");
    }

    /** The relation annotation that may carry {@code mappedBy}, or null. */
    private static AnnotationMirror backSide(AnnotationMirror oneToMany, AnnotationMirror manyToMany, AnnotationMirror oneToOne) {
        return oneToMany != null ? oneToMany : manyToMany != null ? manyToMany : oneToOne;
    }

    /** A {@code mappedBy} that names no owning field of the target: Hibernate refuses to start with it. */
    private Diagnostic unknownMappedBy(JavaMember m, AnnotationMirror relation, List<String> owners, dev.schemac.source.Span at) {
        TypeElement target = JpaRelations.target(m.type());
        String targetName = target == null ? "the target" : "`" + target.getSimpleName() + "`";
        String what = "@" + relation.getAnnotationType().asElement().getSimpleName() + "(mappedBy = \""
                + Jpa.string(relation, "mappedBy") + "\")";
        boolean none = owners.equals(List.of(""));
        return JpaProblems.refused(at, m.name(), what, targetName + " has no relation field of that name pointing back"
                        + " (Hibernate refuses it too)",
                none ? "add the owning side to " + targetName + ", and name it in mappedBy"
                        : "name the owning field: " + String.join(", ", owners.stream().map(o -> "mappedBy = \"" + o + "\"").toList()));
    }

    /** {@code @GeneratedValue}: identity columns are {@code @auto}, {@code UUID} is {@code = uuid()}. */
    private Value generated(JavaMember m, JavaType t, Nodes nodes, List<Attribute> attrs) {
        AnnotationMirror g = Mirrors.find(m.element(), Jpa.GENERATED_VALUE);
        if (g == null) return null;
        Origin o = Origin.of(m.element()).with(g);
        String strategy = Jpa.constant(g, "strategy");
        if ("UUID".equals(strategy) || "uuid".equals(t.name())) {
            return new Value.Call(nodes.at(o), nodes.ident("uuid", o));
        }
        attrs.add(nodes.attribute(Attributes.AUTO, false, List.of(), o));
        if (!"IDENTITY".equals(strategy)) {
            AnnotationMirror seq = Mirrors.find(m.element(), Jpa.SEQUENCE_GENERATOR);
            Long size = Jpa.number(seq, "allocationSize");
            String what = "TABLE".equals(strategy) ? "@GeneratedValue(strategy = TABLE)"
                    : "@GeneratedValue(strategy = " + (strategy == null ? "AUTO" : strategy) + ")"
                            + (seq != null ? " with @SequenceGenerator(allocationSize = " + (size == null ? 50 : size) + ")" : "");
            report.accept(JpaProblems.notExpressible(nodes.at(o), m.name(), what,
                    "schemac's key is an identity column (@auto); write strategy = IDENTITY to say so"));
        }
        return null;
    }

    /** The owning side's foreign key; false when its columns are not the language's (reported, SC924). */
    private boolean toOne(JavaMember m, Nodes nodes, List<Attribute> attrs, AnnotationMirror joinColumn, AnnotationMirror relation) {
        Origin at = Origin.of(m.element());
        String name = relations.toOneName(m);
        if (name != null) attrs.add(relation(name, nodes, at));
        boolean ok = referenced(m, nodes, joinColumn);
        AnnotationMirror joinColumns = Mirrors.find(m.element(), Jpa.JOIN_COLUMNS);
        if (joinColumns != null) ok &= joinColumns(m, nodes, joinColumns);
        String fk = JpaNames.given(Jpa.string(joinColumn, "name"));
        // The language derives the column from the field's schema name and the key's column (`country_iso_code` for
        // `code` in `iso_code`); Hibernate from the Java name and the key column's text through its naming strategy
        // (`country_code` for a key column `"Code"`): where the two differ, the field maps Hibernate's.
        List<String> key = relations.keyColumns(m);
        String derived = m.name() + "_" + (key.size() == 1 ? key.get(0) : relations.keyName(m));
        String hibernate = fk != null ? fk : Mirrors.has(m.element(), Jpa.JOIN_COLUMNS) ? null : relations.derivedColumn(m);
        if (hibernate != null && !hibernate.equals(derived)) {
            Origin o = fk != null ? at.with(joinColumn, Jpa.value(joinColumn, "name")) : at;
            attrs.add(nodes.attribute(Attributes.MAP, false, List.of(Nodes.positional(nodes.str(hibernate, o))), o));
        }
        if (key.size() > 1 && fk == null && joinColumns == null) {
            // A foreign key of several columns has no @map: where Hibernate derives other names, the warning says them.
            var theirs = relations.derivedColumns(m);
            var ours = key.stream().map(k -> m.name() + "_" + k).toList();
            if (!theirs.equals(ours)) {
                report.accept(JpaProblems.notExpressible(nodes.at(at.with(relation)), m.name(), "the join columns Hibernate derives "
                        + Quoted.columns(theirs), "the language names the columns of a foreign key to a composite key `"
                        + m.name() + "_{key column}` of the key's column names as they are, so the outputs' are "
                        + Quoted.columns(ours)));
            }
        }
        AnnotationMirror foreignKey = joinColumn == null ? null : Jpa.annotations(joinColumn, "foreignKey").stream().findFirst().orElse(null);
        String fkName = Jpa.string(foreignKey, "name");
        if (fkName != null && !Mirrors.has(m.element(), Annotations.RELATION)) {
            Origin o = at.with(joinColumn, Jpa.value(joinColumn, "foreignKey"));
            var args = new ArrayList<Argument>();
            if (name != null) args.add(Nodes.positional(nodes.str(name, at)));
            args.add(nodes.named(Attributes.MAP_ARGUMENT, nodes.str(fkName, o), o));
            attrs.removeIf(a -> a.name().text().equals(Attributes.RELATION));
            attrs.add(nodes.attribute(Attributes.RELATION, false, args, o));
        }
        if ("NO_CONSTRAINT".equals(Jpa.constant(foreignKey, "value"))) {
            report.accept(JpaProblems.notExpressible(nodes.at(at.with(joinColumn, Jpa.value(joinColumn, "foreignKey"))),
                    m.name(), "@ForeignKey(ConstraintMode.NO_CONSTRAINT)",
                    "every to-one field's columns are a foreign key, which the database enforces"));
        }
        if (!Mirrors.has(m.element(), Annotations.ON_DELETE)) {
            // JPA's foreign keys have no ON DELETE clause: the database's NO ACTION, as Hibernate creates them,
            // unless Hibernate's @OnDelete gives the foreign key its action.
            AnnotationMirror onDelete = Mirrors.find(m.element(), Jpa.ON_DELETE);
            String action = onDelete == null ? ReferentialAction.NO_ACTION.keyword() : onDeleteAction(Jpa.constant(onDelete, "action"));
            Origin o = onDelete == null ? at.with(relation) : at.with(onDelete);
            if (action != null) {
                attrs.add(nodes.attribute(Attributes.ON_DELETE, false, List.of(Nodes.positional(nodes.ref(action, o))), o));
            } else {
                report.accept(JpaProblems.notExpressible(nodes.at(o), m.name(), "Hibernate's @OnDelete(action = "
                        + Jpa.constant(onDelete, "action") + ")", "the language's foreign keys cascade, set null, restrict "
                        + "or take no action; the outputs describe NO ACTION"));
                attrs.add(nodes.attribute(Attributes.ON_DELETE, false, List.of(Nodes.positional(nodes.ref(ReferentialAction.NO_ACTION.keyword(), o))), o));
            }
        }
        return ok;
    }

    /**
     * {@code @JoinColumn(referencedColumnName)}: the language's foreign key references the
     * target's primary key, so a name other than a key column (a unique column) would give a
     * column of another type referencing another column than Hibernate's.
     */
    private boolean referenced(JavaMember m, Nodes nodes, AnnotationMirror joinColumn) {
        String referenced = Jpa.string(joinColumn, "referencedColumnName");
        if (referenced == null) return true;
        List<String> key = relations.keyColumns(m);
        if (key.size() == 1 && key.get(0).equals(JpaNames.given(referenced))) return true;
        TypeElement target = typeOf(m.type());
        String targetName = target == null ? "the target" : "`" + target.getSimpleName() + "`";
        report.accept(JpaProblems.refused(nodes.at(Origin.of(m.element()).with(joinColumn, Jpa.value(joinColumn, "referencedColumnName"))),
                m.name(), Quoted.name("@JoinColumn(referencedColumnName = " + JavaSpelling.javaString(referenced) + ")"),
                "a foreign key references the primary key of " + targetName + " " + Quoted.columns(key)
                        + ", and its column has the key's type",
                key.size() == 1 ? "reference the key: drop referencedColumnName (or write " + Quoted.name(JavaSpelling.javaString(key.get(0))) + ")"
                        : "reference the key's columns with @JoinColumns, one @JoinColumn for each of " + names(key)));
        return false;
    }

    /** Column names as message text, each quoted by the one path: {@code `a`, `b`}. */
    private static String names(List<String> columns) {
        return String.join(", ", columns.stream().map(Quoted::name).toList());
    }

    /**
     * {@code @JoinColumns}: the columns of a foreign key to a composite key. The language
     * names them {@code {field}_{key column}}; each must reference a key column.
     */
    private boolean joinColumns(JavaMember m, Nodes nodes, AnnotationMirror joinColumns) {
        Origin at = Origin.of(m.element()).with(joinColumns);
        List<String> key = relations.keyColumns(m);
        var renamed = new ArrayList<String>();
        for (AnnotationMirror c : Jpa.annotations(joinColumns, "value")) {
            String referenced = Jpa.string(c, "referencedColumnName");
            String name = JpaNames.given(Jpa.string(c, "name"));
            if (referenced != null && !key.contains(JpaNames.given(referenced))) {
                report.accept(JpaProblems.refused(nodes.at(at), m.name(), Quoted.name("@JoinColumn(referencedColumnName = "
                        + JavaSpelling.javaString(referenced) + ")"), "a foreign key references the primary key " + Quoted.columns(key),
                        "reference the key's columns: " + names(key)));
                return false;
            }
            if (name != null && (referenced == null || !name.equals(m.name() + "_" + JpaNames.given(referenced)))) renamed.add(name);
        }
        if (!renamed.isEmpty()) {
            report.accept(JpaProblems.notExpressible(nodes.at(at), m.name(), "@JoinColumns names " + Quoted.columns(renamed),
                    "the columns of a foreign key to a composite key are named `" + m.name() + "_{key column}`"));
        }
        return true;
    }

    private static Attribute relation(String name, Nodes nodes, Origin at) {
        return nodes.attribute(Attributes.RELATION, false, List.of(Nodes.positional(nodes.str(name, at))), at);
    }

    /** Bean Validation as the language's checks, in the order written. */
    private void validation(JavaMember m, JavaType t, Nodes nodes, List<Attribute> attrs) {
        Element e = m.element();
        for (AnnotationMirror a : Mirrors.all(e)) {
            String type = Mirrors.typeName(a);
            Origin o = Origin.of(e).with(a);
            switch (type) {
                case Jpa.SIZE, Jpa.LENGTH -> {
                    Long min = Jpa.number(a, "min");
                    Long max = Jpa.number(a, "max");
                    var args = new ArrayList<Argument>();
                    if (min != null && max != null) {
                        args.add(Nodes.positional(nodes.num(min, o)));
                        args.add(Nodes.positional(nodes.num(max, o)));
                    } else if (min != null || max != null) {
                        args.add(nodes.named(min != null ? Attributes.MIN_ARGUMENT : Attributes.MAX_ARGUMENT,
                                nodes.num(min != null ? min : max, o), o));
                    }
                    if (!args.isEmpty()) attrs.add(nodes.attribute(Attributes.LENGTH, false, args, o));
                }
                case Jpa.NOT_BLANK, Jpa.NOT_EMPTY -> {
                    if (!Mirrors.has(e, Jpa.SIZE) && !Mirrors.has(e, Jpa.LENGTH)) {
                        attrs.add(nodes.attribute(Attributes.LENGTH, false,
                                List.of(nodes.named(Attributes.MIN_ARGUMENT, nodes.num(1, o), o)), o));
                    }
                }
                case Jpa.MIN, Jpa.MAX -> {
                    Long n = Jpa.number(a, "value");
                    if (n != null) attrs.add(nodes.attribute(type.equals(Jpa.MIN) ? Attributes.MIN : Attributes.MAX, false,
                            List.of(Nodes.positional(nodes.num(n, o))), o));
                }
                case Jpa.RANGE -> {
                    // Hibernate Validator's defaults are the whole long range: only a bound written is one.
                    for (String bound : List.of("min", "max")) {
                        Long n = Jpa.number(a, bound);
                        if (n != null) attrs.add(nodes.attribute(bound.equals("min") ? Attributes.MIN : Attributes.MAX, false,
                                List.of(Nodes.positional(nodes.num(n, o))), o));
                    }
                }
                case Jpa.DECIMAL_MIN, Jpa.DECIMAL_MAX -> decimalBound(a, type.equals(Jpa.DECIMAL_MIN), m, nodes, attrs, o);
                case Jpa.POSITIVE -> attrs.add(nodes.attribute(Attributes.CHECK, false,
                        List.of(new Argument.Compare(nodes.at(o), dev.schemac.model.Op.GT, nodes.number("0", o))), o));
                case Jpa.POSITIVE_OR_ZERO -> attrs.add(nodes.attribute(Attributes.MIN, false,
                        List.of(Nodes.positional(nodes.num(0, o))), o));
                case Jpa.NEGATIVE -> attrs.add(nodes.attribute(Attributes.CHECK, false,
                        List.of(new Argument.Compare(nodes.at(o), dev.schemac.model.Op.LT, nodes.number("0", o))), o));
                case Jpa.NEGATIVE_OR_ZERO -> attrs.add(nodes.attribute(Attributes.MAX, false,
                        List.of(Nodes.positional(nodes.num(0, o))), o));
                case Jpa.DIGITS -> {
                    if (!"decimal".equals(t.name())) unchecked(m, a, nodes, "only a BigDecimal's column is sized by it");
                    else if (!sizesColumns(e)) unchecked(m, a, nodes, "Hibernate does not size an embeddable's column by it");
                }
                case Jpa.PATTERN -> {
                    String re = Jpa.string(a, "regexp");
                    if (re != null) attrs.add(nodes.attribute(Attributes.PATTERN, false, List.of(Nodes.positional(nodes.str(re, o))), o));
                }
                case Jpa.EMAIL -> attrs.add(nodes.attribute(Attributes.PATTERN, false,
                        List.of(Nodes.positional(nodes.str(EMAIL_PATTERN, o))), o));
                case Jpa.NOT_NULL -> { }
                default -> {
                    // @Past, @Future, @AssertTrue, @Null, a later version's constraint: the database checks none of them.
                    if (type.startsWith(Jpa.VALIDATION)) unchecked(m, a, nodes, "the database does not check it");
                }
            }
        }
    }

    /**
     * Whether Hibernate sizes the member's column by its {@code @Size}, {@code @Length} and
     * {@code @Digits}: Hibernate Validator's DDL reads the entity's own members, not an
     * embeddable's.
     */
    private static boolean sizesColumns(Element e) {
        return !Mirrors.has(e.getEnclosingElement(), Jpa.EMBEDDABLE);
    }

    /** A Bean Validation constraint the outputs do not describe: the application's validation is all there is of it. */
    private void unchecked(JavaMember m, AnnotationMirror a, Nodes nodes, String why) {
        report.accept(JpaProblems.notExpressible(nodes.at(Origin.of(m.element()).with(a)), m.name(),
                "@" + a.getAnnotationType().asElement().getSimpleName(), why + "; only the application's validation does"));
    }

    /** {@code @DecimalMin("0.50")}: the text exactly; {@code inclusive = false} is the strict comparison. */
    private void decimalBound(AnnotationMirror a, boolean min, JavaMember m, Nodes nodes, List<Attribute> attrs, Origin o) {
        String text = Jpa.string(a, "value");
        if (text == null) return;
        Origin at = o.with(a, Jpa.value(a, "value"));
        Value n = nodes.number(text.strip(), at);
        if (n == null) {
            report.accept(Problems.notANumber(nodes.at(at), m.name(), text));
            return;
        }
        if (Boolean.FALSE.equals(Jpa.bool(a, "inclusive"))) {
            attrs.add(nodes.attribute(Attributes.CHECK, false,
                    List.of(new Argument.Compare(nodes.at(at), min ? dev.schemac.model.Op.GT : dev.schemac.model.Op.LT, n)), o));
        } else {
            attrs.add(nodes.attribute(min ? Attributes.MIN : Attributes.MAX, false, List.of(Nodes.positional(n)), o));
        }
    }

    /**
     * JPA mapping the language has no words for: each said once, on the element. {@code used}: the column's type in the
     * model, as the language writes it, named when a column definition is not read; {@code refused}: the member's
     * mapping was an error, which says all there is of what it stores.
     */
    /** {@code autoConverter}: the converter Hibernate applies by itself to the member, or null. */
    private void warnings(JavaMember m, Nodes nodes, AnnotationMirror column, boolean converted, TypeElement autoConverter,
                          ColumnDefinition definition, String used, boolean refused) {
        Element e = m.element();
        Origin at = Origin.of(e);
        if (Jpa.string(column, "columnDefinition") != null && definition == null) {
            report.accept(JpaProblems.notExpressible(nodes.at(at.with(column, Jpa.value(column, "columnDefinition"))), m.name(),
                    "@Column(columnDefinition) " + Quoted.name(Jpa.string(column, "columnDefinition")),
                    (definable(m, null, converted) ? "it is no column type the language has" : "it is read on a basic field only, "
                            + "not on an enum, a relation or a collection") + ", so the outputs describe " + Quoted.name(used)
                            + ", the logical type of the field's Java type, where Hibernate's column is what the text says"));
        }
        JpaDdlText.report(e, Jpa.COLUMN, m.name(), nodes, report);
        JpaDdlText.report(e, Jpa.JOIN_COLUMN, m.name(), nodes, report);
        // A foreign key's column has the key's type in the outputs; Hibernate writes a join column's definition instead.
        AnnotationMirror joinColumns = Mirrors.find(e, Jpa.JOIN_COLUMNS);
        var joins = new ArrayList<AnnotationMirror>(Jpa.annotations(joinColumns, "value"));
        if (Mirrors.find(e, Jpa.JOIN_COLUMN) != null) joins.add(0, Mirrors.find(e, Jpa.JOIN_COLUMN));
        for (AnnotationMirror join : joins) {
            String text = Jpa.string(join, "columnDefinition");
            if (text == null || text.isBlank()) continue;
            AnnotationMirror holder = join == Mirrors.find(e, Jpa.JOIN_COLUMN) ? join : joinColumns;
            report.accept(JpaProblems.notExpressible(nodes.at(holder == join ? at.with(join, Jpa.value(join, "columnDefinition"))
                            : at.with(joinColumns)), m.name(), "@JoinColumn(columnDefinition) " + Quoted.name(text),
                    "the outputs' foreign key column has the type of the key it references, where Hibernate's column is "
                            + "what the text says"));
        }
        AnnotationMirror convert = Mirrors.find(e, Jpa.CONVERT);
        String applied = autoConverter == null ? null : "the auto-applied converter " + Quoted.name(autoConverter.getSimpleName().toString());
        if (autoConverter != null && !converted) {
            report.accept(JpaProblems.notExpressible(nodes.at(at), m.name(), applied,
                    "its database type is a type variable, which is not read, so the column's type is the logical type of the "
                            + "field's Java type"));
        } else if (autoConverter != null && isEnum(m.type()) && !refused) {
            String enumName = simpleName(m.type());
            report.accept(JpaProblems.notExpressible(nodes.at(at), m.name(), applied + " of an enum",
                    "Hibernate checks the column against the values the converter gives " + Quoted.name(enumName) + "'s constants "
                            + "(`CHECK (column in (...))`), which only running the Java code tells, so the outputs' column is the "
                            + "stored value's type with no such check; say what the database should check with @Min, @Max, "
                            + "@Pattern or schemac's @Check"));
        } else if (convert != null && !converted && !Boolean.TRUE.equals(Jpa.bool(convert, "disableConversion"))) {
            // (A conversion disabled leaves the column the field's own type, as the outputs describe it.)
            report.accept(JpaProblems.notExpressible(nodes.at(at.with(convert)), m.name(), "@Convert",
                    "the converter's database type is not read (no converter class, or a type variable for it), so the "
                            + "column's type is the logical type of the field's Java type"));
        } else if (converted && isEnum(m.type()) && !refused) {
            // Hibernate checks the column against each constant's stored value, which it learns by running Java at boot.
            AnnotationMirror enumerated = Mirrors.find(e, Jpa.ENUMERATED);
            String enumName = simpleName(m.type());
            report.accept(JpaProblems.notExpressible(nodes.at(convert != null ? at.with(convert) : enumerated != null
                            ? at.with(enumerated) : at), m.name(),
                    convert != null ? "@Convert of an enum" : "@EnumeratedValue of " + Quoted.name(enumName),
                    "Hibernate checks the column against the values " + (convert != null ? "the converter gives "
                            + Quoted.name(enumName) + "'s constants" : "the constants of " + Quoted.name(enumName)
                            + " hold in their @EnumeratedValue field") + " (`CHECK (column in (...))`), which only running "
                            + "the Java code tells, so the outputs' column is the stored value's type with no such check"
                            + (byteByOrdinal(e) ? ", and on MySQL and MariaDB Hibernate's column of a byte value is a tinyint, "
                                    + "the outputs' a smallint" : "")
                            + "; say what the database should check with @Min, @Max, @Pattern or schemac's @Check"));
        }
        if (!converted && isEnum(m.type()) && !byOrdinal(m, false) && !refused && Jpa.string(column, "columnDefinition") == null) {
            shortEnumColumn(m, column, nodes, at);
        }
        for (String h : Jpa.HIBERNATE_DDL) {
            AnnotationMirror a = Mirrors.find(e, h);
            if (a != null && !(h.equals(Jpa.JDBC_TYPE_CODE) && JpaConverters.json(e)) && !(h.equals(Jpa.NATURAL_ID) && JpaTable.naturalIdRead(e))) {
                report.accept(JpaProblems.notExpressible(nodes.at(at.with(a)), m.name(),
                        "Hibernate's @" + a.getAnnotationType().asElement().getSimpleName(),
                        "it changes the column Hibernate creates, and schemac reads Jakarta Persistence only; "
                                + "say the same with schemac's annotations (@OnDelete, @Default, @Check, @Unique)"));
            }
        }
        AnnotationMirror onDelete = Mirrors.find(e, Jpa.ON_DELETE);
        if (onDelete != null && !toOne(e)) {
            report.accept(JpaProblems.notExpressible(nodes.at(at.with(onDelete)), m.name(), "Hibernate's @OnDelete",
                    "the action belongs to the foreign key, which the owning @ManyToOne or @OneToOne field declares; "
                            + "put @OnDelete there"));
        }
    }

    /**
     * Whether the member's {@code columnDefinition} is read into its type: on a basic field (the column of an enum is
     * the enum's or its ordinal, a relation's column the key's). {@code t} null: the Java type is not asked about.
     */
    private static boolean definable(JavaMember m, JavaType t, boolean converted) {
        Element e = m.element();
        if (t != null && (!t.ok() || t.list())) return false;
        return !toOne(e) && !Mirrors.has(e, Jpa.ONE_TO_MANY) && !Mirrors.has(e, Jpa.MANY_TO_MANY) && !Mirrors.has(e, Jpa.ONE_TO_ONE)
                && (converted || !isEnum(m.type()));
    }

    /** A definition's default ({@code false}, {@code 0}, {@code "x"}, {@code now()}) as the language's value. */
    private static Value literal(String text, Nodes nodes, Origin o) {
        if (text.startsWith("\"")) return nodes.str(text.substring(1, text.length() - 1), o);
        if (text.equals("now()")) return new Value.Call(nodes.at(o), nodes.ident("now", o));
        if (text.equals("true") || text.equals("false")) return nodes.ref(text, o);
        return nodes.number(text, o);
    }

    /** A type as the language writes it: {@code decimal(12, 2)}, {@code Tier}. */
    private static String spelled(String name, List<Value> args) {
        if (args == null || args.isEmpty()) return name;
        return name + "(" + String.join(", ", args.stream().map(v -> v instanceof Value.Num n ? n.text() : "?").toList()) + ")";
    }

    private static String spelled(JavaType t) {
        String name = t.ok() && t.name() != null ? t.name() : "?";
        return t.sizes().isEmpty() ? name : name + "(" + String.join(", ", t.sizes().stream().map(String::valueOf).toList()) + ")";
    }

    /** The owning side of a to-one relation, which holds the foreign key. */
    private static boolean toOne(Element e) {
        AnnotationMirror oneToOne = Mirrors.find(e, Jpa.ONE_TO_ONE);
        return Mirrors.has(e, Jpa.MANY_TO_ONE) || (oneToOne != null && Jpa.string(oneToOne, "mappedBy") == null);
    }

    /**
     * The java.time types and the one {@code @Temporal} precision Hibernate (6 and 7) takes on each: their own column's
     * ({@code resolveTypeForPrecision} returns the type itself), any other it refuses at boot. An Instant takes every
     * precision, as a {@code java.util.Date} does, and is read as one (not listed).
     */
    private static final java.util.Map<String, String> OWN_PRECISION = java.util.Map.of(
            "java.time.LocalDate", "DATE", "java.time.LocalTime", "TIME", "java.time.OffsetTime", "TIME",
            "java.time.LocalDateTime", "TIMESTAMP", "java.time.OffsetDateTime", "TIMESTAMP",
            "java.time.ZonedDateTime", "TIMESTAMP");

    /**
     * An {@code @EnumeratedValue} field Hibernate refuses at boot for the way the enum is stored: by ordinal it must be a
     * byte, short or int, by name ({@code EnumType.STRING}) a String.
     */
    /** An enum stored by ordinal as a {@code byte} @EnumeratedValue: Hibernate's TINYINT, a smallint on PostgreSQL only. */
    private static boolean byteByOrdinal(Element e) {
        Element value = JpaConverters.enumeratedValueField(e);
        return value != null && JpaConverters.byOrdinal(e) && value.asType().getKind() == javax.lang.model.type.TypeKind.BYTE;
    }

    private boolean enumeratedValueRefused(JavaMember m, Nodes nodes) {
        Element field = Mirrors.has(m.element(), Jpa.CONVERT) ? null : JpaConverters.enumeratedValueField(m.element());
        if (field == null) return false;
        boolean ordinal = JpaConverters.byOrdinal(m.element());
        String type = field.asType().toString();
        if (ordinal ? List.of("byte", "short", "int").contains(type) : "java.lang.String".equals(type)) return false;
        AnnotationMirror enumerated = Mirrors.find(m.element(), Jpa.ENUMERATED);
        String owner = field.getEnclosingElement().getSimpleName().toString();
        report.accept(JpaProblems.refused(nodes.at(enumerated == null ? Origin.of(m.element()) : Origin.of(m.element()).with(enumerated)),
                m.name(), "@EnumeratedValue " + Quoted.name(owner + "." + field.getSimpleName()),
                "Hibernate refuses it at boot: " + (ordinal ? "an enum stored by ordinal keeps a byte, short or int value"
                        : "an enum stored by name (EnumType.STRING) keeps a String value") + ", and the field is a "
                        + Quoted.name(type.replaceAll(".*\\.", "")),
                ordinal ? "declare `" + field.getSimpleName() + "` as an int, or store by name with @Enumerated(EnumType.STRING) "
                        + "and a String value" : "declare `" + field.getSimpleName() + "` as a String, or store by ordinal "
                        + "(no EnumType.STRING) with a byte, short or int value"));
        return true;
    }

    /** {@code @Temporal} on a java.time type at another precision than its own: refused (SC924), as Hibernate does. */
    private boolean temporalRefused(JavaMember m, boolean converted, Nodes nodes) {
        AnnotationMirror temporal = Mirrors.find(m.element(), Jpa.TEMPORAL);
        TypeElement type = typeOf(m.type());
        String own = type == null ? null : OWN_PRECISION.get(type.getQualifiedName().toString());
        String given = Jpa.constant(temporal, "value");
        if (converted || own == null || given == null || given.equals(own)) return false;
        String simple = type.getSimpleName().toString();
        report.accept(JpaProblems.refused(nodes.at(Origin.of(m.element()).with(temporal)), m.name(), "@Temporal(" + given + ")",
                "a " + simple + " is a " + own.toLowerCase(java.util.Locale.ROOT) + " column, and Hibernate refuses "
                        + "another precision for it (a java.time type's column is its own)",
                "remove @Temporal; for a " + given.toLowerCase(java.util.Locale.ROOT) + " column declare the field as a "
                        + ("DATE".equals(given) ? "LocalDate" : "TIME".equals(given) ? "LocalTime" : "LocalDateTime or an Instant")));
        return true;
    }

    /**
     * {@code @Temporal(DATE)} or {@code (TIME)} on a {@code java.util.Date}, {@code Calendar} or Instant: Hibernate's date or
     * time column; null where the Java type's own mapping stands.
     */
    private static String temporal(JavaMember m, JavaType t) {
        Element e = m.element();
        TypeElement type = typeOf(m.type());
        if (!"datetime".equals(t.name()) || t.list() || type != null && OWN_PRECISION.containsKey(type.getQualifiedName().toString())) {
            return null;
        }
        String kind = Jpa.constant(Mirrors.find(e, Jpa.TEMPORAL), "value");
        return "DATE".equals(kind) ? "date" : "TIME".equals(kind) ? "time" : null;
    }

    /**
     * Hibernate's {@code @CreationTimestamp} and {@code @UpdateTimestamp}: the language's {@code = now()} and
     * {@code = now() @updated}, the implicit {@code created_at}'s and {@code updated_at}'s own words.
     */
    private Value timestamp(JavaMember m, Nodes nodes, List<Attribute> attrs) {
        AnnotationMirror created = Mirrors.find(m.element(), Jpa.CREATION_TIMESTAMP);
        AnnotationMirror updated = Mirrors.find(m.element(), Jpa.UPDATE_TIMESTAMP);
        if (created == null && updated == null) return null;
        Origin o = Origin.of(m.element()).with(created != null ? created : updated);
        if (updated != null) attrs.add(nodes.attribute(Attributes.UPDATED, false, List.of(), o));
        return new Value.Call(nodes.at(o), nodes.ident("now", o));
    }

    /** A column whose Hibernate type differs from the language's in a detail every such field shares: noted for the model. */
    private void typeNotes(JavaMember m, TypeMirror javaType, JavaType t, String typeName, Nodes nodes) {
        if (!t.ok() || t.list()) return;
        Element e = m.element();
        Origin at = Origin.of(e);
        String element = e.getEnclosingElement().getSimpleName() + "." + m.javaName();
        String logical = typeName != null ? typeName : t.name();
        TypeElement type = typeOf(javaType);
        if ("datetime".equals(logical) && type != null && TypeMapper.ZONELESS.contains(type.getQualifiedName().toString())) {
            notes.note(ModelNotes.Kind.ZONELESS, nodes.at(at), element, type.getSimpleName().toString());
        } else if ("time".equals(logical)) {
            notes.note(ModelNotes.Kind.WHOLE_SECONDS, nodes.at(at), element,
                    type == null ? javaType.toString() : type.getSimpleName().toString());
        }
        AnnotationMirror lob = Mirrors.find(e, Jpa.LOB);
        if (lob != null) notes.note(ModelNotes.Kind.LARGE_OBJECT, nodes.at(at.with(lob)), element, "@Lob");
    }

    /**
     * An enum field stored by its ordinal, JPA's default: its column is a number, and the enum is not the field's type
     * (nor, through it, a declaration of the model).
     */
    static boolean byOrdinal(JavaMember m, boolean converted) {
        return !converted && isEnum(m.type())
                && !"STRING".equals(Jpa.constant(Mirrors.find(m.element(), Jpa.ENUMERATED), "value"));
    }

    /**
     * An enum stored by name whose constant is longer than the column: Hibernate's column on PostgreSQL is a
     * {@code varchar} of {@code @Column(length)} (255 unless given) checked against the constants' names, so its database
     * refuses that constant, where the outputs' column is the enum and holds every one (on MySQL and MariaDB Hibernate's
     * column is an enum of the constants too, whatever the length).
     */
    private void shortEnumColumn(JavaMember m, AnnotationMirror column, Nodes nodes, Origin at) {
        Long given = Jpa.number(column, "length");
        long length = given == null ? DEFAULT_LENGTH : given;
        var longer = ((DeclaredType) m.type()).asElement().getEnclosedElements().stream()
                .filter(c -> c.getKind() == ElementKind.ENUM_CONSTANT).map(c -> c.getSimpleName().toString())
                .filter(n -> n.codePointCount(0, n.length()) > length).toList();
        if (longer.isEmpty()) return;
        String first = longer.get(0);
        report.accept(JpaProblems.notExpressible(nodes.at(given == null ? at : at.with(column, Jpa.value(column, "length"))), m.name(),
                (given == null ? "the varchar(255)" : "@Column(length = " + length + ")") + " of an enum stored by name",
                "Hibernate's column on PostgreSQL is a varchar(" + length + "), which cannot hold " + Quoted.name(first) + " ("
                        + first.codePointCount(0, first.length()) + " characters)" + (longer.size() > 1 ? " and " + (longer.size() - 1)
                        + " more constant" + (longer.size() > 2 ? "s" : "") : "") + ", so its database refuses "
                        + (longer.size() > 1 ? "them" : "it") + ", where the outputs' column, the enum, holds every constant (on "
                        + "MySQL and MariaDB Hibernate's column is an enum of the constants too); make the length at least "
                        + longer.stream().mapToInt(n -> n.codePointCount(0, n.length())).max().getAsInt()));
    }

    /** How many constants the enum has: Hibernate's ordinals are 0 to one less. */
    private static long ordinals(TypeMirror t) {
        return ((DeclaredType) t).asElement().getEnclosedElements().stream()
                .filter(c -> c.getKind() == ElementKind.ENUM_CONSTANT).count();
    }

    private static String simpleName(TypeMirror t) {
        TypeElement type = typeOf(t);
        return type == null ? t.toString() : type.getSimpleName().toString();
    }

    private static boolean isEnum(TypeMirror t) {
        return t.getKind() == TypeKind.DECLARED && ((DeclaredType) t).asElement().getKind() == ElementKind.ENUM;
    }

    /** {@code GenerationType} and friends as lower-case words, for messages. */
    static String word(String constant) {
        return constant == null ? null : constant.toLowerCase(Locale.ROOT);
    }

    static TypeElement typeOf(TypeMirror t) {
        return t.getKind() == TypeKind.DECLARED && ((DeclaredType) t).asElement() instanceof TypeElement te ? te : null;
    }

    /**
     * Hibernate's {@code OnDeleteAction} constant as the language's {@code @on_delete} keyword: its
     * constants are named as the language's actions are ({@code SET_DEFAULT} has none: null).
     */
    private static String onDeleteAction(String constant) {
        for (ReferentialAction a : ReferentialAction.values()) if (a.name().equals(constant)) return a.keyword();
        return null;
    }
}
