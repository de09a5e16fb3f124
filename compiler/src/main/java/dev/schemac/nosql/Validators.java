package dev.schemac.nosql;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Table;
import dev.schemac.model.Op;
import dev.schemac.model.ScalarKind;
import dev.schemac.types.TypeTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A collection's {@code $jsonSchema} validator, as a tree of plain values (maps, lists,
 * strings, numbers, booleans) in the JSON Schema draft 4 dialect MongoDB implements:
 * {@code bsonType} per field, {@code required} (every field: an optional one holds null),
 * {@code additionalProperties: false}, {@code enum}, {@code minLength}/{@code maxLength}
 * from {@code string(n)} and {@code @length}, {@code pattern} from {@code @pattern}
 * (anchored: the model's pattern matches the whole value), {@code minimum}/{@code maximum}
 * with draft 4's boolean {@code exclusiveMinimum}/{@code exclusiveMaximum} from numeric
 * checks. What the keywords cannot say (ordered comparisons of text, dates and times, and
 * checks between two fields) is added to {@code unenforced}.
 */
public final class Validators {
    /*
     * A month's day up to 31 (a day past a shorter month's end is listed as not enforced), and
     * a time up to 24:00:00 with a leap second, as PostgreSQL takes them. The end is
     * (?![\s\S]), not $: MongoDB's PCRE lets $ match before a final line break.
     */
    static final String DATE_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(?![\\s\\S])";
    static final String TIME_PATTERN = "^(([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)|24:00:00)(?![\\s\\S])";
    private static final BigDecimal SMALLINT_MAX = BigDecimal.valueOf(32_767);
    private static final BigDecimal SMALLINT_MIN = BigDecimal.valueOf(-32_768);
    /** 2^128 - 2^103: the least magnitude a 4-byte float rounds to infinity (PostgreSQL's real refuses it). */
    private static final BigDecimal FLOAT_LIMIT = new BigDecimal(java.math.BigInteger.TWO.pow(128).subtract(java.math.BigInteger.TWO.pow(103)));

    private final Catalog catalog;
    private final List<String> unenforced = new ArrayList<>();

    private Validators(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The validator of one collection's documents, with what it leaves to the application. */
    public record Validator(Map<String, Object> jsonSchema, List<String> unenforced) {
        public Validator {
            unenforced = List.copyOf(unenforced);
        }
    }

    public static Validator of(DocCollection c, Catalog catalog) {
        var v = new Validators(catalog);
        var schema = v.object(c.shape(), c.table(), false);
        schema.put("title", c.entity().name());
        var ordered = new LinkedHashMap<String, Object>();
        ordered.put("bsonType", schema.remove("bsonType"));
        ordered.put("title", schema.remove("title"));
        ordered.putAll(schema);
        return new Validator(ordered, v.unenforced);
    }

    private Map<String, Object> object(DocShape shape, Table t, boolean nullable) {
        var out = new LinkedHashMap<String, Object>();
        out.put("bsonType", nullable ? List.of("object", "null") : "object");
        var required = new ArrayList<String>();
        var properties = new LinkedHashMap<String, Object>();
        for (DocField f : shape.fields()) {
            required.add(f.name());
            properties.put(f.name(), field(f, t));
        }
        out.put("required", required);
        out.put("additionalProperties", false);
        out.put("properties", properties);
        applicationWrites(shape, t);
        for (Check ch : t.checks()) {
            for (Check.Term term : ch.terms()) {
                if (term instanceof Check.ColumnCompare cc) {
                    unenforced.add("the check " + field(t, cc.left()) + " " + cc.op().symbol() + " " + field(t, cc.right())
                            + " of " + shape.entity());
                } else if (term instanceof Check.AllOrNone all) {
                    unenforced.add("that the reference " + String.join(", ", all.columns().stream()
                            .map(col -> dev.schemac.render.markdown.Quoted.name(fieldNameOf(shape, col))).toList())
                            + " of " + shape.entity() + " is all null or all set");
                }
            }
        }
        return out;
    }

    private Object field(DocField f, Table t) {
        if (f instanceof DocField.Value v) return column(t, v.column(), v.nullable());
        if (f instanceof DocField.Id id) {
            if (!id.compound()) return column(t, id.parts().get(0).column(), false);
            var out = new LinkedHashMap<String, Object>();
            out.put("bsonType", "object");
            out.put("required", id.parts().stream().map(DocField.Value::name).toList());
            out.put("additionalProperties", false);
            var props = new LinkedHashMap<String, Object>();
            for (var p : id.parts()) props.put(p.name(), column(t, p.column(), false));
            out.put("properties", props);
            return out;
        }
        if (f instanceof DocField.Embedded e) {
            Table ct = catalog.tableOf(e.shape().entity()).orElseThrow();
            if (!e.many()) return object(e.shape(), ct, e.nullable());
            var out = new LinkedHashMap<String, Object>();
            out.put("bsonType", "array");
            out.put("items", object(e.shape(), ct, false));
            return out;
        }
        var a = (DocField.IdArray) f;
        Table target = catalog.tableOf(a.target()).orElseThrow();
        var out = new LinkedHashMap<String, Object>();
        out.put("bsonType", "array");
        out.put("uniqueItems", true);
        if (a.key().size() == 1) {
            out.put("items", column(target, a.key().get(0), false));
        } else {
            var item = new LinkedHashMap<String, Object>();
            item.put("bsonType", "object");
            item.put("required", a.key().stream().map(c -> DocumentDesign.fieldName(c.name())).toList());
            item.put("additionalProperties", false);
            var props = new LinkedHashMap<String, Object>();
            for (Column c : a.key()) props.put(DocumentDesign.fieldName(c.name()), column(target, c, false));
            item.put("properties", props);
            out.put("items", item);
        }
        return out;
    }

    /** A column's value: its BSON type and every constraint the model puts on it that draft 4 can say. */
    private Map<String, Object> column(Table t, Column c, boolean nullable) {
        var out = new LinkedHashMap<String, Object>();
        var bson = new ArrayList<Object>(c.type().isEnum() ? List.of("string") : TypeTable.bsonAccepted(c.type()));
        if (!bson.isEmpty()) {
            if (nullable) bson.add("null");
            out.put("bsonType", bson.size() == 1 ? bson.get(0) : bson);
        }
        ScalarKind k = c.type().kind();
        Integer maxLength = null, minLength = null;
        if (!c.type().isEnum() && (k == ScalarKind.STRING || k == ScalarKind.CHAR) && c.type().length() != null) {
            maxLength = c.type().length();
        }
        if (c.type().isEnum()) {
            var values = new ArrayList<Object>(catalog.enumDef(c.type().enumName()).orElseThrow().values());
            if (nullable) values.add(null);
            out.put("enum", values);
        }
        if (k == ScalarKind.DATE) {
            out.put("pattern", DATE_PATTERN);
            unenforced.add("that " + field(t, c.name()) + " of " + entity(t) + " is a day of its month (the pattern takes 2024-02-30)");
        }
        if (k == ScalarKind.TIME) out.put("pattern", TIME_PATTERN);
        // The type's own range first (what the relational column refuses); checks may narrow it.
        BigDecimal lo = null, hi = null;
        boolean loExclusive = false, hiExclusive = false;
        if (!c.type().isEnum() && k == ScalarKind.SMALLINT) {
            lo = SMALLINT_MIN;
            hi = SMALLINT_MAX;
        } else if (!c.type().isEnum() && k == ScalarKind.FLOAT) {
            lo = FLOAT_LIMIT.negate();
            hi = FLOAT_LIMIT;
            loExclusive = hiExclusive = true;
        } else if (!c.type().isEnum() && k == ScalarKind.DECIMAL && c.type().precision() != null) {
            int scale = c.type().scale() == null ? 0 : c.type().scale();
            // A Decimal128 holds 34 digits: a wider column is narrowed to what they hold at its scale (SC446).
            int digits = Math.min(c.type().precision(), Decimal128.DIGITS);
            hi = BigDecimal.ONE.scaleByPowerOfTen(digits - scale);
            lo = hi.negate();
            loExclusive = hiExclusive = true;
            if (digits < c.type().precision()) {
                unenforced.add("that " + field(t, c.name()) + " of " + entity(t) + " is less than 10^" + (digits - scale)
                        + " in magnitude, where the relational column holds up to 10^" + (c.type().precision() - scale) + " (a Decimal128 holds "
                        + digits + " digits, so the validator refuses a value that needs more at " + scale + " decimal places)");
            }
            if (c.type().scale() != null) {
                unenforced.add("that " + field(t, c.name()) + " of " + entity(t) + " has at most " + scale
                        + " decimal places (the relational column rounds to them; a document keeps what it is given)");
            }
        }
        var equal = new ArrayList<Object>();
        var notEqual = new ArrayList<Object>();
        for (Check ch : t.checks()) {
            for (Check.Term term : ch.terms()) {
                if (term instanceof Check.Length l && l.column().equals(c.name())) {
                    if (l.max() != null) maxLength = maxLength == null ? l.max() : Math.min(maxLength, l.max());
                    if (l.min() != null) minLength = minLength == null ? l.min() : Math.max(minLength, l.min());
                } else if (term instanceof Check.Pattern p && p.column().equals(c.name())) {
                    out.put("pattern", dev.schemac.render.regex.WholeMatch.mongo(p.regex()));
                } else if (term instanceof Check.Compare cmp && cmp.column().equals(c.name())) {
                    Object lit = cmp.literal();
                    boolean numeric = lit instanceof BigDecimal && k != null && k.isNumeric();
                    boolean decimal = k == ScalarKind.DECIMAL && !c.type().isEnum() && lit instanceof BigDecimal;
                    if (decimal && (cmp.op() == Op.EQ || cmp.op() == Op.NE) && !Decimal128.holds((BigDecimal) lit)) {
                        // No Decimal128 equals a literal of more digits than it holds: every document passes a
                        // != check, and only the relational column can hold a value == it.
                        if (cmp.op() == Op.EQ) {
                            unenforced.add("the check " + field(t, c.name()) + " == " + dev.schemac.render.markdown.Quoted.name(
                                    ((BigDecimal) lit).toPlainString()) + " of " + entity(t) + " (the literal needs more digits than a Decimal128's "
                                    + Decimal128.DIGITS + ", so no document value equals it)");
                        }
                    } else if (cmp.op() == Op.EQ && comparableByEquality(k, lit)) {
                        equal.add(literal(k, lit));
                    } else if (cmp.op() == Op.NE && comparableByEquality(k, lit)) {
                        notEqual.add(literal(k, lit));
                    } else if (numeric) {
                        BigDecimal v = (BigDecimal) lit;
                        switch (cmp.op()) {
                            case GE, GT -> {
                                // A decimal bound a Decimal128 does not hold moves up to the next value it does:
                                // no Decimal128 lies between, so the bound is inclusive there.
                                BigDecimal b = decimal ? Decimal128.ceiling(v) : v;
                                boolean ex = cmp.op() == Op.GT && b.compareTo(v) == 0;
                                if (lo == null || b.compareTo(lo) > 0 || (b.compareTo(lo) == 0 && ex)) { lo = b; loExclusive = ex; }
                            }
                            case LE, LT -> {
                                BigDecimal b = decimal ? Decimal128.floor(v) : v;
                                boolean ex = cmp.op() == Op.LT && b.compareTo(v) == 0;
                                if (hi == null || b.compareTo(hi) < 0 || (b.compareTo(hi) == 0 && ex)) { hi = b; hiExclusive = ex; }
                            }
                            default -> { }
                        }
                    } else {
                        unenforced.add("the check " + field(t, c.name()) + " " + cmp.op().symbol() + " "
                                + dev.schemac.render.markdown.Quoted.name(lit instanceof String s ? "\"" + s + "\"" : String.valueOf(lit))
                                + " of " + entity(t));
                    }
                }
            }
        }
        if (minLength != null && minLength > 0) out.put("minLength", minLength);
        if (maxLength != null) out.put("maxLength", maxLength);
        if (lo != null) {
            out.put("minimum", bound(k, lo));
            if (loExclusive) out.put("exclusiveMinimum", true);
        }
        if (hi != null) {
            out.put("maximum", bound(k, hi));
            if (hiExclusive) out.put("exclusiveMaximum", true);
        }
        if (!equal.isEmpty()) {
            var values = new ArrayList<>(equal.subList(0, 1));
            if (nullable) values.add(null);
            out.put("enum", values);
        }
        if (!notEqual.isEmpty()) out.put("not", Map.of("enum", notEqual));
        String comment = c.comment();
        if (comment != null) out.put("description", comment);
        return out;
    }

    /**
     * A numeric bound as the column's values compare with it. A decimal column holds Decimal128
     * values, and MongoDB compares a Decimal128 with a double bound by rounding the decimal
     * toward minus infinity: {@code 0.01} or {@code 99999999.99} as a double would refuse the very
     * boundary value the SQL check accepts. So a decimal column's bound is a Decimal128 too
     * ({@link Decimal128}).
     */
    private static Object bound(ScalarKind k, BigDecimal v) {
        return k == ScalarKind.DECIMAL ? Decimal128.json(v) : v;
    }

    /** A literal a column's value is compared with for equality: a decimal column's as a Decimal128, as its bounds are. */
    private static Object literal(ScalarKind k, Object v) {
        return v instanceof BigDecimal d ? bound(k, d) : v;
    }

    /** Equality with a literal holds in documents only where the stored BSON value is that literal's JSON kind. */
    private static boolean comparableByEquality(ScalarKind k, Object literal) {
        if (k == null) return literal instanceof String;
        if (k.isNumeric()) return literal instanceof BigDecimal;
        if (k.isText() || k == ScalarKind.DATE || k == ScalarKind.TIME) return literal instanceof String;
        return k == ScalarKind.BOOL && literal instanceof Boolean;
    }

    /**
     * What the relational database fills in and a document store leaves to its writer: the
     * validator requires every field, so an insert must carry the defaults, and nothing
     * refreshes an {@code @updated} time.
     */
    private void applicationWrites(DocShape shape, Table t) {
        var defaults = new ArrayList<String>();
        var updated = new ArrayList<String>();
        for (DocField f : shape.fields()) {
            var values = f instanceof DocField.Id id ? id.parts() : f instanceof DocField.Value v ? List.of(v) : List.<DocField.Value>of();
            for (var v : values) {
                // A key's value is at _id, or at _id.<field> in a compound key.
                String path = f instanceof DocField.Id id ? (id.compound() ? DocumentDesign.ID + "." + v.name() : DocumentDesign.ID) : v.name();
                String name = dev.schemac.render.markdown.Quoted.name(path);
                if (v.column().updatedAt()) updated.add(name);
                if (v.column().defaultValue() != null || v.column().autoIncrement()) defaults.add(name);
            }
        }
        if (!defaults.isEmpty()) {
            unenforced.add("the defaults of " + String.join(", ", defaults) + " of " + shape.entity()
                    + ": the validator requires every field, so the application writes them on insert");
        }
        if (!updated.isEmpty()) {
            unenforced.add(String.join(", ", updated) + " of " + shape.entity() + ": the application sets it on every update");
        }
    }

    /** The document field that stores a column of {@code shape}, or the column's name. */
    private static String fieldNameOf(DocShape shape, String column) {
        for (DocField f : shape.fields()) {
            if (f instanceof DocField.Value v && v.column().name().equals(column)) return v.name();
        }
        return column;
    }

    private static String entity(Table t) {
        return t.entity() != null ? t.entity() : dev.schemac.render.markdown.Quoted.name(t.name());
    }

    /** A column as the model names it: the field, or the field and key column of a reference. */
    private static String field(Table t, String column) {
        String f = t.requireColumn(column).field();
        return dev.schemac.render.markdown.Quoted.name(f == null ? column : f);
    }
}
