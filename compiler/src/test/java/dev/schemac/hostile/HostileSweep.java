package dev.schemac.hostile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A sweep of hostile text over every position at once: each case fills every text position of
 * {@link HostileModel} (docs on the schema, enum, value, entity and field, the title, a string
 * default, an enum label, the {@code @map} names of a column and a table, an index and a relation
 * name, a pattern, a check literal, the query, reason and growth texts) with a string of one
 * category, the categories turning over the positions from case to case, so the first
 * {@link #CATEGORIES}-many cases put every category in every position. Within a category the
 * string is drawn from a seeded Random, and one piece of another category is sometimes added.
 * (Lone surrogates cannot be written in a UTF-8 {@code .schema} file; the annotation processor's
 * {@code HostileJavaTextTest} puts them in Java strings, {@link HostileText#JAVA_ONLY}.)
 */
final class HostileSweep {
    private HostileSweep() {}

    /** Strings by what they mean to some output. */
    static final Map<String, List<String>> CATEGORIES = new LinkedHashMap<>();

    static {
        CATEGORIES.put("quotes", List.of("'", "''", "\"", "\"\"", "`", "``", "'\"`", "it's", "\"quoted\"", "a'b\"c`d",
                "N'x'", "E'x'", "q'[x]'", "'''", "\"\"\""));
        CATEGORIES.put("backslashes", List.of("\\", "\\\\", "\\\\\\", "\\\\\\\\\\", "x\\", "\\'", "\\\"", "\\n", "\\u0022",
                "\\x27", "\\N", "a\\\\\\'b", "\\\\\\\\\"", "\\$"));
        CATEGORIES.put("comments", List.of("*/", "/*", "--", "-- x", "#", "# x", "\"\"\"", "'''", "///", "//", "<!--",
                "-->", "%%", "/*!50000 x*/", "*/ class X {} /*", "\"\"\" import os \"\"\"", "''' x '''"));
        CATEGORIES.put("lineTerminators", List.of("\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "a\u0085b",
                "a\u2028b", "a\u2029b", "x\r\n\r\ny", "\u000b", "\u000c", "\n\n"));
        CATEGORIES.put("bidi", List.of("\u202e", "\u202a", "\u202b", "\u202c", "\u202d", "\u2066", "\u2067", "\u2068",
                "\u2069", "\u200e", "\u200f", "\u061c", "a\u202egnp.exe", "\u2067x\u2069"));
        CATEGORIES.put("combining", List.of("\u0301", "e\u0301", "a\u0308\u0308\u0308", "\u0336x\u0336", "x\u20dd",
                "\u0345", "Z\u0351\u0361\u0330", "\u0300start"));
        CATEGORIES.put("astral", List.of("\ud83d\ude00", "\ud835\udc00", "\ud83c\udff3\ufe0f\u200d\ud83c\udf08",
                "\ud840\udc00", "\ud83d\udc68\u200d\ud83d\udc69", "a\ud83d\ude00b", "\ud800\udf00"));
        CATEGORIES.put("dollarQuotes", List.of("$$", "$tag$", "$_$", "$$ x $$", "$tag$ x $tag$", "$", "$1", "${x}",
                "$$;", "$_$$__$"));
        CATEGORIES.put("formatMarkers", List.of("%s", "%d", "%n", "%(x)s", "%%", "{}", "{0}", "{!r}", "{x}", "{{x}}",
                "%1$s", "{0,number}", ":name", "?", "%"));
        CATEGORIES.put("markup", List.of("<script>alert(1)</script>", "](javascript:alert(1))", "[x](javascript:x)",
                "|", "| a | b |", "```", "````", "`` ` ``", "<b>", "&amp;", "&#35;", "<!-- x -->", "## h", "> q",
                "- item", "***", "![i](x)", "<img src=x onerror=alert(1)>", "\\|"));
        CATEGORIES.put("mermaid", List.of("%%{init: {\"theme\": \"dark\"}}%%", "%%{init", "erDiagram", "}|--o{",
                "||--||", "click x call alert()", "classDef x fill:#f00", "\" }\n    a --> b", "#quot;", "~x~"));
        CATEGORIES.put("prisma", List.of("@@", "@@map(\"x\")", "@@ignore", "///", "/// x", "@relation(\"x\")",
                "env(\"X\")", "}}\nmodel Evil {\n  id Int @id\n}", "@id", "datasource db {"));
        CATEGORIES.put("code", List.of("'); DROP TABLE x; --", "\"); System.exit(1); //", "__import__('os')",
                "\"\"\"\nimport os; os.system('id')\n#", "f\"{x}\"", "\\u002a/", "lambda: 0", "${{ x }}"));
    }

    /** Category names, in order. */
    static List<String> categories() {
        return List.copyOf(CATEGORIES.keySet());
    }

    /** The positions a case fills: every text position of the model but the names of its types. */
    static final List<String> POSITIONS = List.of("title", "schemaDoc", "enumDoc", "valueDoc", "entityDoc", "fieldDoc",
            "label", "default", "column", "table", "index", "relation", "checkLiteral", "pattern", "query", "reason",
            "growth");

    /** Case {@code k}: position {@code p} holds a string of category {@code (k + p) mod C}. */
    static Map<String, String> values(int k, Random r) {
        var cats = categories();
        var out = new LinkedHashMap<String, String>();
        for (int p = 0; p < POSITIONS.size(); p++) {
            String cat = cats.get((k + p) % cats.size());
            List<String> pool = CATEGORIES.get(cat);
            String v = pool.get(r.nextInt(pool.size()));
            if (r.nextInt(3) == 0) {
                List<String> other = CATEGORIES.get(cats.get(r.nextInt(cats.size())));
                v = v + "x" + other.get(r.nextInt(other.size()));
            }
            String position = POSITIONS.get(p);
            // Docs and one-line texts get a visible first character: an empty doc is no doc at all.
            if (position.endsWith("Doc") || position.equals("title")) v = "d" + v;
            out.put(position, v);
        }
        return out;
    }
}
