package dev.schemac.resolve;

import dev.schemac.render.markdown.Quoted;
import dev.schemac.ast.Value;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.model.DefaultValue;
import dev.schemac.model.FieldType;
import dev.schemac.model.ScalarKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A field's default ({@code = value}) typed against the field's type: an enum's value, a
 * call ({@code now()}, {@code uuid()}) or a literal that fits the scalar (its range, length,
 * digits or ISO form).
 */
final class DefaultValueReader {
    private final Symbols symbols;
    private final Diagnostics diags;

    DefaultValueReader(Symbols symbols, Diagnostics diags) {
        this.symbols = symbols;
        this.diags = diags;
    }

    /** The default {@code v} of a scalar or enum field, or null when it does not fit (already reported). */
    DefaultValue read(Value v, String field, FieldType type, boolean optional) {
        // SQL's `DEFAULT NULL`: the absence of a default, which an optional field has already.
        if (v instanceof Value.Ref r && r.parts().size() == 1 && r.text().equalsIgnoreCase("null")) {
            diags.add(optional ? Messages.nullDefaultOnOptional(v.span(), field, r.text())
                    : Messages.nullDefaultOnRequired(v.span(), field, r.text(), type.display()));
            return null;
        }
        if (type instanceof FieldType.EnumRef e) {
            var decl = symbols.enums().get(e.name());
            if (v instanceof Value.Ref r && r.parts().size() == 1) {
                String value = r.text();
                // Looked up in place: a default is nearly always a value of its enum, and the list of
                // names is needed only to say what it could have been.
                for (var x : decl.values()) if (x.name().text().equals(value)) return new DefaultValue.EnumValue(value);
                var names = decl.values().stream().map(x -> x.name().text()).toList();
                String hint = Suggest.closest(value, names);
                diags.add(Messages.badDefault(v.span(), field, "is " + Quoted.name(value) + ", which is not a value of enum " + Quoted.name(e.name()),
                        hint != null ? Messages.didYouMean(hint).strip() : "use one of: " + String.join(", ", names)));
                return null;
            }
            // `"ADMIN"` as SQL or Prisma's JSON would write it, `Role.ADMIN` as Java would: the value is named alone.
            String named = v instanceof Value.Str str ? str.value()
                    : v instanceof Value.Ref r && r.parts().size() == 2 && r.parts().get(0).text().equals(e.name())
                    ? r.parts().get(1).text() : null;
            String meant = named == null ? null : decl.values().stream().map(x -> x.name().text())
                    .filter(x -> x.equalsIgnoreCase(named)).findFirst().orElse(null);
            if (meant != null) {
                diags.add(Messages.badDefault(v.span(), field, "must be a value of enum " + Quoted.name(e.name()) + ", written by its name alone."
                        + Messages.didYouMean(meant), sp -> "write " + Quoted.name(sp.defaultValue(meant))));
                return null;
            }
            diags.add(Messages.badDefault(v.span(), field, "must be a value of enum " + Quoted.name(e.name()),
                    sp -> "write the value's name, e.g. " + Quoted.name(sp.defaultValue(decl.values().get(0).name().text())) + ""));
            return null;
        }
        var s = (FieldType.Scalar) type;
        ScalarKind k = s.kind();
        if (v instanceof Value.Call c) {
            String fn = c.function().text();
            if (fn.equals("now") && k.isTemporal()) return new DefaultValue.Now();
            if (fn.equals("uuid") && k == ScalarKind.UUID) return new DefaultValue.Uuid();
            diags.add(Messages.defaultDoesNotFit(v.span(), field, fn + "()", type.display(),
                    k.isTemporal() ? "now()" : k == ScalarKind.UUID ? "uuid()" : null, "use a literal of the field's type"));
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
                    diags.add(Messages.badDefault(v.span(), field, "is " + Quoted.name(n.text()) + ", which does not fit " + type.display(),
                            "use at most " + (s.precision() - s.scale()) + " digits before and " + s.scale()
                                    + " after the point"));
                    return null;
                }
            }
            if ((k == ScalarKind.FLOAT || k == ScalarKind.DOUBLE) && x.signum() == 0 && n.text().strip().startsWith("-")) {
                // A default is a decimal number (BigDecimal has no -0); IEEE -0.0 would need every output to keep it,
                // and SQLite's REAL stores it as 0.0.
                diags.add(Messages.badDefault(v.span(), field, "is negative zero, which SQLite stores as 0 and no "
                        + "decimal default keeps", "write `0`"));
                return null;
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
                return new DefaultValue.Text(str.value().toLowerCase(Locale.ROOT));
            }
            if (k.isTemporal()) {
                // The shape is TemporalText's, as for a check's literal; whether the value exists is ValueCheck's (SC520).
                if (!dev.schemac.types.TemporalText.shaped(k, str.value())) {
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
        diags.add(Messages.defaultDoesNotFit(v.span(), field, v.source(), type.display(), meant(v, type),
                type instanceof FieldType.Scalar s && s.kind() == ScalarKind.BOOL ? "write `true` or `false`"
                        : "use a literal of the field's type"));
        return null;
    }

    /** The literal a newcomer meant, when the written value says it plainly: `now` for `now()`, `"3"` for 3, `yes` for true. */
    private static String meant(Value v, FieldType type) {
        if (!(type instanceof FieldType.Scalar s)) return null;
        ScalarKind k = s.kind();
        String word = v instanceof Value.Ref r && r.parts().size() == 1 ? r.parts().get(0).text()
                : v instanceof Value.Str str ? str.value() : null;
        if (k == ScalarKind.BOOL && word != null) {
            String w = word.toLowerCase(Locale.ROOT);
            if (List.of("true", "yes", "on", "t", "y", "1").contains(w)) return "true";
            if (List.of("false", "no", "off", "f", "n", "0").contains(w)) return "false";
            return null;
        }
        if (v instanceof Value.Num n && k == ScalarKind.BOOL) return n.value().signum() == 0 ? "false" : "true";
        if (v instanceof Value.Ref && word != null) {
            String w = word.toLowerCase(Locale.ROOT);
            // `now`, `NOW`, and SQL's `CURRENT_TIMESTAMP` (or `CURRENT_DATE`, `CURRENT_TIME`): the time of the insert.
            if (k.isTemporal() && (w.equals("now") || w.startsWith("current_") || w.equals("localtimestamp"))) return "now()";
            if (w.equals("uuid") && k == ScalarKind.UUID) return "uuid()";
        }
        if (v instanceof Value.Str str && k.isNumeric()) {
            try {
                new BigDecimal(str.value().strip());
                return str.value().strip();
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (v instanceof Value.Num n && k.isText()) return "\"" + n.text() + "\"";
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
