package dev.schemac.processor;

import dev.schemac.ast.Argument;
import dev.schemac.ast.Attribute;
import dev.schemac.ast.Ident;
import dev.schemac.lang.Attributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.VariableElement;

/**
 * Annotations to attributes: each runtime annotation is written as the attribute the
 * language has for it, with the arguments given in Java, and nothing is checked here. The
 * compiler's attribute table then accepts or rejects them exactly as it would in a
 * {@code .schema} file ({@code @Index("a")} on a field is {@code @index(a)}, which
 * {@code @index} does not take).
 */
final class AttributeReader {
    private static final Map<String, String> FLAGS = Map.of(
            Annotations.AUTO, Attributes.AUTO, Annotations.PII, Attributes.PII, Annotations.SECRET, Attributes.SECRET,
            Annotations.UPDATED, Attributes.UPDATED, Annotations.EMBED, Attributes.EMBED);

    private final Expressions expressions;
    private final Bounds bounds;

    AttributeReader(Expressions expressions, Bounds bounds) {
        this.expressions = expressions;
        this.bounds = bounds;
    }

    /** {@code @id @unique @check(...) ...} of one field, in the order written. */
    List<Attribute> field(JavaMember member, Nodes nodes) {
        var out = new ArrayList<Attribute>();
        for (AnnotationMirror m : Mirrors.all(member.element())) {
            Origin at = Origin.of(member.element()).with(m);
            String type = Mirrors.typeName(m);
            Map<String, AnnotationValue> v = Mirrors.explicit(m);
            String flag = FLAGS.get(type);
            if (flag != null) {
                out.add(nodes.attribute(flag, false, List.of(), at));
            } else if (type.equals(Annotations.ID)) {
                out.add(nodes.attribute(Attributes.ID, false, fieldsAndName(v, at, nodes), at));
            } else if (type.equals(Annotations.UNIQUE) || type.equals(Annotations.INDEX)) {
                out.add(nodes.attribute(type.equals(Annotations.UNIQUE) ? Attributes.UNIQUE : Attributes.INDEX, false,
                        fieldsAndName(v, at, nodes), at));
            } else if (type.equals(Annotations.CHECK)) {
                var args = expressions.fieldCheck(string(v.get("value")), at.with(m, v.get("value")), nodes);
                if (args != null) out.add(nodes.attribute(Attributes.CHECK, false, args, at));
            } else if (type.equals(Annotations.MIN) || type.equals(Annotations.MAX)) {
                var bound = bounds.read(member, m, at, nodes);
                if (bound != null) {
                    var args = new ArrayList<Argument>(List.of(Nodes.positional(bound)));
                    named(v, "name", Attributes.NAME_ARGUMENT, at, nodes, args);
                    out.add(nodes.attribute(type.equals(Annotations.MIN) ? Attributes.MIN : Attributes.MAX, false, args, at));
                }
            } else if (type.equals(Annotations.LENGTH)) {
                var args = length(v, at, nodes);
                named(v, "name", Attributes.NAME_ARGUMENT, at, nodes, args);
                out.add(nodes.attribute(Attributes.LENGTH, false, args, at));
            } else if (type.equals(Annotations.PATTERN) || type.equals(Annotations.RELATION) || type.equals(Annotations.TTL)
                    || type.equals(Annotations.RENAMED_FROM)) {
                AnnotationValue s = v.get("value");
                String name = type.equals(Annotations.PATTERN) ? Attributes.PATTERN
                        : type.equals(Annotations.TTL) ? Attributes.TTL
                        : type.equals(Annotations.RENAMED_FROM) ? Attributes.RENAMED_FROM : Attributes.RELATION;
                var args = new ArrayList<Argument>();
                if (s != null && !string(s).isEmpty() || !type.equals(Annotations.RELATION)) {
                    args.add(Nodes.positional(nodes.str(string(s), at.with(m, s))));
                }
                named(v, "name", Attributes.NAME_ARGUMENT, at, nodes, args);
                named(v, "map", Attributes.MAP_ARGUMENT, at, nodes, args);
                out.add(nodes.attribute(name, false, args, at));
            } else if (type.equals(Annotations.ON_DELETE) || type.equals(Annotations.ON_UPDATE)) {
                AnnotationValue a = v.get("value");
                out.add(nodes.attribute(type.equals(Annotations.ON_DELETE) ? Attributes.ON_DELETE : Attributes.ON_UPDATE, false,
                        List.of(Nodes.positional(nodes.ref(enumConstant(a), at.with(m, a)))), at));
            } else if (type.equals(Annotations.COLUMN) && v.containsKey("name")) {
                AnnotationValue s = v.get("name");
                // What is said of the column's name stands where the name is written, as for JPA's @Column(name).
                out.add(nodes.attribute(Attributes.MAP, false, List.of(Nodes.positional(nodes.str(string(s), at.with(m, s)))), at.with(m, s)));
            }
        }
        return out;
    }

