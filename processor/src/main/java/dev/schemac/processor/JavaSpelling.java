package dev.schemac.processor;

import dev.schemac.diag.Spelling;
import dev.schemac.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The help lines of diagnostics as a Java user writes the model: annotations instead of
 * attributes ({@code @Index} for {@code @index}, {@code @Entity(table = "t")} for
 * {@code @@map("t")}), Java types ({@code BigDecimal with @Column(precision = 12, scale = 2)}
 * for {@code decimal(12, 2)}, {@code List<Order>} for {@code Order[]}), {@code @Nullable} for
 * {@code ?}, Java names in annotations ({@code "deletedAt"}). The tables are the inverse of
 * what {@link AttributeReader} and {@link TypeMapper} read.
 */
final class JavaSpelling implements Spelling {
    static final JavaSpelling INSTANCE = new JavaSpelling();

    /** Attributes by the annotation that says them. */
    private static final Map<String, String> ATTRIBUTES = Map.ofEntries(
            Map.entry("@id", "@Id"), Map.entry("@auto", "@Auto"), Map.entry("@unique", "@Unique"),
            Map.entry("@index", "@Index"), Map.entry("@check", "@Check"), Map.entry("@min", "@Min"),
            Map.entry("@max", "@Max"), Map.entry("@length", "@Length"), Map.entry("@pattern", "@Pattern"),
            Map.entry("@pii", "@Pii"), Map.entry("@secret", "@Secret"), Map.entry("@updated", "@Updated"),
            Map.entry("@relation", "@Relation"), Map.entry("@on_delete", "@OnDelete"), Map.entry("@on_update", "@OnUpdate"),
            Map.entry("@map", "@Column(name)"), Map.entry("@@map", "@Entity(table)"), Map.entry("@@id", "@Id"),
            Map.entry("@@index", "@Index"), Map.entry("@@unique", "@Unique"), Map.entry("@@check", "@Check"),
            Map.entry("@@depends", "@Depends"), Map.entry("@@denormalized", "@Denormalized"), Map.entry("@@query", "@Query"),
            Map.entry("@@volume", "@Volume"), Map.entry("@@timestamps", "@Entity(timestamps)"),
            Map.entry("@embed", "@Embed"), Map.entry("@ttl", "@Ttl"), Map.entry("@renamed_from", "@RenamedFrom"),
            Map.entry("@@renamed_from", "@RenamedFrom"), Map.entry("@@collection", "@Collection"),
            Map.entry("@@shard_key", "@ShardKey"), Map.entry("@@cache", "@Cache"));

    /** How the annotations are written with their arguments. */
    private static final Map<String, String> FORMS = Map.ofEntries(
            Map.entry("@map", "@Column(name = \"column_name\")"),
            Map.entry("@map on an enum value", "@Column(name = \"stored value\") on the constant"),
            Map.entry("@relation", "@Relation(\"name\")"),
            Map.entry("@on_delete", "@OnDelete(Action.CASCADE), with RESTRICT, SET_NULL or NO_ACTION as the others"),
            Map.entry("@on_update", "@OnUpdate(Action.CASCADE), with RESTRICT, SET_NULL or NO_ACTION as the others"),
            Map.entry("@check", "@Check(\"OP literal\"), OP one of > >= < <= = !="),
            Map.entry("@min", "@Min(n) or @Min(exact = \"n\")"),
            Map.entry("@max", "@Max(n) or @Max(exact = \"n\")"),
            Map.entry("@length", "@Length(min = n, max = m), @Length(max = n) or @Length(min = n)"),
            Map.entry("@pattern", "@Pattern(\"regex\")"),
            Map.entry("@@id", "@Id({\"field\", ...}) on the class"),
            Map.entry("@@index", "@Index(value = {\"field\", ...}, name = \"...\") on the class"),
            Map.entry("@@unique", "@Unique(value = {\"field\", ...}, name = \"...\") on the class"),
            Map.entry("@@map", "@Entity(table = \"table_name\")"),
            Map.entry("@@depends", "@Depends(from = {\"a\", \"b\"}, to = {\"c\", \"d\"})"),
            Map.entry("@@denormalized", "@Denormalized(\"reason\")"),
            Map.entry("@@query", "@Query(\"access pattern\")"),
            Map.entry("@@volume", "@Volume(rows = N, growth = \"...\")"),
            Map.entry("@@timestamps", "@Entity(timestamps = false)"),
            Map.entry("@@check", "@Check(\"field OP field\") on the class, OP one of > >= < <= = !="),
            Map.entry("@renamed_from", "@RenamedFrom(\"oldName\")"),
            Map.entry("@@renamed_from", "@RenamedFrom(\"OldName\") on the class"),
            Map.entry("@ttl", "@Ttl(\"duration\"), e.g. @Ttl(\"30d\")"),
            Map.entry("@@collection", "@Collection(\"name\") on the class"),
            Map.entry("@@shard_key", "@ShardKey({\"field\", ...}) on the class"),
            Map.entry("@@cache", "@Cache(ttl = \"15m\", key = \"prefix:{field}\") on the class"));

