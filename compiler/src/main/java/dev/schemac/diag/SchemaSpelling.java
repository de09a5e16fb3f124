package dev.schemac.diag;

import java.util.List;
import java.util.Map;

/** The {@code .schema} language's own spelling: the help lines as the language writes them. */
final class SchemaSpelling implements Spelling {
    /** The forms of the attributes that take arguments; the others take none. */
    private static final Map<String, String> FORMS = Map.ofEntries(
            Map.entry("@map", "@map(\"column_name\")"),
            Map.entry("@map on an enum value", "@map(\"stored value\")"),
            Map.entry("@relation", "@relation(\"name\")"),
            Map.entry("@on_delete", "@on_delete(cascade | restrict | set_null | no_action)"),
            Map.entry("@on_update", "@on_update(cascade | restrict | set_null | no_action)"),
            Map.entry("@check", "@check(OP literal), OP one of > >= < <= = !="),
            Map.entry("@min", "@min(number)"),
            Map.entry("@max", "@max(number)"),
            Map.entry("@length", "@length(min, max), @length(max = n) or @length(min = n)"),
            Map.entry("@pattern", "@pattern(\"regex\")"),
            Map.entry("@@id", "@@id(field, ...)"),
            Map.entry("@@index", "@@index(field, ..., name = \"...\")"),
            Map.entry("@@unique", "@@unique(field, ..., name = \"...\")"),
            Map.entry("@@map", "@@map(\"table_name\")"),
            Map.entry("@@depends", "@@depends(a, b -> c, d)"),
            Map.entry("@@denormalized", "@@denormalized(\"reason\")"),
            Map.entry("@@query", "@@query(\"access pattern\")"),
            Map.entry("@@volume", "@@volume(rows = N, growth = \"...\")"),
            Map.entry("@@timestamps", "@@timestamps(false)"),
            Map.entry("@@check", "@@check(field OP field), OP one of > >= < <= = !="),
            Map.entry("@renamed_from", "@renamed_from(\"old_name\")"),
            Map.entry("@@renamed_from", "@@renamed_from(\"OldName\")"),
            Map.entry("@@shard_key", "@@shard_key(field, ...)"),
            Map.entry("@ttl", "@ttl(\"duration\"), e.g. @ttl(\"30d\")"),
            Map.entry("@@collection", "@@collection(\"name\")"),
            Map.entry("@@cache", "@@cache(ttl = \"15m\", key = \"prefix:{field}\")"));

    @Override public String attribute(String display) { return display; }

    @Override public String form(String display) { return FORMS.getOrDefault(display, display); }

    @Override public String withFields(String display, List<String> fields) {
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
