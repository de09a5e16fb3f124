package dev.schemac.resolve;

import dev.schemac.render.markdown.Quoted;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.schemac.ast.Declaration;
import dev.schemac.ast.EntityDecl;
import dev.schemac.ast.FieldDecl;
import dev.schemac.ast.Member;
import dev.schemac.ast.MixinDecl;
import dev.schemac.ast.SchemaFile;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.model.DefaultValue;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.FieldCheck;
import dev.schemac.model.FieldType;
import dev.schemac.model.Model;
import dev.schemac.model.ScalarKind;
import dev.schemac.source.Span;
import dev.schemac.types.TemporalText;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Defaults and check literals as the engines will read them: dates and times by the
 * calendar, JSON by a JSON parser within the limits of PostgreSQL's jsonb and MySQL's JSON,
 * numbers within the range of the field's type. The earlier phases have checked each
 * value's shape (a date is written {@code yyyy-mm-dd}); this phase checks that the value
 * exists. Fields from a mixin are checked once.
 */
final class ValueCheck {
    /** MySQL's limit on the nesting of a JSON document. */
    static final int MAX_JSON_DEPTH = 100;


    private final Diagnostics diags;

    ValueCheck(Diagnostics diags) { this.diags = diags; }

    void run(List<SchemaFile> files, Model model) {
        // Only a declaration that writes a default is looked up: most fields have none.
        Map<Span, FieldDecl> withDefault = new HashMap<>();
        for (SchemaFile f : files) {
            for (Declaration d : f.declarations()) {
                List<Member> members = d instanceof EntityDecl e ? e.members() : d instanceof MixinDecl m ? m.members() : List.of();
                for (Member m : members) if (m instanceof FieldDecl fd && fd.defaultValue() != null) withDefault.put(fd.span(), fd);
            }
        }
        Set<Span> done = new HashSet<>();
        for (Entity e : model.entities()) {
            for (Field f : e.fields()) {
                // A field with no default and no check holds no value to check (most fields): passed over before the
                // bookkeeping of mixin fields, whose copies all have the same default and checks.
                if (f.defaultValue() == null && f.checks().isEmpty()) continue;
                if (!(f.type() instanceof FieldType.Scalar s) || !done.add(f.span())) continue;
                FieldDecl decl = f.defaultValue() == null ? null : withDefault.get(f.span());
                if (decl != null) {
                    String name = name(e, f);
                    int before = diags.errorCount();
                    value(decl.defaultValue().span(), "the default of " + Quoted.name(name), s, f.defaultValue());
                    if (diags.errorCount() == before) ownChecks(decl.defaultValue().span(), name, f);
                }
                for (FieldCheck c : f.checks()) {
                    if (c instanceof FieldCheck.Compare cmp) {
                        Object v = cmp.value();
                        DefaultValue as = v instanceof BigDecimal n ? new DefaultValue.Number(n)
                                : v instanceof String t ? new DefaultValue.Text(t) : null;
                        if (as != null) value(c.span(), "the literal of a check on " + Quoted.name(name(e, f)), s, as);
                    }
                }
            }
        }
    }

    private static String name(Entity e, Field f) { return e.name() + "." + f.name(); }

    /**
     * A default its own field's checks refuse makes every insert that relies on it fail. Only what
     * every engine decides alike is judged: numbers, text lengths in characters, patterns over the
     * whole value (as {@link PatternDialect} renders them), and text equality; text ordering is
     * the collation's, and is left to the database.
     */
    private void ownChecks(Span at, String name, Field f) {
        for (FieldCheck c : f.checks()) {
            String refused = refusal(c, f.defaultValue());
            if (refused != null) {
                diags.add(Messages.defaultBreaksCheck(at, name, refused));
                return;
            }
        }
    }

    /** Why the check refuses the value, or null when it admits it or the value is not one it judges. */
    static String refusal(FieldCheck c, DefaultValue v) {
        if (c instanceof FieldCheck.Compare cmp) {
            if (v instanceof DefaultValue.Number n && cmp.value() instanceof BigDecimal bound) {
                return cmp.op().holds(n.value().compareTo(bound)) ? null
                        : "breaks its own check: " + Quoted.name(n.value().toPlainString() + " " + cmp.op().symbol() + " "
                        + bound.toPlainString()) + " is false";
            }
            if (v instanceof DefaultValue.Text t && cmp.value() instanceof String bound
                    && (cmp.op() == dev.schemac.model.Op.EQ || cmp.op() == dev.schemac.model.Op.NE)) {
                return cmp.op().holds(t.value().equals(bound) ? 0 : 1) ? null
                        : "breaks its own check: `\"" + t.value() + "\" " + cmp.op().symbol() + " \"" + bound + "\"` is false";
            }
            return null;
        }
        if (!(v instanceof DefaultValue.Text t)) return null;
        if (c instanceof FieldCheck.Length l) {
            int len = t.value().codePointCount(0, t.value().length());
            String is = "is " + len + (len == 1 ? " character" : " characters") + " long, ";
            if (l.min() != null && len < l.min()) return is + "shorter than its `@length(min = " + l.min() + ")`";
            if (l.max() != null && len > l.max()) return is + "longer than its `@length(max = " + l.max() + ")`";
            return null;
        }
        if (c instanceof FieldCheck.Pattern p) {
            try {
                boolean matches = dev.schemac.render.regex.WholeMatch.matches(p.regex(), t.value());
                return matches ? null : "does not match its own `@pattern`";
            } catch (java.util.regex.PatternSyntaxException e) {
                return null; // the pattern's own error is said by PatternCheck
            }
        }
        return null;
    }

