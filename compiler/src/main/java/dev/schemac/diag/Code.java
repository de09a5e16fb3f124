package dev.schemac.diag;

import java.util.Optional;

/**
 * Every diagnostic the compiler core can report, with a stable code. The explanation is
 * what {@code schemac explain CODE} prints and what docs/diagnostics.md lists; a test
 * keeps that file in step with this enum. Design and normal-form rules carry their own
 * codes (see {@code dev.schemac.check}).
 */
public enum Code {
    // --- reading and syntax: SC1xx
    SYNTAX("SC100", "Syntax error",
            "The text does not follow the grammar of the .schema language. The message names what "
            + "the parser found and what it expected there (a `(` or `[` left open at the end of a line is "
            + "reported at the bracket itself); the parser recovers and keeps going, so one run reports "
            + "several syntax errors, one per line at most: what recovery stumbles on after a mistake, on its "
            + "line or on the lines it read together with it, is not said again."),
    UNTERMINATED_STRING("SC101", "Unterminated string",
            "A string literal starts with `\"` but the line ends before the closing quote. Strings "
            + "cannot span lines; use `\\n` for a line break."),
    UNTERMINATED_COMMENT("SC102", "Unterminated block comment",
            "A `/*` comment is never closed with `*/`. Block comments do not nest: the first `*/` "
            + "ends the comment."),
    BAD_CHARACTER("SC103", "Unexpected character",
            "A character that is not part of the language appears outside a string or comment. A byte order mark "
            + "(U+FEFF) is whitespace where it parts nothing unseen (the file's start, a line's start or end, beside a "
            + "space, a sign or a comment), but one alone between two words shows as nothing while it parts them, so it is refused there. A "
            + "typographic quotation mark (curly double or single quotes, guillemets, a fullwidth quote, as a word processor "
            + "or a web page writes them) is named as one: a string is written between straight double quotes."),
    BAD_ESCAPE("SC104", "Unknown escape sequence",
            "Inside a string, a backslash may be followed by `\"`, `\\\\`, `n`, `t` or `r` only."),
    NOT_TEXT("SC105", "File is not UTF-8 text",
            "The input file could not be read as UTF-8 text (binary data, another encoding, or NUL bytes). "
            + "The diagnostic points at the first byte that is not UTF-8 (or the first NUL), at its line and "
            + "column, in the file that holds it. A file under an output's `migrations/` is an input too: the history is read before a run "
            + "compares with it or continues it, and schemac writes every file of it as UTF-8."),
    TOO_DEEP("SC106", "Input nests too deeply",
            "Brackets and parentheses nest more than 64 levels deep. No valid model comes close; the "
            + "limit keeps the parser's recursion bounded on any input."),
    UNREADABLE("SC107", "File cannot be read",
            "An input file given on the command line, or a file of the output's migration history, does "
            + "not exist or cannot be read."),
    MISSING_TYPE("SC108", "Field without a type",
            "A field is its name, then its type: `email string(255)`. The name stands alone on its line (before the "
            + "block's `}` or another field), or an attribute or `= value` follows it directly (`email @unique`)."),
    NESTED_BLOCK("SC110", "Block inside a block",
            "A field is a name and a type; it cannot hold a block of fields (`address { street string }`, as in a JSON "
            + "document). A group of fields of its own is an entity declared beside the others, and a field whose type "
            + "is that entity relates the two: `address Address`, or `addresses Address[]` for several (in a document "
            + "store, `@embed` keeps them inside the parent's document)."),
    NAME_STARTS_WITH_DIGIT("SC111", "Name starting with a digit",
            "A name (of an entity, enum, mixin, field or enum value) starts with a letter or `_` and goes on with "
            + "letters, digits and `_`: `2fa_enabled` or `3DModel` is read as the number `2` or `3` followed by a name. "
            + "The message suggests a name: a single leading digit spelled as a word (`two_fa_enabled`, `ThreeDModel`), "
            + "a longer number moved to the end (`2024_sales` as `sales_2024`)."),
    BLOCK_WITHOUT_BRACE("SC112", "Block opened without `{`",
            "An `entity`, `mixin`, `enum` or `schema` block holds its members between `{` and `}`: `entity User { ... }`. "
            + "A `(` after the name (as SQL's `CREATE TABLE users (`) or a `:` (as a Python class or YAML) does not open "
            + "one, nor does a name that ends its line with the members on the lines after it; the block is read again once it "
            + "opens with `{`."),
    JSON_INPUT("SC113", "Input is JSON",
            "A file given as a model is a JSON document: schemac's own JSON model (json/model.json), its diagnostics "
            + "(`--format json`, `--format sarif`) or the changes of `schemac diff --format json`, all of which schemac "
            + "writes and never reads back, or a JSON Schema or another tool's export. schemac reads models in the .schema "
            + "language (docs/language.md) and annotated Java (docs/annotations.md); `schemac pull` writes a model from a "
            + "live database. The message names the kind of document, from its top-level keys."),
    HIDDEN_CHARACTER("SC109", "Character that an output cannot carry",
            "Model text reaches SQL, Python, Prisma, Java, Markdown and Mermaid. Doc comments, the "
            + "title, enum labels, `@@query`, `@@denormalized`, `@@volume` growth and patterns are one "
            + "line of visible text in some output (a comment, a heading, a label), so they may not "
            + "hold control characters (a tab excepted) or line separators; defaults and `@check` "
            + "literals are data and may also hold line feeds and carriage returns. No text may hold "
            + "the bidirectional controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C) "
            + "that make source code display as something other than what it is, and none may hold "
            + "half of a surrogate pair, which a Java annotation's string can and no UTF-8 output can (a "
            + "`.schema` file cannot: it is UTF-8 text, SC105). A plain comment (`//`, `/* */`) reaches "
            + "no output, but an editor shows it: it holds no bidirectional embedding, override or isolate "
            + "(U+202A-U+202E, U+2066-U+2069: they reorder the code shown after them; the marks U+200E, U+200F "
            + "and U+061C reorder nothing and are fine), and a `//` comment no line separator (NEL, VT, FF, "
            + "U+2028 or U+2029) with text after it, which an "
            + "editor would show as a line of the model that the compiler never "
            + "reads (Trojan Source). Annotated Java reports these on the "
            + "annotation or the Javadoc that holds the text; a NUL there leaves the model unread, as a "
            + "`.schema` file holding one is not read (SC105): SC109 at each value or Javadoc that holds one, "
            + "and nothing more of the model. javac itself drops a form feed from "
            + "Javadoc and the characters Java ignores in identifiers, so those never reach the model."),

    // --- declarations and names: SC2xx
    IMPORT_NOT_FOUND("SC200", "Imported file not found",
            "`import \"path\"` names a file relative to the importing file; that file does not exist "
            + "or cannot be read."),
    DUPLICATE_SCHEMA("SC201", "More than one schema header",
            "A compilation has at most one `schema NAME { ... }` block, across all imported files."),
    UNKNOWN_SETTING("SC202", "Unknown schema setting",
            "The schema header accepts: title, feature, dialect, ids, timestamps, naming, strict, "
            + "severity. Unknown settings are an error rather than silently ignored, so that a typo "
            + "cannot change the output unnoticed."),
    BAD_SETTING_VALUE("SC203", "Invalid setting value",
            "A schema setting has a value of the wrong kind, or one outside its allowed set."),
    DUPLICATE_DECLARATION("SC204", "Duplicate declaration",
            "Entities, enums and mixins share one namespace: each name may be declared once across "
            + "all files of a compilation."),
    DUPLICATE_FIELD("SC205", "Duplicate field",
            "A field name appears twice in one entity, counting fields that come from mixins. "
            + "Rename one of them, or drop the mixin."),
    DUPLICATE_ENUM_VALUE("SC206", "Duplicate enum value",
            "An enum lists the same value twice."),
    UNKNOWN_MIXIN("SC207", "Unknown mixin",
            "`entity X with M` names a mixin that is not declared (or names an entity or enum)."),
    UNKNOWN_TYPE("SC208", "Unknown type",
            "A field's type is neither a scalar type (bool, smallint, int, bigint, float, double, "
            + "decimal(p, s), string(n), string, text, char(n), date, time, datetime, uuid, json, "
            + "bytes) nor a declared enum or entity."),
    EMPTY_ENUM("SC209", "Empty enum",
            "An enum must have at least one value."),
    UNKNOWN_FIELD("SC210", "Unknown field",
            "An entity attribute (`@@index`, `@@unique`, `@@id`, `@@check`, `@@depends`) names a "
            + "field the entity does not have."),
    DUPLICATE_SETTING("SC211", "Duplicate setting",
            "A schema setting is given twice."),
    DUPLICATE_MIXIN("SC212", "Mixin listed twice",
            "An entity lists the same mixin twice in its `with` clause."),
    IMPORT_NOT_A_SCHEMA("SC213", "Import does not name a .schema file",
            "`import \"path\"` loads model files only: the path must end in `.schema`, and a link must lead "
            + "to a `.schema` file. Anything else (`/etc/passwd`, `/proc/self/environ`, a build file) is "
            + "refused before it is read, so no diagnostic can quote its text. `../common/x.schema` is fine."),
    FIELD_LISTED_TWICE("SC214", "Field listed twice",
            "A list of fields (`@@id`, `@@unique`, `@@index`, `@@shard_key`, either side of `@@depends`, "
            + "`@@query`'s `where` and `order`) names one field twice. PostgreSQL, MySQL and MariaDB refuse "
            + "such a key or index, and Prisma refuses the schema; list each field once."),

