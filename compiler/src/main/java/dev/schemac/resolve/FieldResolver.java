package dev.schemac.resolve;

import dev.schemac.ast.Argument;
import dev.schemac.ast.Attribute;
import dev.schemac.ast.FieldDecl;
import dev.schemac.model.Op;
import dev.schemac.ast.TypeRef;
import dev.schemac.ast.Value;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.lang.Attributes;
import dev.schemac.model.DefaultValue;
import dev.schemac.model.Field;
import dev.schemac.model.FieldCheck;
import dev.schemac.model.FieldStore;
import dev.schemac.model.FieldType;
import dev.schemac.model.Origin;
import dev.schemac.model.ReferentialAction;
import dev.schemac.model.ScalarKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.PatternSyntaxException;

/** One field: its type, its attributes (validated against the attribute table), its default. */
final class FieldResolver {
    static final List<String> FIELD_ATTRIBUTES = Attributes.FIELD;

    private static final List<String> ACTIONS = java.util.Arrays.stream(ReferentialAction.values())
            .map(ReferentialAction::keyword).toList();

    private final Symbols symbols;
    private final Diagnostics diags;
    private final StoreHintReader storeHints;

    FieldResolver(Symbols symbols, Diagnostics diags) {
        this.symbols = symbols;
        this.diags = diags;
        this.storeHints = new StoreHintReader(diags);
    }

    /** Returns null when the type cannot be resolved (already reported). */
    FieldDraft resolve(FieldDecl decl, Origin origin, String mixin) {
        String fieldName = decl.name().text();
        FieldType type = type(decl.type(), fieldName);
        if (type == null) return null;
        boolean list = type instanceof FieldType.EntityRef r && r.list();
        boolean relation = type instanceof FieldType.EntityRef;
        boolean nullable = decl.type().optional() && !list;

        boolean id = false, auto = false, unique = false, index = false, pii = false, secret = false, updated = false;
        String column = null;
        String relationName = null;
        dev.schemac.source.Span relationSpan = null;
        ReferentialAction onDelete = null, onUpdate = null;
        Attribute onDeleteAttr = null, onUpdateAttr = null;
        var checks = new ArrayList<FieldCheck>();
        var store = FieldStore.NONE;
        Map<String, Attribute> seen = new HashMap<>();

        for (Attribute a : decl.attributes()) {
            String n = a.name().text();
            if (!FIELD_ATTRIBUTES.contains(n)) {
                var habit = dev.schemac.lang.ForeignHabits.fieldAttribute(n);
                if (n.equals("default") && a.args().size() == 1) {
                    String text = a.span().file().text();
                    var arg = a.args().get(0).span();
                    habit = java.util.Optional.of(dev.schemac.lang.ForeignHabits.prismaDefault(text.substring(arg.start(), arg.end())));
                }
                if (habit.isPresent()) {
                    diags.add(Messages.habit(a.span(), "@" + n, habit.get()));
                    continue;
                }
                String hint = Suggest.closest(n, FIELD_ATTRIBUTES);
                diags.add(Messages.unknownAttribute(a.span(), "@" + n, hint == null ? null : "@" + hint));
                continue;
            }
            Attribute first = seen.putIfAbsent(n, a);
            if (first != null && !n.equals(Attributes.CHECK)) {
                diags.add(Messages.duplicateAttribute(a.span(), a.display(), first.span()));
                continue;
            }
            if (list && !n.equals(Attributes.RELATION) && !n.equals(Attributes.EMBED)) {
                diags.add(Messages.attributeNotAllowed(a.span(), a.display(),
                        "does not apply to a list field: the many side of a relation has no column"));
                continue;
            }
            if (!relation && (n.equals(Attributes.RELATION) || n.equals(Attributes.ON_DELETE) || n.equals(Attributes.ON_UPDATE)
                    || n.equals(Attributes.EMBED))) {
                diags.add(Messages.attributeNotAllowed(a.span(), a.display(), "applies to relation fields only"));
                continue;
            }
            switch (n) {
                case Attributes.ID -> id = flag(a, "@id");
                case Attributes.AUTO -> {
                    auto = flag(a, "@auto");
                    if (auto && !(type instanceof FieldType.Scalar s && s.kind().isInteger())) {
                        diags.add(Messages.badAuto(a.span(), fieldName, "the field is not an integer"));
                        auto = false;
                    }
                }
                case Attributes.UNIQUE -> unique = flag(a, "@unique");
                case Attributes.INDEX -> index = flag(a, "@index");
                case Attributes.PII -> pii = scalarFlag(a, relation, "@pii");
                case Attributes.SECRET -> secret = scalarFlag(a, relation, "@secret");
                case Attributes.UPDATED -> {
                    updated = flag(a, "@updated");
                    if (updated && !(type instanceof FieldType.Scalar s && s.kind() == ScalarKind.DATETIME)) {
                        diags.add(Messages.attributeNotAllowed(a.span(), "@updated", "applies to datetime fields only"));
                        updated = false;
                    }
                }
                case Attributes.MAP -> {
                    var args = new Args(a, s -> s.form("@map"), diags);
                    if (args.shape(1, 1)) column = args.string(args.positionals().get(0)).orElse(null);
                }
                case Attributes.RELATION -> {
                    var args = new Args(a, s -> s.form("@relation"), diags);
                    if (args.shape(1, 1)) {
                        relationName = args.string(args.positionals().get(0)).orElse(null);
                        relationSpan = a.span();
                    }
                }
                case Attributes.ON_DELETE, Attributes.ON_UPDATE -> {
                    ReferentialAction action = action(a);
                    if (n.equals(Attributes.ON_DELETE)) {
                        onDelete = action;
                        onDeleteAttr = a;
                    } else {
                        onUpdate = action;
                        onUpdateAttr = a;
                    }
                }
                // Read by the migration diff (RenameHintReader); here only its shape is checked.
                case Attributes.RENAMED_FROM -> {
                    var args = new Args(a, s -> s.form("@renamed_from"), diags);
                    if (args.shape(1, 1)) args.string(args.positionals().get(0));
                }
                case Attributes.CHECK, Attributes.MIN, Attributes.MAX, Attributes.LENGTH, Attributes.PATTERN -> {
                    FieldCheck c = check(a, fieldName, type, relation);
                    if (c != null) checks.add(c);
                }
                case Attributes.EMBED -> {
                    if (flag(a, "@embed")) store = new FieldStore(a.span(), store.ttl());
                }
                case Attributes.TTL -> {
                    var ttl = storeHints.fieldTtl(a, type);
                    if (ttl != null) store = new FieldStore(store.embed(), ttl);
                }
                default -> throw new IllegalStateException(n);
            }
        }

        DefaultValue def = null;
        if (decl.defaultValue() != null) {
            if (relation) {
                diags.add(Messages.defaultOnRelation(decl.defaultValue().span(), fieldName));
            } else {
                def = defaultValue(decl.defaultValue(), fieldName, type);
            }
        }
        if ((unique || index) && type instanceof FieldType.Scalar s && s.kind() == ScalarKind.STRING && s.length() == null) {
            diags.add(Messages.unboundedStringIndexed(decl.name().span(), fieldName));
        }
        var field = new Field(decl.span(), fieldName, decl.doc(), type, nullable, def, id, auto, unique, index, column,
                checks, pii, secret, updated, origin, mixin, null, store);
        return new FieldDraft(field, relationName, relationSpan, onDelete, onDeleteAttr, onUpdate, onUpdateAttr);
    }

