package dev.schemac.processor;

import dev.schemac.ast.Argument;
import dev.schemac.ast.Attribute;
import dev.schemac.ast.Value;
import dev.schemac.diag.Diagnostic;
import dev.schemac.lang.Attributes;
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
    record Reading(boolean nullable, String typeName, List<Value> typeArgs, List<Attribute> attributes, Value defaultValue) {}

    private final Consumer<Diagnostic> report;
    private final JpaRelations relations;

    JpaFields(Consumer<Diagnostic> report, JpaRelations relations) {
        this.report = report;
        this.relations = relations;
    }

    Reading read(JavaMember m, JavaType t, Nodes nodes) {
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
        boolean toOne = manyToOne != null || (oneToOne != null && Jpa.string(oneToOne, "mappedBy") == null);
        boolean backOne = oneToOne != null && Jpa.string(oneToOne, "mappedBy") != null;

        boolean nullable = !m.type().getKind().isPrimitive() && !t.list();
        if (id != null) nullable = false;
        if (Boolean.FALSE.equals(Jpa.bool(column, "nullable")) || Boolean.FALSE.equals(Jpa.bool(joinColumn, "nullable"))
                || Boolean.FALSE.equals(Jpa.bool(manyToOne, "optional")) || Boolean.FALSE.equals(Jpa.bool(oneToOne, "optional"))
                || Boolean.FALSE.equals(Jpa.bool(Mirrors.find(e, Jpa.BASIC), "optional"))
                || Mirrors.has(e, Jpa.NOT_NULL) || Mirrors.has(e, Jpa.NOT_BLANK) || Mirrors.has(e, Jpa.NOT_EMPTY)) {
            nullable = false;
        }
        if (backOne) nullable = true; // the back side of a one-to-one may have no row yet

        if (id != null) attrs.add(nodes.attribute(Attributes.ID, false, List.of(), at.with(id)));
        Value defaultValue = generated(m, t, nodes, attrs);

        String typeName = null;
        List<Value> typeArgs = null;
        if (t.text() && t.ok()) {
            if (Mirrors.has(e, Jpa.LOB)) {
                typeName = "text";
                typeArgs = List.of();
            } else {
                Long length = Jpa.number(column, "length");
                AnnotationMirror size = Mirrors.find(e, Jpa.SIZE);
                // Hibernate sizes the column by @Size(max) when @Column gives no length (not in an embeddable).
                if (length == null && size != null && Jpa.number(size, "max") != null
                        && !Mirrors.has(e.getEnclosingElement(), Jpa.EMBEDDABLE)) {
                    length = Jpa.number(size, "max");
                }
                typeName = "string";
                typeArgs = List.of(nodes.num(length == null ? DEFAULT_LENGTH : length, column == null ? at : at.with(column)));
            }
        } else if ("decimal".equals(t.name()) && !t.list()) {
            Long p = Jpa.number(column, "precision");
            Long s = Jpa.number(column, "scale");
            Origin o = column == null ? at : at.with(column);
            typeName = "decimal";
            typeArgs = List.of(nodes.num(p == null || p == 0 ? DEFAULT_PRECISION : p, o),
                    nodes.num(s == null || (p == null || p == 0) && s == 0 ? DEFAULT_SCALE : s, o));
        } else if (t.ok() && t.name() != null && isEnum(m.type())) {
            String how = Jpa.constant(Mirrors.find(e, Jpa.ENUMERATED), "value");
            if (!"STRING".equals(how)) report.accept(JpaProblems.ordinalEnum(nodes.at(at), m.name()));
        }

        if (Boolean.TRUE.equals(Jpa.bool(column, "unique")) || Boolean.TRUE.equals(Jpa.bool(joinColumn, "unique"))) {
            attrs.add(nodes.attribute(Attributes.UNIQUE, false, List.of(), at.with(column != null ? column : joinColumn)));
        } else if (oneToOne != null && toOne) {
            attrs.add(nodes.attribute(Attributes.UNIQUE, false, List.of(), at.with(oneToOne)));
        }
        String columnName = Jpa.string(column, "name");
        if (!toOne && !t.list()) {
            String wanted = columnName != null ? columnName : JpaNames.physical(m.javaName());
            if (!wanted.equals(m.name())) {
                Origin o = columnName != null ? at.with(column, Jpa.value(column, "name")) : at;
                attrs.add(nodes.attribute(Attributes.MAP, false, List.of(Nodes.positional(nodes.str(wanted, o))), o));
            }
        }
        if (toOne) toOne(m, nodes, attrs, joinColumn, manyToOne != null ? manyToOne : oneToOne);
        if (oneToMany != null || manyToMany != null || backOne) {
            String name = relations.backSideName(m, oneToMany != null ? oneToMany : manyToMany != null ? manyToMany : oneToOne);
            if (name != null) attrs.add(relation(name, nodes, at));
            if (manyToMany != null && Mirrors.has(e, Jpa.JOIN_TABLE)) {
                report.accept(JpaProblems.notExpressible(nodes.at(at.with(Mirrors.find(e, Jpa.JOIN_TABLE))), m.name(),
                        "@JoinTable names", "schemac derives the join table's and its columns' names itself"));
            }
        }
        validation(m, nodes, attrs);
        warnings(m, nodes, column);
        return new Reading(nullable, typeName, typeArgs, attrs, defaultValue);
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

    private void toOne(JavaMember m, Nodes nodes, List<Attribute> attrs, AnnotationMirror joinColumn, AnnotationMirror relation) {
        Origin at = Origin.of(m.element());
        String name = relations.toOneName(m);
        if (name != null) attrs.add(relation(name, nodes, at));
        String fk = Jpa.string(joinColumn, "name");
        String derived = m.name() + "_" + relations.keyName(m);
        if (fk != null && !fk.equals(derived)) {
            Origin o = at.with(joinColumn, Jpa.value(joinColumn, "name"));
            attrs.add(nodes.attribute(Attributes.MAP, false, List.of(Nodes.positional(nodes.str(fk, o))), o));
        }
        if (!Mirrors.has(m.element(), Annotations.ON_DELETE)) {
            // JPA's foreign keys have no ON DELETE clause: the database's NO ACTION, as Hibernate creates them.
            Origin o = at.with(relation);
            attrs.add(nodes.attribute(Attributes.ON_DELETE, false, List.of(Nodes.positional(nodes.ref("no_action", o))), o));
        }
    }

    private static Attribute relation(String name, Nodes nodes, Origin at) {
        return nodes.attribute(Attributes.RELATION, false, List.of(Nodes.positional(nodes.str(name, at))), at);
    }

    /** Bean Validation as the language's checks, in the order written. */
    private void validation(JavaMember m, Nodes nodes, List<Attribute> attrs) {
        Element e = m.element();
        for (AnnotationMirror a : Mirrors.all(e)) {
            String type = Mirrors.typeName(a);
            Origin o = Origin.of(e).with(a);
            switch (type) {
                case Jpa.SIZE -> {
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
                    if (!Mirrors.has(e, Jpa.SIZE)) {
                        attrs.add(nodes.attribute(Attributes.LENGTH, false,
                                List.of(nodes.named(Attributes.MIN_ARGUMENT, nodes.num(1, o), o)), o));
                    }
                }
                case Jpa.MIN, Jpa.MAX -> {
                    Long n = Jpa.number(a, "value");
                    if (n != null) attrs.add(nodes.attribute(type.equals(Jpa.MIN) ? Attributes.MIN : Attributes.MAX, false,
                            List.of(Nodes.positional(nodes.num(n, o))), o));
                }
                case Jpa.DECIMAL_MIN, Jpa.DECIMAL_MAX -> decimalBound(a, type.equals(Jpa.DECIMAL_MIN), m, nodes, attrs, o);
                case Jpa.POSITIVE -> attrs.add(nodes.attribute(Attributes.CHECK, false,
                        List.of(new Argument.Compare(nodes.at(o), dev.schemac.model.Op.GT, nodes.number("0", o))), o));
                case Jpa.POSITIVE_OR_ZERO -> attrs.add(nodes.attribute(Attributes.MIN, false,
                        List.of(Nodes.positional(nodes.num(0, o))), o));
                case Jpa.PATTERN -> {
                    String re = Jpa.string(a, "regexp");
                    if (re != null) attrs.add(nodes.attribute(Attributes.PATTERN, false, List.of(Nodes.positional(nodes.str(re, o))), o));
                }
                case Jpa.EMAIL -> attrs.add(nodes.attribute(Attributes.PATTERN, false,
                        List.of(Nodes.positional(nodes.str(EMAIL_PATTERN, o))), o));
                default -> { }
            }
        }
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

    /** JPA mapping the language has no words for: each said once, on the element. */
    private void warnings(JavaMember m, Nodes nodes, AnnotationMirror column) {
        Element e = m.element();
        Origin at = Origin.of(e);
        if (Jpa.string(column, "columnDefinition") != null) {
            report.accept(JpaProblems.notExpressible(nodes.at(at.with(column, Jpa.value(column, "columnDefinition"))), m.name(),
                    "@Column(columnDefinition = \"" + Jpa.string(column, "columnDefinition") + "\")",
                    "the column's type is the logical type of its Java type"));
        }
        AnnotationMirror convert = Mirrors.find(e, Jpa.CONVERT);
        if (convert != null) {
            report.accept(JpaProblems.notExpressible(nodes.at(at.with(convert)), m.name(), "@Convert",
                    "the column's type is the logical type of the field's Java type, not the converter's"));
        }
        AnnotationMirror order = Mirrors.find(e, Jpa.ORDER_COLUMN);
        if (order != null) {
            report.accept(JpaProblems.notExpressible(nodes.at(at.with(order)), m.name(), "@OrderColumn",
                    "the many side has no order column"));
        }
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
}
