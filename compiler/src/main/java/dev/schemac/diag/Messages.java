package dev.schemac.diag;

import dev.schemac.naming.CaseFold;
import dev.schemac.naming.Lookalikes;
import dev.schemac.naming.Names;
import dev.schemac.render.markdown.Quoted;
import dev.schemac.render.text.English;
import dev.schemac.render.text.PlainText;
import dev.schemac.source.Span;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The catalogue of the core's diagnostics: one named factory per situation, so that the
 * wording lives in one place and tests can pin it.
 */
public final class Messages {
    private Messages() {}

    public static Diagnostic error(Code code, Span span, String message, String help) {
        return new Diagnostic(code.id(), Severity.ERROR, span, message, help, List.of());
    }

    public static Diagnostic warning(Code code, Span span, String message, String help) {
        return new Diagnostic(code.id(), Severity.WARNING, span, message, help, List.of());
    }

    /** With a help that names what to write, in the spelling of the source the model came from. */
    public static Diagnostic error(Code code, Span span, String message, Help help) {
        return new Diagnostic(code.id(), Severity.ERROR, span, message, help);
    }

    public static Diagnostic warning(Code code, Span span, String message, Help help) {
        return new Diagnostic(code.id(), Severity.WARNING, span, message, help);
    }

    /**
     * A name in a message, quoted as {@link Quoted#name} quotes it, so the document that shows the
     * message (gen/docs) reads the name back as written, and cut as {@link #shown} cuts it.
     */
    public static String tick(String s) {
        return Quoted.name(shown(s));
    }

    /** The most code points of a name a message shows whole. */
    static final int NAME_WINDOW = 80;

    /** The most code points of a quoted span kept whole when its names are each short: past it, the span is cut as one name. */
    static final int SPAN_WINDOW = 400;

