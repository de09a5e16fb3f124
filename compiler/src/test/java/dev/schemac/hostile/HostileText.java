package dev.schemac.hostile;

import java.util.List;
import java.util.Random;

/**
 * Strings an attacker or a careless user would put in a model: the quotes, comment openers
 * and closers, fences and separators of every output language, line breaks of every kind,
 * control and bidirectional characters, multibyte text and very long text, in random
 * combinations. Seeded: the same Random gives the same strings.
 */
public final class HostileText {
    private HostileText() {}

    /** Pieces that mean something to some output. */
    public static final List<String> PIECES = List.of(
            // quotes and escapes of SQL, Python, Prisma, Java, TOML, Markdown
            "'", "''", "\"", "\"\"\"", "'''", "`", "```", "~~~", "\\", "\\\\", "\\n", "\\x00", "\\u0041", "\\u000a", "$$",
            "${x}", "%s", "%(here)s", "%%", "{{x}}", "{0}",
            // comment openers and closers
            "--", "-- x", "/*", "*/", "/*!50000 x*/", "#", "# x", "//", "///", "<!--", "-->", "%%{init: {}}%%", "%%",
            // line breaks
            "\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\u000b", "\u000c",
            // controls and hidden characters
            "\t", "\u0001", "\u0007", "\u001b[31m", "\u007f", "\u009b", "\u200b", "\u202e", "\u2066", "\ufeff",
            // Trojan Source: every embedding, override and isolate control, and the invisible joiners
            "\u202a", "\u202b", "\u202c", "\u202d", "\u2067", "\u2068", "\u2069", "\u200e", "\u061c", "\u200c",
            "\u200d", "\u2060", "\u00ad", "\u034f", "\ufe0f", "\udb40\udc01", "\u0000",
            // homoglyphs: Cyrillic a, e, o and Greek omicron look like Latin letters
            "\u0430", "\u0435", "\u043e", "\u03bf",
            // format strings of Python (str.format, %), Java (String.format, MessageFormat) and SQL drivers
            "{}", "{!r}", "%(x)s", "%d", "%n", "{0,number}", ":name", "?",
            // Markdown and tables
            "## heading", "# h", "- item", "1. item", "> quote", "|", "| a | b |", "***", "___", "[x](javascript:x)",
            "<script>alert(1)</script>", "&amp;", "&#35;", "![i](x)", "<b>", "===", "    code",
            // code that would run if it escaped
            "'); DROP TABLE x; --", "\"\"\"\nimport os; os.system('touch /tmp/pwned')\n#", "\n  evil Int\n",
            "*/ class X {} /*", "\"); System.exit(1); //", "\n#[x]\nprovider = \"x\"", "}}\nmodel Evil {\n  id Int @id\n}",
            "\" }\n    a --> b", ":", ";", ",", ".", "(", ")", "[", "]", "{", "}", "<", ">", "&", "@", "!", "?", "=",
            // multibyte
            "é", "ß", "ı", "İ", "ﬁ", "x̧", "名前", "😀", "\ud83d\udc68\u200d\ud83d\udc69", "Ω", "ǅ", "Ⅻ", "١٢",
            // keywords and builtins of the output languages, and their syntax: Python, Java (a unicode escape ends a
            // comment line), Prisma, Mermaid's ER diagrams, Markdown references and HTML, SQL's other string forms
            "import", "__import__('os')", "lambda: 0", "yield", "await", "print", "f\"{x}\"", "r'\\'",
            "public", "static", "new", "package", "void", "record", "goto", "\\u0022", "\\u002a/",
            "model", "datasource", "generator", "@@map(\"x\")", "@relation(\"x\")", "env(\"X\")", "Unsupported(\"x\")",
            "erDiagram", "}|--o{", "||--||", "classDef x fill:#f00", "click x call alert()", "style x fill:#f00", ";;",
            "[x]: http://e", "<details>", "\\|", "<https://x>", "---", "+ item", "*x*", "~~x~~", "[^1]", "<!---->",
            "$t$", "E'", "N'", "\\'", "DELIMITER //", "COMMENT '", "/*!", "\\N",
            // a right-to-left mark, and characters beyond the Basic Multilingual Plane (a math letter, a flag sequence)
            "\u200f", "\ud835\udc00", "\ud83c\udff3\ufe0f\u200d\ud83c\udf08",
            // plain words
            "a", "name", "Total", "total", "order", "select", "class", "None", "null", "NULL", "true", " ", "  ");