    // --- types, defaults, attributes: SC3xx
    BAD_TYPE_ARGUMENTS("SC300", "Invalid type arguments",
            "`decimal` takes a precision and a scale (`decimal(10, 2)`, 1 <= p <= 65, 0 <= s <= p); "
            + "`string(n)` and `char(n)` take a positive length; other types take no arguments."),
    SCALAR_LIST("SC301", "List of scalars",
            "`Type[]` is allowed only for entity types: it is the many side of a relation. A list "
            + "of scalar values in one column breaks first normal form; model the values as an "
            + "entity of their own with a to-one field back to this one."),
    OPTIONAL_LIST("SC302", "Optional list",
            "A list field is never null, it is empty: write `Type[]`, not `Type[]?`."),
    UNBOUNDED_STRING_INDEXED("SC303", "Indexed string without a length",
            "A `string` without a length is an unbounded text column. MySQL cannot index it without a "
            + "prefix length, and an unbounded unique or indexed value is rarely intended. Give the "
            + "string a length: `string(255)`."),
    UNKNOWN_ATTRIBUTE("SC310", "Unknown attribute",
            "The attribute is not part of the language. Field attributes: @id @auto @unique @index "
            + "@map @check @min @max @length @pattern @pii @secret @updated @relation @on_delete "
            + "@on_update @embed @ttl @renamed_from. Entity attributes: @@id @@unique @@index @@map @@check "
            + "@@depends @@denormalized @@volume @@query @@timestamps @@collection @@shard_key @@cache "
            + "@@renamed_from."),
    BAD_ATTRIBUTE_ARGUMENTS("SC311", "Invalid attribute arguments",
            "The attribute was given the wrong number or kind of arguments. The message shows the "
            + "form the attribute takes. A named argument is written `name = value`: `name == value` is a "
            + "comparison, which only `@check` and `@@check` take."),
    ATTRIBUTE_NOT_ALLOWED("SC312", "Attribute not allowed here",
            "The attribute does not apply to this kind of field: for example `@auto` on a non-integer, "
            + "`@on_delete` on a scalar, `@updated` on a field that is not a datetime, `@length` on a "
            + "number, or any column attribute on a list field."),
    DUPLICATE_ATTRIBUTE("SC313", "Duplicate attribute",
            "The same attribute is given more than once on one field (`@check` may repeat), or an entity "
            + "attribute that means one thing (`@@id`, `@@map`, `@@timestamps`, ...) more than once on one entity "
            + "and its mixins. One error, at the first repeat, says how many times it is given in all and "
            + "points at the first."),
    BAD_DEFAULT("SC320", "Default does not fit the field",
            "A default value must have the field's type: a number for numeric fields (an integer for "
            + "integer fields, within the declared precision for decimals), a string for text fields "
            + "(no longer than the declared length), true or false for bool, a value of the enum for "
            + "enum fields (its name alone: `ADMIN`, not `\"ADMIN\"` or `Role.ADMIN`), now() for date/time fields "
            + "(not `now` or SQL's `CURRENT_TIMESTAMP`), uuid() for uuid fields; `true` and `false` are lower case. There "
            + "is no `= null`: an optional field (`?` after its type) defaults to null without one. A float or "
            + "double default of negative zero (`-0`, `-0.0`) is refused: SQLite stores it as 0 and decimal SQL "
            + "literals have no negative zero, so the outputs could not agree; write `0`."),
    DEFAULT_ON_RELATION("SC321", "Default on a relation field",
            "Relation fields cannot have a default value; give the default to a scalar field instead."),
    BAD_CHECK("SC322", "Check does not fit the field",
            "A `@check`, `@min`, `@max`, `@length` or `@pattern` compares the field with a literal of "
            + "another type (a number against a string field, for example), or `@@check` compares two "
            + "fields whose types cannot be compared."),

    // --- keys and relations: SC4xx
    NULLABLE_KEY("SC400", "Nullable primary key",
            "A primary key field cannot be optional: remove the `?` or remove `@id`."),
    KEY_TWICE("SC401", "Primary key declared twice",
            "An entity declares its key with `@id` on fields and also with `@@id(...)`. Use one form."),
    BAD_AUTO("SC402", "Invalid @auto",
            "`@auto` (autoincrement) applies to a single integer primary key field only."),
    UNPAIRED_RELATION("SC403", "Unpaired relation",
            "A list field `items Item[]` is the back side of a relation: the other entity must have "
            + "a to-one field pointing back (`owner ThisEntity`), or, for many-to-many, a list "
            + "pointing back. Add that field, or name the pairing with `@relation(\"name\")` on both sides."),
    AMBIGUOUS_RELATION("SC404", "Ambiguous relation",
            "Several fields could pair with this relation field. Give each pair the same "
            + "`@relation(\"name\")` on both sides so the compiler knows which belong together."),
    RELATION_NAME_UNMATCHED("SC405", "Relation name has no partner",
            "`@relation(\"name\")` must appear on exactly two fields: one on each side of the relation "
            + "(or on one field, when the relation has no back side)."),
    SELF_RELATION_UNNAMED("SC406", "Self relation without a name",
            "A relation from an entity to itself needs `@relation(\"name\")` on both of its sides."),
    SET_NULL_ON_REQUIRED("SC407", "set_null on a required relation",
            "`@on_delete(set_null)` (or `@on_update(set_null)`) clears the foreign key, which a required "
            + "to-one field cannot hold. Make the field optional (`Type?`) or choose another action."),
    ONE_TO_ONE_NOT_UNIQUE("SC408", "One-to-one without @unique",
            "When the back side of a relation is a single optional field (`profile Profile?`), the "
            + "relation is one-to-one and the to-one side must be `@unique`, or the database could "
            + "hold several rows for the one the back side promises."),
    RELATION_ATTRIBUTE_ON_BACK_SIDE("SC409", "Referential action on the back side",
            "`@on_delete` and `@on_update` belong on the to-one field that holds the foreign key, "
            + "not on its list or back side."),
    KEY_CYCLE("SC410", "Primary keys depend on each other",
            "Entities whose primary keys include relation fields form a cycle, so no key type can be "
            + "decided. Break the cycle by giving one of the entities a key of its own."),
    LIST_IN_KEY("SC411", "List field in a key or index",
            "A list field (the many side of a relation), and the back side of a one-to-one, has no "
            + "column: it cannot be part of a primary key, unique constraint, index, dependency or "
            + "`@@query`. Name the to-one field on the other side, in that entity's attributes."),
    BACK_SIDE_REQUIRED("SC412", "Required back side of a one-to-one",
            "The back side of a one-to-one relation must be optional (`Type?`): the row on the "
            + "other side may not exist yet."),
    REQUIRED_SELF_REFERENCE("SC413", "Required reference to its own entity",
            "A required to-one field that refers to its own entity (`manager Employee` without `?`) makes "
            + "every row need another row of the same table, so the first row has none to refer to: an "
            + "application cannot insert it (short of pointing it at itself) and the sample data has no row "
            + "to write. Make the field optional (`manager Employee?`): the first row, the top of the "
            + "hierarchy, has none."),
    REQUIRED_CYCLE("SC414", "Required references form a cycle",
            "Required to-one fields lead from an entity back to itself through other entities "
            + "(`Team.captain Player` and `Player.team Team`): the first row of each table needs a row of "
            + "the next one, which cannot exist yet, so no table of the cycle can get a first row (the "
            + "language declares no deferred foreign keys). Make one field of the cycle optional "
            + "(`captain Player?`): insert that side first and set the reference once the other row "
            + "exists. One error per cycle, on its first field."),
    UNSATISFIABLE_CHECKS("SC415", "No row satisfies a table's constraints",
            "A column's checks leave no value its type can hold (`@min(5) @max(3)`, `@length(min = 10)` on "
            + "`string(5)`, a `@pattern` whose every match is longer than the column or shorter than its "
            + "`@length(min)`), or a two-column `@@check` cannot hold within the bounds of the two columns "
            + "(`@@check(a < b)` with `a` at least 10 and `b` at most 5, or `a < b` and `b < a`). Every INSERT "
            + "into the table would fail, in an application and in the sample data. Relax one of the "
            + "constraints. An optional column is not judged so: a CHECK passes a NULL, so its rows go in "
            + "with the column NULL. Only what the type itself cannot hold is judged, over its whole range "
            + "(dates and date-times from year 1 to 9999, times to the microsecond, `float` and `double` to "
            + "a step finer than the literals' own digits), never the narrower range the sample data "
            + "prefers: `@check(< \"0900-01-01\")` on a date, a date-time after 2037, `@check(> 0) "
            + "@check(< 0.01)` on a `double` or `@check(> \"23:59:59\")` on a time are satisfiable; when the "
            + "sample cannot reach such values, that is SC771."),
    DEFAULT_BREAKS_CHECK("SC416", "Default refused by its own field's checks",
            "The field's default does not pass the field's own checks (`seats int = 5 @min(10)`, a default "
            + "the `@pattern` does not match over the whole value, one outside `@length`, a text default "
            + "its `@check(!= ...)` forbids). The databases accept such a table (they do not test a default "
            + "against the checks when the table is created), but every insert that relies on the default "
            + "is refused. Only what every engine decides alike is judged: numbers, lengths in characters, "
            + "patterns and text equality; text ordering depends on the collation and is left alone. A "
            + "warning, not an error, so that `schemac pull` can still read a database that has one."),