    private boolean flag(Attribute a, String form) {
        return new Args(a, s -> s.form(form), diags).none();
    }

    private boolean scalarFlag(Attribute a, boolean relation, String form) {
        if (relation) {
            diags.add(Messages.attributeNotAllowed(a.span(), form, "applies to scalar fields only"));
            return false;
        }
        return flag(a, form);
    }

    private ReferentialAction action(Attribute a) {
        var args = new Args(a, s -> s.form(a.display()), diags);
        if (!args.shape(1, 1)) return null;
        var word = args.name(args.positionals().get(0));
        if (word.isEmpty()) return null;
        var action = ReferentialAction.byKeyword(word.get().text());
        if (action.isEmpty()) {
            String hint = Suggest.closest(word.get().text(), ACTIONS);
            args.problem(word.get().span(), "unknown action `" + word.get().text() + "`"
                    + "." + Messages.didYouMean(hint));
            return null;
        }
        return action.get();
    }

    // --- types

    /**
     * An unknown type, answered with what it most likely is: another language's name for a type
     * of this one (`varchar(20)` is `string(20)`), a declaration in a file not imported, or the
     * closest name.
     */
    private dev.schemac.diag.Diagnostic unknownType(TypeRef t, String name) {
        var foreign = dev.schemac.lang.ForeignHabits.type(name);
        if (foreign.isPresent()) {
            String args = "";
            if (!t.args().isEmpty() && !foreign.get().contains("(")) {
                var text = t.span().file().text();
                args = "(" + text.substring(t.args().get(0).span().start(), t.args().get(t.args().size() - 1).span().end()) + ")";
            }
            String because = name.equalsIgnoreCase(foreign.get()) ? "types are written in lower case"
                    : "`" + name + "` is another language's name for it";
            return Messages.unknownType(t.name().span(), name, foreign.get() + args, because, null);
        }
        String elsewhere = SiblingFiles.declaring(t.name().span(), name, false)
                .map(f -> Messages.importHint(f, "the type", name)).orElse(null);
        return Messages.unknownType(t.name().span(), name, elsewhere != null ? null
                : Suggest.closest(name, symbols.typeNames()), null, elsewhere);
    }

