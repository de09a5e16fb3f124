package dev.schemac.lang;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What people coming from other schema languages write out of habit (Prisma, SQL DDL, JPA, DBML,
 * TypeScript), and how the same thing is said here: the one table the parser and the resolver
 * read to answer a habit directly instead of with a generic "unexpected token".
 */
public final class ForeignHabits {
    private ForeignHabits() {}

    /** A tool whose habits are recognised, with the code its habits are reported under. */
    public enum Tool {
        PRISMA("Prisma"), SQL("SQL"), JPA("JPA"), DBML("DBML"), TYPESCRIPT("TypeScript"), KOTLIN("Kotlin"),
        /** A class of no language the line tells apart: `class User {` is Java's, Kotlin's and TypeScript's alike. */
        CLASS("Java, Kotlin or TypeScript"),
        /** Active Record's migrations (`create_table :users do |t|`) and Python's ORM classes. */
        RAILS("Rails"), DJANGO("Django"), SQLALCHEMY("SQLAlchemy"), SQLMODEL("SQLModel"),
        /** A Python class of no ORM the habits know (pydantic's `BaseModel`, a dataclass) or a Python enum. */
        PYTHON("Python");

        private final String displayName;

        Tool(String displayName) { this.displayName = displayName; }

        public String displayName() { return displayName; }
    }

    /** How something written in another tool's way is written here. */
    public record Habit(Tool tool, String advice) {}

