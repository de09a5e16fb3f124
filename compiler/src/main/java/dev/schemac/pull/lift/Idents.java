package dev.schemac.pull.lift;

import dev.schemac.parse.SchemaReader;
import dev.schemac.resolve.StoredText;
import dev.schemac.model.ScalarKind;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Identifiers of the language: what is one, and the nearest one to a database name that is not. */
final class Idents {
    private Idents() {}

    /** Whether a name can be a relation name: what check's rule for one (SC510) accepts. */
    static boolean canNameRelation(String name) {
        return StoredText.relationNameProblem(name) == null;
    }

    /** Names an entity or enum cannot take: they read as something else where a type is expected. */
    private static final Set<String> NOT_TYPES = Set.of("true", "false", "now", "uuid");

    static boolean isIdent(String s) {
        return s != null && SchemaReader.isName(s);
    }

    /** Whether a name can be a type name (entity or enum): an identifier that is no scalar type. */
    static boolean isTypeName(String s) {
        return isIdent(s) && ScalarKind.byKeyword(s).isEmpty() && !NOT_TYPES.contains(s);
    }

    /** A name a model string can hold: not empty, no control characters. */
    static boolean writableName(String s) {
        if (s == null || s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (Character.isISOControl(s.charAt(i))) return false;
        return true;
    }

    /** Why {@link #writableName} refuses a name, as the rest of a sentence about it. */
    static String unwritableWhy(String s) {
        return s == null || s.isEmpty() ? "is empty, and a model names every object"
                : "has control characters, which a model string cannot hold";
    }

    /** Text a model string can hold: control characters only where the language has an escape (\n, \r, \t). */
    static boolean writableText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') return false;
        }
        return true;
    }

    /** A snake_case identifier from any name: accents dropped, other characters become `_`. */
    static String snakeIdent(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "Ae").replace("œ", "oe").replace("Œ", "Oe")
                .replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D");
        String out = ascii.replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("_+", "_");
        out = out.replaceAll("^_+|_+$", "");
        if (out.isEmpty()) out = "x";
        if (Character.isDigit(out.charAt(0))) out = "_" + out;
        return out;
    }

    /** A PascalCase identifier from any name. */
    static String pascalIdent(String s) {
        String snake = snakeIdent(s.replaceAll("([a-z0-9])([A-Z])", "$1_$2")).toLowerCase(Locale.ROOT);
        var b = new StringBuilder();
        for (String part : snake.split("_")) {
            if (part.isEmpty()) continue;
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        String out = b.toString();
        if (out.isEmpty()) out = "X";
        if (Character.isDigit(out.charAt(0))) out = "T" + out;
        return out;
    }
}
