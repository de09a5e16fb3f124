package dev.schemac.diag;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemac.render.json.VisibleJson;
import dev.schemac.source.Span;
import java.util.List;

/**
 * Diagnostics for tools: a JSON array, one object per diagnostic, 1-based lines and columns;
 * hidden characters of the text they quote as {@code \\u} escapes ({@link VisibleJson}).
 */
public final class JsonRenderer {
    private static final ObjectMapper MAPPER = VisibleJson.MAPPER;

    private JsonRenderer() {}

    public static String render(List<Diagnostic> diagnostics) {
        ArrayNode arr = MAPPER.createArrayNode();
        for (Diagnostic d : diagnostics) {
            ObjectNode o = arr.addObject();
            o.put("code", d.code());
            o.put("severity", d.severity().label());
            o.put("message", d.message());
            if (d.help() != null) o.put("help", d.help());
            if (d.span() != null) location(o, d.span());
            ArrayNode notes = o.putArray("notes");
            for (Diagnostic.Note n : d.notes()) {
                ObjectNode no = notes.addObject();
                no.put("message", n.message());
                if (n.span() != null) location(no, n.span());
            }
        }
        try {
            return MAPPER.writeValueAsString(arr) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void location(ObjectNode o, Span s) {
        o.put("file", s.file().path());
        o.put("line", s.line());
        o.put("column", s.column());
        o.put("endLine", s.file().line(s.end()));
        o.put("endColumn", s.file().column(s.end()));
    }
}