    /**
     * Type names of other languages, lower-cased, with the type of this language they mean.
     * A length or precision written after them is carried over ({@code varchar(20)} is
     * {@code string(20)}).
     */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("integer", "int"), Map.entry("int4", "int"), Map.entry("int32", "int"), Map.entry("number", "int"),
            Map.entry("mediumint", "int"), Map.entry("tinyint", "smallint"), Map.entry("int2", "smallint"),
            Map.entry("short", "smallint"), Map.entry("long", "bigint"), Map.entry("int8", "bigint"),
            Map.entry("int64", "bigint"), Map.entry("bigserial", "bigint @id @auto"), Map.entry("serial", "int @id @auto"),
            Map.entry("boolean", "bool"), Map.entry("bit", "bool"),
            Map.entry("real", "float"), Map.entry("float4", "float"), Map.entry("float8", "double"),
            Map.entry("numeric", "decimal"), Map.entry("money", "decimal(19, 4)"),
            Map.entry("varchar", "string"), Map.entry("nvarchar", "string"), Map.entry("character", "char"),
            Map.entry("str", "string"), Map.entry("longtext", "text"), Map.entry("mediumtext", "text"),
            Map.entry("clob", "text"),
            Map.entry("timestamp", "datetime"), Map.entry("timestamptz", "datetime"), Map.entry("datetime2", "datetime"),
            Map.entry("instant", "datetime"), Map.entry("localdatetime", "datetime"), Map.entry("localdate", "date"),
            Map.entry("localtime", "time"),
            Map.entry("jsonb", "json"), Map.entry("blob", "bytes"), Map.entry("bytea", "bytes"), Map.entry("binary", "bytes"),
            Map.entry("varbinary", "bytes"), Map.entry("byte[]", "bytes"), Map.entry("uniqueidentifier", "uuid"),
            Map.entry("guid", "uuid"), Map.entry("bigdecimal", "decimal"));

    /**
     * The type of this language that {@code name} means in another one, or empty. The exact
     * spellings of this language's own types ({@code string}, {@code int}) are never here: a
     * name that differs only in case from one of them ({@code String}, {@code Int},
     * {@code DateTime}) maps to it too.
     */
    public static Optional<String> type(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String mapped = TYPES.get(lower);
        if (mapped != null) return Optional.of(mapped);
        if (!lower.equals(name) && dev.schemac.model.ScalarKind.byKeyword(lower).isPresent()) return Optional.of(lower);
        return Optional.empty();
    }

    /** Field attributes of other tools, by their name as written after {@code @} (case-sensitive first, then lower case). */
    private static final Map<String, Habit> FIELD_ATTRIBUTES = Map.ofEntries(
            Map.entry("default", new Habit(Tool.PRISMA, "defaults are written `= value` after the type, as in "
                    + "`status string(20) = \"new\"`; `= now()` and `= uuid()` for generated values, `@auto` for autoincrement")),
            Map.entry("updatedAt", new Habit(Tool.PRISMA, "write `@updated` on a datetime field")),
            Map.entry("db", new Habit(Tool.PRISMA, "native types are the type itself: `string(255)`, `decimal(10, 2)`, `text`")),
            Map.entry("ignore", new Habit(Tool.PRISMA, "a field that is not stored does not belong in the model; remove it")),
            Map.entry("Id", new Habit(Tool.JPA, "write `@id`")),
            Map.entry("GeneratedValue", new Habit(Tool.JPA, "write `@auto` on an integer `@id` (or `= uuid()` on a uuid key)")),
            Map.entry("Column", new Habit(Tool.JPA, "the type gives the length (`string(80)`), `?` makes a field nullable, "
                    + "`@unique` and `@map(\"name\")` are attributes of their own")),
            Map.entry("NotNull", new Habit(Tool.JPA, "a field is required unless its type ends with `?`; remove it")),
            Map.entry("Size", new Habit(Tool.JPA, "give the length in the type (`string(80)`), or `@length(min = 1, max = 80)`")),
            Map.entry("ManyToOne", new Habit(Tool.JPA, "a field whose type is an entity is the relation: `author User`")),
            Map.entry("OneToOne", new Habit(Tool.JPA, "a field whose type is an entity is the relation: `profile Profile @unique`")),
            Map.entry("OneToMany", new Habit(Tool.JPA, "the other side is a list: `posts Post[]`")),
            Map.entry("ManyToMany", new Habit(Tool.JPA, "two lists pointing at each other: `tags Tag[]` and `posts Post[]`")),
            Map.entry("JoinColumn", new Habit(Tool.JPA, "the foreign key column is named after the field (`author` gives "
                    + "`author_id`); `@map(\"name\")` renames it")),
            Map.entry("Enumerated", new Habit(Tool.JPA, "enum fields are stored by name already; remove it")),
            Map.entry("Transient", new Habit(Tool.JPA, "a field that is not stored does not belong in the model; remove it")),
            Map.entry("Lob", new Habit(Tool.JPA, "write the type `text` or `bytes`")),
            Map.entry("primary_key", new Habit(Tool.SQL, "write `@id`")),
            Map.entry("primary", new Habit(Tool.SQL, "write `@id`")),
            Map.entry("pk", new Habit(Tool.DBML, "write `@id`")),
            Map.entry("autoincrement", new Habit(Tool.SQL, "write `@auto`")),
            Map.entry("auto_increment", new Habit(Tool.SQL, "write `@auto`")),
            Map.entry("increment", new Habit(Tool.DBML, "write `@auto`")),
            Map.entry("not_null", new Habit(Tool.SQL, "a field is required unless its type ends with `?`; remove it")),
            Map.entry("nullable", new Habit(Tool.SQL, "make the type optional with `?`: `nickname string(40)?`")),
            Map.entry("references", new Habit(Tool.SQL, "a field whose type is an entity is the foreign key: `author User`")),
            Map.entry("ref", new Habit(Tool.DBML, "a field whose type is an entity is the foreign key: `author User`")),
            Map.entry("note", new Habit(Tool.DBML, "write a `///` comment on the line above the field")),
            Map.entry("comment", new Habit(Tool.SQL, "write a `///` comment on the line above the field")));

    /** A field attribute of another tool, or empty. */
    public static Optional<Habit> fieldAttribute(String name) {
        Habit h = FIELD_ATTRIBUTES.get(name);
        if (h == null && !Attributes.FIELD.contains(name.toLowerCase(Locale.ROOT))) h = FIELD_ATTRIBUTES.get(name.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(h);
    }

    /**
     * Prisma's {@code @default(argument)} answered for its argument: {@code autoincrement()} is
     * {@code @auto}, anything else is {@code = argument} after the type.
     */
    public static Habit prismaDefault(String argument) {
        String arg = argument.strip();
        if (arg.equals("autoincrement()")) return new Habit(Tool.PRISMA, "autoincrement is `@auto` on an integer `@id`");
        if (arg.equals("cuid()") || arg.startsWith("nanoid(")) {
            return new Habit(Tool.PRISMA, "generated keys are `uuid` fields with `= uuid()` right after the type");
        }
        if (arg.equals("dbgenerated()") || arg.startsWith("dbgenerated(")) {
            return new Habit(Tool.PRISMA, "a default computed by the database is written as the value itself: `= now()`, "
                    + "`= uuid()` or a literal");
        }
        return new Habit(Tool.PRISMA, "a default is written `= " + value(arg) + "` right after the type, before the attributes");
    }

    /**
     * A default value as another tool writes it (SQL's `DEFAULT`, Prisma's `@default(...)`), as it is written here:
     * `'new'` is `"new"`, `CURRENT_TIMESTAMP` and `NOW()` are `now()`, `gen_random_uuid()` is `uuid()`, `TRUE` is
     * `true`; anything else as it is.
     */
    public static String value(String written) {
        String w = written.strip();
        String lower = w.toLowerCase(Locale.ROOT);
        if (w.length() >= 2 && w.startsWith("'") && w.endsWith("'")) return "\"" + w.substring(1, w.length() - 1) + "\"";
        if (lower.startsWith("current_timestamp") || lower.equals("current_date") || lower.equals("current_time")
                || lower.equals("localtimestamp") || lower.equals("now()")) {
            return "now()";
        }
        if (lower.equals("gen_random_uuid()") || lower.equals("uuid_generate_v4()") || lower.equals("newid()") || lower.equals("uuid()")) {
            return "uuid()";
        }
        if (lower.equals("true") || lower.equals("false")) return lower;
        return w;
    }

    /** Block attributes of other tools (after {@code @@}). */
    private static final Map<String, Habit> BLOCK_ATTRIBUTES = Map.ofEntries(
            Map.entry("Table", new Habit(Tool.JPA, "name the table with `@@map(\"table\")`")),
            Map.entry("table", new Habit(Tool.SQL, "name the table with `@@map(\"table\")`")),
            Map.entry("schema", new Habit(Tool.PRISMA, "schemac writes one schema; remove it")),
            Map.entry("ignore", new Habit(Tool.PRISMA, "an entity that is not stored does not belong in the model; remove it")),
            Map.entry("fulltext", new Habit(Tool.PRISMA, "write `@@index(...)`; full-text search is not part of the language")),
            Map.entry("primary", new Habit(Tool.SQL, "write `@@id(a, b)`")),
            Map.entry("pk", new Habit(Tool.DBML, "write `@@id(a, b)`")),
            Map.entry("note", new Habit(Tool.DBML, "write a `///` comment on the line above the entity")));

    /** A block attribute of another tool, or empty. */
    public static Optional<Habit> blockAttribute(String name) {
        return Optional.ofNullable(BLOCK_ATTRIBUTES.get(name));
    }

    /** Words that open a declaration in another language, lower-cased, with how the declaration is written here. */
    private static final Map<String, Habit> DECLARATIONS = Map.ofEntries(
            Map.entry("model", new Habit(Tool.PRISMA, "write `entity Name { ... }`")),
            Map.entry("type", new Habit(Tool.PRISMA, "write `mixin Name { ... }` for fields several entities share, or `entity`")),
            Map.entry("datasource", new Habit(Tool.PRISMA, "schemac writes the datasource block of the Prisma schema itself; "
                    + "remove this block and choose the database with `dialect = \"postgres\"` in the `schema` header")),
            Map.entry("generator", new Habit(Tool.PRISMA, "schemac writes the generator block of the Prisma schema itself; "
                    + "remove this block")),
            Map.entry("create", new Habit(Tool.SQL, "write `entity Name { ... }` with one field per line: "
                    + "`CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(255))` is `entity User { email string(255) }` "
                    + "(the key `id` is implicit)")),
            Map.entry("table", new Habit(Tool.DBML, "write `entity Name { ... }`; the table name is derived from it "
                    + "(`@@map(\"name\")` sets it)")),
            Map.entry("enum", new Habit(Tool.DBML, "keywords are lower case: `enum Name { ... }`, its values one per "
                    + "line or separated by spaces")),
            Map.entry("ref", new Habit(Tool.DBML, "a relation is a field whose type is an entity (`author User`) with the "
                    + "list on the other side (`posts Post[]`)")),
            // Active Record's migration DSL: `create_table :users do |t|`, its columns `t.string :email`.
            Map.entry("create_table", new Habit(Tool.RAILS, "a table is an `entity` named in the singular, with one field "
                    + "per line, the name first and then the type: `create_table :users` with `t.string :email` is "
                    + "`entity User { email string(255) }` (the key `id` and the `created_at` and `updated_at` of "
                    + "`t.timestamps` are implicit); schemac writes the migrations itself")),
            Map.entry("class", new Habit(Tool.CLASS, "write `entity Name { ... }` with one field per line, the name first: "
                    + "`email string(255)`")),
            // TypeScript's (and Java's) `interface User { id: number }`; Prisma has none.
            Map.entry("interface", new Habit(Tool.TYPESCRIPT, "write `entity Name { ... }` with one field per line, the name "
                    + "first, without `:`: `email string(255)`")));

    /**
     * A Ruby class (`class CreateUsers < ActiveRecord::Migration[7.1]`, a Rails migration), answered by what it
     * holds rather than as a Java class.
     */
    public static Habit rubyClass() {
        return new Habit(Tool.RAILS, "a migration is not written by hand here: declare each table as an `entity` with "
                + "one field per line, the name first (`create_table :users` with `t.string :email` is "
                + "`entity User { email string(255) }`), and schemac writes the migrations");
    }

    /**
     * A Kotlin class with a primary constructor ({@code class Reading(val id: Int) : Base()}), whose properties are
     * {@code val name: Type}: {@code entity} declares it, its fields name first, without {@code val} or {@code :}.
     */
    public static Habit kotlinClass(String name) {
        return new Habit(Tool.KOTLIN, "write `entity " + name + " { ... }` with one field per line, the name first and then the "
                + "type, without `val` or `:`: `val email: String` is `email string(255)`, `String?` is `string?`");
    }

    /** A Python class deriving from Django's {@code models.Model}: {@code entity} declares it, its fields name first. */
    public static Habit djangoModel(String name) {
        return new Habit(Tool.DJANGO, "write `entity " + name + " { ... }` with one field per line, the name first and "
                + "then the type: `title = models.CharField(max_length=200)` is `title string(200)`, a `ForeignKey` "
                + "is a field whose type is the entity (`author User`), and the key `id` is implicit");
    }

    /**
     * A Python class of SQLAlchemy's declarative mapping ({@code class User(Base):}, {@code db.Model} in
     * Flask-SQLAlchemy): {@code entity} declares it, its columns name first.
     */
    public static Habit sqlAlchemyModel(String name) {
        return new Habit(Tool.SQLALCHEMY, "write `entity " + name + " { ... }` with one field per line, the name first and "
                + "then the type: `email = Column(String(255))` or `email: Mapped[str] = mapped_column(String(255))` is "
                + "`email string(255)`, `nullable=True` is a `?` after the type, a `ForeignKey` column with its "
                + "`relationship()` is a field whose type is the entity (`author User`), and the key `id` is implicit");
    }

    /** A Python class of SQLModel's ({@code class Hero(SQLModel, table=True):}): the same, from its annotations. */
    public static Habit sqlModelTable(String name) {
        return new Habit(Tool.SQLMODEL, "write `entity " + name + " { ... }` with one field per line, the name first and "
                + "then the type, without `:`: `name: str = Field(max_length=80)` is `name string(80)`, "
                + "`Optional[str]` is `string?`, a `foreign_key=` field with its `Relationship()` is a field whose type "
                + "is the entity (`team Team`), and the key `id` is implicit; schemac writes the SQLModel classes itself");
    }

    /** A Python enum ({@code class Status(str, Enum):}): {@code enum} declares it, its values by name. */
    public static Habit pythonEnum(String name) {
        return new Habit(Tool.PYTHON, "an enum is declared with `enum`: write `enum " + name + " { ... }` with its values' names "
                + "one per line or separated by spaces, without `=`: `ACTIVE = \"active\"` is `ACTIVE`");
    }

    /**
     * A Python class of no ORM the habits know ({@code class User(BaseModel):}): what is stored is an {@code entity},
     * its fields name first.
     */
    public static Habit pythonClass(String name) {
        return new Habit(Tool.PYTHON, "a stored record is declared with `entity`: write `entity " + name + " { ... }` with one "
                + "field per line, the name first and then the type, without `:`: `email: str` is `email string(255)`, "
                + "`Optional[str]` is `string?`, and the key `id` is implicit");
    }

    /** A word that opens a declaration in another language (any case), or empty. */
    public static Optional<Habit> declaration(String word) {
        return Optional.ofNullable(DECLARATIONS.get(word.toLowerCase(Locale.ROOT)));
    }

    /** DBML's column settings, lower-cased by their words before any `:`, and how each is said here. */
    private static final Map<String, String> DBML_SETTINGS = Map.ofEntries(
            Map.entry("pk", "`pk` is `@id`"), Map.entry("primary key", "`primary key` is `@id`"),
            Map.entry("increment", "`increment` is `@auto`"), Map.entry("unique", "`unique` is `@unique`"),
            Map.entry("not null", "`not null` is the default (a field is required unless its type ends with `?`)"),
            Map.entry("null", "`null` is a `?` after the type"),
            Map.entry("default", "`default: x` is `= x` right after the type"),
            Map.entry("note", "`note: '...'` is a `///` comment on the line above the field"));

    /** What a DBML column setting (its words before any `:`, any case) is here, or empty. */
    public static Optional<String> dbmlSetting(String words) {
        return Optional.ofNullable(DBML_SETTINGS.get(words.toLowerCase(Locale.ROOT)));
    }

    /** SQL column constraints, lower-cased, as written after a column's type, and how each is said here. */
    private static final Map<String, String> SQL_CONSTRAINTS = Map.ofEntries(
            Map.entry("primary", "`PRIMARY KEY` is `@id` (or leave it out: `id` is implicit)"),
            Map.entry("not", "`NOT NULL` is the default (a field is required unless its type ends with `?`)"),
            Map.entry("null", "`NULL` is a `?` after the type"),
            // Laravel's and Doctrine's word for `NULL`, written after the type as SQL writes its constraints.
            Map.entry("nullable", "`nullable` is a `?` after the type"),
            Map.entry("unique", "`UNIQUE` is `@unique`"),
            Map.entry("auto_increment", "`AUTO_INCREMENT` is `@auto`"),
            Map.entry("autoincrement", "`AUTOINCREMENT` is `@auto`"),
            Map.entry("default", "`DEFAULT x` is `= x` right after the type"),
            Map.entry("references", "`REFERENCES t(id)` is a field whose type is the entity: `author User`"),
            Map.entry("check", "`CHECK (...)` is `@check(>= 0)`"),
            Map.entry("unsigned", "`UNSIGNED` is `@min(0)`"),
            Map.entry("comment", "`COMMENT '...'` is a `///` comment on the line above the field"));

    /**
     * SQL table constraints, lower-cased by their first word, as written on a line of their own inside
     * `CREATE TABLE` (`PRIMARY KEY (a, b)`, `UNIQUE (a, b)`, `INDEX idx (a)`), and the block attribute that
     * says the same here; `FOREIGN KEY` is a relation field instead.
     */
    private static final Map<String, String> SQL_TABLE_CONSTRAINTS = Map.of(
            "primary", "@@id", "unique", "@@unique", "index", "@@index", "key", "@@index");

    /** The block attribute an SQL table constraint's first word (any case) stands for, or empty. */
    public static Optional<String> sqlTableConstraint(String word) {
        return Optional.ofNullable(SQL_TABLE_CONSTRAINTS.get(word.toLowerCase(Locale.ROOT)));
    }

    /** What an SQL column constraint word (any case) is here, or empty. */
    public static Optional<String> sqlConstraint(String word) {
        return Optional.ofNullable(SQL_CONSTRAINTS.get(word.toLowerCase(Locale.ROOT)));
    }
}
