package dev.schemac.gen.prisma;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemac.gen.prisma.PrismaView.ColumnView;
import dev.schemac.gen.prisma.PrismaView.ModelView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Prisma's DMMF (the harness's {@code prisma-dmmf}) into a {@link PrismaView}.
 *
 * <p>Two things the DMMF does not say are filled in: referential actions left to Prisma's
 * documented defaults (onDelete Restrict on a required relation, SetNull on an optional
 * one; onUpdate Cascade), which db pull omits; and {@code Unsupported("...")} fields, which
 * the DMMF leaves out, read from the schema text instead.
 */
final class DmmfReader {
    private static final Pattern MODEL = Pattern.compile("^model\\s+(\\w+)\\s*\\{");
    private static final Pattern UNSUPPORTED = Pattern.compile("^\\s+(\\w+)\\s+(Unsupported\\(\"[^\"]*\"\\))(\\?)?(.*)$");
    private static final Pattern MAP = Pattern.compile("@map\\(\"([^\"]+)\"\\)");

    /** A partial index's filter, {@code map: "name", where: raw("...")} (the DMMF does not carry it). */
    private static final Pattern WHERE = Pattern.compile("map:\\s*\"([^\"]+)\"\\s*,\\s*where:\\s*raw\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)");

    private final JsonNode datamodel;
    /** By index name: the filter of each partial index in the schema text. */
    private final Map<String, String> filters = new HashMap<>();
    private final Map<String, JsonNode> models = new LinkedHashMap<>();
    private final Map<String, JsonNode> enums = new HashMap<>();

    private DmmfReader(JsonNode dmmf) {
        this.datamodel = dmmf.required("datamodel");
        datamodel.required("models").forEach(m -> models.put(m.required("name").asText(), m));
        datamodel.required("enums").forEach(e -> enums.put(e.required("name").asText(), e));
    }

    /** @param schemaText the schema the DMMF is of, for its Unsupported fields */
    static PrismaView read(JsonNode dmmf, String schemaText) {
        return new DmmfReader(dmmf).view(schemaText);
    }

    private PrismaView view(String schemaText) {
        if (schemaText != null) {
            for (Matcher w = WHERE.matcher(schemaText); w.find(); ) filters.put(w.group(1), filter(w.group(2)));
        }
        var enumView = new TreeMap<String, List<String>>();
        for (JsonNode e : enums.values()) {
            var values = new ArrayList<String>();
            e.required("values").forEach(v -> values.add(dbName(v)));
            enumView.put(dbName(e), values);
        }
        var out = new TreeMap<String, ModelView>();
        for (JsonNode m : models.values()) out.put(dbName(m), model(m));
        addUnsupported(schemaText, out);
        return new PrismaView(out, enumView);
    }

    private ModelView model(JsonNode m) {
        var columns = new LinkedHashMap<String, ColumnView>();
        var relations = new TreeMap<String, String>();
        var backs = new ArrayList<String>();
        var pk = new ArrayList<String>();
        for (JsonNode f : m.required("fields")) {
            String kind = f.required("kind").asText();
            if (kind.equals("object")) {
                relation(m, f, relations, backs);
                continue;
            }
            columns.put(dbName(f), new ColumnView(type(f), nativeType(f), f.required("isRequired").asBoolean(),
                    defaultValue(f), f.path("isUpdatedAt").asBoolean()));
            if (f.path("isId").asBoolean()) pk.add(dbName(f));
        }
        JsonNode composite = m.get("primaryKey");
        if (composite != null && !composite.isNull()) composite.required("fields").forEach(n -> pk.add(column(m, n.asText())));
        String pkName = null;
        var uniques = new TreeMap<String, String>();
        var indexes = new TreeMap<String, String>();
        for (JsonNode i : datamodel.path("indexes")) {
            if (!i.required("model").asText().equals(m.required("name").asText())) continue;
            var cols = new ArrayList<String>();
            i.required("fields").forEach(n -> cols.add(column(m, n.required("name").asText())));
            String name = i.hasNonNull("dbName") ? i.get("dbName").asText() : null;
            switch (i.required("type").asText()) {
                case "id" -> pkName = name;
                case "unique" -> uniques.put(cols + where(name), String.valueOf(name));
                case "normal" -> indexes.put(String.valueOf(name), cols + where(name));
                default -> throw new IllegalStateException("index type " + i.get("type") + " in " + i);
            }
        }
        backs.sort(null);
        return new ModelView(columns, pk, pkName, uniques, indexes, relations, backs);
    }

