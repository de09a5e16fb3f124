package dev.schemac.hostile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A model with one free-text slot filled with hostile text and every other slot plain. The
 * model uses every construct whose text reaches an output: a schema header with a title and
 * a feature, doc comments on the schema, an enum, an enum value, an entity and a field, an
 * enum label, a default, a column and a table name, a many-to-many relation name, an index
 * name, a check literal, a pattern, a JSON and a date default, a number, and the texts of
 * {@code @@query}, {@code @@denormalized} and {@code @@volume}.
 */
record HostileModel(String slot, String value, String text) {

    /** The free-text slots, each with a plain value that every output takes. */
    static final Map<String, String> PLAIN = new LinkedHashMap<>();

    static {
        PLAIN.put("title", "Plain title");
        PLAIN.put("feature", "001_plain");
        PLAIN.put("schemaDoc", "The plain schema.");
        PLAIN.put("enumDoc", "A plain enum.");
        PLAIN.put("valueDoc", "A plain value.");
        PLAIN.put("entityDoc", "A plain entity.");
        PLAIN.put("fieldDoc", "A plain field.");
        PLAIN.put("label", "plain_label");
        PLAIN.put("default", "plain default");
        PLAIN.put("column", "plain_name");
        PLAIN.put("table", "plain_things");
        PLAIN.put("relation", "PlainTags");
        PLAIN.put("index", "idx_plain_code");
        PLAIN.put("checkLiteral", "plain check");
        PLAIN.put("pattern", "[a-z]+");
        PLAIN.put("query", "plain things by code");
        PLAIN.put("reason", "kept plain on purpose");
        PLAIN.put("growth", "slowly");
        PLAIN.put("json", "{\"plain\": true}");
        PLAIN.put("date", "2024-01-31");
        PLAIN.put("number", "0.5");
        PLAIN.put("entityName", "Thing");
        PLAIN.put("fieldName", "name");
        PLAIN.put("enumName", "Kind");
        PLAIN.put("schemaName", "plain");
    }

    static List<String> slots() {
        return List.copyOf(PLAIN.keySet());
    }

    /** The plain model, against which the outputs of accepted hostile models are compared. */
    static HostileModel plain() {
        return new HostileModel("none", "", render(PLAIN));
    }

    /** A model whose {@code slot} holds a hostile value drawn from {@code r}. */
    static HostileModel hostile(String slot, Random r) {
        String value = switch (slot) {
            case "pattern" -> HostileText.pattern(r);
            case "json" -> HostileText.json(r);
            case "date" -> HostileText.date(r);
            case "number" -> HostileText.number(r);
            case "entityName", "enumName" -> HostileText.ident(r, true);
            case "fieldName" -> HostileText.ident(r, false);
            case "schemaName" -> r.nextBoolean() ? HostileText.ident(r, false) : HostileText.ident(r, true).toLowerCase();
            case "column", "table", "index", "relation", "feature", "label" -> r.nextInt(3) == 0 ? HostileText.any(r, 4)
                    : HostileText.nameLike(r);
            default -> HostileText.any(r, 6);
        };
        // Docs and one-line texts get a visible first character: an empty doc is no doc at all.
        if (slot.endsWith("Doc") || slot.equals("title")) value = "d" + value;
        return with(slot, value);
    }

    /** The plain model with {@code value} in {@code slot}. */
    static HostileModel with(String slot, String value) {
        var values = new LinkedHashMap<>(PLAIN);
        values.put(slot, value);
        return new HostileModel(slot, value, render(values));
    }

    /** The plain model with each of {@code values} in its slot; {@code slot} names the case. */
    static HostileModel withAll(String slot, Map<String, String> values) {
        var all = new LinkedHashMap<>(PLAIN);
        all.putAll(values);
        return new HostileModel(slot, values.toString(), render(all));
    }

    private static String render(Map<String, String> v) {
        String entity = v.get("entityName");
        String kind = v.get("enumName");
        return doc(v.get("schemaDoc"), "")
                + "schema " + v.get("schemaName") + " {\n"
                + "  title   = " + lit(v.get("title")) + "\n"
                + "  feature = " + lit(v.get("feature")) + "\n"
                + "  dialect = postgres\n"
                + "}\n\n"
                + doc(v.get("enumDoc"), "")
                + "enum " + kind + " {\n"
                + doc(v.get("valueDoc"), "  ")
                + "  ALPHA @map(" + lit(v.get("label")) + ")\n"
                + "  BETA\n"
                + "}\n\n"
                + doc(v.get("entityDoc"), "")
                + "entity " + entity + " {\n"
                + doc(v.get("fieldDoc"), "  ")
                + "  " + v.get("fieldName") + " string(200) = " + lit(v.get("default")) + " @map(" + lit(v.get("column"))
                + ") @check(!= " + lit(v.get("checkLiteral")) + ")\n"
                + "  code  string(40)? @pattern(" + lit(v.get("pattern")) + ")\n"
                + "  kind  " + kind + " = ALPHA\n"
                + "  data  json = " + lit(v.get("json")) + "\n"
                + "  day   date = " + lit(v.get("date")) + "\n"
                + "  ratio double = " + v.get("number") + "\n"
                + "  tags  Tag[] @relation(" + lit(v.get("relation")) + ")\n"
                + "  @@map(" + lit(v.get("table")) + ")\n"
                + "  @@index(code, name = " + lit(v.get("index")) + ")\n"
                + "  @@query(" + lit(v.get("query")) + ")\n"
                // A structured query no index serves: SC730 quotes its text, and the documents quote SC730.
                + "  @@query(" + lit(v.get("query") + " (by kind)") + ", where: [kind])\n"
                + "  @@denormalized(" + lit(v.get("reason")) + ")\n"
                + "  @@volume(rows = 1000, growth = " + lit(v.get("growth")) + ")\n"
                + "}\n\n"
                + "entity Tag {\n"
                + "  label string(50)\n"
                + "  items " + entity + "[] @relation(" + lit(v.get("relation")) + ")\n"
                + "}\n";
    }

    /** A string literal of the language: the escapes it has, every other character as it is. */
    static String lit(String s) {
        var b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** A doc comment: one {@code ///} line per line of the text (a doc cannot hold a line break). */
    private static String doc(String text, String indent) {
        var b = new StringBuilder();
        for (String line : text.split("\r\n|\r|\n", -1)) b.append(indent).append("/// ").append(line).append('\n');
        return b.toString();
    }
}
