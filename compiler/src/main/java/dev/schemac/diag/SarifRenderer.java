package dev.schemac.diag;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.render.json.VisibleJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemac.source.Span;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Diagnostics as a SARIF 2.1.0 log, the format code-scanning services read to show findings on
 * the lines of a pull request: one run of the tool {@code schemac}, a rule for each code that
 * occurs (its title and the explanation {@code schemac explain} prints), one result per
 * diagnostic, the help folded into the message and the notes as related locations.
 * Columns are counted in code points, as the other renderers count them.
 */
public final class SarifRenderer {
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** Hidden characters of the text quoted as {@code \\u} escapes: {@link VisibleJson}. */
    private static final ObjectMapper MAPPER = VisibleJson.MAPPER;

    private SarifRenderer() {}

    public static String render(List<Diagnostic> diagnostics, String toolVersion) {
        return render(diagnostics, toolVersion, null);
    }

    /**
     * {@code elsewhere}: where a result with no place of its own is located (the model's header
     * for {@code diff}, the file {@code pull} writes). GitHub code scanning refuses a whole log
     * with one result that has no location, though SARIF allows it; null leaves such results without.
     */
    public static String render(List<Diagnostic> diagnostics, String toolVersion, Span elsewhere) {
        ObjectNode log = MAPPER.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "schemac");
        driver.put("version", toolVersion);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) {
            if (ruleIndex.containsKey(d.code())) continue;
            ruleIndex.put(d.code(), ruleIndex.size());
            rule(rules.addObject(), d);
        }
        ArrayNode results = run.putArray("results");
        for (Diagnostic d : diagnostics) {
            ObjectNode r = results.addObject();
            r.put("ruleId", d.code());
            r.put("ruleIndex", ruleIndex.get(d.code()));
            r.put("level", level(d.severity()));
            String help = d.help() == null || d.help().isEmpty() ? "" : " Help: " + d.help() + ".";
            r.putObject("message").put("text", d.message() + help);
            Span at = d.span() != null ? d.span() : elsewhere;
            if (at != null) location(r.putArray("locations").addObject(), at);
            int id = 0;
            for (Diagnostic.Note n : d.notes()) {
                if (n.span() == null) continue;
                if (id == 0) r.putArray("relatedLocations");
                ObjectNode rel = ((ArrayNode) r.get("relatedLocations")).addObject();
                rel.put("id", id++);
                location(rel, n.span());
                rel.putObject("message").put("text", n.message());
            }
        }
        run.put("columnKind", "unicodeCodePoints");
        try {
            return MAPPER.writeValueAsString(log) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rule(ObjectNode r, Diagnostic d) {
        r.put("id", d.code());
        var doc = CodeDoc.byId(d.code());
        doc.ifPresent(c -> {
            r.putObject("shortDescription").put("text", c.title());
            r.putObject("fullDescription").put("text", c.explanation());
            r.putObject("help").put("text", "schemac explain " + c.id());
        });
        r.putObject("defaultConfiguration").put("level",
                level(doc.map(CodeDoc::defaultSeverity).orElse(d.severity())));
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static void location(ObjectNode holder, Span s) {
        ObjectNode physical = holder.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(s.file().path()));
        ObjectNode region = physical.putObject("region");
        region.put("startLine", s.line());
        region.put("startColumn", s.column());
        region.put("endLine", s.file().line(s.end()));
        region.put("endColumn", s.file().column(s.end()));
    }

    /** A file path as a URI reference: relative paths stay relative (to the folder the scan ran in), separators become '/'. */
    static String uri(String path) {
        String p = path.replace('\\', '/');
        try {
            // The multi-argument constructor percent-encodes what a URI cannot hold (spaces, '#', '?').
            String encoded = new URI(null, null, p, null).toASCIIString();
            // A relative path whose first segment holds ':' would read as a scheme: anchor it.
            int slash = encoded.indexOf('/');
            String first = slash < 0 ? encoded : encoded.substring(0, slash);
            if (!p.startsWith("/") && first.contains(":")) encoded = "./" + encoded;
            return p.startsWith("/") ? "file://" + encoded : encoded;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