    // --- document and key-value stores: SC430-SC449
    EMBED_SHARED_CHILD("SC430", "Embedded entity has another parent",
            "`@embed` puts the related rows inside this entity's document, so each of them must belong to "
            + "exactly one document of this entity. That fails when many rows of this entity point at one "
            + "related row (a many-to-one or many-to-many), or when something else also claims the related "
            + "entity: another entity holds a key to it, it is in a many-to-many, another relation embeds "
            + "it, or another to-one field of it deletes it with its parent (`@on_delete(cascade)`). Keep "
            + "the relation a reference (remove `@embed`)."),
    EMBED_OPTIONAL_PARENT("SC431", "Embedded entity can exist without its parent",
            "An embedded document exists only inside its parent. When the related entity's field pointing "
            + "back is optional, its rows may have no parent and could not be stored. Make that field "
            + "required, or remove `@embed`."),
    EMBED_CYCLE("SC432", "Embedding goes in a circle",
            "`@embed` relations form a cycle (an entity would be embedded, directly or through others, "
            + "inside itself), so no document has a top. Remove `@embed` from one relation of the cycle."),
    EMBEDDED_HAS_COLLECTION("SC433", "Embedded entity declares a collection",
            "An entity embedded in another one's documents has no collection of its own, so "
            + "`@@collection` and `@@shard_key` on it mean nothing. Remove them, or remove `@embed`."),
    EMBEDDED_UNIQUE("SC434", "Unique constraint an embedded entity cannot keep",
            "A unique constraint of an embedded entity must include the field that points at its parent: "
            + "uniqueness within one parent is kept by the application, but uniqueness across all parents "
            + "would need a unique index across documents, which MongoDB applies to whole documents and not "
            + "to the entries of one array. Scope the constraint to the parent, or remove `@embed`."),
    BAD_DURATION("SC435", "Invalid duration",
            "A duration (`@@cache(ttl = \"15m\")`, `@ttl(\"30d\")`) is one or more numbers each followed by "
            + "a unit, largest unit first: `w` weeks, `d` days, `h` hours, `m` minutes, `s` seconds, as in "
            + "`\"90s\"`, `\"15m\"`, `\"1h30m\"`, `\"7d\"`. It must be longer than zero and at most "
            + "2147483647 seconds (MongoDB's limit for `expireAfterSeconds`)."),
    BAD_KEY_PATTERN("SC436", "Invalid key pattern",
            "A key pattern (`@@cache(key = \"session:{token}\")`) is literal text made of letters, digits and "
            + "`_ : . -`, with `{field}` placeholders that name fields of the entity (not lists), each "
            + "filling a whole `:`-separated segment. It must have at least one placeholder and no empty "
            + "or unclosed braces."),
    KEY_NOT_UNIQUE("SC437", "Key pattern does not identify a row",
            "Two rows must never get the same key. The placeholders of a key pattern must include every "
            + "field of the primary key, or every field of one unique constraint, and every row must get "
            + "one: no placeholder may name a field that can be null (an optional field or relation)."),
    TTL_TWICE("SC438", "More than one expiring field",
            "A row expires once: `@ttl` may be given on one field of an entity (its key-value key and its "
            + "document expire that long after the field's time)."),
    SHARD_KEY_UNIQUE("SC439", "Unique constraint not prefixed by the shard key",
            "MongoDB enforces a unique index on a sharded collection only when the index starts with the "
            + "shard key, and refuses to create it otherwise. Start the unique constraint with the shard "
            + "key's fields, or shard by other fields."),
    BAD_COLLECTION_NAME("SC440", "Invalid collection name",
            "A `@@collection` name is made of letters, digits and `_ . -`, does not start with a dot or "
            + "with `system.` (MongoDB reserves it), and is at most 120 characters long. MongoDB refuses "
            + "`$` and NUL; schemac also names a seed file after the collection. (A collection named after "
            + "its table has other characters replaced by `_` instead.)"),
    COLLECTION_COLLISION("SC441", "Two entities share a collection",
            "Two entities end up in the same MongoDB collection (through `@@collection`, or a derived "
            + "name equal to an explicit one). Give one of them another name."),
    TTL_IN_EMBEDDED("SC442", "Expiry on an embedded entity",
            "MongoDB expires whole documents: a `@ttl` field inside an embedded entity would delete the "
            + "parent document with every other entry. Put `@ttl` on the parent, or remove `@embed`."),
    DOCUMENT_FIELD_COLLISION("SC443", "Two fields map to one document field",
            "Document fields are the model's field names in camelCase, and a reference is the field's "
            + "name followed by `Id`: `total_amount` and `totalAmount`, or a field `user_id` beside a "
            + "relation `user`, want the same document field, and `_id` is the key's. The later field is "
            + "then stored under its snake_case name (with `_2`, `_3` ... if that is taken too), and this "
            + "warning says so; rename one of the fields to keep the convention."),
    KEY_PATTERN_OVERLAP("SC444", "Two key patterns can name the same key",
            "A `@@cache(key = ...)` pattern could produce a key that another entity's pattern (or another "
            + "key of the same design) also produces, so one would overwrite the other in Redis. Start "
            + "the pattern with a literal segment of its own, such as the entity's name."),
    TTL_ON_KEY("SC445", "Expiry on the document key",
            "A field that alone is an entity's primary key is its documents' `_id`, and MongoDB builds no "
            + "TTL index on `_id`, so the documents would never expire. Put `@ttl` on another datetime "
            + "field, or give the entity another key."),
    DECIMAL_TOO_WIDE("SC446", "Decimal narrowed in MongoDB's Decimal128",
            "MongoDB stores a `decimal` as a Decimal128, which holds 34 significant digits, so the document "
            + "design narrows a wider `decimal(p, s)` (`decimal(38, 2)`, a plain JPA `BigDecimal`): its "
            + "validator refuses a value that needs more than 34 digits at the column's scale, that is "
            + "beyond ±10^(34 − s), where the relational column holds up to ±10^(p − s). The relational "
            + "outputs are unaffected. A warning, reported when the mongo target is chosen (or no target is "
            + "named): use at most 34 digits to keep both ranges the same, or leave out the mongo target."),