    /**
     * Text only a Java annotation can hold: a {@code .schema} file is UTF-8 and its strings take
     * no Unicode escapes, but a Java string literal holds a NUL and lone surrogates.
     */
    public static final List<String> JAVA_ONLY = List.of("\u0000", "a\u0000b", "\ud800", "x\udfffy", "\udc00\ud800");

    /** The attacks of the issue, tried often: each one broke an output once. */
    public static final List<String> KNOWN = List.of(
            "T\"\"\"\nimport os; os.system('touch /tmp/pwned')\n#", "x\"\"\"; import os; os.system('id'); \"\"\"",
            "x\"; import os; #", "x'; import os; #", "x\n  evil Int", "<!-- swallowed", "## heading",
            "```\ncode", "| a | b |", "'); DROP TABLE x; --", "a\r\nb", "*/ x /*", "%%{init: {\"theme\": \"dark\"}}%%",
            "x~y~z", "\"\n  evil String", "back\\slash\\", "q'uote\"s", "\u202eevil", "\u001b[2J");

    /** Names of the issue that targets reserve or read specially, tried in every run: slot, name. */
    static final List<List<String>> KNOWN_NAMES = List.of(
            List.of("entityName", "_Thing"), List.of("entityName", "String"), List.of("entityName", "Select"),
            List.of("enumName", "Integer"), List.of("enumName", "String"), List.of("fieldName", "__tablename__"),
            List.of("fieldName", "_private"), List.of("fieldName", "metadata"), List.of("fieldName", "select"),
            List.of("schemaName", "select"), List.of("entityName", "DateTime"), List.of("entityName", "Int"),
            List.of("enumName", "Boolean"), List.of("fieldName", "model"), List.of("fieldName", "yield"),
            List.of("fieldName", "public"));

    /** A random string of up to {@code pieces} pieces; now and then a very long one; often a known attack. */
    public static String any(Random r, int pieces) {
        if (r.nextInt(3) == 0) return KNOWN.get(r.nextInt(KNOWN.size()));
        var b = new StringBuilder();
        int n = 1 + r.nextInt(pieces);
        for (int i = 0; i < n; i++) b.append(PIECES.get(r.nextInt(PIECES.size())));
        if (r.nextInt(12) == 0) {
            String unit = b.length() == 0 ? "x" : b.toString();
            b.append(unit.repeat(1 + 1200 / Math.max(1, unit.length())));
        }
        return b.toString();
    }

    /** A name-like string: mostly letters, digits and underscores, sometimes with one hostile piece. */
    static String nameLike(Random r) {
        String[] starts = {"a", "Z", "_", "9", "é", "名", "ﬁ", "", "x"};
        var b = new StringBuilder(starts[r.nextInt(starts.length)]);
        int n = r.nextInt(20);
        for (int i = 0; i < n; i++) b.append("abcdefghijklmnopqrstuvwxyz_0123456789ABC".charAt(r.nextInt(40)));
        if (r.nextInt(3) == 0) b.insert(r.nextInt(b.length() + 1), PIECES.get(r.nextInt(PIECES.size())));
        if (r.nextInt(10) == 0) b.append("x".repeat(60));
        if (r.nextInt(8) == 0) b.append("éé".repeat(20));
        return b.toString();
    }

