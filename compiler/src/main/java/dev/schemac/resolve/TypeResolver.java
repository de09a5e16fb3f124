package dev.schemac.resolve;

import dev.schemac.render.markdown.Quoted;
import dev.schemac.ast.TypeRef;
import dev.schemac.ast.Value;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.lang.ForeignHabits;
import dev.schemac.model.FieldType;
import dev.schemac.model.ScalarKind;
import java.math.BigDecimal;

/**
 * A field's written type made a {@link FieldType}: a scalar with its arguments checked, an
 * enum or an entity (a list only for entities), or a diagnostic saying what it most likely is.
 */
final class TypeResolver {
    private final Symbols symbols;
    private final Diagnostics diags;

    TypeResolver(Symbols symbols, Diagnostics diags) {
        this.symbols = symbols;
        this.diags = diags;
    }

    /** The type of field {@code field}, or null when it cannot be resolved (already reported). */
    FieldType resolve(TypeRef t, String field) {
        String name = t.name().text();
        var kind = ScalarKind.byKeyword(name);
        FieldType type;
        if (kind.isPresent()) {
            type = scalar(t, kind.get());
            if (type == null) return null;
            if (t.list()) {
                diags.add(Messages.scalarList(t.span(), field, name));
                return null;
            }
        } else if (symbols.enums().containsKey(name)) {
            if (!noArgs(t)) return null;
            if (t.list()) {
                diags.add(Messages.scalarList(t.span(), field, name));
                return null;
            }
            type = new FieldType.EnumRef(name);
        } else if (symbols.entities().containsKey(name)) {
            if (!noArgs(t)) return null;
            type = new FieldType.EntityRef(name, t.list());
        } else {
            diags.add(unknownType(t, name));
            return null;
        }
        if (t.list() && t.optional()) {
            diags.add(Messages.optionalList(t.span(), field));
            return null;
        }
        return type;
    }

    /**
     * An unknown type, answered with what it most likely is: another language's name for a type
     * of this one (`varchar(20)` is `string(20)`), a declaration in a file not imported, or the
     * closest name.
     */
    private Diagnostic unknownType(TypeRef t, String name) {
        var foreign = ForeignHabits.type(name);
        if (foreign.isPresent()) {
            // MySQL's boolean is `tinyint(1)`: the width says what it was meant to hold.
            if (name.equalsIgnoreCase("tinyint") && t.args().size() == 1 && t.args().get(0).source().equals("1")) {
                return Messages.unknownType(t.name().span(), name, "bool", "`tinyint(1)` is MySQL's boolean", null);
            }
            String args = "";
            // A length or precision goes over only to a type that takes one: `varchar(20)` is `string(20)`, while the
            // display width of `integer(11)` is no part of `int`.
            boolean takes = ScalarKind.byKeyword(foreign.get()).map(ScalarKind::takesArguments).orElse(false);
            if (!t.args().isEmpty() && !foreign.get().contains("(") && takes) {
                args = "(" + t.span().file().slice(t.args().get(0).span().start(), t.args().get(t.args().size() - 1).span().end())
                        + ")";
            }
            String because = name.equalsIgnoreCase(foreign.get()) ? "types are written in lower case"
                    : Quoted.name(name) + " is another language's name for it";
            return Messages.unknownType(t.name().span(), name, foreign.get() + args, because, null);
        }
        String elsewhere = SiblingFiles.declaring(t.name().span(), name, false)
                .map(f -> Messages.importHint(f, "the type", name)).orElse(null);
        return Messages.unknownType(t.name().span(), name, elsewhere != null ? null
                : Suggest.closest(name, symbols.typeNames()), null, elsewhere);
    }

    private boolean noArgs(TypeRef t) {
        if (t.args().isEmpty()) return true;
        diags.add(Messages.badTypeArguments(t.span(), t.name().text(), "type arguments are not allowed",
                sp -> sp.withoutArguments(t.name().text())));
        return false;
    }

    private FieldType.Scalar scalar(TypeRef t, ScalarKind kind) {
        var args = t.args();
        switch (kind) {
            case DECIMAL -> {
                if (args.size() != 2) {
                    diags.add(Messages.badTypeArguments(t.span(), "decimal", "precision and scale are required",
                            sp -> sp.type("decimal(precision, scale)") + ", e.g. " + sp.type("decimal(10, 2)")));
                    return null;
                }
                Integer p = intArg(args.get(0), 1, 65, "decimal", "a precision from 1 to 65");
                Integer s = intArg(args.get(1), 0, 30, "decimal", "a scale from 0 to 30");
                if (p == null || s == null) return null;
                if (s > p) {
                    diags.add(Messages.badTypeArguments(args.get(1).span(), "decimal", "scale " + s
                            + " is larger than precision " + p, sp -> sp.type("decimal(p, s)") + " with s <= p"));
                    return null;
                }
                return new FieldType.Scalar(kind, null, p, s);
            }
            case STRING, CHAR -> {
                int max = kind == ScalarKind.CHAR ? 255 : 65535;
                if (args.isEmpty()) {
                    if (kind == ScalarKind.CHAR) {
                        diags.add(Messages.badTypeArguments(t.span(), "char", "a length is required",
                                sp -> sp.type("char(n)") + ", e.g. " + sp.type("char(2)")));
                        return null;
                    }
                    return FieldType.Scalar.of(kind);
                }
                if (args.size() != 1) {
                    diags.add(Messages.badTypeArguments(t.span(), kind.keyword(), "one length is expected",
                            sp -> sp.type(kind.keyword() + "(n)")));
                    return null;
                }
                Integer n = intArg(args.get(0), 1, max, kind.keyword(), "a length from 1 to " + max);
                return n == null ? null : new FieldType.Scalar(kind, n, null, null);
            }
            default -> {
                if (kind == ScalarKind.TEXT && args.size() == 1 && args.get(0) instanceof Value.Num n && n.isInteger()) {
                    // `text(80)`: text of a bounded length is a string.
                    diags.add(Messages.badTypeArguments(t.span(), kind.keyword(), "type arguments are not allowed",
                            sp -> sp.type("string(" + n.text() + ")") + " for text of at most " + n.text() + " characters, or "
                                    + sp.withoutArguments("text")));
                    return null;
                }
                if (!args.isEmpty()) {
                    // MySQL's `int(11)`: a display width, which says nothing of the values.
                    diags.add(Messages.badTypeArguments(t.span(), kind.keyword(), "type arguments are not allowed",
                            sp -> sp.withoutArguments(kind.keyword())
                                    + (kind.isInteger() ? " (MySQL's display width, as in `int(11)`, is no part of the type)" : "")));
                    return null;
                }
                return FieldType.Scalar.of(kind);
            }
        }
    }

    private Integer intArg(Value v, int min, int max, String type, String expected) {
        if (v instanceof Value.Num n && n.isInteger()) {
            BigDecimal x = n.value();
            if (x.compareTo(BigDecimal.valueOf(min)) >= 0 && x.compareTo(BigDecimal.valueOf(max)) <= 0) return x.intValue();
        }
        diags.add(Messages.badTypeArguments(v.span(), type, Quoted.name(v.source()) + " is not " + expected, expected));
        return null;
    }
}
