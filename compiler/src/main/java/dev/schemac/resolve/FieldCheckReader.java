package dev.schemac.resolve;

import dev.schemac.render.markdown.Quoted;
import dev.schemac.ast.Argument;
import dev.schemac.ast.Attribute;
import dev.schemac.ast.Value;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.lang.Attributes;
import dev.schemac.model.FieldCheck;
import dev.schemac.model.FieldType;
import dev.schemac.model.Op;
import dev.schemac.model.ScalarKind;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A field's check attributes ({@code @check}, {@code @min}, {@code @max}, {@code @length},
 * {@code @pattern}) made {@link FieldCheck}s: each attribute's arguments read, and its
 * literal typed against the field's type.
 */
final class FieldCheckReader {
    private final Diagnostics diags;

    FieldCheckReader(Diagnostics diags) {
        this.diags = diags;
    }

    /** The check attribute {@code a} says, or null when it says none (already reported). */
    FieldCheck read(Attribute a, String field, FieldType type, boolean relation) {
        String n = a.name().text();
        if (relation) {
            diags.add(Messages.attributeNotAllowed(a.span(), a.display(), "applies to scalar fields only"));
            return null;
        }
        ScalarKind kind = type instanceof FieldType.Scalar s ? s.kind() : null;
        switch (n) {
            case Attributes.CHECK -> {
                var args = new Args(a, diags);
                if (!args.shape(1, 1, Attributes.NAME_ARGUMENT)) return null;
                String name = args.named(Attributes.NAME_ARGUMENT).flatMap(args::string).orElse(null);
                if (args.failed()) return null;
                // SQL's `CHECK (age > 0)`: the field named where `@check` means it already; another field, the entity's check.
                if (args.positionals().get(0) instanceof Argument.BinaryCompare b && b.left() instanceof Value.Ref r
                        && r.parts().size() == 1) {
                    String rest = b.span().file().slice(b.left().span().end(), b.span().end()).strip();
                    boolean literal = !(b.right() instanceof Value.Ref v) || v.text().equals("true") || v.text().equals("false");
                    boolean self = r.text().equals(field) && literal;
                    diags.add(Messages.badAttributeArguments(b.span(), a.display(), self
                                    ? "the field it is on is compared without its name"
                                    : "a comparison of two fields is a check of the entity",
                            s -> self ? s.withExpression(a.display(), rest)
                                    : s.withExpression(Attributes.blockDisplay(Attributes.CHECK), r.text() + " " + rest)
                                            + (s == dev.schemac.diag.Spelling.SCHEMA ? " on a line of its own" : "")));
                    return null;
                }
                if (!(args.positionals().get(0) instanceof Argument.Compare c)) {
                    args.problem(args.positionals().get(0).span(), "expected a comparison such as `>= 0`");
                    return null;
                }
                Object literal = literal(c.value(), field, kind, a.display());
                if (literal == null) return null;
                if (kind != null && !kind.isOrdered() && c.op() != Op.EQ && c.op() != Op.NE) {
                    diags.add(Messages.badCheck(c.span(), a.display() + " on " + Quoted.name(field),
                            "values of type " + type.display() + " cannot be ordered", "use = or != only"));
                    return null;
                }
                return new FieldCheck.Compare(a.span(), c.op(), literal, name);
            }
            case Attributes.MIN, Attributes.MAX -> {
                var args = new Args(a, diags);
                if (!args.shape(1, 1, Attributes.NAME_ARGUMENT)) return null;
                String name = args.named(Attributes.NAME_ARGUMENT).flatMap(args::string).orElse(null);
                if (args.failed()) return null;
                if (kind == null || !kind.isNumeric()) {
                    diags.add(Messages.badCheck(a.span(), a.display() + " on " + Quoted.name(field),
                            "the field is not a number",
                            sp -> "use " + sp.attribute(Attributes.display(Attributes.LENGTH)) + " for text, "
                                    + sp.attribute(Attributes.display(Attributes.CHECK)) + " for other comparisons"));
                    return null;
                }
                var arg = args.positionals().get(0);
                if (!(arg instanceof Argument.Positional p) || !(p.value() instanceof Value.Num num)) {
                    args.problem(arg.span(), "expected a number");
                    return null;
                }
                return new FieldCheck.Compare(a.span(), n.equals(Attributes.MIN) ? Op.GE : Op.LE, num.value(), name);
            }
            case Attributes.LENGTH -> {
                var args = new Args(a, diags);
                if (!args.shape(0, 2, Attributes.MIN_ARGUMENT, Attributes.MAX_ARGUMENT, Attributes.NAME_ARGUMENT)) return null;
                String name = args.named(Attributes.NAME_ARGUMENT).flatMap(args::string).orElse(null);
                if (kind == null || !kind.isText()) {
                    diags.add(Messages.badCheck(a.span(), a.display() + " on " + Quoted.name(field), "the field is not text",
                            sp -> "use " + sp.attribute(Attributes.display(Attributes.MIN)) + " / "
                                    + sp.attribute(Attributes.display(Attributes.MAX)) + " for numbers"));
                    return null;
                }
                var pos = args.positionals();
                Integer min = null, max = null;
                if (pos.size() == 2) {
                    min = pos.get(0) instanceof Argument.Positional p ? args.nonNegativeInt(p.value()).orElse(null) : null;
                    max = pos.get(1) instanceof Argument.Positional p ? args.nonNegativeInt(p.value()).orElse(null) : null;
                } else if (pos.size() == 1) {
                    args.problem(a.span(), "a single number is ambiguous");
                } else {
                    min = args.named(Attributes.MIN_ARGUMENT).flatMap(args::nonNegativeInt).orElse(null);
                    max = args.named(Attributes.MAX_ARGUMENT).flatMap(args::nonNegativeInt).orElse(null);
                    if (min == null && max == null && !args.failed()) args.problem(a.span(), "needs a minimum or a maximum");
                }
                if (args.failed()) return null;
                if (min != null && max != null && min > max) {
                    args.problem(a.span(), "minimum " + min + " is larger than maximum " + max);
                    return null;
                }
                return new FieldCheck.Length(a.span(), min, max, name);
            }
            case Attributes.PATTERN -> {
                var args = new Args(a, diags);
                if (!args.shape(1, 1, Attributes.NAME_ARGUMENT)) return null;
                String name = args.named(Attributes.NAME_ARGUMENT).flatMap(args::string).orElse(null);
                if (args.failed()) return null;
                if (kind == null || !kind.isText()) {
                    diags.add(Messages.badCheck(a.span(), a.display() + " on " + Quoted.name(field), "the field is not text",
                            sp -> "use " + sp.attribute(Attributes.display(Attributes.PATTERN)) + " on " + sp.textFields()));
                    return null;
                }
                String regex = args.string(args.positionals().get(0)).orElse(null);
                if (regex == null) return null;
                try {
                    Pattern.compile(regex);
                } catch (PatternSyntaxException e) {
                    args.problem(args.positionals().get(0).span(), "invalid regular expression: " + e.getDescription());
                    return null;
                }
                return new FieldCheck.Pattern(a.span(), regex, name);
            }
            default -> throw new IllegalStateException(n);
        }
    }

    /** A literal compared with a field of the given kind (null kind: an enum). */
    private Object literal(Value v, String field, ScalarKind kind, String what) {
        if (kind != null && kind.isNumeric() && v instanceof Value.Num n) return n.value();
        if (kind != null && (kind.isText() || kind.isTemporal() || kind == ScalarKind.UUID) && v instanceof Value.Str s) {
            return s.value();
        }
        if (kind == ScalarKind.BOOL && v instanceof Value.Ref r && (r.text().equals("true") || r.text().equals("false"))) {
            return Boolean.valueOf(r.text());
        }
        diags.add(Messages.badCheck(v.span(), what + " on " + Quoted.name(field),
                Quoted.name(v.source()) + " cannot be compared with " + withArticle(kind == null ? "enum" : kind.keyword()) + " field",
                kind != null && kind.isNumeric() ? "compare with a number" : "compare with a string literal"));
        return null;
    }

    /** "an int", "a string", "a uuid": the article goes by the sound, and only `uuid` starts with a vowel that is not one. */
    private static String withArticle(String keyword) {
        boolean vowel = "aeio".indexOf(keyword.charAt(0)) >= 0;
        return (vowel ? "an " : "a ") + keyword;
    }
}
