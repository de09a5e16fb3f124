package dev.schemac.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemac.output.Output;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * JSON text for generated files: two-space indentation, keys in the order they were put,
 * numbers written in plain notation. Jackson escapes every string, so model text reaches a
 * generated JSON file only through here. {@link #ascii} also escapes every non-ASCII character, for
 * JSON that sits inside another language's source (a mongosh script). Diagnostics in JSON and
 * SARIF, which a terminal or viewer shows, go through {@code VisibleJson} instead.
 */
public final class Json {
    private static final ObjectMapper PLAIN = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    private static final ObjectMapper ASCII = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private Json() {}

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** Indented JSON text, ending without a newline. */
    public static String pretty(JsonNode node) {
        return write(PLAIN, node, true);
    }

    /**
     * {@link #pretty(JsonNode)} written to {@code out}, which stays open: for a document as large
     * as a whole generated file, that is then never one string.
     */
    public static void pretty(JsonNode node, Writer out) throws IOException {
        PLAIN.writer(PRETTY).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, node);
    }

    /**
     * A generated JSON file: {@link #pretty(JsonNode, Writer)} and a final newline, streamed to
     * the output (a document as large as a whole file is then never one string).
     */
    public static Output.Rendering prettyFile(JsonNode node) {
        return out -> {
            pretty(node, out);
            out.write('\n');
        };
    }

    /** What writes a streamed JSON file, through a generator that prints as {@link #pretty} does. */
    @FunctionalInterface
    public interface Body {
        void writeTo(JsonGenerator g) throws IOException;
    }

    /**
     * A generated JSON file written piece by piece (a large document's parts as small trees, each
     * garbage once written), printed exactly as {@link #prettyFile(JsonNode)} prints the whole.
     */
    public static Output.Rendering prettyFile(Body body) {
        return out -> {
            try (JsonGenerator g = PLAIN.writer(PRETTY).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out)) {
                body.writeTo(g);
            }
            out.write('\n');
        };
    }

    /** JSON text on one line. */
    public static String compact(JsonNode node) {
        return write(PLAIN, node, false);
    }

    /** Indented JSON text in which every character outside ASCII is a {@code \\u} escape. */
    public static String ascii(JsonNode node, boolean indent) {
        return write(ASCII, node, indent);
    }

    private static String write(ObjectMapper mapper, JsonNode node, boolean indent) {
        try {
            return indent ? mapper.writer(PRETTY).writeValueAsString(node) : mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serializes", e);
        }
    }

    /** A tree of maps, lists, strings, numbers, booleans and nulls as a JSON node (map order kept). */
    public static JsonNode tree(Object value) {
        var f = JsonNodeFactory.instance;
        if (value == null) return f.nullNode();
        if (value instanceof JsonNode n) return n;
        if (value instanceof String s) return f.textNode(s);
        if (value instanceof Boolean b) return f.booleanNode(b);
        if (value instanceof BigDecimal d) {
            return d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0 ? f.numberNode(d.toBigIntegerExact()) : f.numberNode(d);
        }
        if (value instanceof Integer i) return f.numberNode(i);
        if (value instanceof Long l) return f.numberNode(l);
        if (value instanceof Map<?, ?> m) {
            var o = f.objectNode();
            m.forEach((k, v) -> o.set(k.toString(), tree(v)));
            return o;
        }
        if (value instanceof List<?> l) {
            var a = f.arrayNode();
            l.forEach(v -> a.add(tree(v)));
            return a;
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
}