    // --- lowering and dialects: SC5xx
    TABLE_COLLISION("SC500", "Two entities map to one table",
            "Two entities, or an entity and an implicit join table, end up with the same table name. "
            + "Give one of them another name with `@@map(\"table\")`."),
    COLUMN_COLLISION("SC501", "Two fields map to one column",
            "Two fields of one entity end up with the same column name (through `@map`, or a foreign "
            + "key column such as `user_id` next to a field called `user_id`). Rename one, or use `@map`. On a "
            + "JPA entity, a raw foreign key field beside its relation is the relation's one column, as in "
            + "Hibernate, when it is read-only (`@Column(insertable = false, updatable = false)`), names the column as the "
            + "relation does and has the type of the target's key; otherwise (Hibernate refuses it, or it is another "
            + "column) it is this error at its `@Column`, the help saying what to write."),
    CONSTRAINT_COLLISION("SC502", "Two constraints share a name",
            "Two indexes or constraints end up with the same name (an explicit `name =` or `@map` "
            + "duplicates a derived one), or an index or constraint has a table's name (PostgreSQL keeps "
            + "tables and indexes in one namespace); the message says what the other use is. Give one of them "
            + "another name."),
    NAME_TOO_LONG("SC503", "Identifier too long for a dialect",
            "A table, column, constraint or enum type name is longer than a target dialect allows "
            + "(PostgreSQL 63 bytes of UTF-8, where a letter beyond ASCII takes two to four; MySQL 64 characters): the "
            + "message counts in the unit of the engine it names, and gives both when they differ. Constraint names are shortened automatically; table and column names "
            + "are not, because code depends on them. Choose a shorter name with `@map` / `@@map`."),
    NAME_NOT_PORTABLE("SC510", "Name that a target cannot take",
            "Every name the model gives the database (`@map`, `@@map`, `name =` of an index, a "
            + "`@relation` name that names a join table) is stored as written, quoted in the SQL, and "
            + "becomes a Python, Java, Prisma and Mermaid identifier through one spelling (each "
            + "character the language cannot hold as `_`, so `au thor` is `au_thor`). What no output "
            + "can carry is refused: an empty name, a space at either end or two in a row (MySQL drops "
            + "a trailing one), any other whitespace or a line break, a combining mark (Prisma's names "
            + "take none), a character outside the Basic Multilingual Plane (MySQL cannot store it in "
            + "a name), a character Unicode 13.0 had not assigned (Java 17's Unicode: to it such a character is "
            + "none; later Javas, and Pythons of a later Unicode, read it as whatever that version assigned, so "
            + "the versions would judge and spell the name apart; which characters start or continue an identifier is one fixed table, the same in every version "
            + "we meet, `naming/UnicodeIdentifiers`), a form Unicode normalization (NFKC) changes (Python would read another name "
            + "than the databases; the normalized form is suggested only when it is a name itself), an "
            + "invisible character, a word (the text between spaces) whose letters of one of Latin, "
            + "Cyrillic and Greek all look like letters of another of them that it holds (`n\u0430me` with "
            + "a Cyrillic `\u0430`, `\u0394T` with a Latin `T`: each looks like another name, which the "
            + "databases keep apart; the message names each such letter), and in a table name `/`, `\\` "
            + "or `.` (MySQL keeps a table in a file of its name). Units and symbols whose letters look "
            + "like none of the word's other script (`\u03BCg`, `k\u03A9`, `\u0394x`) are names."
            + " (Names declared in the model, such as `_private` or `__tablename__`, are "
            + "renamed where a target reserves them, from the one reserved-word table; the database "
            + "keeps the declared name.)"),
    NAMES_FOLD_TOGETHER("SC511", "Names equal when case and accents are ignored, or that look alike",
            "MySQL compares column and index names without regard to case or accents, SQLite compares "
            + "names without regard to case, and file systems on macOS and Windows do the same for "
            + "the generated files. Two tables, two columns of one table, two indexes or constraints, "
            + "two enum types, or two declarations whose names differ only in case or accents would "
            + "be one name there. PostgreSQL also creates a type for every table, so an enum type "
            + "cannot have a table's name. Names whose letters of different scripts look the same "
            + "(`\u0421\u043E\u0440`, all Cyrillic, and the Latin `Cop`) are two names to every database, and one "
            + "to a reader of a query, a diagram or a diff: they are refused the same way. A word wholly "
            + "in one script is a name on its own (`\u0412\u0415\u0421` is a Russian word); it is refused only "
            + "beside the name it looks like. Rename one of them."),
    ENUM_LABEL_CLASH("SC512", "Enum labels the databases cannot keep apart",
            "An enum's stored labels (its value names, or their `@map`) must differ from each other "
            + "even when case and accents are ignored, because MySQL compares ENUM members with its "
            + "case- and accent-insensitive collation and refuses duplicates. MySQL also removes "
            + "trailing spaces from ENUM members, so a label may not start or end with a space, and "
            + "an empty label is indistinguishable from MySQL's error value. A label holds no invisible "
            + "character and no word with letters that look like those of another script in it, as "
            + "stored names (SC510): `s\u0435en` with a Cyrillic `\u0435` is refused, `\u03BCs` is a label. "
            + "A label is a literal, never an identifier, so it is kept as written, not normalized: "
            + "`\u00B5s` (MICRO SIGN) and `\u03BCs` are both labels, and one enum cannot hold both, since "
            + "MySQL compares them as equal. Nor may two labels of one enum look alike, their letters of "
            + "different scripts looking the same (`\u0421\u043E\u0440`, all Cyrillic, and the Latin `Cop`), as "
            + "names (SC511)."),
    NAME_RESERVED_BY_TARGET("SC513", "Name that a target language reserves",
            "A schema named `java` would put the generated Java code in a package the JVM refuses to "
            + "load. (Entities and enums named like a `java.lang` or Prisma type, `String` or `Int`, "
            + "are renamed in those outputs from the reserved-word table, not refused.)"),
    NAME_TAKEN_BY_ENGINE("SC514", "Name that a database gives an object of its own",
            "A database makes objects of its own beside the tables and indexes, and some names are its own. "
            + "PostgreSQL makes a sequence for each `@auto` column, in the namespace of the tables and indexes, named "
            + "`{table}_{column}_seq` (table and column cut together to 63 bytes of UTF-8, the longer one first, each "
            + "to a whole character; `seq1`, `seq2`... when two columns' names meet), so a table, index, unique "
            + "constraint or primary key named like one fails there (\"relation already exists\"); the message names "
            + "the column whose sequence it is. PostgreSQL 18 makes each NOT NULL a constraint of its table named "
            + "`{table}_{column}_not_null` (cut alike), so a primary key, unique, foreign key or check constraint of that "
            + "table named so, on a NOT NULL column, fails there (\"constraint already exists\"; PostgreSQL 15 to 17 "
            + "name no NOT NULL; PostgreSQL 18 steps the name it makes around the table's constraints that exist then, "
            + "but a constraint added after it under its name fails, as a unique constraint of CREATE TABLE and every "
            + "constraint of a later migration are; a derived name steps around these names). SQLite refuses a table, index or unique constraint (which may be an index of its own) whose "
            + "name starts with `sqlite_` (in any case), and MySQL an index or unique constraint named `PRIMARY` (in any case), the name of every "
            + "primary key, which MariaDB refuses for a foreign key or check too. Derived index and constraint names step around them; a table name, or a name the model gives, is refused for a database the run asks "
            + "for, and a warning that leaves that database's scripts out otherwise, as SC504. Give it another name."),
    VALUE_INVALID("SC520", "Value that the databases would refuse",
            "A default or `@check` literal is checked as the engines will read it: dates and times "
            + "against the calendar (no 2024-02-30, no 25:00), JSON by a JSON parser (including "
            + "PostgreSQL's and MySQL's limits: no `\\u0000`, numbers that fit a double, at most 100 "
            + "levels of nesting), and numbers against the range of the field's type (a `double` "
            + "holds about 1.8e308 and no number closer to 0 than 2.2e-308, which MySQL does not "
            + "store, a `float` 3.4e38 and 1.2e-38, a `decimal(p, s)` fewer than p - s integer "
            + "digits)."),
    PATTERN_NOT_PORTABLE("SC530", "Pattern construct not read alike by every engine",
            "`@pattern` is checked by PostgreSQL, MySQL (ICU) and MariaDB (PCRE), and read by Java "
            + "and Python. Only the subset they all read the same way is accepted (see "
            + "docs/language.md): literal characters, `\\` before punctuation other than `< >`, `\\n \\t \\r`, `.`, "
            + "classes with ranges and `^` negation, groups `( )` and `(?: )`, alternation, `^` at the "
            + "start and `$` at the end of a branch, and the quantifiers `? * + {n} {n,} {n,m}`, "
            + "optionally lazy. Everything else is refused with the construct named: `\\d \\w \\s` "
            + "(Unicode in some engines, ASCII in others: write `[0-9]`, `[A-Za-z0-9_]`, "
            + "`[ \\t\\n\\r]`), word boundaries, lookaround, backreferences, named and atomic groups, "
            + "inline flags, possessive quantifiers, `\\p{...}`, `\\Q...\\E`, POSIX classes, nested "
            + "classes, the class operators `&&`, `--` and `~~` (set operations in pydantic's Rust "
            + "engine: write `\\-` or `\\~`), hex or octal escapes, and `\\<` `\\>` (word boundaries "
            + "in that engine: write `<` `>`)."),
    PATTERN_REPETITION_TOO_LARGE("SC531", "Pattern repeats too often",
            "A repetition count in `{n}` or `{n,m}` may be at most 255: PostgreSQL refuses larger "
            + "counts, and the sample data generator must be able to build a matching value."),
    COMMENT_TOO_LONG("SC540", "Comment that MySQL cannot store",
            "MySQL keeps at most 1024 characters of a column comment and 2048 of a table comment, "
            + "and refuses longer ones in strict mode; it keeps comments in utf8mb3, so a character "
            + "outside the Basic Multilingual Plane (an emoji) would be refused or become `?`. The "
            + "comment is the doc comment (with the `@pii` and `@secret` notes)."),
    ROW_TOO_LARGE("SC541", "Row too large for MySQL",
            "MySQL limits the declared size of a row to 65,535 bytes, counting each `string(n)` as "
            + "4n + 2 bytes in utf8mb4 (TEXT, JSON and BLOB columns count 9 to 12 bytes). Use `text` "
            + "for long strings or split the table."),
    COLUMN_TOO_LONG("SC542", "Column or key too long for MySQL",
            "A `string(n)` is a VARCHAR of n characters, which MySQL stores in at most 65,535 bytes "
            + "(n <= 16,383 in utf8mb4), and an index or key holds at most 3,072 bytes of its columns "
            + "(a `string(n)` counts 4n bytes). Use `text` for long strings, or index shorter columns."),
    TOO_MANY_COLUMNS("SC543", "Table has more columns than a database allows",
            "MySQL's InnoDB takes at most 1,017 columns in a table, PostgreSQL 1,600 and SQLite 2,000 "
            + "(its default limit). Split the table."),
    ENUM_LABEL_TOO_LONG("SC544", "Enum label too long for a database",
            "PostgreSQL keeps an enum label in at most 63 bytes, and MySQL an ENUM member in at most "
            + "255 characters and 1,020 bytes. Shorten the label (its `@map`)."),
    TABLE_DEFINITION_TOO_LARGE("SC545", "Table definition too large for MariaDB",
            "MariaDB keeps the text of a table's definition (its column names and comments, the labels of its "
            + "ENUM columns, its default expressions and CHECK constraints) in one part of the table's file, of "
            + "64 KiB with the file's own headers, and refuses a table with more than about "
            + String.format(java.util.Locale.ROOT, "%,d", dev.schemac.render.sql.EngineLimits.MARIADB_DEFINITION_REFUSED) + " bytes of it "
            + "(\"Table definition is too large\"); MySQL 8 keeps a default expression in about 65,500. Long "
            + "literals are what fill it: a default or `@check` literal of tens of thousands of characters, or "
            + "many long doc comments on one table (each within SC540's 1,024 characters). schemac counts that "
            + "text as the MySQL script writes it, in bytes of UTF-8, and holds it to "
            + String.format(java.util.Locale.ROOT, "%,d", dev.schemac.render.sql.EngineLimits.MYSQL_DEFINITION) + " bytes. The message "
            + "points at the largest part; shorten it, or move long text to a table of its own. MariaDB also keeps each "
            + "different list of ENUM labels of a table once, and refuses a table with more than "
            + dev.schemac.render.sql.EngineLimits.MARIADB_ENUM_LISTS + " of them (the message points at the column with the "
            + (dev.schemac.render.sql.EngineLimits.MARIADB_ENUM_LISTS + 1) + "th); columns of one enum type share one."),
    TOO_MANY_KEYS("SC546", "Too many keys or key columns for MySQL",
            "MySQL and MariaDB take at most " + dev.schemac.render.sql.EngineLimits.MYSQL_KEYS + " keys in a table, its primary key, "
            + "unique constraints and indexes together (an index a foreign key needs counts too), and MySQL 8 at most "
            + dev.schemac.render.sql.EngineLimits.MYSQL_KEY_PARTS + " columns in one key (MariaDB 32): \"Too many keys specified\", "
            + "\"Too many key parts specified\". The message points at the table, or at the key's first column. Drop indexes "
            + "that another index's leading columns already serve, or key fewer columns."),
    DIALECT_UNSUPPORTED("SC504", "Not representable in a dialect",
            "The model uses something a target dialect cannot represent faithfully; the message names "
            + "the dialect and the field. Change the model or drop that dialect from the targets. MySQL "
            + "cannot index unbounded text (a key, unique constraint or index on `text`, `json`, `bytes` or "
            + "`string` without length). That is an error for a database the run asks for: the model's "
            + "`dialect`, a dialect target named one by one (`-t mysql`), and the database of `prisma.provider` "
            + "when schema.prisma or the migrations are written. For a database the run writes only because "
            + "every target is chosen (a model pulled from PostgreSQL or SQLite) it is a warning, and that "
            + "database's schema and migration scripts are not written (a history that left them out stays "
            + "without them, SC569), never written wrong. The sizes of SC540-SC545 follow the same rule."),