    /** A regular expression, portable or not. */
    static String pattern(Random r) {
        String[] atoms = {"[a-z]", "[^0-9]", "[A-Z0-9_]", ".", "a", "\\.", "\\-", "(ab|cd)", "(?:x)", "é", "[\\]\\[]",
                "\\d", "\\w", "\\s", "\\b", "(?<=a)", "(?=a)", "(?i)", "\\p{L}", "\\Q.\\E", "[a-z&&[^x]]", "(a)\\1",
                "[[:alpha:]]", "x{2000000000}", "(x{255}){255}", "a++", "$", "^", "\\", "(", ")", "[z-a]", "{", "}", "\n",
                "\u0001", "'", "\"", "*/", "--", "%"};
        String[] quantifiers = {"", "", "?", "*", "+", "{2}", "{1,3}", "{3,}", "*?", "{256}"};
        var b = new StringBuilder();
        int n = 1 + r.nextInt(5);
        for (int i = 0; i < n; i++) b.append(atoms[r.nextInt(atoms.length)]).append(quantifiers[r.nextInt(quantifiers.length)]);
        return b.toString();
    }

    /** JSON-like text: valid documents and near misses. */
    static String json(Random r) {
        String[] docs = {"{}", "[]", "{\"a\": 1}", "[1, \"x\", null, true]", "{\"k\": \"" + any(r, 3).replace("\\", "\\\\")
                .replace("\"", "\\\"") + "\"}", "{not json", "[1] 2", "\"\\u0000\"", "1e400", "{\"a\": 1e999}",
                "[".repeat(101) + "]".repeat(101), "\"\\ud800\"", "{\"a\":1,\"a\":2}", "  {\"x\" : [ ] }  ", "", "nul",
                "\"é\\n\"", "123", "-0.0", "{'a': 1}", "[1,]"};
        return docs[r.nextInt(docs.length)];
    }

    /** Date-like text. */
    static String date(Random r) {
        String[] dates = {"2024-02-29", "2023-02-29", "2024-02-30", "2024-13-01", "0000-01-01", "9999-12-31", "2024-1-1",
                "2024-01-01T00:00", "24:00", "2024-04-31", "1970-01-01", "2024-01-01\n", "２０２４-01-01"};
        return dates[r.nextInt(dates.length)];
    }

    /** A number as the grammar writes it. */
    static String number(Random r) {
        String[] numbers = {"0", "-0", "1.5", "1e400", "-1e400", "1e-400", "1.7976931348623157e308", "1.8e308",
                "4.9e-324", "3.4e38", "1_000_000", "123456789012345678901234567890", "2e10", "-7"};
        return numbers[r.nextInt(numbers.length)];
    }

    /**
     * An identifier the grammar accepts: plain, reserved somewhere, case variants, a leading
     * underscore, long. (Not {@code created_at}: a field of that name replaces the implicit
     * timestamp, which changes the outputs' shape by design.)
     */
    static String ident(Random r, boolean type) {
        String[] types = {"Thing", "Order", "Group", "Select", "User", "String", "Integer", "Record", "Enum", "Json",
                "Decimal", "Field", "SQLModel", "Optional", "Any", "Datetime", "_Thing", "THING", "Thing_", "Class", "Table",
                "Prisma", "PrismaClient", "Model", "A".repeat(70), "Tags", "Tag_", "Kind", "KIND",
                // Prisma's scalar and block words, Java's and Python's own types
                "Int", "Boolean", "DateTime", "Bytes", "BigInt", "Float", "Unsupported", "View", "Generator", "Datasource",
                "Object", "Void", "Type", "Class_", "Dict", "List"};
        String[] fields = {"name", "select", "from", "class", "order", "group", "id", "createdAt", "metadata",
                "model_config", "_private", "__tablename__", "None", "True", "def", "lambda", "str", "int", "datetime",
                "sa", "Field", "value", "x".repeat(70), "NAME", "Name", "code", "kind", "tags", "self", "cls", "async",
                // Prisma's block words, Python's keywords and builtins, Java's keywords
                "model", "type", "view", "generator", "datasource", "yield", "await", "print", "list", "dict", "object",
                "public", "static", "new", "package", "void", "record", "var", "this", "super", "goto", "const",
                "interface", "transient", "native", "import_", "global", "nonlocal", "pass", "raise"};
        String[] pool = type ? types : fields;
        return pool[r.nextInt(pool.length)];
    }
}
