package dev.schemac.diag;

import dev.schemac.lang.Attributes;
import dev.schemac.render.markdown.Quoted;
import java.util.List;

/**
 * How a front end writes the language's constructs, for the help lines of diagnostics. The
 * arguments are the language's own names (attributes as written in a {@code .schema} file,
 * {@code @length}, {@code @@index}; types as {@code decimal(10, 2)}, {@code User[]}; field
 * names in snake_case), so the compiler speaks one vocabulary and each spelling renders it;
 * results are code, without backticks. {@link #SCHEMA} is the language's; the annotation
 * processor has the Java one.
 */
public interface Spelling {
    Spelling SCHEMA = new SchemaSpelling();

    /**
     * The key of {@link #form} for {@code @map} on an enum value, whose form is not a field's
     * {@code @map}. A constant expression: the spellings' tables read it while {@link #SCHEMA}
     * is being initialised.
     */
    String MAP_ON_ENUM_VALUE = Attributes.SIGIL + Attributes.MAP + " on an enum value";

    /** An attribute by name: {@code @unique}, {@code @@query}. */
    String attribute(String display);

    /** How an attribute is written with its arguments: {@code @length(min, max), @length(max = n) or @length(min = n)}. */
    String form(String display);

    /**
     * An attribute naming fields: {@code @@index(deleted_at)}, {@code @@id(order, product)}.
     * {@code columns} are the table's columns those fields make, in order (a relation's
     * {@code order_id}): a front end whose annotations name columns, not fields (JPA's
     * {@code @Index(columnList)}), names those.
     */
    String withFields(String display, List<String> fields, List<String> columns);

    /** An attribute with one text argument, quoted as written: {@code @map("col")}, {@code @@denormalized("...")}. */
    String withText(String display, String quoted);

    /**
     * An attribute whose argument is an expression of the language, as written ({@code @check(<= 30)},
     * {@code @@check(leaves > arrives)}): a front end that holds it as text quotes it. The result is already a code span
     * ({@link Quoted#name}, so an expression holding backticks stays inside it), with any words on where it goes after it.
     */
    default String withExpression(String display, String expression) { return Quoted.name(display + "(" + expression + ")"); }

    /** How a model turns a rule's code off: {@code severity = ["SC707=off"]} in the schema header. */
    default String severityOff(String code) { return "`severity = [\"" + code + "=off\"]` in the schema header"; }

    /** A type, placeholders allowed: {@code decimal(12, 2)}, {@code string(n)}, {@code text}, {@code Order[]}, {@code User}. */
    String type(String type);

    /** A type written without arguments: {@code int without arguments}. */
    String withoutArguments(String keyword);

    /** An optional type, as code: {@code Type?}. What the code cannot say follows it as {@link #optionalUnless}. */
    String optional(String type);

    /**
     * Prose for after the code span of an optional type or field ({@link #optional}, {@link #field} of a {@code Type?}),
     * outside the span: what else the field must not have to be optional, where its code cannot say it all (JPA's
     * reference is optional unless mapped NOT NULL); empty where the code says it all ({@code Type?}, {@code @Nullable Type}).
     */
    default String optionalUnless() { return ""; }

    /** The mark written on a field to make it optional, as code: {@code ?}. */
    String optionalMark();

    /** A field declaration: {@code user User}; with a default ({@code = now()}, or null) and flag attributes ({@code unique}). */
    String field(String name, String type, String defaultValue, List<String> flags);

    default String field(String name, String type) {
        return field(name, type, null, List.of());
    }

    /** An entity with fields (name, type pairs): {@code entity Item { owner Owner  value int }}. */
    String entity(String name, List<List<String>> fields);

    /** How a mixin is declared: {@code mixin Audited { ... }}. */
    String mixinDeclaration(String name);

    /** What can be declared with a name to be a type: {@code an entity or enum}. */
    String entityOrEnum();

    /** A referential action: {@code cascade}, {@code set_null}. */
    String action(String word);

    /** A default value, as a literal of the language: {@code = PENDING}. */
    String defaultValue(String literal);

    /** The fields that hold text: {@code string, char or text fields}. */
    String textFields();

    /**
     * What to do with a proposed 3NF decomposition, which is always {@code .schema} text:
     * {@code paste over the entity}.
     */
    String decomposition();

    /**
     * A list of the entities {@code child} whose to-one field {@code back} points here: {@code phones CustomerPhone[]}.
     * A front end whose list needs the back field named (JPA's {@code mappedBy}) names it.
     */
    default String listField(String name, String child, String back) { return field(name, child + "[]"); }

    /**
     * Whether an entity gets {@code created_at} and {@code updated_at} when it declares neither: the language's do;
     * a front end whose entities have only the columns they declare (JPA's) has none to fall back on.
     */
    default boolean implicitTimestamps() { return true; }

    /** How an entity gets its doc comment: {@code write `/// what one row stands for` on the line above each `entity`}. */
    default String entityDoc() { return "write `/// what one row stands for` on the line above each `entity`"; }
}
