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
 * the DMMF leaves out, read from the schema text instead. A model Prisma marks {@code @@ignore}
 * (db pull does so to a table whose key it cannot read) is also absent from the DMMF: it is reported
 * as an ignored table with Prisma's reason ({@link PrismaView#ignored}), never as a missing model.
 */
final class DmmfReader {
    private static final Pattern MODEL = Pattern.compile("^model\\s+(\\w+)\\s*\\{");
    private static final Pattern UNSUPPORTED = Pattern.compile("^\\s+(\\w+)\\s+(Unsupported\\(\"[^\"]*\"\\))(\\?)?(.*)$");
    private static final Pattern MAP = Pattern.compile("@map\\(\"([^\"]+)\"\\)");
    /** How a relation to an ignored model is recorded: only the table it names is known. */
    static final String IGNORED_MODEL = "ignored model ";
    private static final Pattern TABLE_MAP = Pattern.compile("^\\s*@@map\\(\"([^\"]+)\"\\)");

    /** A partial index's filter, {@code map: "name", where: raw("...")} (the DMMF does not carry it). */
    private static final Pattern WHERE = Pattern.compile("map:\\s*\"([^\"]+)\"\\s*,\\s*where:\\s*raw\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)");

    private final JsonNode datamodel;
    /** By index name: the filter of each partial index in the schema text. */
    private final Map<String, String> filters = new HashMap<>();
    private final Map<String, JsonNode> models = new LinkedHashMap<>();
    private final Map<String, JsonNode> enums = new HashMap<>();
    /** By model name and field name: the Unsupported fields of the schema text. */
    private final Map<String, Map<String, Unsupported>> unsupported = new LinkedHashMap<>();
    /** By model name: the table of each model Prisma marks {@code @@ignore}. */
    private final Map<String, String> ignoredModels = new HashMap<>();

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
        var ignored = ignored(schemaText);
        readUnsupported(schemaText);
        var out = new TreeMap<String, ModelView>();
        for (JsonNode m : models.values()) out.put(dbName(m), model(m));
        addUnsupported(out);
        return new PrismaView(out, enumView, ignored);
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
        if (target == null) {
            String table = ignoredModels.get(f.required("type").asText());
            if (table == null) throw new IllegalStateException(f.get("name") + " refers to " + f.get("type") + ", which is no model");
            // a relation to an ignored model: only the table it names is known (ViewDiff reports the ignored table)
            relations.put("[" + f.required("name").asText() + "]", IGNORED_MODEL + table);
            return;
        }
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
        Unsupported u = unsupported.getOrDefault(model.required("name").asText(), Map.of()).get(field);
        if (u != null) return u.column();
        throw new IllegalStateException(model.get("name") + " has no field " + field);
    }

    private static String dbName(JsonNode n) {
        return n.hasNonNull("dbName") ? n.get("dbName").asText() : n.required("name").asText();
    }

    /**
     * The tables of models Prisma marks {@code @@ignore} (the DMMF leaves them out): by database name, to
     * the {@code ///} comment Prisma's introspection writes above the model to say why, or to
     * {@code @@ignore} where there is none.
     */
    private Map<String, String> ignored(String text) {
        var out = new TreeMap<String, String>();
        if (text == null) return out;
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MODEL.matcher(lines[i]);
            if (!m.find() || models.containsKey(m.group(1))) continue;
            String table = m.group(1);
            boolean ignore = false;
            for (int j = i + 1; j < lines.length && !lines[j].startsWith("}"); j++) {
                Matcher map = TABLE_MAP.matcher(lines[j]);
                if (map.find()) table = map.group(1);
                ignore |= lines[j].strip().equals("@@ignore");
            }
            if (!ignore) throw new IllegalStateException("model " + m.group(1) + " is in the schema text but not in its DMMF, and not @@ignore");
            var why = new ArrayList<String>();
            for (int j = i - 1; j >= 0 && lines[j].strip().startsWith("///"); j--) why.add(0, lines[j].strip().substring(3).strip());
            out.put(table, why.isEmpty() ? "@@ignore" : "@@ignore: " + String.join(" ", why));
            ignoredModels.put(m.group(1), table);
        }
        return out;
    }

    /**
     * The Unsupported fields of the schema text, by model name and field name (the DMMF leaves them out of a
     * model's fields, but names them in its indexes and relations).
     */
    private void readUnsupported(String text) {
        if (text == null) return;
        String model = null;
        for (String line : text.split("\n")) {
            Matcher m = MODEL.matcher(line);
            if (m.find()) {
                // an ignored model is not in the DMMF: its columns are not compared (ViewDiff reports the table)
                model = models.containsKey(m.group(1)) ? m.group(1) : null;
                continue;
            }
            Matcher u = UNSUPPORTED.matcher(line);
            if (model == null || !u.matches()) continue;
            Matcher map = MAP.matcher(u.group(4));
            String column = map.find() ? map.group(1) : u.group(1);
            unsupported.computeIfAbsent(model, k -> new LinkedHashMap<>())
                    .put(u.group(1), new Unsupported(column, new ColumnView(u.group(2), null, u.group(3) == null, null, false)));
        }
    }

    private record Unsupported(String column, ColumnView view) {}

    private void addUnsupported(Map<String, ModelView> out) {
        unsupported.forEach((model, fields) -> fields.values()
                .forEach(f -> out.get(dbName(models.get(model))).columns().put(f.column(), f.view())));
    }
}