    private void value(Span at, String what, FieldType.Scalar type, DefaultValue v) {
        String problem = null;
        String help = null;
        ScalarKind k = type.kind();
        if (v instanceof DefaultValue.Number n) {
            problem = range(n.value(), type);
            help = "use a value the field's type can hold";
        } else if (v instanceof DefaultValue.Text t) {
            switch (k) {
                case DATE -> { problem = temporal(t.value(), k); help = "write an existing date between 0001-01-01 and 9999-12-31"; }
                case TIME -> { problem = temporal(t.value(), k); help = "write a time from 00:00:00 to 23:59:59"; }
                case DATETIME -> { problem = temporal(t.value(), k); help = "write an existing date and a time from 00:00:00 to 23:59:59"; }
                case JSON -> { problem = json(t.value()); help = "write a JSON document, e.g. {\"key\": 1}"; }
                case UUID -> {
                    if (!t.value().matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
                        problem = "is not a UUID";
                        help = "write a UUID such as 123e4567-e89b-42d3-a456-426614174000";
                    }
                }
                default -> { }
            }
        }
        if (problem != null) diags.add(Messages.valueInvalid(at, what, problem, help));
    }

    /** The most digits a number may have before or after its point: a double's range written out, with room. */
    static final int MAX_DIGITS = 400;

    /** Why a number cannot be held by the type, or null. */
    static String range(BigDecimal x, FieldType.Scalar type) {
        String problem = typeRange(x, type);
        if (problem == null && (x.precision() - x.scale() > MAX_DIGITS || x.scale() > MAX_DIGITS)) {
            return "has more than " + MAX_DIGITS + " digits before or after its point, more than any output writes out";
        }
        return problem;
    }

    private static String typeRange(BigDecimal x, FieldType.Scalar type) {
        BigDecimal abs = x.abs();
        return switch (type.kind()) {
            case SMALLINT -> integer(x, Short.MIN_VALUE, Short.MAX_VALUE, "smallint");
            case INT -> integer(x, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
            case BIGINT -> integer(x, Long.MIN_VALUE, Long.MAX_VALUE, "bigint");
            // MySQL keeps no subnormal numbers: the smallest it stores are the normal minimums.
            case FLOAT -> binary(abs, new BigDecimal(Float.toString(Float.MAX_VALUE)), new BigDecimal(Float.toString(Float.MIN_NORMAL)), "float");
            case DOUBLE -> binary(abs, new BigDecimal(Double.toString(Double.MAX_VALUE)), new BigDecimal(Double.toString(Double.MIN_NORMAL)), "double");
            case DECIMAL -> {
                BigDecimal limit = BigDecimal.TEN.pow(type.precision() - type.scale());
                yield abs.compareTo(limit) > 0 ? "is beyond the range of decimal(" + type.precision() + ", " + type.scale()
                        + "), which holds less than " + limit.toPlainString() : null;
            }
            default -> null;
        };
    }

    private static String integer(BigDecimal x, long min, long max, String type) {
        boolean in = x.compareTo(BigDecimal.valueOf(min)) >= 0 && x.compareTo(BigDecimal.valueOf(max)) <= 0;
        return in ? null : "is out of the range of " + type + " (" + min + " to " + max + ")";
    }

    private static String binary(BigDecimal abs, BigDecimal max, BigDecimal min, String type) {
        if (abs.compareTo(max) > 0) return "is beyond the largest " + type + " (" + max.round(new java.math.MathContext(6)).toString() + ")";
        if (abs.signum() != 0 && abs.compareTo(min) < 0) {
            return "is closer to zero than the smallest " + type + " MySQL stores (" + min.round(new java.math.MathContext(6)) + ")";
        }
        return null;
    }

    private static String temporal(String s, ScalarKind kind) {
        // TemporalText is the one rule: what it takes, every output writes.
        var flaw = TemporalText.shaped(kind, s) ? TemporalText.flaw(kind, s) : TemporalText.Flaw.SHAPE;
        if (flaw == null) return null;
        return switch (flaw) {
            case SHAPE -> "is not written as " + (kind == ScalarKind.DATE ? "YYYY-MM-DD" : kind == ScalarKind.TIME ? "HH:MM[:SS]"
                    : "YYYY-MM-DD HH:MM[:SS] (or with a T between date and time, and Z or an offset such as +02:00 after it)")
                    + ": " + Quoted.name(s);
            case CALENDAR -> "is not a " + (kind == ScalarKind.TIME ? "time" : "date") + " on the calendar: " + Quoted.name(s);
            case YEARS -> "is outside the years 1 to 9999";
        };
    }

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    private static String jsonString(String text) {
        if (text.indexOf('\0') >= 0) return "holds \\u0000, which PostgreSQL's jsonb refuses";
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "holds an unpaired surrogate escape, which PostgreSQL and MySQL refuse";
            }
        }
        return null;
    }

    /** Why a text is not a JSON document both PostgreSQL's jsonb and MySQL's JSON store, or null. */
    static String json(String s) {
        try (JsonParser p = JSON.createParser(s)) {
            int depth = 0;
            boolean done = false;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (done) return "has more text after the document";
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    if (++depth > MAX_JSON_DEPTH) return "nests deeper than " + MAX_JSON_DEPTH + " levels, MySQL's limit";
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
                    BigDecimal n = p.getDecimalValue();
                    if (n.abs().compareTo(new BigDecimal(Double.toString(Double.MAX_VALUE))) > 0) {
                        return "holds the number " + p.getText() + ", which MySQL cannot store (beyond a double)";
                    }
                } else if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
                    String problem = jsonString(p.getText());
                    if (problem != null) return problem;
                }
                done = depth == 0;
            }
            return done ? null : "is empty, not a JSON document";
        } catch (IOException e) {
            String m = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            int cut = m.indexOf(" at [Source");
            return "is not JSON: " + (cut > 0 ? m.substring(0, cut) : m);
        }
    }
}