    // --- sample data: SC770-SC779
    MERMAID_TOO_LONG("SC752", "ER diagram longer than Mermaid renders",
            "Mermaid draws a diagram of at most 50,000 characters by default (its `maxTextSize`, counted as "
            + "JavaScript counts a string's length) and shows \"Maximum text size in diagram exceeded\" instead of "
            + "a longer one, on every page that keeps Mermaid's defaults. The ER diagram of a large "
            + "model (`mermaid/er.mmd`, which the design document embeds) can pass it: its tables, columns and "
            + "their doc comments all count. Where you render the diagram yourself, raise the limit in the page's "
            + "own setup, `mermaid.initialize({ maxTextSize: 200000 })`; a `%%{init}%%` line in the diagram "
            + "cannot, since Mermaid keeps `maxTextSize` out of a diagram's reach. The text ER diagram "
            + "(`erd/er.txt`, target `erd`) has no such limit."),
    SEED_FEWER_ROWS("SC771", "Fewer sample rows than asked",
            "The sample data has fewer rows for a table than `--rows` asks, and the message says why: a "
            + "unique key has fewer distinct values than rows (a unique enum of three values holds three "
            + "rows; a one-to-one reference holds as many rows as the table it refers to; a unique "
            + "`@pattern(\"[01]{1,2}\")` holds six; the message names the key with the fewest, at its "
            + "field), a required reference finds no row in the table it refers to, or no further row "
            + "satisfied the keys, uniques and checks within the generator's attempts (the sample writes "
            + "only rows every engine accepts: whole seconds, text whose order no collation disputes, "
            + "floats inside their bounds as binary32 stores them, decimals that survive SQLite's "
            + "doubles; a check that only other values meet leaves the table short). `generate` writes the rows it has and "
            + "warns; `schemac seed` refuses unless `--allow-fewer` is given. Ask for fewer rows, or "
            + "widen the domain (more enum values, a wider range, a key that is not unique)."),

    // --- project settings, input and output files: SC120-SC139
    SETTINGS_SYNTAX("SC120", "Settings file syntax error",
            "The settings file (`schemac.toml`) is written in a strict subset of TOML: comments, "
            + "`[table]` headers, bare, quoted and dotted keys, and values that are strings, decimal "
            + "integers, booleans or arrays of them. Other TOML (multi-line strings, floats, dates, "
            + "inline tables, arrays of tables) is refused rather than misread; README describes the format."),
    UNKNOWN_PROJECT_SETTING("SC121", "Unknown key in the settings file",
            "The settings file accepts `targets`, `out`, `timestamp`, `seed`, `rows`, `strict`, a "
            + "`[severity]` table of rule codes, and the options targets declare (`[java]` `package = ...`). "
            + "An unknown key is an error, with the closest known key suggested, so that a typo cannot "
            + "go unnoticed."),
    BAD_PROJECT_SETTING("SC122", "Invalid value in the settings file",
            "A key of the settings file has a value of the wrong kind (a string where an integer is "
            + "expected) or one outside its allowed set: an unknown target, a timestamp that is not a real "
            + "date and time, a row count outside 1-10000, a target option its target refuses (`java.package` "
            + "that is not a Java package name, `prisma.provider` that names no database Prisma and schemac "
            + "share), an `out` that leads outside the project's folder (the nearest folder above the settings file "
            + "with `.git`, else the settings file's own folder; a `.git` above the home folder does not count, nor one in the "
            + "home folder itself (a repository of the user's own files) unless a project's build file (`pom.xml`, `pyproject.toml`, "
            + "`go.mod`, `Procfile`, ...; not a `package.json` a stray `npm install` leaves) lies beside it, as where the home folder is an application's checkout "
            + "(`/app`): `../x` above it, an absolute path elsewhere, a link out "
            + "of it: a settings file comes with a project one may just have cloned; `db/schemac.toml` may write to "
            + "`../src/main/resources/db` within it; `--out` on the command line writes anywhere, and the file's `out` is "
            + "then not read). Every value "
            + "is judged as the file is read, whichever targets are chosen, and the error points at the value."),
    INPUT_TOO_LARGE("SC123", "Input file too large",
            "An input file is larger than schemac reads (16 MiB for a model, 1 MiB for the settings "
            + "file). No model comes close; the bound keeps a wrong path such as a log file or a device "
            + "from exhausting memory."),
    INPUT_NOT_A_FILE("SC124", "Input is not a regular file",
            "An input or an import names a folder, a device or a pipe. schemac reads regular files only "
            + "(and standard input, spelled `-`); `schemac fmt` takes folders and formats the .schema files "
            + "below them, while an import names one .schema file."),
    OUTPUT_NOT_A_FOLDER("SC130", "Output folder is not a folder",
            "The output folder (`--out`, `out =` in the settings file) or a folder an output goes into "
            + "exists as a file, a device (`-o /dev/null`) or a pipe; the message says which, and nothing opens it. "
            + "Nothing was written. Choose another folder or move the file away."),
    OUTPUT_NAME_TOO_LONG("SC131", "Output file name too long",
            "An output file's name, or a folder's, is longer than the file system allows (255 bytes of UTF-8 "
            + "per name). Names of generated files come from the model: an entity names its Java record and "
            + "metamodel (`@@map` lets it be longer than a table name), an enum its Java enum, the schema name "
            + "or `java.package` the package folders, a collection its seed file, the `feature` the decision "
            + "record. `check` reports it at that name (an entity's or enum's name where it is declared, the "
            + "schema declaration for a package folder), before anything is rendered; nothing was written. "
            + "Choose a shorter name. A name of the output folder itself (`--out`, or `out` in the settings file) is "
            + "said as such, and so is a path whose names each fit but which is longer as a whole than the system "
            + "takes (4,096 bytes on Linux)."),
    OUTPUT_NOT_WRITABLE("SC132", "Output cannot be written",
            "The output folder, or a file in it, cannot be written: permission is denied or the file "
            + "system is read-only. Nothing was written (or, when the failure came half-way, everything "
            + "written was rolled back)."),
    OUTPUT_FAILED("SC133", "Writing the outputs failed",
            "The file system refused to store the outputs: the disk is full, a quota is exceeded, or "
            + "another input/output error. Every file the run had written was rolled back, so the "
            + "output folder is as it was before the run. A run stopped (Ctrl-C, a signal) before its "
            + "commit began gets this code too, with nothing written."),
    OUTPUT_NOT_A_FILE("SC134", "Output is not a regular file",
            "An output file's path names a device, a pipe, a socket or a folder (or a link to one), which "
            + "a run would replace with a regular file. Nothing was written. Name a file, or write to "
            + "standard output where the command offers it."),
    OUTPUT_IS_INPUT("SC135", "Output would overwrite an input",
            "An output file is a file the run reads: the model, a file it imports, the settings file, or "
            + "the SQLite database of `--url` / `--from-url` (by any path or link). Writing it would destroy "
            + "the input. Nothing was written; choose another output path. (`schemac fmt` rewrites its "
            + "inputs by design.)"),
    OUTPUTS_LOCKED("SC136", "Another run is writing the output folder",
            "Every run that writes an output folder (`generate`, `migrate`, the Maven plugin's `generate` goal, the "
            + "annotation processor's `-Aschemac.out`) holds `.schemac-lock` in it from reading the folder's manifest until "
            + "its files and the new manifest are written, so two runs at once (an editor's generate-on-save and a "
            + "terminal, two executions of a build) cannot replace each other's files or lose each other's manifest "
            + "entries, after which stale files would never be removed. Another run holds it now: let it finish, then run "
            + "again. Nothing was written."),
    OUTPUT_NOT_OURS("SC137", "Output would replace a file schemac did not write",
            "A file is in the way of an output (the user's own `sql/postgres/schema.sql`, a README), and the folder's "
            + "`.schemac-manifest` does not name it, so schemac did not write it: the run would destroy it. It says so at "
            + "that file and writes nothing. Move or delete the file, or choose another output folder. A file that holds "
            + "what the run writes already is taken over silently. When an earlier schemac run did write it but its "
            + "manifest was not kept (outputs checked in without `.schemac-manifest`), `--force` (the Maven plugin's "
            + "`-Dschemac.force`, the annotation processor's `-Aschemac.force`; the help names the one of the run) "
            + "replaces it once; keep the manifest with the outputs from then on. The annotation processor adopts an "
            + "`-Aschemac.out` folder without a manifest on its own when every file there is at a path the run writes."),
    OUTPUT_OTHER_MODEL("SC138", "Output folder belongs to another model",
            "The output folder's `.schemac-manifest` records the schema whose runs wrote it, and this run's model is "
            + "another (a model without a `schema` header is `schema`). The second model would replace the first's files "
            + "and remove as stale the ones it does not write, so nothing was written. Give each model its own output "
            + "folder. When the model is the same one renamed, `--force` (`-Dschemac.force` in the Maven "
            + "plugin, `-Aschemac.force` in the annotation processor) hands the folder to the new name: the files the "
            + "old name's runs wrote and this run does not write are removed as stale, as after any change of the model."),
    INTERNAL_ERROR("SC139", "Internal error",
            "schemac hit a bug: an unexpected exception rather than a problem with the input. The "
            + "command prints a short report (the exception and where it happened) and exits with 2; "
            + "nothing is written. Please report it with the input that caused it; SCHEMAC_DEBUG=1 "
            + "prints the full stack trace."),