    /**
     * {@code " where <filter>"} for a partial index, part of a unique's key so that the same
     * columns unique among other rows are a different unique; empty for an index over every row.
     */
    private String where(String indexName) {
        String f = indexName == null ? null : filters.get(indexName);
        return f == null ? "" : " where " + f;
    }

    /**
     * The filter text with the schema string's escapes undone and one pair of parentheses
     * around the whole removed: PostgreSQL stores the parsed predicate and prints it back
     * parenthesized ({@code (deleted_at IS NULL)}), the same filter as the DDL's.
     */
    static String filter(String escaped) {
        String f = escaped.replaceAll("\\\\(.)", "$1").strip();
        if (f.startsWith("(") && f.endsWith(")") && enclosing(f)) f = f.substring(1, f.length() - 1).strip();
        return f;
    }

    /** Whether the first parenthesis closes at the last character. */
    private static boolean enclosing(String f) {
        int depth = 0;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i == f.length() - 1;
        }
        return false;
    }

    private void relation(JsonNode m, JsonNode f, Map<String, String> relations, List<String> backs) {
        JsonNode target = models.get(f.required("type").asText());
        var from = new ArrayList<String>();
        f.path("relationFromFields").forEach(n -> from.add(column(m, n.asText())));
        if (from.isEmpty()) {
            backs.add(dbName(target) + " " + (f.required("isList").asBoolean() ? "list" : "optional"));
            return;
        }
        var to = new ArrayList<String>();
        f.path("relationToFields").forEach(n -> to.add(column(target, n.asText())));
        boolean required = f.required("isRequired").asBoolean();
        String onDelete = f.hasNonNull("relationOnDelete") ? f.get("relationOnDelete").asText() : required ? "Restrict" : "SetNull";
        String onUpdate = f.hasNonNull("relationOnUpdate") ? f.get("relationOnUpdate").asText() : "Cascade";
        relations.put(from.toString(), PrismaView.relation(dbName(target), to, onDelete, onUpdate));
    }

    private String type(JsonNode f) {
        String t = f.required("type").asText();
        return f.required("kind").asText().equals("enum") ? "enum:" + dbName(enums.get(t)) : t;
    }

    private static String nativeType(JsonNode f) {
        JsonNode n = f.get("nativeType");
        if (n == null || n.isNull()) return null;
        var args = new ArrayList<String>();
        n.get(1).forEach(a -> args.add(a.asText()));
        return PrismaView.nativeType(n.get(0).asText(), args);
    }

    private String defaultValue(JsonNode f) {
        JsonNode d = f.get("default");
        if (d == null || d.isNull()) return null;
        if (d.isObject()) {
            var args = new ArrayList<String>();
            d.required("args").forEach(a -> args.add(a.isTextual() ? Psl.string(a.asText()) : a.toString()));
            return d.required("name").asText() + "(" + String.join(", ", args) + ")";
        }
        if (d.isBoolean()) return d.asText();
        String type = f.required("type").asText();
        if (d.isNumber() || List.of("Int", "BigInt", "Float", "Decimal").contains(type)) return number(d.asText());
        if (f.required("kind").asText().equals("enum")) return Psl.string(enumValue(enums.get(type), d.asText()));
        return Psl.string(d.asText());
    }

    static String number(String s) {
        BigDecimal n = new BigDecimal(s).stripTrailingZeros();
        return n.scale() < 0 ? n.setScale(0).toPlainString() : n.toPlainString();
    }

    private static String enumValue(JsonNode e, String name) {
        for (JsonNode v : e.required("values")) if (v.required("name").asText().equals(name)) return dbName(v);
        throw new IllegalStateException(name + " is no value of " + e);
    }

    private String column(JsonNode model, String field) {
        for (JsonNode f : model.required("fields")) if (f.required("name").asText().equals(field)) return dbName(f);
        throw new IllegalStateException(model.get("name") + " has no field " + field);
    }

    private static String dbName(JsonNode n) {
        return n.hasNonNull("dbName") ? n.get("dbName").asText() : n.required("name").asText();
    }

    private void addUnsupported(String text, Map<String, ModelView> out) {
        if (text == null) return;
        String model = null;
        for (String line : text.split("\n")) {
            Matcher m = MODEL.matcher(line);
            if (m.find()) {
                model = dbName(models.get(m.group(1)));
                continue;
            }
            Matcher u = UNSUPPORTED.matcher(line);
            if (model == null || !u.matches()) continue;
            Matcher map = MAP.matcher(u.group(4));
            String column = map.find() ? map.group(1) : u.group(1);
            out.get(model).columns().put(column, new ColumnView(u.group(2), null, u.group(3) == null, null, false));
        }
    }
}
