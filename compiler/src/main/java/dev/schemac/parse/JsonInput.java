package dev.schemac.parse;

import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.source.Span;
import dev.schemac.source.SourceFile;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON document given where a model is read: schemac's own JSON model or diagnostics, a JSON Schema, another
 * tool's export. No model starts with `{` or `[` (a model is declarations, each led by a keyword), so the first
 * character tells; the top-level keys tell which document it is, for an answer that names it instead of the
 * parser's stumble at its first character.
 */
final class JsonInput {
    private JsonInput() {}

    /** What a JSON document is, said in the message, and what to give schemac instead, said in the help. */
    enum Kind {
        MODEL("schemac's JSON model (`json/model.json`, written by the `json` target), which schemac writes and does not read back",
                "give schemac the .schema file (or the annotated Java) the JSON model was written from"),
        DIFF("the output of `schemac diff --format json`, which schemac writes and does not read back",
                "`schemac pull --url URL --out model.schema` writes a database's model as .schema text"),
        DIAGNOSTICS("a list of diagnostics (`--format json`), which schemac writes and does not read back",
                "give schemac the .schema file the diagnostics are about"),
        SARIF("a SARIF log (`--format sarif`), which schemac writes and does not read back",
                "give schemac the .schema file the log is about"),
        JSON_SCHEMA("a JSON Schema document",
                "schemac reads the .schema language (docs/language.md): each object is an `entity Name { ... }` with a field "
                + "per line, `name type`; `schemac pull` writes one from a live database"),
        OTHER("a JSON document",
                "schemac reads the .schema language (docs/language.md): an `entity Name { ... }` per table with a field per "
                + "line, `name type`; `schemac pull` writes one from a live database");

        final String what;
        final String help;

        Kind(String what, String help) {
            this.what = what;
            this.help = help;
        }
    }

    /** The answer for a file that is JSON, said at its first character; empty for any other text. */
    static Optional<Diagnostic> recognise(SourceFile file) {
        String text = file.text();
        int at = SourceFile.hasByteOrderMark(text) ? 1 : 0;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
        if (at >= text.length()) return Optional.empty();
        char open = text.charAt(at);
        int next = at + 1;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) next++;
        char after = next < text.length() ? text.charAt(next) : 0;
        boolean object = open == '{' && (after == '"' || after == '}');
        boolean array = open == '[' && (after == '{' || after == '[' || after == ']' || after == '"'
                || (after >= '0' && after <= '9') || after == '-');
        if (!object && !array) return Optional.empty();
        Kind kind = object ? kindOf(topLevelKeys(text, at)) : arrayKind(text);
        int start = file.first() + at;
        return Optional.of(Messages.jsonInput(new Span(file, start, start + 1), kind.what, kind.help));
    }

    private static Kind kindOf(Set<String> keys) {
        if (keys.contains("formatVersion") && keys.contains("entities")) return Kind.MODEL;
        if (keys.contains("differs") && keys.contains("changes")) return Kind.DIFF;
        if (keys.contains("runs") && keys.contains("version")) return Kind.SARIF;
        if (keys.contains("$schema") || keys.contains("$defs") || keys.contains("definitions")
                || (keys.contains("properties") && keys.contains("type"))) {
            return Kind.JSON_SCHEMA;
        }
        return Kind.OTHER;
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\"code\"\\s*:\\s*\"SC[0-9]{3}\"");

    /** schemac's diagnostics are an array of objects each with a `code` such as `SC100`. */
    private static Kind arrayKind(String text) {
        return CODE.matcher(text).find() ? Kind.DIAGNOSTICS : Kind.OTHER;
    }

    /** The keys of the object that opens at {@code open}, read without parsing its values (strings and nesting skipped). */
    private static Set<String> topLevelKeys(String text, int open) {
        var keys = new LinkedHashSet<String>();
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = i + 1;
                var s = new StringBuilder();
                while (end < text.length() && text.charAt(end) != '"') {
                    if (text.charAt(end) == '\\' && end + 1 < text.length()) end++;
                    s.append(text.charAt(end));
                    end++;
                }
                int colon = end + 1;
                while (colon < text.length() && Character.isWhitespace(text.charAt(colon))) colon++;
                if (depth == 1 && colon < text.length() && text.charAt(colon) == ':') keys.add(s.toString());
                i = end;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) break;
            }
        }
        return keys;
    }
}