    /** The Java type a field of a logical type is declared with (one of those {@link TypeMapper} maps to it). */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("bool", "boolean"), Map.entry("smallint", "short"), Map.entry("int", "int"),
            Map.entry("bigint", "long"), Map.entry("float", "float"), Map.entry("double", "double"),
            Map.entry("decimal", "BigDecimal"), Map.entry("string", "String"), Map.entry("text", "String"),
            Map.entry("char", "String"), Map.entry("json", "String"), Map.entry("date", "LocalDate"),
            Map.entry("time", "LocalTime"), Map.entry("datetime", "Instant"), Map.entry("uuid", "UUID"),
            Map.entry("bytes", "byte[]"));

    private static final Pattern WITH_ARGUMENTS = Pattern.compile("([a-z]+)\\((.*)\\)");

    private JavaSpelling() {}

    @Override public String attribute(String display) { return ATTRIBUTES.getOrDefault(display, display); }

    @Override public String form(String display) { return FORMS.getOrDefault(display, attribute(display)); }

    @Override public String withFields(String display, List<String> fields) {
        var names = fields.stream().map(f -> "\"" + Names.camel(f) + "\"").toList();
        String args = names.size() == 1 ? names.get(0) : "{" + String.join(", ", names) + "}";
        return bare(display) + "(" + args + ")";
    }

    @Override public String withText(String display, String quoted) {
        return switch (display) {
            case "@map" -> "@Column(name = " + quoted + ")";
            case "@@map" -> "@Entity(table = " + quoted + ")";
            default -> bare(display) + "(" + quoted + ")";
        };
    }

    @Override public String type(String type) {
        Declared d = declared(type);
        return d.annotations().isEmpty() ? d.type() : d.type() + " with " + d.annotations();
    }

    @Override public String withoutArguments(String keyword) {
        return type(keyword) + " without length, precision or scale in @Column";
    }

    @Override public String optional(String type) { return "@Nullable " + type(type); }

    @Override public String optionalMark() { return "@Nullable"; }

    @Override public String field(String name, String type, String defaultValue, List<String> flags) {
        var parts = new ArrayList<String>();
        if (defaultValue != null) parts.add("@Default(\"" + defaultValue.replace("\\", "\\\\").replace("\"", "\\\"") + "\")");
        for (String f : flags) parts.add(attribute("@" + f));
        Declared d = declared(type);
        if (!d.annotations().isEmpty()) parts.add(d.annotations());
        parts.add(d.type());
        parts.add(Names.camel(name));
        return String.join(" ", parts);
    }

    @Override public String entity(String name, List<List<String>> fields) {
        var b = new StringBuilder("@Entity class ").append(name).append(" {");
        for (List<String> f : fields) b.append(' ').append(field(f.get(0), f.get(1))).append(';');
        return b.append(" }").toString();
    }

    @Override public String mixinDeclaration(String name) { return "@Mixin abstract class " + name + " { ... }"; }

    @Override public String entityOrEnum() { return "an @Entity class or an enum"; }

    @Override public String action(String word) { return "Action." + word.toUpperCase(Locale.ROOT); }

    @Override public String defaultValue(String literal) { return "@Default(\"" + literal + "\")"; }

    @Override public String textFields() { return "String fields"; }

    @Override public String decomposition() {
        return "here as .schema text, which docs/annotations.md turns into annotations line by line";
    }

    /** An annotation without its "on the class" or element: {@code @@index} → {@code @Index}. */
    private String bare(String display) {
        String a = attribute(display);
        int paren = a.indexOf('(');
        return paren < 0 ? a : a.substring(0, paren);
    }

    /** A Java declaration of a logical type: the annotations it needs and the Java type. */
    private record Declared(String annotations, String type) {}

    private static Declared declared(String type) {
        if (type.endsWith("?")) {
            Declared inner = declared(type.substring(0, type.length() - 1));
            return new Declared(("@Nullable " + inner.annotations()).strip(), inner.type());
        }
        if (type.endsWith("[]")) return new Declared("", "List<" + declared(type.substring(0, type.length() - 2)).type() + ">");
        var m = WITH_ARGUMENTS.matcher(type);
        if (m.matches()) {
            String[] args = m.group(2).split(",\\s*");
            return switch (m.group(1)) {
                case "decimal" -> new Declared("@Column(precision = " + args[0] + (args.length > 1 ? ", scale = " + args[1] : "")
                        + ")", "BigDecimal");
                case "char" -> new Declared("@Column(type = CHAR, length = " + args[0] + ")", "String");
                default -> new Declared("@Column(length = " + args[0] + ")", "String");
            };
        }
        String java = TYPES.get(type);
        if (java == null) return new Declared("", type); // an entity or enum: its own name
        String column = switch (type) {
            case "string" -> "@Column(type = STRING)";
            case "char" -> "@Column(type = CHAR)";
            case "json" -> "@Column(type = JSON)";
            default -> "";
        };
        return new Declared(column, java);
    }
}