    private FieldType type(TypeRef t, String field) {
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
                if (!args.isEmpty()) {
                    diags.add(Messages.badTypeArguments(t.span(), kind.keyword(), "type arguments are not allowed",
                            sp -> sp.withoutArguments(kind.keyword())));
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
        diags.add(Messages.badTypeArguments(v.span(), type, "`" + v.source() + "` is not " + expected, expected));
        return null;
    }

    // --- checks

    private FieldCheck check(Attribute a, String field, FieldType type, boolean relation) {
        String n = a.name().text();
        if (relation) {
            diags.add(Messages.attributeNotAllowed(a.span(), a.display(), "applies to scalar fields only"));
            return null;
        }
        ScalarKind kind = type instanceof FieldType.Scalar s ? s.kind() : null;
        switch (n) {
            case Attributes.CHECK -> {
                var args = new Args(a, s -> s.form("@check"), diags);
                if (!args.shape(1, 1)) return null;
                if (!(args.positionals().get(0) instanceof Argument.Compare c)) {
                    args.problem(args.positionals().get(0).span(), "expected a comparison such as `>= 0`");
                    return null;
                }
                Object literal = literal(c.value(), field, kind, "@check");
                if (literal == null) return null;
                if (kind != null && !kind.isOrdered() && c.op() != Op.EQ && c.op() != Op.NE) {
                    diags.add(Messages.badCheck(c.span(), "@check on `" + field + "`",
                            "values of type " + type.display() + " cannot be ordered", "use = or != only"));
                    return null;
                }
                return new FieldCheck.Compare(a.span(), c.op(), literal);
            }
            case Attributes.MIN, Attributes.MAX -> {
                var args = new Args(a, s -> s.form(a.display()), diags);
                if (!args.shape(1, 1)) return null;
                if (kind == null || !kind.isNumeric()) {
                    diags.add(Messages.badCheck(a.span(), a.display() + " on `" + field + "`",
                            "the field is not a number",
                            sp -> "use " + sp.attribute("@length") + " for text, " + sp.attribute("@check") + " for other comparisons"));
                    return null;
                }
                var arg = args.positionals().get(0);
                if (!(arg instanceof Argument.Positional p) || !(p.value() instanceof Value.Num num)) {
                    args.problem(arg.span(), "expected a number");
                    return null;
                }
                return new FieldCheck.Compare(a.span(), n.equals(Attributes.MIN) ? Op.GE : Op.LE, num.value());
            }
            case Attributes.LENGTH -> {
                var args = new Args(a, s -> s.form("@length"), diags);
                if (!args.shape(0, 2, Attributes.MIN_ARGUMENT, Attributes.MAX_ARGUMENT)) return null;
                if (kind == null || !kind.isText()) {
                    diags.add(Messages.badCheck(a.span(), "@length on `" + field + "`", "the field is not text",
                            sp -> "use " + sp.attribute("@min") + " / " + sp.attribute("@max") + " for numbers"));
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
                return new FieldCheck.Length(a.span(), min, max);
            }
            case Attributes.PATTERN -> {
                var args = new Args(a, s -> s.form("@pattern"), diags);
                if (!args.shape(1, 1)) return null;
                if (kind == null || !kind.isText()) {
                    diags.add(Messages.badCheck(a.span(), "@pattern on `" + field + "`", "the field is not text",
                            sp -> "use " + sp.attribute("@pattern") + " on " + sp.textFields()));
                    return null;
                }
                String regex = args.string(args.positionals().get(0)).orElse(null);
                if (regex == null) return null;
                try {
                    java.util.regex.Pattern.compile(regex);
                } catch (PatternSyntaxException e) {
                    args.problem(args.positionals().get(0).span(), "invalid regular expression: " + e.getDescription());
                    return null;
                }
                return new FieldCheck.Pattern(a.span(), regex);
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
        diags.add(Messages.badCheck(v.span(), what + " on `" + field + "`",
                "`" + v.source() + "` cannot be compared with a " + (kind == null ? "enum" : kind.keyword()) + " field",
                kind != null && kind.isNumeric() ? "compare with a number" : "compare with a string literal"));
        return null;
    }

    // --- defaults

    private DefaultValue defaultValue(Value v, String field, FieldType type) {
        if (type instanceof FieldType.EnumRef e) {
            var decl = symbols.enums().get(e.name());
            if (v instanceof Value.Ref r && r.parts().size() == 1) {
                String value = r.text();
                var names = decl.values().stream().map(x -> x.name().text()).toList();
                if (names.contains(value)) return new DefaultValue.EnumValue(value);
                String hint = Suggest.closest(value, names);
                diags.add(Messages.badDefault(v.span(), field, "is `" + value + "`, which is not a value of enum `" + e.name() + "`",
                        hint != null ? Messages.didYouMean(hint).strip() : "use one of: " + String.join(", ", names)));
                return null;
            }
            diags.add(Messages.badDefault(v.span(), field, "must be a value of enum `" + e.name() + "`",
                    sp -> "write the value's name, e.g. `" + sp.defaultValue(decl.values().get(0).name().text()) + "`"));
            return null;
        }
        var s = (FieldType.Scalar) type;
        ScalarKind k = s.kind();
        if (v instanceof Value.Call c) {
            String fn = c.function().text();
            if (fn.equals("now") && k.isTemporal()) return new DefaultValue.Now();
            if (fn.equals("uuid") && k == ScalarKind.UUID) return new DefaultValue.Uuid();
            diags.add(Messages.badDefault(v.span(), field, "is `" + fn + "()`, which does not fit a " + type.display() + " field",
                    k.isTemporal() ? "use now()" : k == ScalarKind.UUID ? "use uuid()" : "use a literal"));
            return null;
        }
        if (v instanceof Value.Num n) {
            if (!k.isNumeric()) return mismatch(v, field, type);
            BigDecimal x = n.value();
            if (k.isInteger() && !n.isInteger()) {
                diags.add(Messages.badDefault(v.span(), field, "is not a whole number", "use an integer literal"));
                return null;
            }
            if (k.isInteger() && !fitsInteger(x, k)) {
                diags.add(Messages.badDefault(v.span(), field, "is out of range for " + k.keyword(), "use a smaller value"));
                return null;
            }
            if (k == ScalarKind.DECIMAL) {
                BigDecimal stripped = x.stripTrailingZeros();
                int scale = Math.max(0, stripped.scale());
                int integerDigits = Math.max(0, stripped.precision() - stripped.scale());
                if (scale > s.scale() || integerDigits > s.precision() - s.scale()) {
                    diags.add(Messages.badDefault(v.span(), field, "is `" + n.text() + "`, which does not fit " + type.display(),
                            "use at most " + (s.precision() - s.scale()) + " digits before and " + s.scale()
                                    + " after the point"));
                    return null;
                }
            }
            return new DefaultValue.Number(x);
        }
        if (v instanceof Value.Str str) {
            if (k.isText()) {
                if (s.length() != null && str.value().codePointCount(0, str.value().length()) > s.length()) {
                    diags.add(Messages.badDefault(v.span(), field, "is longer than " + s.length() + " characters",
                            "shorten the default or the field's length"));
                    return null;
                }
                return new DefaultValue.Text(str.value());
            }
            if (k == ScalarKind.UUID) {
                if (!str.value().matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
                    diags.add(Messages.badDefault(v.span(), field, "is not a UUID", "use uuid() or a UUID literal"));
                    return null;
                }
                return new DefaultValue.Text(str.value().toLowerCase(java.util.Locale.ROOT));
            }
            if (k.isTemporal()) {
                String pattern = switch (k) {
                    case DATE -> "\\d{4}-\\d{2}-\\d{2}";
                    case TIME -> "\\d{2}:\\d{2}(:\\d{2})?";
                    default -> "\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2})?";
                };
                if (!str.value().matches(pattern)) {
                    diags.add(Messages.badDefault(v.span(), field, "is not an ISO " + k.keyword(),
                            "write e.g. " + switch (k) {
                                case DATE -> "\"2024-01-31\"";
                                case TIME -> "\"09:30:00\"";
                                default -> "\"2024-01-31 09:30:00\"";
                            } + " or use now()"));
                    return null;
                }
                return new DefaultValue.Text(str.value());
            }
            if (k == ScalarKind.JSON) return new DefaultValue.Text(str.value());
            return mismatch(v, field, type);
        }
        if (v instanceof Value.Ref r && k == ScalarKind.BOOL && (r.text().equals("true") || r.text().equals("false"))) {
            return new DefaultValue.Bool(r.text().equals("true"));
        }
        return mismatch(v, field, type);
    }

    private DefaultValue mismatch(Value v, String field, FieldType type) {
        diags.add(Messages.badDefault(v.span(), field, "is `" + v.source() + "`, which does not fit a " + type.display() + " field",
                "use a literal of the field's type"));
        return null;
    }

    private static boolean fitsInteger(BigDecimal x, ScalarKind k) {
        long min = switch (k) {
            case SMALLINT -> Short.MIN_VALUE;
            case INT -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
        long max = switch (k) {
            case SMALLINT -> Short.MAX_VALUE;
            case INT -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
        return x.compareTo(BigDecimal.valueOf(min)) >= 0 && x.compareTo(BigDecimal.valueOf(max)) <= 0;
    }
}