    /**
     * The one rule for a long name in a message (the source line has its own window, in
     * HumanRenderer): up to {@link #NAME_WINDOW} code points it is shown whole, a longer one as
     * its first 60 and last 10 around an ellipsis. A quoted span may be code rather than a name
     * (a help's proposal, {@code @@unique(a, b)} or {@code @map("x")}): only the names in it are
     * cut (each run of characters other than spaces and code punctuation), so the code stays
     * one to copy; a span that is still longer than {@link #SPAN_WINDOW} is cut whole.
     */
    static String shown(String s) {
        if (s.length() <= NAME_WINDOW || s.codePointCount(0, s.length()) <= NAME_WINDOW) return s;
        var b = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int end = i;
            while (end < s.length() && !punctuation(s.charAt(end))) end++;
            if (end == i) {
                b.append(s.charAt(i++));
                continue;
            }
            b.append(cut(s.substring(i, end)));
            i = end;
        }
        String names = b.toString();
        return names.codePointCount(0, names.length()) <= SPAN_WINDOW ? names : cut(s);
    }

    private static boolean punctuation(char c) {
        return Character.isWhitespace(c) || "()[]{},=<>\"'`".indexOf(c) >= 0;
    }

    private static String cut(String name) {
        if (name.length() <= NAME_WINDOW || name.codePointCount(0, name.length()) <= NAME_WINDOW) return name;
        return name.substring(0, name.offsetByCodePoints(0, 60)) + "…" + name.substring(name.offsetByCodePoints(name.length(), -10));
    }

    /**
     * A message, help or note with the names in each quoted span cut by {@link #shown}: every
     * diagnostic's text goes through here ({@link Diagnostic}, both front ends' helps), so a name
     * quoted by hand or by {@link Quoted#name} is cut as {@link #tick} cuts it; a text that holds
     * none is returned as is.
     */
    static String windowed(String text) {
        if (text == null || text.length() <= NAME_WINDOW) return text;
        return Quoted.mapNames(text, Messages::shown);
    }

    static String ticks(Collection<String> names) {
        return names.stream().map(Messages::tick).collect(Collectors.joining(", "));
    }

    /** " Did you mean `x`?", or nothing: the one way every message suggests a name. */
    public static String didYouMean(String best) {
        return best == null ? "" : " Did you mean " + tick(best) + "?";
    }

    // --- reading and syntax

    public static Diagnostic syntax(Span at, String found, String expected) {
        return error(Code.SYNTAX, at, "unexpected " + found + (expected.isEmpty() ? "" : ", expected " + expected),
                "check the line for a missing or extra token");
    }

    public static Diagnostic missingType(Span at, String field) {
        return error(Code.MISSING_TYPE, at, "field " + tick(field) + " has no type",
                "write its type after the name: " + tick(field + " string(255)") + ", " + tick(field + " int") + " or an entity's name");
    }

    public static Diagnostic unclosedBracket(Span at, String open, String close) {
        return error(Code.SYNTAX, at, tick(open) + " is never closed", "add " + tick(close) + " after its last argument");
    }

    public static Diagnostic nestedBlock(Span at, String field) {
        String type = field.isEmpty() ? "Type" : Names.pascal(field);
        return error(Code.NESTED_BLOCK, at, "field " + tick(field) + " holds a block: blocks do not nest",
                "declare " + tick("entity " + type + " { ... }") + " beside this one and write " + tick(field + " " + type));
    }

    public static Diagnostic nameStartsWithDigit(Span at, String kind, String written, String suggested) {
        return error(Code.NAME_STARTS_WITH_DIGIT, at, kind + " " + tick(written) + " starts with a digit: a name starts with "
                + "a letter or `_`." + didYouMean(suggested), "write " + tick(suggested));
    }

    /** `entity User (` or `entity User:`: a block opened the way SQL or Python opens one. */
    public static Diagnostic blockWithoutBrace(Span at, String kind, String name, String written) {
        return error(Code.BLOCK_WITHOUT_BRACE, at, kind + " " + tick(name) + " opens with " + tick(written)
                + ": a block's members are between `{` and `}`", "write " + tick(kind + " " + name + " {")
                + " and close the block with `}`");
    }

    /** A block whose name ends its line, its members on the lines after, with no `{` between them. */
    public static Diagnostic blockWithoutBrace(Span at, String kind, String name) {
        return error(Code.BLOCK_WITHOUT_BRACE, at, kind + " " + tick(name) + " has no `{` after its name: a block's members are "
                + "between `{` and `}`", "write " + tick(kind + " " + name + " {"));
    }

    public static Diagnostic unterminatedString(Span at) {
        return error(Code.UNTERMINATED_STRING, at, "unterminated string", "close the string with `\"` on the same line");
    }

    public static Diagnostic unterminatedComment(Span at) {
        return error(Code.UNTERMINATED_COMMENT, at, "unterminated block comment", "close the comment with `*/`");
    }

    public static Diagnostic badCharacter(Span at, String ch) {
        return error(Code.BAD_CHARACTER, at, "unexpected character " + ch,
                "remove it, or put it inside a string or a comment");
    }

    /**
     * A typographic quotation mark (`“`, `”`, `‘`, `’`, `„`, `«`, `″`, a fullwidth `"`) where a string was meant: a word
     * processor, a chat or a web page curled the straight quotes the language writes strings with.
     */
    public static Diagnostic typographicQuote(Span at, String ch) {
        return error(Code.BAD_CHARACTER, at, "unexpected character " + ch + ", a typographic quotation mark",
                "a string is written between straight double quotes, `\"...\"` (an editor or a web page may have curled "
                        + "them): retype both quotes");
    }

    /** Whether {@code cp} is a quotation mark other than the ASCII ones, which a copied string may carry instead. */
    public static boolean isTypographicQuote(int cp) {
        return switch (cp) {
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2018, 0x2019, 0x201A, 0x201B, 0x00AB, 0x00BB, 0x2039, 0x203A,
                 0x2033, 0x2036, 0x301D, 0x301E, 0x301F, 0xFF02, 0xFF07 -> true;
            default -> false;
        };
    }

    /** An invisible character alone between two words of a line: they read as one word, and are two. */
    public static Diagnostic invisibleSeparator(Span at, String ch, String before, String after) {
        return error(Code.BAD_CHARACTER, at, "unexpected character " + ch + " between " + tick(PlainText.visible(before))
                        + " and " + tick(PlainText.visible(after)) + ": it parts them, but shows as nothing, so they read as one word",
                "remove it if they are one word, or write a space if they are two");
    }

    /**
     * A letter outside ASCII, most often inside a name (`año`, `straße`): removing it would leave
     * another word (`ao`), so the help keeps the real name where a name may have any letter.
     */
    public static Diagnostic nonAsciiLetter(Span at, String ch) {
        return error(Code.BAD_CHARACTER, at, "unexpected character " + ch,
                "a name is written in ASCII letters, digits and `_`: spell it in ASCII (`anio` for `año`) and keep the "
                        + "real name as the column or table name with `@map(\"año\")` on the field or `@@map(\"...\")` on the "
                        + "entity; in text, put it inside a string or a comment");
    }

    public static Diagnostic badEscape(Span at, String escape) {
        return error(Code.BAD_ESCAPE, at, "unknown escape sequence " + tick(escape) + " in string",
                "use \\\", \\\\, \\n, \\t or \\r; write a backslash as \\\\");
    }

    public static Diagnostic notText(Span at, String why) {
        return error(Code.NOT_TEXT, at, "file is not UTF-8 text: " + why, "pass a .schema text file");
    }

    /** A JSON document given as a model; {@code what} names the document, {@code help} what to give instead. */
    public static Diagnostic jsonInput(Span at, String what, String help) {
        return error(Code.JSON_INPUT, at, "the file is " + what + "; schemac reads models written in the .schema language "
                + "(or annotated Java)", help);
    }

    public static Diagnostic tooDeep(Span at) {
        return error(Code.TOO_DEEP, at, "brackets nest more than 64 levels deep", "flatten the nested value");
    }

    /** A file of a migration history that is not UTF-8: every file schemac writes there is. */
    public static Diagnostic historyNotText(Span at) {
        return error(Code.NOT_TEXT, at, "file is not UTF-8 text: a file of the migration history",
                "schemac writes every file of a history as UTF-8: restore it from version control, or move it out of `migrations/`");
    }

    public static Diagnostic unreadable(Span at, String path, String why) {
        return error(Code.UNREADABLE, at, "cannot read " + tick(path) + ": " + why, "check the path");
    }

    // --- declarations and names

    public static Diagnostic importNotFound(Span at, String path, String resolved) {
        return error(Code.IMPORT_NOT_FOUND, at, "imported file " + tick(path) + " not found (looked for " + resolved + ")",
                "import paths are relative to the importing file");
    }

    /** {@code leadsTo}: where a link named {@code .schema} leads, or null when the name itself is the problem. */
    public static Diagnostic importNotASchema(Span at, String path, String leadsTo) {
        String what = leadsTo == null ? "does not name a .schema file" : "leads to " + tick(leadsTo) + ", not a .schema file";
        return error(Code.IMPORT_NOT_A_SCHEMA, at, "import " + tick(path) + " " + what + "; it was not read",
                "import only model files (`import \"../common/types.schema\"`)");
    }

    public static Diagnostic duplicateSchema(Span at, Span first) {
        return error(Code.DUPLICATE_SCHEMA, at, "a second schema header", "merge the settings into the first header")
                .withNote(first, "the first schema header is here");
    }

    public static Diagnostic unknownSetting(Span at, String key, String best) {
        return error(Code.UNKNOWN_SETTING, at, "unknown schema setting " + tick(key) + "." + didYouMean(best),
                "settings are: title, feature, dialect, ids, timestamps, naming, strict, severity");
    }

    public static Diagnostic badSettingValue(Span at, String key, String expected) {
        return error(Code.BAD_SETTING_VALUE, at, "invalid value for " + tick(key), "expected " + expected);
    }

    public static Diagnostic duplicateSetting(Span at, String key, Span first) {
        return error(Code.DUPLICATE_SETTING, at, "setting " + tick(key) + " is given twice", "keep one of them")
                .withNote(first, "first given here");
    }

    public static Diagnostic duplicateDeclaration(Span at, String kind, String name, Span first) {
        return error(Code.DUPLICATE_DECLARATION, at, kind + " " + tick(name) + " is already declared",
                "rename one of the declarations").withNote(first, "first declared here");
    }

    public static Diagnostic duplicateField(Span at, String entity, String field, Span first, String origin) {
        return error(Code.DUPLICATE_FIELD, at, "field " + tick(field) + " is declared twice in " + tick(entity) + origin,
                "rename one of the fields").withNote(first, "first declared here");
    }

    public static Diagnostic duplicateEnumValue(Span at, String enumName, String value, Span first) {
        return error(Code.DUPLICATE_ENUM_VALUE, at, "value " + tick(value) + " appears twice in enum " + tick(enumName),
                "remove the second one").withNote(first, "first listed here");
    }

    public static Diagnostic unknownMixin(Span at, String name, String best) {
        return error(Code.UNKNOWN_MIXIN, at, "unknown mixin " + tick(name) + "." + didYouMean(best),
                s -> "declare it with " + Quoted.name(s.mixinDeclaration(name)));
    }

    public static Diagnostic duplicateMixin(Span at, String name) {
        return error(Code.DUPLICATE_MIXIN, at, "mixin " + tick(name) + " is listed twice", "list it once");
    }

    public static Diagnostic unknownType(Span at, String name, String best) {
        return error(Code.UNKNOWN_TYPE, at, "unknown type " + tick(name) + "." + didYouMean(best),
                s -> "use a scalar type (" + s.type("int") + ", " + s.type("string(n)") + ", " + s.type("decimal(p, s)")
                        + ", " + s.type("datetime") + ", ...) or declare " + s.entityOrEnum() + " named " + tick(name));
    }

    public static Diagnostic emptyEnum(Span at, String name) {
        return error(Code.EMPTY_ENUM, at, "enum " + tick(name) + " has no values", "list at least one value");
    }

    public static Diagnostic unknownField(Span at, String entity, String field, String best) {
        return error(Code.UNKNOWN_FIELD, at, "entity " + tick(entity) + " has no field " + tick(field) + "." + didYouMean(best),
                "name one of the entity's fields (implicit ones such as `id` and `created_at` count)");
    }

    public static Diagnostic fieldListedTwice(Span at, String field, String where, Span first) {
        return error(Code.FIELD_LISTED_TWICE, at, "field " + tick(field) + " is listed twice in " + where,
                "list each field once").withNote(first, "first listed here");
    }

    // --- types, defaults, attributes

    public static Diagnostic badTypeArguments(Span at, String type, String problem, String form) {
        return error(Code.BAD_TYPE_ARGUMENTS, at, problem + " for " + tick(type), "write " + form);
    }

    /** {@code form}: how the type is written, in the source's spelling. */
    public static Diagnostic badTypeArguments(Span at, String type, String problem, Help form) {
        return error(Code.BAD_TYPE_ARGUMENTS, at, problem + " for " + tick(type), s -> "write " + form.in(s));
    }

    public static Diagnostic scalarList(Span at, String field, String type) {
        return error(Code.SCALAR_LIST, at, "field " + tick(field) + " is a list of " + tick(type)
                        + ", which breaks first normal form",
                s -> "model the values as an entity: " + Quoted.name(s.entity("Item", List.of(List.of("owner", "Owner"),
                        List.of("value", type)))) + " and " + Quoted.name(s.field("items", "Item[]")) + " here");
    }

    public static Diagnostic optionalList(Span at, String field) {
        return error(Code.OPTIONAL_LIST, at, "list field " + tick(field) + " cannot be optional",
                s -> "write " + Quoted.name(s.type("Type[]")) + ": an absent relation is an empty list");
    }

    public static Diagnostic unboundedStringIndexed(Span at, String field) {
        return warning(Code.UNBOUNDED_STRING_INDEXED, at, "field " + tick(field) + " is indexed or unique but has no length",
                s -> "give it a length, e.g. " + Quoted.name(s.type("string(255)")));
    }

    public static Diagnostic unknownAttribute(Span at, String attr, String best) {
        return error(Code.UNKNOWN_ATTRIBUTE, at, "unknown attribute " + tick(attr) + "." + didYouMean(best),
                "see `schemac explain SC310` for the attributes of the language");
    }

    public static Diagnostic badAttributeArguments(Span at, String attr, String problem, String form) {
        return error(Code.BAD_ATTRIBUTE_ARGUMENTS, at, tick(attr) + ": " + problem, "write " + form);
    }

    /** {@code form}: how the attribute is written, in the source's spelling. */
    public static Diagnostic badAttributeArguments(Span at, String attr, String problem, Help form) {
        return error(Code.BAD_ATTRIBUTE_ARGUMENTS, at, tick(attr) + ": " + problem, s -> "write " + form.in(s));
    }

    public static Diagnostic attributeNotAllowed(Span at, String attr, String why) {
        return error(Code.ATTRIBUTE_NOT_ALLOWED, at, tick(attr) + " " + why, "remove the attribute or change the field");
    }

    /** Said once, at the first repeat: {@code times} is how often the attribute is given in all. */
    public static Diagnostic duplicateAttribute(Span at, String attr, int times, Span first) {
        String given = times == 2 ? "twice" : times + " times";
        return error(Code.DUPLICATE_ATTRIBUTE, at, tick(attr) + " is given " + given, "keep one")
                .withNote(first, "first given here");
    }

    public static Diagnostic badDefault(Span at, String field, String problem, String help) {
        return error(Code.BAD_DEFAULT, at, "default of " + tick(field) + " " + problem, help);
    }

    public static Diagnostic badDefault(Span at, String field, String problem, Help help) {
        return error(Code.BAD_DEFAULT, at, "default of " + tick(field) + " " + problem, help);
    }

    /**
     * A default whose kind of value does not fit the field's type; {@code rewrite} is the value
     * as the type takes it, when what was written says which one was meant.
     */
    public static Diagnostic defaultDoesNotFit(Span at, String field, String written, String type, String rewrite, String otherwise) {
        return error(Code.BAD_DEFAULT, at, "default of " + tick(field) + " is " + tick(written) + ", which does not fit "
                + English.article(type) + " field" + (rewrite == null ? "" : "." + didYouMean(rewrite)), rewrite == null ? otherwise : "write " + tick("= " + rewrite));
    }

    /** `= NULL` on an optional field: SQL's `DEFAULT NULL`, which an optional field has without saying. */
    public static Diagnostic nullDefaultOnOptional(Span at, String field, String written) {
        return error(Code.BAD_DEFAULT, at, "default of " + tick(field) + " is " + tick(written)
                + ": an optional field defaults to null already", "drop " + tick("= " + written));
    }

    /** `= null` on a field that is not optional: the field was meant to be optional. */
    public static Diagnostic nullDefaultOnRequired(Span at, String field, String written, String type) {
        return error(Code.BAD_DEFAULT, at, "default of " + tick(field) + " is " + tick(written) + ", but the field is not optional",
                s -> "to allow null, " + (s == Spelling.SCHEMA ? "put `?` after the type" : "make the field optional") + " ("
                        + tick(s.field(field, type + "?")) + s.optionalUnless() + ", which defaults to null) and drop "
                        + tick(s == Spelling.SCHEMA ? "= " + written : s.defaultValue(written)));
    }

    public static Diagnostic defaultOnRelation(Span at, String field) {
        return error(Code.DEFAULT_ON_RELATION, at, "relation field " + tick(field) + " cannot have a default",
                "remove the default");
    }

    public static Diagnostic badCheck(Span at, String what, String problem, String help) {
        return error(Code.BAD_CHECK, at, what + ": " + problem, help);
    }

    public static Diagnostic badCheck(Span at, String what, String problem, Help help) {
        return error(Code.BAD_CHECK, at, what + ": " + problem, help);
    }

    // --- keys and relations

    public static Diagnostic nullableKey(Span at, String field) {
        return error(Code.NULLABLE_KEY, at, "primary key field " + tick(field) + " is optional",
                s -> "remove the " + Quoted.name(s.optionalMark()) + ": a key column is never null");
    }

    public static Diagnostic keyTwice(Span at, String entity, Span fieldKey) {
        return error(Code.KEY_TWICE, at, "entity " + tick(entity) + " declares its key with @id and with @@id",
                "keep one of them").withNote(fieldKey, "@id is given here");
    }

    public static Diagnostic badAuto(Span at, String field, String why) {
        return error(Code.BAD_AUTO, at, "@auto on " + tick(field) + ": " + why,
                s -> "use " + s.attribute("@auto") + " on the only " + s.attribute("@id") + " field, typed "
                        + s.type("smallint") + ", " + s.type("int") + " or " + s.type("bigint"));
    }

    public static Diagnostic unpairedRelation(Span at, String entity, String field, String target) {
        return error(Code.UNPAIRED_RELATION, at, "relation field " + tick(entity + "." + field) + " has no partner on "
                        + tick(target),
                s -> "add a field " + Quoted.name(s.field(snake(entity), entity)) + " to " + tick(target)
                        + " (or " + Quoted.name(s.field(field, entity + "[]")) + " for many-to-many)");
    }

    public static Diagnostic ambiguousRelation(Span at, String entity, String field, String target, List<String> candidates) {
        return error(Code.AMBIGUOUS_RELATION, at, "relation field " + tick(entity + "." + field) + " could pair with "
                        + ticks(candidates) + " on " + tick(target),
                s -> "give both sides of each relation the same " + s.withText("@relation", "\"name\""));
    }

    public static Diagnostic relationNameUnmatched(Span at, String name, String problem) {
        return error(Code.RELATION_NAME_UNMATCHED, at, "@relation(\"" + name + "\") " + problem,
                "use the same relation name on exactly the two sides of one relation");
    }

    public static Diagnostic selfRelationUnnamed(Span at, String entity, String field) {
        return error(Code.SELF_RELATION_UNNAMED, at, "self relation " + tick(entity + "." + field) + " needs a name",
                s -> "add " + s.withText("@relation", "\"name\"") + " to both of its sides");
    }

    public static Diagnostic setNullOnRequired(Span at, String field, String attr) {
        return error(Code.SET_NULL_ON_REQUIRED, at, attr + "(set_null) on required field " + tick(field),
                s -> "make the field optional (" + Quoted.name(s.optional("Type")) + s.optionalUnless() + ") or use " + s.action("cascade") + ", "
                        + s.action("restrict") + " or " + s.action("no_action"));
    }

    public static Diagnostic oneToOneNotUnique(Span at, String field, String backSide) {
        return error(Code.ONE_TO_ONE_NOT_UNIQUE, at, "one-to-one relation field " + tick(field) + " is not @unique",
                s -> "add " + s.attribute("@unique") + " to " + tick(field) + ", or make " + tick(backSide) + " a list");
    }

    public static Diagnostic relationAttributeOnBackSide(Span at, String attr, String field) {
        return error(Code.RELATION_ATTRIBUTE_ON_BACK_SIDE, at, tick(attr) + " on " + tick(field)
                        + ", which holds no foreign key",
                "move it to the to-one field on the other side");
    }

    public static Diagnostic keyCycle(Span at, List<String> cycle) {
        return error(Code.KEY_CYCLE, at, "primary keys form a cycle: " + String.join(" -> ", cycle),
                "give one of these entities a key that is not a relation");
    }

    public static Diagnostic listInKey(Span at, String field, String where) {
        return error(Code.LIST_IN_KEY, at, "list field " + tick(field) + " cannot be part of " + where,
                "use the to-one field on the other side instead");
    }

    public static Diagnostic backSideRequired(Span at, String field) {
        return error(Code.BACK_SIDE_REQUIRED, at, "back side " + tick(field) + " of a one-to-one must be optional",
                s -> "write " + Quoted.name(s.optional("Type")) + s.optionalUnless());
    }

    // --- document and key-value stores

    public static Diagnostic embedSharedChild(Span at, String field, String child, String why) {
        return error(Code.EMBED_SHARED_CHILD, at, "@embed on " + tick(field) + ": " + tick(child) + " " + why,
                s -> "remove " + s.attribute("@embed") + ": " + tick(child) + " stays in its own collection and is referenced");
    }

    public static Diagnostic embedOptionalParent(Span at, String field, String child, String link) {
        return error(Code.EMBED_OPTIONAL_PARENT, at, "@embed on " + tick(field) + ": " + tick(link)
                        + " is optional, so " + tick(child) + " rows can exist without a parent to hold them",
                s -> "make " + tick(link) + " required, or remove " + s.attribute("@embed"));
    }

    public static Diagnostic embedCycle(Span at, List<String> cycle) {
        return error(Code.EMBED_CYCLE, at, "@embed relations form a cycle: " + String.join(" -> ", cycle),
                s -> "remove " + s.attribute("@embed") + " from one relation of the cycle");
    }

    public static Diagnostic embeddedHasCollection(Span at, String attr, String entity, String parent) {
        return error(Code.EMBEDDED_HAS_COLLECTION, at, tick(attr) + " on " + tick(entity) + ", which is embedded in "
                + tick(parent) + " and has no collection", s -> "remove " + tick(s.attribute(attr)) + ", or remove " + s.attribute("@embed") + " from " + tick(parent));
    }

    public static Diagnostic embeddedUnique(Span at, String entity, List<String> fields, String parent, String link) {
        return error(Code.EMBEDDED_UNIQUE, at, "unique " + ticks(fields) + " of " + tick(entity) + " spans every "
                        + tick(parent) + ", but " + tick(entity) + " is embedded in " + tick(parent) + " documents",
                s -> "include " + tick(link) + " in the unique constraint, or remove " + s.attribute("@embed"));
    }

    public static Diagnostic badDuration(Span at, String attr, String text, String why) {
        return error(Code.BAD_DURATION, at, tick(attr) + ": " + tick(text) + " is not a duration" + (why.isEmpty() ? "" : ": " + why),
                "write a number and a unit, largest first: \"90s\", \"15m\", \"1h30m\", \"7d\", \"2w\"");
    }

    public static Diagnostic badKeyPattern(Span at, String pattern, String why) {
        return error(Code.BAD_KEY_PATTERN, at, "key pattern " + tick(pattern) + " " + why,
                "write literal text of letters, digits and `_ : . -` with {field} placeholders, e.g. \"session:{token}\"");
    }

    public static Diagnostic keyNotUnique(Span at, String pattern, String entity, List<String> key) {
        return error(Code.KEY_NOT_UNIQUE, at, "key pattern " + tick(pattern) + " does not identify one " + tick(entity)
                        + ": two rows could get the same key",
                "use every field of the primary key (" + ticks(key) + ") or of one unique constraint as placeholders");
    }

    public static Diagnostic keyFieldOptional(Span at, String pattern, String entity, String field) {
        return error(Code.KEY_NOT_UNIQUE, at, "key pattern " + tick(pattern) + " does not identify every " + tick(entity)
                        + ": " + tick(field) + " may be null, and a row without it has no key",
                "use fields that are never null: the primary key, or a unique constraint of required fields");
    }

    public static Diagnostic ttlOnKey(Span at, String entity, String field) {
        return error(Code.TTL_ON_KEY, at, "@ttl on " + tick(field) + ": it is " + tick(entity)
                        + "'s key, the documents' `_id`, and MongoDB builds no TTL index on `_id`",
                s -> "put " + s.attribute("@ttl") + " on another datetime field, or give " + tick(entity) + " another key");
    }

    public static Diagnostic decimalTooWide(Span at, String field, int precision, int scale, int most) {
        return warning(Code.DECIMAL_TOO_WIDE, at, tick(field) + " has " + precision + " digits; MongoDB's Decimal128 holds " + most
                        + ", so the document validator refuses values beyond ±10^" + (most - scale) + " (the column holds ±10^"
                        + (precision - scale) + ")",
                "use decimal(" + most + ", " + scale + ") or fewer digits to keep the ranges the same, or leave out the mongo target (-t)");
    }

    public static Diagnostic ttlTwice(Span at, String entity, String field, Span first) {
        return error(Code.TTL_TWICE, at, tick(entity) + " has a second expiring field " + tick(field),
                s -> "keep " + s.attribute("@ttl") + " on one field").withNote(first, "the first @ttl is here");
    }

    public static Diagnostic shardKeyUnique(Span at, List<String> unique, String entity, List<String> shardKey, Span shard) {
        return error(Code.SHARD_KEY_UNIQUE, at, "unique " + ticks(unique) + " of " + tick(entity)
                        + " does not start with the shard key " + ticks(shardKey),
                "start the unique constraint with " + ticks(shardKey) + ", or shard by other fields")
                .withNote(shard, "the shard key is declared here");
    }

    public static Diagnostic badCollectionName(Span at, String name, String why) {
        return error(Code.BAD_COLLECTION_NAME, at, "collection name " + tick(name) + " " + why,
                "choose a name of letters, digits and `_` such as \"order_items\"");
    }

    public static Diagnostic collectionCollision(Span at, String name, String other, Span first) {
        Diagnostic d = error(Code.COLLECTION_COLLISION, at, "collection " + tick(name) + " is also the collection of " + tick(other),
                s -> "give one of them another name with " + s.withText("@@collection", "\"...\""));
        return first == null ? d : d.withNote(first, tick(other) + " is declared here");
    }

    public static Diagnostic ttlInEmbedded(Span at, String field, String entity, String parent) {
        return error(Code.TTL_IN_EMBEDDED, at, "@ttl on " + tick(field) + ": " + tick(entity) + " is embedded in "
                + tick(parent) + " documents, which expire only as a whole", s -> "put " + s.attribute("@ttl") + " on a field of " + tick(parent)
                + ", or remove " + s.attribute("@embed"));
    }

    public static Diagnostic documentFieldCollision(Span at, String entity, String field, String wanted, String given, String other) {
        return warning(Code.DOCUMENT_FIELD_COLLISION, at, "field " + tick(entity + "." + field) + " would be stored in documents as "
                + tick(wanted) + ", which " + (other.equals("the key") ? "is the key's" : tick(other) + " already is") + "; it is stored as "
                + tick(given), "rename one of the fields to keep the document convention");
    }

    public static Diagnostic keyPatternOverlap(Span at, String pattern, String other, String owner) {
        return error(Code.KEY_PATTERN_OVERLAP, at, "key pattern " + tick(pattern) + " can name the same key as "
                + tick(other) + " (" + owner + ")", "start the pattern with a literal segment of its own");
    }

    // --- lowering

    public static Diagnostic tableCollision(Span at, String table, String other, Span first) {
        return error(Code.TABLE_COLLISION, at, "table " + tick(table) + " is also the table of " + tick(other),
                s -> "give one of them another name with " + s.withText("@@map", "\"...\""))
                .withNote(first, tick(other) + " is declared here");
    }

    public static Diagnostic columnCollision(Span at, String table, String column, String other) {
        return error(Code.COLUMN_COLLISION, at, "column " + tick(column) + " of " + tick(table) + " is also the column of "
                + tick(other), s -> "rename one of the fields or use " + s.withText("@map", "\"...\""));
    }

    public static Diagnostic constraintCollision(Span at, String name, String table) {
        return error(Code.CONSTRAINT_COLLISION, at, "constraint name " + tick(name) + " on " + tick(table)
                + " is used twice", "give the index or constraint another name");
    }

    /** PostgreSQL keeps tables and indexes (a unique constraint's, a primary key's) in one namespace. */
    public static Diagnostic constraintIsTable(Span at, String name, String table) {
        return error(Code.CONSTRAINT_COLLISION, at, "constraint name " + tick(name) + " on " + tick(table)
                + " is also the name of the table " + tick(name), "give the index or constraint another name");
    }

    /**
     * A name longer than {@code dialect} allows: {@code limit} bytes of UTF-8 where the engine counts bytes
     * ({@code inBytes}: PostgreSQL's NAMEDATALEN), else characters (MySQL's 64). A name with letters beyond ASCII
     * is said in both units, since they differ.
     */
    public static Diagnostic nameTooLong(Span at, String kind, String name, String dialect, int limit, boolean inBytes) {
        int bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        int chars = name.codePointCount(0, name.length());
        String length = inBytes
                ? bytes + " bytes" + (bytes == chars ? "" : " in UTF-8 (" + chars + " characters)")
                : chars + " characters" + (bytes == chars ? "" : " (" + bytes + " bytes in UTF-8)");
        return error(Code.NAME_TOO_LONG, at, kind + " name " + tick(name) + " has " + length + "; " + dialect + " allows "
                + limit + (inBytes ? " bytes" : " characters"),
                s -> kind.equals("enum type") ? "shorten the name of the enum"
                        : "choose a shorter name with " + s.attribute("@map") + " / " + s.attribute("@@map"));
    }

    public static Diagnostic requiredSelfReference(Span at, String entity, String field) {
        return error(Code.REQUIRED_SELF_REFERENCE, at, "required field " + tick(entity + "." + field) + " refers to "
                        + tick(entity) + " itself, so the first " + tick(entity) + " has no other row to refer to",
                s -> "make it optional (" + tick(s.field(field, entity + "?")) + s.optionalUnless() + "): the first row, the top of the hierarchy, has none");
    }

    /**
     * {@code steps}: the cycle's fields as {entity, field, target}, starting at the reported
     * field and ending at a field whose target is the first step's entity.
     */
    public static Diagnostic requiredCycle(Span at, List<List<String>> steps) {
        String path = steps.stream().map(x -> tick(x.get(0) + "." + x.get(1)) + " -> " + tick(x.get(2)))
                .collect(Collectors.joining(", "));
        List<String> first = steps.get(0);
        return error(Code.REQUIRED_CYCLE, at, "required references form a cycle (" + path
                        + "), so no table of the cycle can get a first row",
                s -> "make one of them optional, such as " + tick(s.field(first.get(1), first.get(2) + "?")) + s.optionalUnless()
                        + ": insert that side first "
                        + "and set the reference once the other row exists");
    }

    public static Diagnostic unsatisfiableChecks(Span at, String table, String why) {
        return error(Code.UNSATISFIABLE_CHECKS, at, "no row of " + tick(table) + " can be inserted: " + why,
                "relax one of the constraints; as written, every INSERT into " + tick(table) + " fails");
    }

    public static Diagnostic seedFewerRows(Span at, String table, int made, int asked, String why) {
        return warning(Code.SEED_FEWER_ROWS, at, "sample data for " + tick(table) + " has " + made + " of " + asked + " rows: "
                + why, made == 0 ? "widen the domain, or fix the table it depends on"
                : "ask for at most " + made + " rows (--rows " + made + "), or widen the domain");
    }

    public static Diagnostic backSideInKey(Span at, String field, String target, String where) {
        return error(Code.LIST_IN_KEY, at, "back side " + tick(field) + " of a one-to-one has no column and cannot be part of "
                + where, "name the field on " + tick(target) + " that holds the key, in an attribute of " + tick(target));
    }

    public static Diagnostic prismaProvider(String value) {
        return error(Code.PRISMA_PROVIDER, null, "option `prisma.provider` is " + tick(value)
                + ", which is not a database Prisma and schemac share", "use sqlite, postgresql or mysql");
    }

    public static Diagnostic dialectUnsupported(Span at, String dialect, String field, String what, String help) {
        return error(Code.DIALECT_UNSUPPORTED, at, dialect + " cannot represent " + what + " of " + tick(field), help);
    }

    // --- model text the outputs cannot carry, names the targets cannot take

    /** Model text in a message: quoted, cut when long, with hidden characters shown as escapes. */
    public static String quoted(String s) {
        return tick(s);
    }

    public static Diagnostic hiddenCharacter(Span at, String what, String character, String reason, boolean data) {
        return error(Code.HIDDEN_CHARACTER, at, what + (character == null ? "" : " holds " + character) + ": " + reason,
                data ? "a literal may hold tabs, line feeds and carriage returns (\\t, \\n, \\r); remove the other character"
                        : "remove the character");
    }

    /**
     * A NUL in the text of annotated Java (a string value of an annotation the processor reads, a
     * Javadoc): a Java string can hold one, and the model is then not read, as a {@code .schema}
     * file holding one is no text (SC105) and is not read either.
     */
    public static Diagnostic nulInJava(Span at, String what) {
        return hiddenCharacter(at, what, PlainText.describe(0), "no output can carry it (a .schema file holding one is no "
                + "text, SC105), so the model is not read until it is gone", false);
    }

    public static Diagnostic nameNotPortable(Span at, String what, String character, String reason) {
        return error(Code.NAME_NOT_PORTABLE, at, what + " cannot be a name in every output"
                        + (character == null ? "" : ": it holds " + character) + "; " + reason,
                "use letters, digits and underscores, starting with a letter");
    }

    /** Two names of one namespace with one {@link Lookalikes#key}: equal to a database, or only to a reader. */
    public static Diagnostic namesFoldTogether(Span at, String kind, String name, String other, String where, Span first) {
        boolean folded = CaseFold.key(name).equals(CaseFold.key(other));
        var d = error(Code.NAMES_FOLD_TOGETHER, at, kind + " " + tick(name) + " and " + tick(other)
                        + " " + Lookalikes.howAlike(name, other) + where,
                folded ? "rename one of them: MySQL, SQLite and some file systems would read them as one name"
                        : "rename one of them: a reader cannot tell which one a query, a diagram or a diff means");
        return first == null ? d : d.withNote(first, tick(other) + " is here");
    }

    public static Diagnostic enumTypesCollide(Span at, String type, String first, String second, Span firstAt) {
        var d = error(Code.NAMES_FOLD_TOGETHER, at, "enums " + tick(first) + " and " + tick(second)
                + " would both be the PostgreSQL type " + tick(type), "rename one of the enums");
        return firstAt == null ? d : d.withNote(firstAt, tick(first) + " is declared here");
    }

    public static Diagnostic enumTypeIsTable(Span at, String type, Span table) {
        var d = error(Code.NAMES_FOLD_TOGETHER, at, "enum type " + tick(type) + " has the name of a table, and PostgreSQL "
                + "creates a type for every table", s -> "rename the enum, or the table with " + s.withText("@@map", "\"...\""));
        return table == null ? d : d.withNote(table, "the table's entity is here");
    }

    public static Diagnostic enumLabelClash(Span at, String what, String character, String reason) {
        return error(Code.ENUM_LABEL_CLASH, at, what + (character == null ? "" : " holds " + character) + ": " + reason,
                s -> "give each value a label of its own with " + s.form(Spelling.MAP_ON_ENUM_VALUE));
    }

    public static Diagnostic enumLabelsCollide(Span at, String enumName, String label, String other, Span first) {
        var d = error(Code.ENUM_LABEL_CLASH, at, "enum " + tick(enumName) + " stores " + tick(label) + " and "
                        + tick(other) + (label.equals(other) ? " twice"
                                : CaseFold.key(label).equals(CaseFold.key(other)) ? ", which MySQL compares as equal (case and accents are ignored)"
                                : ", which " + Lookalikes.howAlike(label, other)),
                s -> "give each value a label of its own with " + s.form(Spelling.MAP_ON_ENUM_VALUE));
        return first == null ? d : d.withNote(first, tick(other) + " is stored here");
    }

    public static Diagnostic nameReserved(Span at, String kind, String name, String why) {
        return error(Code.NAME_RESERVED_BY_TARGET, at, kind + " " + tick(name) + " " + why, "choose another name");
    }

    public static Diagnostic valueInvalid(Span at, String what, String problem, String help) {
        return error(Code.VALUE_INVALID, at, what + " " + problem, help);
    }

    public static Diagnostic defaultBreaksCheck(Span at, String field, String why) {
        return warning(Code.DEFAULT_BREAKS_CHECK, at, "the default of " + tick(field) + " " + why,
                "change the default or the check: a row that takes the default is refused");
    }

    public static Diagnostic patternNotPortable(Span at, String field, String construct, String why) {
        return error(Code.PATTERN_NOT_PORTABLE, at, "`@pattern` of " + tick(field) + " uses " + construct + ": " + why,
                "write the pattern with the portable constructs listed in docs/language.md");
    }

    public static Diagnostic patternRepetitionTooLarge(Span at, String field, long count) {
        return error(Code.PATTERN_REPETITION_TOO_LARGE, at, "`@pattern` of " + tick(field) + " repeats " + count
                + " times; at most " + 255 + " are portable", s -> "use a smaller count, or `*` / `+` with " + s.attribute("@length"));
    }

    public static Diagnostic commentTooLong(Span at, String what, int length, int limit) {
        return error(Code.COMMENT_TOO_LONG, at, "the comment of " + what + " has " + length + " characters; MySQL keeps at most "
                + limit, "shorten the doc comment");
    }

    public static Diagnostic tableDefinitionTooLarge(Span at, String table, long bytes, long refused, long limit, String largest) {
        return error(Code.TABLE_DEFINITION_TOO_LARGE, at, "the definition of table " + table + " takes "
                + String.format(java.util.Locale.ROOT, "%,d", bytes) + " bytes of names, comments, enum labels, defaults and checks "
                + "in the MySQL script; MariaDB refuses a table with more than about " + String.format(java.util.Locale.ROOT, "%,d", refused)
                + ", schemac allows "
                + String.format(java.util.Locale.ROOT, "%,d", limit), "shorten the longest of them, " + largest);
    }

    public static Diagnostic tooManyKeys(Span at, String table, int keys, int limit) {
        return error(Code.TOO_MANY_KEYS, at, "table " + table + " has " + keys + " keys (its primary key, unique constraints and "
                + "indexes); MySQL and MariaDB take at most " + limit, "drop the indexes that another index's leading columns serve, "
                + "or split the table");
    }

    public static Diagnostic tooManyKeyParts(Span at, String key, String table, int parts, int limit) {
        return error(Code.TOO_MANY_KEYS, at, "key " + key + " on " + table + " has " + parts + " columns; MySQL takes at most "
                + limit + " in one key", "key fewer columns");
    }

    public static Diagnostic tooManyEnumLists(Span at, String table, String column, int limit) {
        return error(Code.TABLE_DEFINITION_TOO_LARGE, at, "column " + column + " is an enum whose labels make the " + (limit + 1)
                + "th different list of ENUM labels of table " + table + "; MariaDB refuses a table with more than " + limit,
                "give some of these columns one enum type, or move them to a table of their own");
    }

    public static Diagnostic commentCharacter(Span at, String what, String character) {
        return error(Code.COMMENT_TOO_LONG, at, "the comment of " + what + " holds " + character
                + ", which MySQL cannot store in a comment (it keeps comments in utf8mb3)",
                "leave characters outside the Basic Multilingual Plane (emoji) out of doc comments");
    }

    public static Diagnostic rowTooLarge(Span at, String table, long bytes) {
        return error(Code.ROW_TOO_LARGE, at, "a row of " + tick(table) + " takes up to " + String.format(java.util.Locale.ROOT, "%,d", bytes)
                + " bytes in MySQL, which allows 65,535", "use text for long strings, or split the table");
    }

    public static Diagnostic columnTooLong(Span at, String what, String problem) {
        return error(Code.COLUMN_TOO_LONG, at, what + " " + problem, "use text for long strings, or index shorter columns");
    }

    /** {@code what}: the object the database makes or keeps under that name, as a reader knows it. */
    /** {@code kind} in words ("unique constraint"); a table's own name ({@code table}) is given with {@code @@map}. */
    public static Diagnostic nameTakenByEngine(Span at, String kind, boolean table, String name, String what) {
        return error(Code.NAME_TAKEN_BY_ENGINE, at, kind + " name " + tick(name) + " is " + what,
                s -> table ? "give the table another name with " + s.withText("@@map", "\"...\"")
                        : "give the " + kind + " another name");
    }

    public static Diagnostic tooManyColumns(Span at, String table, int columns, String dialect, int limit) {
        return error(Code.TOO_MANY_COLUMNS, at, "table " + tick(table) + " has " + columns + " columns; " + dialect + " allows "
                + limit, "split the table");
    }

    /** The ER diagram is {@code length} characters, past the {@code limit} Mermaid draws by default. */
    public static Diagnostic mermaidTooLong(Span at, int length, int limit) {
        return warning(Code.MERMAID_TOO_LONG, at, String.format(java.util.Locale.ROOT, "the ER diagram mermaid/er.mmd (which the design "
                + "document embeds where target `docs` runs) is %,d characters; Mermaid draws at most %,d by default and shows \"Maximum text size in "
                + "diagram exceeded\" instead where a page keeps Mermaid's defaults", length, limit),
                String.format(java.util.Locale.ROOT, "where you render it yourself, raise the limit in the page's setup, `mermaid.initialize({ "
                        + "maxTextSize: %d })` (a `%%%%{init}%%%%` line in the diagram cannot); the text ER diagram (target "
                        + "`erd`) has no limit", (length / limit + 1) * limit));
    }

    public static Diagnostic prismaEnumLabel(Span at, String label, String character, String provider) {
        return warning(Code.PRISMA_ENUM_LABEL, at, "enum label " + tick(label) + " has " + tick(character) + ", which Prisma's schema engine "
                + "writes unescaped into the SQL of `prisma db push` and `prisma migrate dev` on " + provider
                + ": they fail there (schemac's SQL escapes it)",
                s -> "drop " + tick(character) + " from the stored label (its " + s.form(Spelling.MAP_ON_ENUM_VALUE) + "), or apply migrations/prisma's SQL instead of Prisma's own commands");
    }

    public static Diagnostic enumLabelTooLong(Span at, String label, String problem) {
        return error(Code.ENUM_LABEL_TOO_LONG, at, "enum label " + tick(label) + " " + problem, s -> "shorten the label with " + s.form(Spelling.MAP_ON_ENUM_VALUE));
    }

    // --- project settings, input and output files

    public static Diagnostic settingsSyntax(Span at, String message) {
        return error(Code.SETTINGS_SYNTAX, at, message, "the settings file is a subset of TOML; README shows its format");
    }

    public static Diagnostic unknownProjectSetting(Span at, String key, String detail, String best) {
        return error(Code.UNKNOWN_PROJECT_SETTING, at, "unknown key " + tick(key) + " in the settings file"
                        + (detail == null ? "." : ": " + detail + ".") + didYouMean(best),
                "the keys are targets, out, timestamp, seed, rows, strict, [severity] and target options such as "
                        + "java.package");
    }

    public static Diagnostic badProjectSetting(Span at, String key, String problem) {
        return error(Code.BAD_PROJECT_SETTING, at, tick(key) + " " + problem, "README lists each key and its values");
    }

    public static Diagnostic inputTooLarge(Span at, String path, long size, long limit) {
        return inputTooLarge(at, path, size, limit, false);
    }

    /** {@code settings}: the file is the settings file, which {@code --settings} names, not a model. */
    public static Diagnostic inputTooLarge(Span at, String path, long size, long limit, boolean settings) {
        return error(Code.INPUT_TOO_LARGE, at, tick(path) + " is " + size + " bytes; schemac reads at most " + limit,
                settings ? SETTINGS_FILE_HELP : "pass the .schema file itself");
    }

    public static Diagnostic inputNotAFile(Span at, String path, String what) {
        return inputNotAFile(at, path, what, false);
    }

    /** {@code settings}: the file is the settings file, which {@code --settings} names, not a model. */
    public static Diagnostic inputNotAFile(Span at, String path, String what, boolean settings) {
        return error(Code.INPUT_NOT_A_FILE, at, tick(path) + " is " + what + ", not a regular file",
                settings ? SETTINGS_FILE_HELP : "pass .schema files, or `-` for standard input");
    }

    private static final String SETTINGS_FILE_HELP = "`--settings` names the settings file itself (a schemac.toml), or "
            + "`--no-settings` reads none";

    public static Diagnostic importNotAFile(Span at, String path, String what) {
        return error(Code.INPUT_NOT_A_FILE, at, tick(path) + " is " + what + ", not a regular file",
                "an import names one .schema file");
    }

    /** {@code what}: the path's kind, as {@code dev.schemac.source.FileKind} says it ("a file", "a character device"). */
    public static Diagnostic outputNotAFolder(Span at, String path, String what) {
        return error(Code.OUTPUT_NOT_A_FOLDER, at, "cannot write under " + tick(path) + ": it is " + what + ", not a folder",
                "choose another output folder (--out), or move the file away; nothing was written");
    }

    public static Diagnostic outputNotAFile(Span at, String path) {
        return error(Code.OUTPUT_NOT_A_FILE, at, "cannot write " + tick(path) + ": it is not a regular file",
                "name a file to write (a device, pipe or folder would be replaced); nothing was written");
    }

    public static Diagnostic outputIsInput(Span at, String path) {
        return error(Code.OUTPUT_IS_INPUT, at, "cannot write " + tick(path) + ": the run reads it",
                "choose an output path other than the model, its imports, the settings file or the database; nothing was written");
    }

    public static Diagnostic outputNotOurs(Span at, String path, int others, String forceOption) {
        return error(Code.OUTPUT_NOT_OURS, at, "would replace " + tick(path) + (others == 0 ? "" : " and " + others + " more file"
                + (others == 1 ? "" : "s")) + ", which schemac did not write (the folder's `.schemac-manifest` does not name "
                + (others == 0 ? "it" : "them") + ")", "move or delete " + (others == 0 ? "it" : "them") + ", or choose another "
                + "output folder; if an earlier schemac run wrote " + (others == 0 ? "it" : "them") + " and its manifest was not "
                + "kept, run again with " + tick(forceOption) + " to replace " + (others == 0 ? "it" : "them") + "; nothing was written");
    }

    public static Diagnostic outputOtherModel(Span at, String owner, String model, String forceOption) {
        return error(Code.OUTPUT_OTHER_MODEL, at, "this output folder is schema " + tick(owner) + "'s (its `.schemac-manifest` says so), "
                + "not " + tick(model) + "'s", "give each model its own output folder; to hand this one to " + tick(model)
                + " (a renamed schema), run again with " + tick(forceOption) + ": what " + tick(owner) + " wrote and this run no longer writes "
                + "is then removed as stale; nothing was written");
    }

    /** A name of the output folder itself (what --out or the settings file's `out` said) is too long: no model name to shorten. */
    public static Diagnostic outputFolderNameTooLong(Span at, String name, int bytes) {
        return error(Code.OUTPUT_NAME_TOO_LONG, at, "output folder name " + tick(name) + " is too long for the file system ("
                + bytes + " bytes)", "choose an output folder (--out, or `out` in the settings file) whose names are at most "
                + "255 bytes each; nothing was written");
    }

    /** Every name of the path fits, but the whole path is longer than the system takes (4,096 bytes on Linux). */
    public static Diagnostic outputPathTooLong(Span at, String path, int bytes) {
        return error(Code.OUTPUT_NAME_TOO_LONG, at, "output path " + tick(path) + " is too long for the file system ("
                + bytes + " bytes in all, though each name in it fits)", "choose an output folder with a shorter path (--out, or "
                + "`out` in the settings file); nothing was written");
    }

    public static Diagnostic outputNameTooLong(Span at, String name, int bytes) {
        return error(Code.OUTPUT_NAME_TOO_LONG, at, "output file name " + tick(name) + " is too long for the file system ("
                + bytes + " bytes)", "shorten the model name it comes from (an entity's or enum's name or collection, the schema's name or `feature`); "
                        + "nothing was written");
    }

    public static Diagnostic outputNotWritable(Span at, String path, String why) {
        return error(Code.OUTPUT_NOT_WRITABLE, at, "cannot write " + tick(path) + ": " + why,
                "choose a folder you can write to (--out), or fix its permissions; nothing was written");
    }

    /** A commit that did not start, as the JVM was already shutting down (Ctrl-C): a failure to write, with nothing touched. */
    public static Diagnostic outputStopped(Span at, String path) {
        return error(Code.OUTPUT_FAILED, at, "writing " + tick(path) + " did not start: the run is being stopped",
                "nothing was written; run again to write the outputs");
    }

    public static Diagnostic outputFailed(Span at, String path, String why) {
        return error(Code.OUTPUT_FAILED, at, "writing " + tick(path) + " failed: " + why,
                "free some space or fix the file system, then run again; every file of this run was rolled back");
    }

    public static Diagnostic internalError(String what, String where) {
        return error(Code.INTERNAL_ERROR, null, "internal error: " + what + (where == null ? "" : " (at " + where + ")"),
                "this is a bug in schemac, not in your input; please report it with the input that caused it "
                        + "(SCHEMAC_DEBUG=1 prints the stack trace)");
    }

    public static Diagnostic dialectUnsupported(Span at, String dialect, String field, String what, Help help) {
        return error(Code.DIALECT_UNSUPPORTED, at, dialect + " cannot represent " + what + " of " + tick(field), help);
    }

    static String snake(String pascal) {
        return pascal.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    // --- schema evolution

    public static Diagnostic uncoveredChanges(Span at, String last, int changes) {
        return warning(Code.UNCOVERED_CHANGES, at, "the model has changes no migration covers (" + changes + " change"
                        + (changes == 1 ? "" : "s") + " after migration " + tick(last) + ")",
                "run `schemac migrate <files> --name <what_changed>` to write the next migration");
    }

    /** {@code help} null: the usual mend, restoring the file. */
    public static Diagnostic historyEdited(Span at, String problem, String help) {
        return error(Code.HISTORY_EDITED, at, "the migration history was changed by hand: " + problem,
                help != null ? help : "restore the file from version control; write changes as a new migration with `schemac migrate`");
    }

    public static Diagnostic historyForked(Span at, String problem, String help) {
        return error(Code.HISTORY_FORKED, at, "the migration history forked: " + problem, help);
    }

    public static Diagnostic renameHintUnknown(Span at, String what, String from) {
        return error(Code.RENAME_HINT_UNKNOWN, at, "rename hint: no " + what + " " + tick(from) + " in the migration history",
                "check the old name against the last snapshot, or remove the hint");
    }

    public static Diagnostic renameHintApplied(Span at, String what, String from) {
        return warning(Code.RENAME_HINT_APPLIED, at, "rename hint: the " + what + " was renamed from " + tick(from)
                + " by an earlier migration", "remove the hint");
    }

    public static Diagnostic renameHintDuplicate(Span at, String from, String other) {
        return error(Code.RENAME_HINT_DUPLICATE, at, "rename hint: " + tick(from) + " is also named by the hint on " + tick(other),
                "keep the hint on the one that really was " + tick(from));
    }

    public static Diagnostic probableRename(Span at, String what, String oldName, String newName, String attribute) {
        return warning(Code.PROBABLE_RENAME, at, "probable rename: " + what + " " + tick(oldName) + " is dropped and "
                + tick(newName) + " added with the same shape", "if it is the same data, add " + Quoted.name(attribute)
                + " to " + tick(newName) + " so the migration renames it and keeps the values");
    }

    public static Diagnostic destructive(Code code, Span at, String message, String help) {
        return error(code, at, message, help + "; or run `schemac migrate --allow-destructive` to accept it");
    }

    public static Diagnostic prismaProviderChanged(Span at, String migration, String was, String now) {
        return error(Code.PRISMA_PROVIDER_CHANGED, at, "the Prisma Migrate folders of the history are for " + tick(was)
                + " (from " + tick(migration) + "), but the Prisma side is now " + tick(now),
                "keep `prisma.provider = \"" + was + "\"` in schemac.toml, or start a new history in another output folder");
    }

    public static Diagnostic rebuildLoses(Span at, String table, String what, String why) {
        return error(Code.REBUILD_LOSES, at, "SQLite rebuilds table " + tick(table) + " in this migration, and that drops "
                + what + ", which the database has outside the model: it cannot be made again (" + why + ")",
                "leave out of this migration the change that needs it, or drop " + what
                        + " in the database first (and pull again) if it is no longer wanted");
    }

    public static Diagnostic downRebuildLoses(Span at, String table, String what, String why) {
        return error(Code.REBUILD_LOSES, at, "the down script of this migration rebuilds table " + tick(table)
                + " on SQLite, and that drops " + what + ", which the database has outside the model: it cannot be made again ("
                + why + ")", "leave out of this migration the change whose undoing needs the rebuild, or drop " + what
                        + " in the database first (and pull again) if it is no longer wanted");
    }

    public static Diagnostic downRecreateLoses(Span at, String table, String what, String why) {
        return error(Code.REBUILD_LOSES, at, "the down script of this migration makes table " + tick(table)
                + " again on SQLite, without " + what + ", which the database has outside the model: it cannot be made again ("
                + why + ")", "leave the table in the model, or drop " + what
                        + " in the database first (and pull again) if it is no longer wanted");
    }

    public static Diagnostic viewBroken(Span at, String view, String why) {
        return error(Code.VIEW_BROKEN, at, "this migration breaks view " + Quoted.stored(view) + ", which the database has outside the "
                + "model: it could not be made again as the history carries it (" + why + ")",
                "leave out of this migration the change that breaks it (a table renamed only because the name schemac derives "
                        + "changed keeps its name with `@@map(\"old_name\")` on the entity), or retire the view "
                        + "with `schemac migrate --drop-view` (a migration of its own, or this one) if it is no longer wanted");
    }

    /**
     * SC573 for generated column {@code generated} of {@code table}; {@code what} names it where its definition cannot be
     * read for its name ({@code generated} null), as pull wrote it.
     */
    public static Diagnostic generatedColumnBroken(Span at, String table, String generated, String what, String why) {
        String it = generated == null ? what : "generated column " + Quoted.stored(generated);
        return error(Code.GENERATED_COLUMN_BROKEN, at, "this migration breaks " + it + " of table "
                + Quoted.stored(table) + ", which the database has outside the model: " + why,
                "leave that change out of this migration, or drop " + (generated == null ? "it" : Quoted.stored(generated))
                        + " in the database first and adopt it again with `schemac migrate --from-url` into a new history");
    }

    public static Diagnostic viewNotCarried(Span at, String view, List<String> carried) {
        return error(Code.VIEW_NOT_CARRIED, at, "--drop-view " + tick(view) + ": the migration history carries no view of that name "
                        + (carried.isEmpty() ? "(it carries no views)" : "(it carries " + ticks(carried) + ")"),
                "give the name of a view the history carries, as the database spells it");
    }

    public static Diagnostic renameLoses(Span at, String table, String what, String why) {
        return error(Code.REBUILD_LOSES, at, "the migration renames what the SQL of " + what + " on " + tick(table)
                + " names, which the database has outside the model; the next SQLite rebuild of the table could not make it "
                + "again (" + why + ")", "leave the rename out, or drop " + what
                        + " in the database first (and pull again) if it is no longer wanted");
    }

    public static Diagnostic migrationExists(Span at, String path) {
        return error(Code.MIGRATION_EXISTS, at, "the migration file " + tick(path) + " exists already",
                "choose another --name or --timestamp; migrate never overwrites a migration");
    }

    public static Diagnostic outputsLocked(Span at, String lockFile) {
        return error(Code.OUTPUTS_LOCKED, at, "another schemac run is writing this output folder (it holds "
                + tick(lockFile) + ")", "let it finish (`generate`, `migrate`, the Maven plugin or the annotation processor), then "
                + "run this again; two runs at once would lose each other's files or manifest entries; nothing was written");
    }

    public static Diagnostic historyLocked(Span at, String lockFile) {
        return error(Code.HISTORY_LOCKED, at, "another `schemac migrate` or `generate` is writing this migration history (it holds "
                + tick(lockFile) + ")", "let it finish, then run this command again; two runs at once would both write a migration "
                + "after the same one");
    }

    /** Every way a run asks for a database (gen.OwnDialects), as SC569's message and its explanation say them. */
    static final String WAYS_A_RUN_ASKS = "the model's `dialect`, a dialect target named one by one such as `-t mysql`, "
            + "or `prisma.provider`";

    public static Diagnostic historyGap(Span at, String database, String since) {
        return error(Code.HISTORY_GAP, at, "this run asks for " + database + ", but the migration history has no "
                + database + " scripts from " + tick(since) + " on", "a " + database + " chain with a gap builds no "
                + "database: start a new history in another output folder, or do not ask for " + database
                + " (a run asks for a database through " + WAYS_A_RUN_ASKS + ")");
    }

    public static Diagnostic historyChangedDuringRun(Span at) {
        return error(Code.HISTORY_LOCKED, at, "the migration history changed while this run read it (a writer that takes no lock, "
                + "such as an older schemac or an editor, added or changed a file under migrations/)", "run migrate again");
    }

    // --- habits of other schema languages (SC420-SC429), and suggestions in one style

    /**
     * " Did you mean `x`?" with, when the suggestion is another language's name for it, why
     * ({@code because} such as "`varchar` is SQL's name for it"): the one style every suggestion uses.
     */
    static String didYouMean(String best, String because) {
        return best == null ? "" : didYouMean(best) + (because == null ? "" : " (" + because + ")");
    }

    public static Diagnostic unknownType(Span at, String name, String best, String because, String importHint) {
        if (importHint != null || because != null) {
            return error(Code.UNKNOWN_TYPE, at, "unknown type " + tick(name) + "." + didYouMean(best, because),
                    importHint != null ? importHint : "write " + tick(best));
        }
        return unknownType(at, name, best);
    }

    public static Diagnostic unknownMixin(Span at, String name, String best, String importHint) {
        return error(Code.UNKNOWN_MIXIN, at, "unknown mixin " + tick(name) + "." + didYouMean(best),
                importHint != null ? importHint : "declare it with `mixin " + name + " { ... }`");
    }

    /** The help for a name another file of the folder declares. */
    public static String importHint(String file, String kind, String name) {
        return tick(file) + " beside this file declares " + kind + " " + tick(name) + ": add `import \"" + file
                + "\"` at the top of this file";
    }

    /** Something written the way another tool writes it, answered with how it is written here. */
    public static Diagnostic foreignHabit(Code code, Span at, String written, String tool, String advice) {
        return error(code, at, tick(written) + " is written as in " + tool + ": " + advice,
                "see `schemac explain " + code.id() + "`");
    }

    public static Diagnostic prismaRelation(Span at) {
        return error(Code.PRISMA_RELATION, at, "`@relation(fields: ..., references: ...)` is written as in Prisma: here the "
                        + "field whose type is an entity is the relation, and makes its foreign key column itself",
                "write `author User` (the column `author_id` references the key of `User`) and `posts Post[]` on the other "
                        + "side; keep `@relation(\"name\")` only to pair two relations between the same entities");
    }

    public static Diagnostic bracketedFields(Span at, String attr, String fields) {
        return error(Code.BRACKETED_FIELDS, at, tick(attr + "([" + fields + "])") + ": drop the brackets",
                "write `" + attr + "(" + fields + ")`");
    }

    public static Diagnostic defaultAfterAttributes(Span at, String field) {
        return error(Code.DEFAULT_AFTER_ATTRIBUTES, at, "the default of " + tick(field) + " comes after its attributes; "
                + "the default goes before the attributes", "write the field as name, type, `= value`, then the attributes: "
                + "`id uuid = uuid() @id`");
    }

    public static Diagnostic colonAfterName(Span at, String field) {
        return error(Code.COLON_AFTER_NAME, at, "no colon after a field name: write " + tick(field + " type"),
                "remove the `:`, as in `email string(255)`");
    }

    public static Diagnostic optionalMarkOnName(Span at, String field) {
        return error(Code.COLON_AFTER_NAME, at, "the `?` of an optional field goes after its type, not its name",
                "write `" + field + " type?`, as in `nickname string(40)?`");
    }

    public static Diagnostic unclosedBlock(Span at, String kind, String name, Span open, boolean atEnd) {
        return error(Code.UNCLOSED_BLOCK, at, kind + " " + tick(name) + " is never closed: "
                        + (atEnd ? "the file ends" : "another declaration starts") + " before its `}`",
                "add `}` " + (atEnd ? "after its last member" : "before this line"))
                .withNote(open, "the `{` of " + kind + " " + tick(name) + " is opened here");
    }

    /**
     * Two words meant as one field name, {@code gap} as the source has it between them: plain
     * spaces are "a space"; anything else is named character by character, since it may be
     * invisible, or look like a space or a hyphen (a tab, a byte order mark, a no-break space), and
     * the name is shown with it escaped, since a code span shows a form feed as a space.
     */
    public static Diagnostic spaceInName(Span at, String first, String gap, String second) {
        return spaceInName(at, "field name", List.of(first, second), List.of(gap));
    }

    /**
     * A field's name written as words ({@code words}, each {@code gaps} the source's text between two of them), where
     * it is declared ({@code what} "field name") or named in a list of fields; the one word proposed joins them with `_`.
     */
    public static Diagnostic spaceInName(Span at, String what, List<String> words, List<String> gaps) {
        var written = new StringBuilder(words.get(0));
        var odd = new java.util.LinkedHashSet<String>();
        for (int k = 1; k < words.size(); k++) {
            String gap = gaps.get(k - 1);
            boolean spaces = gap.chars().allMatch(c -> c == ' ');
            written.append(spaces ? " " : gap).append(words.get(k));
            if (!spaces) gap.codePoints().mapToObj(PlainText::describe).forEach(odd::add);
        }
        String kind = odd.isEmpty() ? "a space" : String.join(" and ", odd) + " between its words";
        return error(Code.SPACE_IN_NAME, at, what + " " + tick(PlainText.visible(written.toString())) + " has " + kind,
                "a name is one word: write " + tick(String.join("_", words)));
    }

    /**
     * A declared name (an entity's, an enum's, a mixin's) of two or more words: {@code words} as
     * written, each {@code gaps} the source's text between two of them, described as
     * {@link #spaceInName} describes it; the one word proposed is the words in PascalCase.
     */
    public static Diagnostic spaceInDeclaredName(Span at, String kind, List<String> words, List<String> gaps) {
        var written = new StringBuilder(words.get(0));
        var joined = new StringBuilder(upperFirst(words.get(0)));
        var odd = new java.util.LinkedHashSet<String>();
        for (int k = 1; k < words.size(); k++) {
            String gap = gaps.get(k - 1);
            boolean spaces = gap.chars().allMatch(c -> c == ' ');
            written.append(spaces ? " " : gap).append(words.get(k));
            joined.append(upperFirst(words.get(k)));
            if (!spaces) gap.codePoints().mapToObj(PlainText::describe).forEach(odd::add);
        }
        String what = odd.isEmpty() ? "a space" : String.join(" and ", odd) + " between its words";
        String table = kind.equals("entity") ? "; its table's name follows from it, and `@@map(\"...\")` in the entity "
                + "gives the table another" : "";
        return error(Code.SPACE_IN_NAME, at, kind + " name " + tick(PlainText.visible(written.toString())) + " has " + what,
                "a name is one word: write " + tick(joined.toString()) + table);
    }

    private static String upperFirst(String w) {
        return w.isEmpty() ? w : w.substring(0, w.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT)
                + w.substring(w.offsetByCodePoints(0, 1));
    }

    public static Diagnostic hyphenInName(Span at, String written, String joined) {
        return hyphenInName(at, "field", written, joined);
    }

    /** A name of {@code kind} ("field", "enum value") written with a `-` between its words. */
    public static Diagnostic hyphenInName(Span at, String kind, String written, String joined) {
        return error(Code.SPACE_IN_NAME, at, kind + " name " + tick(written) + " has a `-`",
                "a name is letters, digits and `_`: write " + tick(joined));
    }

    /** Something of another tool (an attribute, a declaration), answered with how it is said here. */
    public static Diagnostic habit(Span at, String written, dev.schemac.lang.ForeignHabits.Habit habit) {
        Code code = switch (habit.tool()) {
            case PRISMA -> Code.PRISMA_HABIT;
            case SQL -> Code.SQL_HABIT;
            case JPA, TYPESCRIPT, KOTLIN, CLASS -> Code.JPA_HABIT;
            case DBML -> Code.DBML_HABIT;
            case RAILS, DJANGO, SQLALCHEMY, SQLMODEL, PYTHON -> Code.ORM_HABIT;
        };
        return foreignHabit(code, at, written, habit.tool().displayName(), habit.advice());
    }

    public static Diagnostic mapOnCompositeReference(Span at, String field, String target, List<String> columns) {
        return error(Code.ATTRIBUTE_NOT_ALLOWED, at, "`@map` on " + tick(field) + " would name one column, but " + tick(target)
                        + " has a composite key, so the foreign key has the columns " + ticks(columns),
                s -> "remove the " + tick(s.attribute("@map")) + ", or give " + tick(target) + " a single-field key");
    }
}
