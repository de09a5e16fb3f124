package dev.schemac.render.js;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.schemac.render.json.Json;

/**
 * JavaScript literals for generated scripts (mongosh). A literal is JSON text, which is a
 * JavaScript expression, written in ASCII: every other character, U+2028 and U+2029 (line
 * terminators inside a JavaScript string before ES2019) included, is a {@code \\u} escape, so
 * no model text can end a string or a line of the script.
 */
public final class Js {
    private Js() {}

    /** A string literal. */
    public static String string(String s) {
        return Json.ascii(JsonNodeFactory.instance.textNode(s), false);
    }

    /** An object, array or value literal, indented by two spaces per level. */
    public static String literal(JsonNode node) {
        return Json.ascii(node, true);
    }

    /** An object, array or value literal on one line. */
    public static String inline(JsonNode node) {
        return Json.ascii(node, false);
    }
}