    /** Positional field names from {@code value}: Java names are written, schema names are meant. */
    static List<Argument> fields(Map<String, AnnotationValue> v, Origin at, Nodes nodes) {
        var out = new ArrayList<Argument>();
        AnnotationValue names = v.get("value");
        if (names == null) return out;
        for (AnnotationValue item : Mirrors.items(names)) {
            String name = ElementNames.fieldIn(ElementNames.owner(at.element()), string(item));
            out.add(Nodes.positional(nodes.ref(name, at.with(at.annotation(), item))));
        }
        return out;
    }

    static List<Ident> idents(AnnotationValue names, Origin at, Nodes nodes) {
        var out = new ArrayList<Ident>();
        if (names == null) return out;
        for (AnnotationValue item : Mirrors.items(names)) {
            out.add(nodes.ident(ElementNames.fieldIn(ElementNames.owner(at.element()), string(item)), at.with(at.annotation(), item)));
        }
        return out;
    }

    static List<Argument> fieldsAndName(Map<String, AnnotationValue> v, Origin at, Nodes nodes) {
        var out = fields(v, at, nodes);
        AnnotationValue name = v.get("name");
        if (name != null) out.add(nodes.named(Attributes.NAME_ARGUMENT, nodes.str(string(name), at.with(at.annotation(), name)), at.with(at.annotation(), name)));
        return out;
    }

    /** {@code key = "..."} when the annotation gives {@code element} (a constraint's name). */
    private static void named(Map<String, AnnotationValue> v, String element, String key, Origin at, Nodes nodes,
                              List<Argument> into) {
        AnnotationValue given = v.get(element);
        if (given == null || string(given).isEmpty()) return;
        Origin o = at.with(at.annotation(), given);
        into.add(nodes.named(key, nodes.str(string(given), o), o));
    }

    /** Both bounds: {@code @length(min, max)}; one: {@code @length(max = n)}; as the language writes them. */
    private static List<Argument> length(Map<String, AnnotationValue> v, Origin at, Nodes nodes) {
        AnnotationValue min = isNumber(v.get("min")) ? v.get("min") : null;
        AnnotationValue max = isNumber(v.get("max")) ? v.get("max") : null;
        var out = new ArrayList<Argument>();
        if (min != null && max != null) {
            out.add(Nodes.positional(nodes.num(integer(min), at.with(at.annotation(), min))));
            out.add(Nodes.positional(nodes.num(integer(max), at.with(at.annotation(), max))));
        } else if (min != null || max != null) {
            AnnotationValue one = min != null ? min : max;
            Origin o = at.with(at.annotation(), one);
            out.add(nodes.named(min != null ? Attributes.MIN_ARGUMENT : Attributes.MAX_ARGUMENT, nodes.num(integer(one), o), o));
        }
        return out;
    }

    static String string(AnnotationValue v) {
        return v != null && v.getValue() instanceof String s ? s : "";
    }

    static boolean isNumber(AnnotationValue v) {
        return v != null && v.getValue() instanceof Number;
    }

    static long integer(AnnotationValue v) {
        return ((Number) v.getValue()).longValue();
    }

    /** {@code Action.SET_NULL} → {@code set_null}: the language's keyword for the constant. */
    static String enumConstant(AnnotationValue v) {
        return v.getValue() instanceof VariableElement c ? c.getSimpleName().toString().toLowerCase(Locale.ROOT) : "";
    }
}
