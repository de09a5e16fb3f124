package dev.schemac.processor;

import dev.schemac.annotations.Auto;
import dev.schemac.annotations.Cache;
import dev.schemac.annotations.Check;
import dev.schemac.annotations.Collection;
import dev.schemac.annotations.Denormalized;
import dev.schemac.annotations.Depends;
import dev.schemac.annotations.Embed;
import dev.schemac.annotations.Id;
import dev.schemac.annotations.Index;
import dev.schemac.annotations.Length;
import dev.schemac.annotations.Max;
import dev.schemac.annotations.Min;
import dev.schemac.annotations.OnDelete;
import dev.schemac.annotations.OnUpdate;
import dev.schemac.annotations.Pii;
import dev.schemac.annotations.Query;
import dev.schemac.annotations.Relation;
import dev.schemac.annotations.RenamedFrom;
import dev.schemac.annotations.Secret;
import dev.schemac.annotations.ShardKey;
import dev.schemac.annotations.Ttl;
import dev.schemac.annotations.Unique;
import dev.schemac.annotations.Updated;
import dev.schemac.annotations.Volume;
import dev.schemac.diag.Spelling;
import dev.schemac.lang.Attributes;
import dev.schemac.naming.Names;
import dev.schemac.render.markdown.Quoted;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The help lines of diagnostics as a Java user writes the model: annotations instead of
 * attributes ({@code @Index} for {@code @index}, {@code @Entity(table = "t")} for
 * {@code @@map("t")}), Java types ({@code BigDecimal with @Column(precision = 12, scale = 2)}
 * for {@code decimal(12, 2)}, {@code List<Order>} for {@code Order[]}), {@code @Nullable} for
 * {@code ?}, Java names in annotations ({@code "deletedAt"}). The tables are the inverse of
 * what {@link AttributeReader} and {@link TypeMapper} read. A Jakarta Persistence entity is
 * written with JPA's annotations, not schemac's: what its help names ({@code @Table(name)} for
 * {@code @@map}, {@code @Table(indexes = @Index(columnList))} for {@code @@index}) is JPA's,
 * the inverse of what {@link JpaTable} reads; so the spelling is chosen per diagnostic, by the
 * declaration it stands on ({@link #of}).
 */
final class JavaSpelling implements Spelling {
    /** The spelling of schemac's annotations, and of a diagnostic that stands on no declaration. */
    static final JavaSpelling INSTANCE = new JavaSpelling(false);

    /** The spelling for a type Jakarta Persistence maps, whose table-level words are JPA's. */
    static final JavaSpelling JPA = new JavaSpelling(true);

    /** The class a JPA composite key's help names: one whose fields are the {@code @Id} fields, by name. */
    private static final String ID_CLASS = "Key";

    /** What JPA's annotations say otherwise than {@link #ATTRIBUTES} and {@link #FORMS}: the table's name, indexes and keys. */
    private static final Map<String, String> JPA_ATTRIBUTES = Map.ofEntries(
            blockEntry(Attributes.MAP, "@Table(name)"),
            blockEntry(Attributes.INDEX, "@Table(indexes)"),
            blockEntry(Attributes.UNIQUE, "@Table(uniqueConstraints)"),
            blockEntry(Attributes.ID, "@IdClass"),
            fieldEntry(Attributes.UNIQUE, "@Column(unique = true)"));

    private static final Map<String, String> JPA_FORMS = Map.ofEntries(
            blockEntry(Attributes.MAP, "@Table(name = \"table_name\")"),
            blockEntry(Attributes.INDEX, "@Table(indexes = @Index(columnList = \"column, ...\"))"),
            blockEntry(Attributes.UNIQUE, "@Table(uniqueConstraints = @UniqueConstraint(columnNames = {\"column\", ...}))"),
            blockEntry(Attributes.ID, "@IdClass(" + ID_CLASS + ".class) on the class, @Id on each key field"));

    /**
     * The spelling for a diagnostic on this declaration (or on a member of it): JPA's for a type
     * Jakarta Persistence maps and schemac's {@code @Entity} or {@code @Mixin} does not.
     */
    static JavaSpelling of(Element e) {
        Element type = e;
        while (type != null && !(type instanceof TypeElement)) type = type.getEnclosingElement();
        if (type == null || !Jpa.isJpaType(type) || Mirrors.has(type, Annotations.ENTITY) || Mirrors.has(type, Annotations.MIXIN)) {
            return INSTANCE;
        }
        return JPA;
    }

    /** Whether the declaration is Jakarta Persistence's. */
    private final boolean jpa;

    /** Attributes by the annotation that says them. */
    private static final Map<String, String> ATTRIBUTES = Map.ofEntries(
            fieldEntry(Attributes.ID, at(Id.class)),
            fieldEntry(Attributes.AUTO, at(Auto.class)),
            fieldEntry(Attributes.UNIQUE, at(Unique.class)),
            fieldEntry(Attributes.INDEX, at(Index.class)),
            fieldEntry(Attributes.CHECK, at(Check.class)),
            fieldEntry(Attributes.MIN, at(Min.class)),
            fieldEntry(Attributes.MAX, at(Max.class)),
            fieldEntry(Attributes.LENGTH, at(Length.class)),
            fieldEntry(Attributes.PATTERN, at(dev.schemac.annotations.Pattern.class)),
            fieldEntry(Attributes.PII, at(Pii.class)),
            fieldEntry(Attributes.SECRET, at(Secret.class)),
            fieldEntry(Attributes.UPDATED, at(Updated.class)),
            fieldEntry(Attributes.RELATION, at(Relation.class)),
            fieldEntry(Attributes.ON_DELETE, at(OnDelete.class)),
            fieldEntry(Attributes.ON_UPDATE, at(OnUpdate.class)),
            fieldEntry(Attributes.MAP, "@Column(name)"),
            blockEntry(Attributes.MAP, "@Entity(table)"),
            blockEntry(Attributes.ID, at(Id.class)),
            blockEntry(Attributes.INDEX, at(Index.class)),
            blockEntry(Attributes.UNIQUE, at(Unique.class)),
            blockEntry(Attributes.CHECK, at(Check.class)),
            blockEntry(Attributes.DEPENDS, at(Depends.class)),
            blockEntry(Attributes.DENORMALIZED, at(Denormalized.class)),
            blockEntry(Attributes.QUERY, at(Query.class)),
            blockEntry(Attributes.VOLUME, at(Volume.class)),
            blockEntry(Attributes.TIMESTAMPS, "@Entity(timestamps)"),
            fieldEntry(Attributes.EMBED, at(Embed.class)),
            fieldEntry(Attributes.TTL, at(Ttl.class)),
            fieldEntry(Attributes.RENAMED_FROM, at(RenamedFrom.class)),
            blockEntry(Attributes.RENAMED_FROM, at(RenamedFrom.class)),
            blockEntry(Attributes.COLLECTION, at(Collection.class)),
            blockEntry(Attributes.SHARD_KEY, at(ShardKey.class)),
            blockEntry(Attributes.CACHE, at(Cache.class)));

    /** How the annotations are written with their arguments. */
    private static final Map<String, String> FORMS = Map.ofEntries(
            fieldEntry(Attributes.MAP, "@Column(name = \"column_name\")"),
            Map.entry(MAP_ON_ENUM_VALUE, "@Column(name = \"stored value\") on the constant"),
            fieldEntry(Attributes.RELATION, "@Relation(\"name\")"),
            fieldEntry(Attributes.ON_DELETE, "@OnDelete(Action.CASCADE), with RESTRICT, SET_NULL or NO_ACTION as the others"),
            fieldEntry(Attributes.ON_UPDATE, "@OnUpdate(Action.CASCADE), with RESTRICT, SET_NULL or NO_ACTION as the others"),
            fieldEntry(Attributes.CHECK, "@Check(\"OP literal\"), OP one of > >= < <= = !="),
            fieldEntry(Attributes.MIN, "@Min(n) or @Min(exact = \"n\")"),
            fieldEntry(Attributes.MAX, "@Max(n) or @Max(exact = \"n\")"),
            fieldEntry(Attributes.LENGTH, "@Length(min = n, max = m), @Length(max = n) or @Length(min = n)"),
            fieldEntry(Attributes.PATTERN, "@Pattern(\"regex\")"),
            blockEntry(Attributes.ID, "@Id({\"field\", ...}) on the class"),
            blockEntry(Attributes.INDEX, "@Index(value = {\"field\", ...}, name = \"...\") on the class"),
            blockEntry(Attributes.UNIQUE, "@Unique(value = {\"field\", ...}, name = \"...\") on the class"),
            blockEntry(Attributes.MAP, "@Entity(table = \"table_name\")"),
            blockEntry(Attributes.DEPENDS, "@Depends(from = {\"a\", \"b\"}, to = {\"c\", \"d\"})"),
            blockEntry(Attributes.DENORMALIZED, "@Denormalized(\"reason\")"),
            blockEntry(Attributes.QUERY, "@Query(\"access pattern\")"),
            blockEntry(Attributes.VOLUME, "@Volume(rows = N, growth = \"...\")"),
            blockEntry(Attributes.TIMESTAMPS, "@Entity(timestamps = false)"),
            blockEntry(Attributes.CHECK, "@Check(\"field OP field\") on the class, OP one of > >= < <= = !="),
            fieldEntry(Attributes.RENAMED_FROM, "@RenamedFrom(\"oldName\")"),
            blockEntry(Attributes.RENAMED_FROM, "@RenamedFrom(\"OldName\") on the class"),
            fieldEntry(Attributes.TTL, "@Ttl(\"duration\"), e.g. @Ttl(\"30d\")"),
            blockEntry(Attributes.COLLECTION, "@Collection(\"name\") on the class"),
            blockEntry(Attributes.SHARD_KEY, "@ShardKey({\"field\", ...}) on the class"),
            blockEntry(Attributes.CACHE, "@Cache(ttl = \"15m\", key = \"prefix:{field}\") on the class"));

    /** The Java type a field of a logical type is declared with (one of those {@link TypeMapper} maps to it). */
    private static final Map<String, String> BOXED = Map.of("boolean", "Boolean", "short", "Short", "int", "Integer",
            "long", "Long", "float", "Float", "double", "Double");

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("bool", "boolean"), Map.entry("smallint", "short"), Map.entry("int", "int"),
            Map.entry("bigint", "long"), Map.entry("float", "float"), Map.entry("double", "double"),
            Map.entry("decimal", "BigDecimal"), Map.entry("string", "String"), Map.entry("text", "String"),
            Map.entry("char", "String"), Map.entry("json", "String"), Map.entry("date", "LocalDate"),
            Map.entry("time", "LocalTime"), Map.entry("datetime", "Instant"), Map.entry("uuid", "UUID"),
            Map.entry("bytes", "byte[]"));

    private static final Pattern WITH_ARGUMENTS = Pattern.compile("([a-z]+)\\((.*)\\)");

    private JavaSpelling(boolean jpa) { this.jpa = jpa; }

    /** What field attribute {@code name} is in Java, keyed as the compiler asks for it ({@code @name}). */
    private static Map.Entry<String, String> fieldEntry(String name, String java) {
        return Map.entry(Attributes.display(name), java);
    }

    /** What entity attribute {@code name} is in Java ({@code @@name}). */
    private static Map.Entry<String, String> blockEntry(String name, String java) {
        return Map.entry(Attributes.blockDisplay(name), java);
    }

    /** An annotation as written on a declaration: {@code @Index}. */
    private static String at(Class<?> annotation) {
        return "@" + annotation.getSimpleName();
    }

    @Override public String attribute(String display) {
        String own = jpa ? JPA_ATTRIBUTES.get(display) : null;
        return own != null ? own : ATTRIBUTES.getOrDefault(display, display);
    }

    @Override public String form(String display) {
        String own = jpa ? JPA_FORMS.get(display) : null;
        if (own != null) return own;
        return jpa && JPA_ATTRIBUTES.containsKey(display) ? attribute(display) : FORMS.getOrDefault(display, attribute(display));
    }

    @Override public String withFields(String display, List<String> fields, List<String> columns) {
        // JPA's index and unique constraint name the table's columns (a relation's student_id), its key the fields.
        if (jpa && display.equals(Attributes.blockDisplay(Attributes.INDEX))) {
            return "@Table(indexes = @Index(columnList = " + javaString(String.join(", ", columns)) + "))";
        }
        if (jpa && display.equals(Attributes.blockDisplay(Attributes.UNIQUE))) {
            return "@Table(uniqueConstraints = @UniqueConstraint(columnNames = " + quotedList(columns) + "))";
        }
        var names = fields.stream().map(Names::camel).toList();
        if (jpa && display.equals(Attributes.blockDisplay(Attributes.ID))) {
            return "@IdClass(" + ID_CLASS + ".class) on the class, @Id on " + String.join(", ", names);
        }
        return bare(display) + "(" + quotedList(names) + ")";
    }

    /** Names as a Java annotation's string value: one, or several in braces. */
    private static String quotedList(List<String> names) {
        var quoted = names.stream().map(JavaSpelling::javaString).toList();
        return quoted.size() == 1 ? quoted.get(0) : "{" + String.join(", ", quoted) + "}";
    }

    /**
     * Text as a Java string literal, the one way the help writes a model's text (a name, a default) into Java:
     * a quote, a backslash or a control character in it would end the literal or not compile.
     */
    static String javaString(String text) {
        var b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    @Override public String withText(String display, String quoted) {
        if (display.equals(Attributes.display(Attributes.MAP))) return "@Column(name = " + quoted + ")";
        if (display.equals(Attributes.blockDisplay(Attributes.MAP))) {
            return (jpa ? "@Table(name = " : "@Entity(table = ") + quoted + ")";
        }
        return bare(display) + "(" + quoted + ")";
    }

    @Override public String withExpression(String display, String expression) {
        boolean block = display.startsWith(Attributes.SIGIL + Attributes.SIGIL);
        return Quoted.name(bare(display) + "(" + javaString(expression) + ")") + (block ? " on the class" : "");
    }

    @Override public String severityOff(String code) { return "`@Schema(severity = " + javaString(code + "=off") + ")`"; }

    @Override public String type(String type) {
        Declared d = declared(type);
        return d.annotations().isEmpty() ? d.type() : d.type() + " with " + d.annotations();
    }

    @Override public String withoutArguments(String keyword) {
        return type(keyword) + " without length, precision or scale in @Column";
    }

    /**
     * A JPA reference is optional unless its mapping makes the column NOT NULL (Hibernate reads no @Nullable): the code
     * is the type alone, and {@link #optionalUnless} says what it must not have.
     */
    @Override public String optional(String type) { return jpa ? type(type) : "@Nullable " + type(type); }

    @Override public String optionalUnless() {
        return jpa ? ", with no `optional = false`, `nullable = false` or `@NotNull`" : "";
    }

    /**
     * In JPA too, only a @Nullable makes a key field optional: Hibernate creates every key column NOT NULL whatever its
     * mapping says, and the processor reads it so.
     */
    @Override public String optionalMark() { return "@Nullable"; }

    @Override public String field(String name, String type, String defaultValue, List<String> flags) {
        var parts = new ArrayList<String>();
        if (jpa && "now()".equals(defaultValue) && type.equals("datetime")) {
            // Hibernate sets these itself (a database default it would overwrite with NULL); the processor reads them as
            // required, = now(), and the second @updated.
            boolean updated = flags.contains(Attributes.UPDATED);
            parts.add(updated ? "@UpdateTimestamp" : "@CreationTimestamp");
            defaultValue = null;
            flags = flags.stream().filter(f -> !f.equals(Attributes.UPDATED)).toList();
        }
        if (jpa && "uuid()".equals(defaultValue) && type.startsWith("uuid")) {
            // Hibernate's inserts write every column they map, over a database default: Hibernate's own generator gives
            // the value (on a key, @GeneratedValue(strategy = GenerationType.UUID) says the same).
            parts.add("@UuidGenerator");
            defaultValue = null;
        }
        if (defaultValue != null) parts.add(defaultValue(defaultValue));
        for (String f : flags) parts.add(attribute("@" + f));
        boolean jpaOptional = jpa && type.endsWith("?");
        Declared d = declared(jpaOptional ? type.substring(0, type.length() - 1) : type);
        if (!d.annotations().isEmpty()) parts.add(d.annotations());
        parts.add(jpaOptional ? BOXED.getOrDefault(d.type(), d.type()) : d.type());
        parts.add(Names.camel(name));
        return String.join(" ", parts);
    }

    @Override public String listField(String name, String child, String back) {
        // JPA's list of the entities that point here is the back side of their to-one field, which mappedBy names.
        return jpa ? "@OneToMany(mappedBy = " + javaString(Names.camel(back)) + ") List<" + child + "> " + Names.camel(name)
                : field(name, child + "[]");
    }

    /** A JPA entity has the columns it maps, no others. */
    @Override public boolean implicitTimestamps() { return !jpa; }

    @Override public String entity(String name, List<List<String>> fields) {
        var b = new StringBuilder("@Entity class ").append(name).append(" {");
        for (List<String> f : fields) b.append(' ').append(field(f.get(0), f.get(1))).append(';');
        return b.append(" }").toString();
    }

    @Override public String mixinDeclaration(String name) { return "@Mixin abstract class " + name + " { ... }"; }

    @Override public String entityOrEnum() { return "an @Entity class or an enum"; }

    @Override public String action(String word) { return "Action." + word.toUpperCase(Locale.ROOT); }

    @Override public String defaultValue(String literal) { return "@Default(" + javaString(literal) + ")"; }

    @Override public String textFields() { return "String fields"; }

    @Override public String entityDoc() { return "write a Javadoc comment saying what one row stands for on each entity class"; }

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

    private Declared declared(String type) {
        if (jpa) {
            // JPA's @Column has no type: a column definition, which Hibernate writes as the type (and the processor reads).
            if (type.equals("text") || type.equals("char") || type.startsWith("char(")) {
                return new Declared("@Column(columnDefinition = " + javaString(type) + ")", "String");
            }
            // No text Hibernate writes is the language's unbounded string: JPA's String is (varchar(255)).
            if (type.equals("string")) return new Declared("", "String");
            if (type.equals("json")) return new Declared("@JdbcTypeCode(SqlTypes.JSON)", "String");
        }
        if (type.endsWith("?")) {
            // A primitive is never null (SC901 on a @Nullable one; NOT NULL in JPA): an optional field is boxed.
            Declared inner = declared(type.substring(0, type.length() - 1));
            return new Declared(("@Nullable " + inner.annotations()).strip(), BOXED.getOrDefault(inner.type(), inner.type()));
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