    // --- schema evolution: SC550-SC589
    UNCOVERED_CHANGES("SC550", "Model changes no migration covers",
            "The output's `migrations/` folder holds a history, and the model differs from the Catalog "
            + "its last snapshot records. `generate` never rewrites migrations: run `schemac migrate FILE "
            + "--name NAME` to write the next one. `generate --check` and `migrate --check` exit 1 on it. The count it "
            + "gives is of the changes `migrate --check` lists and `schemac diff` counts, one line each (a key dropped "
            + "and added again to alter its column is part of that change, not one of its own)."),
    HISTORY_EDITED("SC551", "Migration history changed by hand",
            "Each snapshot under `migrations/snapshots/` records the SHA-256 of its migration's files, of "
            + "its own Catalog and of the snapshot before it. A file that no longer matches was edited, "
            + "deleted or replaced after it was written; since a database may already have applied it, "
            + "restore it (from version control) and write a new migration instead. A file in the history's "
            + "folders (`sql/`, `alembic/versions/`, `prisma/<migration>/`, `snapshots/`) that no snapshot "
            + "lists was added by hand or outlived its snapshot; a database tool would run it, so it is "
            + "reported too (remove it, or restore the snapshot). `migrate` refuses either; `generate`, which "
            + "leaves the history alone, warns, except when no migration is left to continue from (it would "
            + "start a second history beside the first), and `generate --check` exits 1."),
    RENAME_HINT_UNKNOWN("SC552", "Rename hint names nothing in the history",
            "`@renamed_from(\"old\")` on a field or `@@renamed_from(\"Old\")` on an entity names what the "
            + "field or entity was called in the last migration's snapshot; that name is not there "
            + "(nor anywhere earlier in the history). Check the spelling, or remove the hint."),
    RENAME_HINT_APPLIED("SC553", "Rename hint already applied",
            "The rename this hint asks for is already in the history: the last snapshot has the new name "
            + "and not the old one, or a migration applied it and the old name is by then another's, one that took it "
            + "over in that migration. The hint does nothing any more; remove it."),
    RENAME_HINT_DUPLICATE("SC554", "Two rename hints name one old name",
            "Two fields of one entity (or two entities) say they were renamed from the same name; only one "
            + "of them can be."),
    PROBABLE_RENAME("SC555", "Probable rename",
            "A migration would drop a column (or table) and add one of the same type (or the same "
            + "columns). If it is the same data under a new name, add the rename hint the message shows, "
            + "so the migration renames it and keeps its values."),
    DROP_TABLE("SC556", "Migration drops a table",
            "An entity in the last snapshot is gone from the model, so the migration drops its table and "
            + "every row in it. `migrate` refuses without `--allow-destructive`. If the entity was renamed, "
            + "add `@@renamed_from(\"Old\")` to it instead. If it was merged into an entity its table references and the "
            + "migration adds its fields there, their values do not move with them: the help says so and gives the two "
            + "steps that keep them (the fields added first and filled by the UPDATE it gives, the entity removed in a later "
            + "migration); where several of its rows may point at one row of the other (its reference is not unique), no "
            + "UPDATE can say which row's values to keep, and the help says so instead of giving one."),
    DROP_COLUMN("SC557", "Migration drops a column",
            "A field in the last snapshot is gone from its entity, so the migration drops its column and "
            + "the values in it. `migrate` refuses without `--allow-destructive`. If the field was renamed, "
            + "add `@renamed_from(\"old\")` to it instead. If it moved to an entity the same migration adds (the 3NF "
            + "split of SC803/SC804), its values do not move with it: the help says so and gives the two steps that "
            + "keep them (SC561). So it does when it moved to another entity whose table exists (a field of "
            + "its name added there): the help gives the two steps, the field added and filled through the relation "
            + "(the UPDATE), then removed here in a later migration; and when a to-one relation became a many-to-many "
            + "whose join table the migration creates (the INSERT that fills it; where the many-to-many's relation has no "
            + "name, the first step names the to-one's relation, since two unnamed relations between the same entities "
            + "cannot pair (SC404), and so the join table keeps the name the INSERT gives); and when it moved to any other entity "
            + "the migration adds, also one that takes the old entity's name and so its table's while the old entity is renamed "
            + "away (the help says so, and gives the INSERT that fills the new table and, where the old table's relation points at "
            + "it, the UPDATE that points each row at its value). A relation to an entity the migration "
            + "drops goes with that entity's table. A new entity with a column of the field's name but no relation to its "
            + "table leaves the rename advice as it is. The table aliases of the help's SQL name no table of its statement."),
    NARROWING("SC558", "Migration narrows a column's type",
            "A field's type changes to one that cannot hold every value of the old one (a shorter length, "
            + "fewer digits, another kind): the migration fails on, or cuts, existing values. Widen instead, "
            + "or migrate in two steps (a new field, copy, then drop the old). On PostgreSQL a shorter string is "
            + "assigned from the old values as text, so a value longer than the new length fails the migration "
            + "(\"value too long\"), as on MySQL and MariaDB, instead of being cut by a cast; SQLite, which checks no "
            + "length, keeps it whole."),
    MADE_REQUIRED("SC559", "Migration makes a column required",
            "A field that was optional becomes required: the migration fails while any row holds NULL "
            + "there. A default the field gets in the same change does not fill them (the migration sets it for new "
            + "rows, as the engines do): fill the NULLs first (the help gives the `UPDATE`, with the default when "
            + "there is one), or make it required in a later migration."),
    REQUIRED_WITHOUT_DEFAULT("SC560", "Required column added without a default",
            "A required field without a default is added to a table that exists already: the migration "
            + "fails as soon as the table has a row. Give the field a default, or add it as optional first."),
    NEW_CONSTRAINT("SC561", "New unique, check or foreign key on an existing table",
            "A unique constraint, check, primary key or foreign key is added to a table that already has rows; rows "
            + "that break it make the migration fail. Check the data first (the message says what to look for). A check "
            + "that replaces one the table had (under its name, or under a new one when its table or columns are renamed) "
            + "is a finding only when it may refuse a row the old one let in: a bound loosened across operators (`> 0` made "
            + "`>= 0`, `a < b` made `b >= a`) is none. A unique "
            + "over a column the migration adds with `uuid()` is no finding: each row draws its own value; nor is one over "
            + "a column it adds optional without a default (alone or with others): each row holds NULL there, and no "
            + "engine takes two NULLs for duplicates; nor is the all-or-none check of a required reference of several "
            + "columns made optional: every row holds all of them. A foreign key "
            + "over columns the table already had (a field turned into a relation, as the 3NF split of SC803/SC804 does "
            + "with its determinant) fails on every row whose value the referenced table lacks; when that table is one "
            + "the same migration creates, it starts empty: the migration moves no rows into it, and the help gives the "
            + "two steps that do (the new entity alone, filled with an `INSERT ... SELECT DISTINCT`, then the relation)."),
    ENUM_VALUE_DROPPED("SC562", "Migration drops an enum value",
            "An enum loses a value: rows that hold it make the migration fail (PostgreSQL, MySQL) or break "
            + "the check (SQLite). Move those rows to another value first. A member that keeps its name and changes "
            + "only its stored string (its `@map`) is no finding: `migrate` renames the value in place and moves the "
            + "rows ([migrations](targets/migrations.md#the-diff)). It is still a value dropped and one added when the "
            + "history's last snapshot names no members (one written before schemac kept them, or the baseline of an "
            + "adopted database whose enum has a value the model lacks; the help says so), when the "
            + "member is renamed too, when only the case changes, or when the new string is another member's old one; "
            + "then keep the old string under another member beside the new one, move the rows with an UPDATE, and "
            + "remove the old member in a later migration (a change of case goes through a third string: MySQL "
            + "compares the two as equal)."),
    MIGRATION_EXISTS("SC563", "Migration file exists already",
            "`migrate` writes new files only; one of the files of the new migration exists already (the "
            + "same timestamp and name). Choose another `--name` or `--timestamp`."),
    REFERENCED_KEY_CHANGED("SC564", "A foreign key keeps its values while the key it refers to changes",
            "A relation's foreign key column stays (renamed or retyped) while the column it refers to in the other "
            + "table is dropped or replaced, usually because that entity's primary key changed. The values it holds "
            + "are the old keys, which the new key column does not have: the migration fails on the foreign key as "
            + "soon as the table has rows. Migrate in steps: add the new relation beside the old one, fill it from "
            + "the old one (the message shows the UPDATE), and drop the old relation and key in a later migration. When "
            + "that key gains a column instead, the relation (a relation to its own table, and a many-to-many's join table, "
            + "too) gains the column that holds it, and the migration fills it from "
            + "the row each row refers to, joined on the columns the relation kept, before the relation's check and foreign key (a "
            + "required relation's column is added optional, filled, then made required): that is no finding. Where it "
            + "cannot fill it (a key whose new column has no "
            + "value on the other table's rows to join by), an optional relation gains the column empty on every row, "
            + "with the check that the reference's columns are all set or all NULL: a row that referred to the other table "
            + "breaks it, and the migration fails there on SQLite and PostgreSQL (MySQL and MariaDB, which have no such "
            + "check, keep the row, referring to nothing, since a foreign key with a NULL column checks nothing). Keep "
            + "the references elsewhere, set them to NULL before it (the message shows the UPDATE) and set them again, the "
            + "new column included, after it; or leave the key as it is."),
    NO_CONVERSION("SC565", "Migration changes a column to a type no value converts to",
            "A field changes to a type of another kind that none of its values can become (a number to a uuid, "
            + "a date to a number, a uuid to a boolean): the migration fails as soon as the table has a row. Add "
            + "a new field of the new type beside the old one, fill it, and drop the old field in a later migration; "
            + "changing `ids` in the schema header changes every key and foreign key this way."),
    PRISMA_PROVIDER_CHANGED("SC566", "Prisma Migrate history written for another provider",
            "Prisma Migrate keeps one provider per history (`migrations/prisma/migration_lock.toml`) and refuses "
            + "folders written for another database. The Prisma side's database (`prisma.provider`, else the schema "
            + "header's `dialect`) is not the one the history's Prisma folders were written for. Keep the old one "
            + "(`prisma.provider` in schemac.toml, which `migrate` and `generate` read), or start a new history for "
            + "the new database in another output folder."),
    REBUILD_LOSES("SC567", "SQLite rebuild would lose what the database has outside the model",
            "SQLite makes most changes to a table by rebuilding it (create a new table, copy the rows, drop the "
            + "old one). A database adopted with `migrate --from-url` may have, on that table, what the model "
            + "cannot say and pull left out (an index on an expression, a check or foreign key pull could not read, "
            + "a trigger, a generated column, WITHOUT ROWID): the rebuild makes each again from the SQL the history carries for it (one "
            + "that is on a column the migration drops goes with it: a check or index whose SQL uses the column's "
            + "name, a foreign key or unique over it). That SQL names the table and columns as they were: when this "
            + "migration rebuilds the table after renaming it, or renames a column the SQL names, or SQLite kept no "
            + "SQL for it (a foreign key or index whose SQL SQLite does not keep), the object would be "
            + "dropped for good, so the migration is refused. So is a migration that drops a column a trigger's SQL "
            + "names: the trigger may mean that column or another table's of the same name, and schemac cannot tell "
            + "whether it goes with the column; and one that drops a column a generated column is computed from, "
            + "which the rebuild could not declare without it, or that adds a field under a generated column's name. "
            + "A rename SQLite makes in place, of the table or of a column the SQL "
            + "names, is refused too: the SQL the history carries would name what is gone, and the next rebuild "
            + "could not make the object again. The down script is checked as the up is: when undoing the migration "
            + "rebuilds a table the up changes in place (a dropped column added back `NOT NULL`, or with an "
            + "expression or `CURRENT_*` default) and the rebuild would lose such an object, the migration is "
            + "refused (\"the down script of this migration rebuilds table ...\"). So is a migration that drops such a "
            + "table when what SQLite kept no SQL for is on it: its down script, which makes the table again, could not "
            + "make that (\"the down script of this migration makes table ... again\"). Leave that change out, or drop the "
            + "object in the database first (and pull again) if it is no longer wanted."),
    HISTORY_LOCKED("SC568", "Another migrate run is writing the history",
            "`migrate` holds `migrations/.lock` from reading the last migration until its new one is written, and "
            + "every run with the migrations target does too (`generate`, the Maven plugin's `generate` goal, the annotation "
            + "processor's `-Aschemac.out`: it writes the first migration of an empty history), so "
            + "two runs at once (two terminals, a parallel build) cannot both write a migration after the same one, "
            + "which would fork the history. Another run holds it now: let it finish, then run the command again "
            + "(it then finds that run's migration and writes only what is left)."),
    HISTORY_GAP("SC569", "Migration history without scripts for a database the run asks for",
            "A database's limit (SC504, SC540-SC545) once left its scripts out of a migration, when the run did not "
            + "ask for that database; its chain in the history stops there, since scripts that start in the middle "
            + "build no database. Now the run asks for it (" + Messages.WAYS_A_RUN_ASKS + "), so a migration "
            + "without its scripts would be missing files the run promises. "
            + "Start a new history for that database in another output folder, or do not ask for it."),
    VIEW_BROKEN("SC570", "Migration breaks a view the adopted database has",
            "A database adopted with `migrate --from-url` may have views, which a model cannot hold: the adoption's "
            + "history carries each as the SQL the database keeps for it, and a migration that rebuilds a table a view "
            + "reads (SQLite) or changes the type of a column it reads (PostgreSQL) drops the view first and makes it "
            + "again from that SQL afterwards. That SQL names the tables and columns as they were: when the migration "
            + "drops or renames a table the view reads, or drops or renames a column the view reads of that table (as "
            + "PostgreSQL recorded it at pull; elsewhere as the SQL says: a column qualified by another table or its alias "
            + "is that table's, an unqualified one may be any's it reads), the view could not be made again, or "
            + "would read something else (PostgreSQL refuses to drop what a view reads, MySQL and MariaDB leave the "
            + "view invalid, and a rename the engine follows leaves the history's SQL naming what is gone). The "
            + "migration is refused rather than the view lost. Leave that change out of this migration: the history "
            + "carries the view as the database had it, whatever the database does to it later. A table renamed only "
            + "because the name schemac derives changed (a renamed entity, another `naming`) keeps its name with "
            + "`@@map(\"old_name\")` on the entity. A view the team no longer wants is retired through a migration: "
            + "`schemac migrate --name drop_old_view --drop-view VIEW` writes one that drops it (its down makes it again "
            + "from the history's SQL), and the snapshots carry it no further, so what it named may change in that "
            + "migration or any later one. A view that reads a retired view is refused in its place (name both). The message "
            + "names the view as the migration's sentences do: bare when one plain word, else in double quotes "
            + "(``view `\"long books\"` ``)."),
    VIEW_NOT_CARRIED("SC571", "No such view in the migration history",
            "`migrate --drop-view VIEW` retires a view the history carries for an adopted database (SC570): it "
            + "writes a migration that drops it and a snapshot without it. The name given is not among the views "
            + "the history's last snapshot carries, so there is nothing to retire: a view made by hand after the "
            + "adoption was never in the history (drop it by hand), one retired before is gone from it already, and "
            + "a name is compared as the database spells it (case and all). The message lists the views the "
            + "history carries."),

