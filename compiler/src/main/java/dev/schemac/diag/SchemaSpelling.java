package dev.schemac.diag;

import dev.schemac.lang.Attributes;
import java.util.List;
import java.util.Map;

/** The {@code .schema} language's own spelling: the help lines as the language writes them. */
final class SchemaSpelling implements Spelling {
    /** The forms of the attributes that take arguments (a constraint's name, for some); the others take none. */
    private static final Map<String, String> FORMS = Map.ofEntries(
            fieldForm(Attributes.ID, "@id or @id(name = \"constraint\")"),
            fieldForm(Attributes.UNIQUE, "@unique or @unique(name = \"constraint\")"),
            fieldForm(Attributes.INDEX, "@index or @index(name = \"index\")"),
            fieldForm(Attributes.MAP, "@map(\"column_name\")"),
            Map.entry(MAP_ON_ENUM_VALUE, "@map(\"stored value\")"),
            fieldForm(Attributes.RELATION, "@relation(\"name\"), @relation(map = \"foreign_key\") or both"),
            fieldForm(Attributes.ON_DELETE, "@on_delete(cascade | restrict | set_null | no_action)"),
            fieldForm(Attributes.ON_UPDATE, "@on_update(cascade | restrict | set_null | no_action)"),
            fieldForm(Attributes.CHECK, "@check(OP literal[, name = \"constraint\"]), OP one of > >= < <= = !="),
            fieldForm(Attributes.MIN, "@min(number[, name = \"constraint\"])"),
            fieldForm(Attributes.MAX, "@max(number[, name = \"constraint\"])"),
            fieldForm(Attributes.LENGTH, "@length(min, max), @length(max = n) or @length(min = n)"),
            fieldForm(Attributes.PATTERN, "@pattern(\"regex\"[, name = \"constraint\"])"),
            blockForm(Attributes.ID, "@@id(field, ..., name = \"constraint\")"),
            blockForm(Attributes.INDEX, "@@index(field, ..., name = \"...\")"),
            blockForm(Attributes.UNIQUE, "@@unique(field, ..., name = \"...\")"),
            blockForm(Attributes.MAP, "@@map(\"table_name\")"),
            blockForm(Attributes.DEPENDS, "@@depends(a, b -> c, d)"),
            blockForm(Attributes.DENORMALIZED, "@@denormalized(\"reason\")"),
            blockForm(Attributes.QUERY, "@@query(\"access pattern\")"),
            blockForm(Attributes.VOLUME, "@@volume(rows = N, growth = \"...\")"),
            blockForm(Attributes.TIMESTAMPS, "@@timestamps(false)"),
            blockForm(Attributes.CHECK, "@@check(field OP field[, name = \"constraint\"]), OP one of > >= < <= = !="),
            fieldForm(Attributes.RENAMED_FROM, "@renamed_from(\"old_name\")"),
            blockForm(Attributes.RENAMED_FROM, "@@renamed_from(\"OldName\")"),
            blockForm(Attributes.SHARD_KEY, "@@shard_key(field, ...)"),
            fieldForm(Attributes.TTL, "@ttl(\"duration\"), e.g. @ttl(\"30d\")"),
            blockForm(Attributes.COLLECTION, "@@collection(\"name\")"),
            blockForm(Attributes.CACHE, "@@cache(ttl = \"15m\", key = \"prefix:{field}\")"));

    /** The form of field attribute {@code name}, keyed as {@link #form} is asked for it. */
    private static Map.Entry<String, String> fieldForm(String name, String form) {
        return Map.entry(Attributes.display(name), form);
    }

    /** The form of entity attribute {@code name}. */
    private static Map.Entry<String, String> blockForm(String name, String form) {
        return Map.entry(Attributes.blockDisplay(name), form);
    }

    @Override public String attribute(String display) { return display; }

    @Override public String form(String display) { return FORMS.getOrDefault(display, display); }

    @Override public String withFields(String display, List<String> fields, List<String> columns) {
        return display + "(" + String.join(", ", fields) + ")";
    }

    @Override public String withText(String display, String quoted) { return display + "(" + quoted + ")"; }

    @Override public String type(String type) { return type; }

    @Override public String withoutArguments(String keyword) { return keyword + " without arguments"; }

    @Override public String optional(String type) { return type + "?"; }

    @Override public String optionalMark() { return "?"; }

    @Override public String field(String name, String type, String defaultValue, List<String> flags) {
        var b = new StringBuilder(name).append(' ').append(type);
        if (defaultValue != null) b.append(" = ").append(defaultValue);
        for (String f : flags) b.append(" @").append(f);
        return b.toString();
    }

    @Override public String entity(String name, List<List<String>> fields) {
        var b = new StringBuilder("entity ").append(name).append(" {");
        for (List<String> f : fields) b.append(b.charAt(b.length() - 1) == '{' ? " " : "  ").append(field(f.get(0), f.get(1)));
        return b.append(" }").toString();
    }

    @Override public String mixinDeclaration(String name) { return "mixin " + name + " { ... }"; }

    @Override public String entityOrEnum() { return "an entity or enum"; }

    @Override public String action(String word) { return word; }

    @Override public String defaultValue(String literal) { return "= " + literal; }

    @Override public String textFields() { return "string, char or text fields"; }

    @Override public String decomposition() { return "paste over the entity"; }
}
