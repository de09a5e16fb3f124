package dev.schemac.processor;

import dev.schemac.parse.SchemaReader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a Java name is a name of the language, remembered: the answer takes a lexer run
 * ({@link SchemaReader#isName}), and a model asks it of the same few field names
 * ({@code id}, {@code name}, {@code createdAt}) once per entity. The answer depends on
 * the text alone, so it is kept across compilations; a bound keeps a long-lived build
 * daemon's memory in check.
 */
final class SchemaNames {
    private static final int LIMIT = 4096;
    private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();

    private SchemaNames() {}

    static boolean isName(String text) {
        Boolean known = KNOWN.get(text);
        if (known != null) return known;
        boolean answer = SchemaReader.isName(text);
        if (KNOWN.size() >= LIMIT) KNOWN.clear();
        KNOWN.put(text, answer);
        return answer;
    }
}