    HISTORY_FORKED("SC572", "Migration history forked",
            "Each migration's snapshot names the migration it follows. Two migrations follow the same one when "
            + "two branches each ran `schemac migrate` from the same history and were then merged: every file is as "
            + "schemac wrote it, but the later branch's first migration (by timestamp) was diffed from the common one, "
            + "so its snapshot lacks the other branch's changes and the next migration would undo them. It is "
            + "reported once, at that migration's snapshot; a migration that follows the one before it on its own "
            + "branch is no problem of its own, however the two branches' timestamps interleave. Two initial migrations (each "
            + "follows none) are such a fork too: two branches each started the history, or a snapshot's `previous` was "
            + "edited to null, which reads the same, so the help first says to restore it from version control where "
            + "the migration was not merged from another branch. `migrate` refuses "
            + "to go on; `generate` warns and `generate --check` and `migrate --check` exit 1. Keep the earlier "
            + "branch's migrations and write the later branch's changes again after them; the help names both "
            + "branches' migrations: on each database that applied any of the later branch's migrations, run their "
            + "down scripts, the last one first; delete their files (`sql/*/<id>.*.sql`, `alembic/versions/<id>.py`, "
            + "`prisma/<id>/`, `snapshots/<id>.json` for each); then run `schemac migrate` on the merged model, which "
            + "writes one migration for what they covered. Where the later branch started the history, its down scripts "
            + "leave such a database empty (copy out the rows it needs first); the earlier branch's migrations then build it anew."),
    GENERATED_COLUMN_BROKEN("SC573", "Migration breaks a generated column the adopted database has",
            "A PostgreSQL, MySQL or MariaDB database adopted with `migrate --from-url` may have generated columns "
            + "(`GENERATED ALWAYS AS (...) STORED`, MySQL's `AS (...)`), which a model cannot hold: pull notes each "
            + "(SC966), the engine keeps it through every migration, and the adoption's history carries its "
            + "definition as the engine has it. A migration that drops a column such a generated column reads would "
            + "fail on every engine; one that renames a column it reads leaves the history's definition naming a "
            + "column that is gone (MySQL refuses it too); one that adds a field under its name fails, the table "
            + "having that column. PostgreSQL refuses to change the type of a column a generated column reads while "
            + "it stands: the migration's script drops the generated column first and makes it again from its "
            + "definition last (MySQL and MariaDB compute the column anew), but a change to another kind of value "
            + "(a number made text, an integer made a decimal), for which the expression may not hold, is refused, "
            + "and so is one where pull found something on the generated column that dropping it would take (an "
            + "index, a constraint, a view, a trigger, its `NOT NULL`, its collation, its comment, privileges; or a "
            + "view the history carries reads it, unless the migration retires it), which the message lists, or where "
            + "the definition the history carries cannot be read to make it again. On PostgreSQL an enum the migration "
            + "makes anew (a value removed or reordered) whose type the definition names (`::ticket_state`) is the same "
            + "case: the generated column is made again around it, or refused so; a migration that renames an enum's "
            + "type the definition names is refused, since the history's definition would name a type that is gone. "
            + "The migration is refused, at the field, "
            + "and the message names the generated column and its table as the migration's sentences do (``generated column "
            + "`\"Total Sum\"` of table `\"Line Items\"` ``). Leave that change out of this migration, or drop the "
            + "generated column (for a change of type, what holds it) in the database first and adopt the database "
            + "again with `migrate --from-url` into a new history. What the history cannot know (an index made since "
            + "the adoption) the PostgreSQL script itself checks before it drops the generated column: it stops there, "
            + "naming it, and nothing changes (docs/targets/migrations.md)."),

    // --- habits of other schema languages: SC419-SC429
    ORM_HABIT("SC419", "Written as in Rails, Django, SQLAlchemy, SQLModel or Python",
            "The declaration is written the way a Rails migration (`create_table :users do |t|`, `t.string :email`, "
            + "or the `class ... < ActiveRecord::Migration` around it), a Django model (`class Article(models.Model):`), "
            + "an SQLAlchemy declarative class (`class User(Base):`, `db.Model`, or a class whose body has `__tablename__` "
            + "or `Column(`), an SQLModel table class (`class Hero(SQLModel, table=True):`) or another Python class "
            + "(`class User(BaseModel):`) writes it. Here a table is an `entity` with one field per line, the name first and then the type "
            + "(`email string(255)`); the key `id` and the timestamps are implicit, and schemac writes the migrations "
            + "itself. A Python enum (`class Status(str, Enum):`) is an `enum` with its values' names. "
            + "The whole Ruby or Python text, up to the next `entity`, `enum`, `mixin` or `schema`, is one error."),
    PRISMA_HABIT("SC420", "Written as in Prisma",
            "The line is written the way a Prisma schema writes it (`model`, `@default(...)`, `@updatedAt`, `@db.VarChar`, "
            + "a `datasource` or `generator` block). The message says how the same thing is written here: a default "
            + "is `= value` after the type, `@updated` marks the update time, the type itself carries the length, and "
            + "schemac writes the Prisma datasource and generator blocks itself."),
    PRISMA_RELATION("SC421", "Relation written as in Prisma",
            "`@relation(fields: [...], references: [...])` is how Prisma spells a foreign key. Here a field whose type is "
            + "an entity is the relation and makes its foreign key column (`author User` gives `author_id`, pointing at "
            + "the key of `User`); the other side is a list (`posts Post[]`); `@relation(\"name\")` only names a pair "
            + "when two relations join the same entities."),
    BRACKETED_FIELDS("SC422", "Field list in brackets",
            "`@@unique`, `@@index` and `@@id` take the field names themselves, without brackets: `@@unique(a, b)`, "
            + "not `@@unique([a, b])`."),
    DEFAULT_AFTER_ATTRIBUTES("SC423", "Default after the attributes",
            "A field is written name, type, default, attributes: `id uuid = uuid() @id`. The `= value` goes right after "
            + "the type, before the first attribute."),
    COLON_AFTER_NAME("SC424", "Colon or `?` after a field name",
            "A field is its name and its type separated by a space: `email string(255)`, not `email: string(255)`; an "
            + "optional field has its `?` after the type: `nickname string(40)?`, not `nickname? string(40)`."),
    UNCLOSED_BLOCK("SC425", "Block never closed",
            "An `entity`, `mixin`, `enum` or `schema` block opened with `{` has no `}`: the next declaration (or the end "
            + "of the file) comes first. Blocks do not nest, so the `}` belongs before the next declaration; the note "
            + "points at the `{` left open."),
    SPACE_IN_NAME("SC426", "Space or hyphen in a name",
            "A field name is one word of letters, digits and `_`: `first_name`, not `first name` or `first-name` (nor `first "
            + "name: text`, nor `@@index(first name)` where the fields of a list are apart by commas); an entity's, "
            + "enum's or mixin's name is one word too: `entity BlogPost {`, not `entity Blog Post {` (said at the second word, "
            + "with the word they make; an entity's table name follows from its name, and `@@map(\"...\")` gives it another). (A name "
            + "with a space or a hyphen would need quoting in every language schemac writes.) Whatever stands between the words is "
            + "named by its code point when it is not a plain space: a tab, a byte order mark, a no-break or zero-width "
            + "space, a dash other than `-` look like a space, a hyphen or nothing at all."),
    SQL_HABIT("SC427", "Written as in SQL DDL",
            "The line is written the way a `CREATE TABLE` statement writes it: column constraints (`NOT NULL`, "
            + "`PRIMARY KEY`, `DEFAULT`, `REFERENCES`) after the type, or commas between the fields. Here a field is "
            + "required unless its type ends with `?`, the key `id` is implicit (`@id` makes another one), a default is "
            + "`= value`, a relation is a field of the entity's type, and fields are one per line without commas."),
    JPA_HABIT("SC428", "Written as in Java, JPA, Kotlin, TypeScript or GraphQL",
            "The line is written the way a Java class with JPA annotations writes it (`String email;`, `@Id`, `@Column`, "
            + "`@ManyToOne`). Here the name comes first, then the type (`email string(255)`), with no `;`, and the "
            + "mapping is in the type and the language's own attributes; the message gives the one to use. (Annotated "
            + "Java classes can also be read as they are by schemac's annotation processor: docs/annotations.md.) "
            + "TypeScript's numbered enum values (`ADMIN = 1`) and unions of literals (`role: \"admin\" | \"user\"`, an "
            + "enum here), Java generics (`List<Post>`), a Kotlin class's constructor (`class User(val email: String)`), "
            + "`class User {` of any of these languages and GraphQL's required mark "
            + "(`String!`) are answered here too: an enum value is a name alone, a list is `Post[]`, a field is required "
            + "unless its type ends with `?`."),
    DBML_HABIT("SC429", "Written as in DBML",
            "The line is written the way DBML writes it (`Table users { ... }`, `[pk, increment]` after a column, "
            + "`Ref: a.b > c.d`). Here an entity is `entity User { ... }`, column settings are attributes after the type "
            + "(`@id`, `@auto`, `@unique`), and a relation is a field whose type is an entity."),

    // --- target options of the Python and Prisma outputs: SC750-SC769
    PRISMA_PROVIDER("SC750", "Unknown Prisma provider",
            "The option `prisma.provider` (`--option prisma.provider=...`, or `provider` under `[prisma]` in "
            + "schemac.toml) names the database of the Prisma side: `sqlite`, `postgresql` (or `postgres`) or "
            + "`mysql`. schema.prisma and the Prisma Migrate folder are then written for that database, "
            + "whatever the schema's dialect. A value from the command line or the settings file is refused "
            + "as it is read (SC122, whichever targets are chosen); this code is for a value handed to the "
            + "targets some other way. Nothing is written while the value names none of them."),

    PRISMA_ENUM_LABEL("SC751", "Enum label Prisma's own engine cannot write",
            "Prisma's schema engine writes an enum's labels into the SQL of `prisma db push` and `prisma "
            + "migrate dev` without escaping them: on PostgreSQL a label with `'` ends the literal of "
            + "`CREATE TYPE ... AS ENUM` early and the command fails with a syntax error. On MySQL the engine "
            + "writes `ENUM(...)` the same way, where a `\\` is also an escape (inferred: the tests have no "
            + "MySQL adapter for Prisma's engine). "
            + "schema.prisma is still written, and schemac's own SQL (`migrations/prisma`, `sql/`) "
            + "escapes the label; only Prisma's own commands cannot create the type. Drop the character "
            + "from the stored label (its `@map`), or apply schemac's SQL instead of `prisma db push`.");

    private final String id;
    private final String title;
    private final String explanation;

    Code(String id, String title, String explanation) {
        this.id = id;
        this.title = title;
        this.explanation = explanation;
    }

    public String id() { return id; }

    public String title() { return title; }

    public String explanation() { return explanation; }

    public static Optional<Code> byId(String id) {
        for (Code c : values()) if (c.id.equalsIgnoreCase(id)) return Optional.of(c);
        return Optional.empty();
    }
}
