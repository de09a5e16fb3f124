package dev.schemac.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.schemac.source.SourceFile;
import dev.schemac.support.TestPaths;
import dev.schemac.testing.Engines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The settings file's reader is a strict subset of TOML: whatever it accepts, a full TOML
 * parser (Python's {@code tomllib}, the reference implementation of TOML 1.0 in the standard
 * library) reads to exactly the same keys and values; and the files it refuses as broken
 * TOML, tomllib refuses too. Checked on the test corpus, on generated documents and on random
 * mutations of them (seeded: -Dschemac.toml.cases=N runs more).
 */
class TomlAgreesWithTomllibTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int CASES = Integer.getInteger("schemac.toml.cases", 400);

    /** tomllib's reading of each document: {"ok": [[key segments], value]...} or {"error": why}. */
    static JsonNode tomllib(List<String> docs) throws IOException, InterruptedException {
        String script = """
                import json, sys, tomllib
                def norm(v):
                    if isinstance(v, (bool, int, str)):
                        return v
                    if isinstance(v, list):
                        return [norm(x) for x in v]
                    if isinstance(v, dict):
                        return {"$table": {k: norm(x) for k, x in v.items()}}
                    return {"$" + type(v).__name__: repr(v)}  # float, date, time: outside our subset
                def flat(d, prefix, acc):
                    for k, v in d.items():
                        if isinstance(v, dict):
                            flat(v, prefix + [k], acc)
                        else:
                            acc.append([prefix + [k], norm(v)])
                out = []
                for doc in json.load(sys.stdin):
                    try:
                        acc = []
                        flat(tomllib.loads(doc), [], acc)
                        out.append({"ok": acc})
                    except tomllib.TOMLDecodeError as e:
                        out.append({"error": str(e)})
                json.dump(out, sys.stdout)
                """;
        var p = new ProcessBuilder(Engines.python().toString(), "-c", script).redirectErrorStream(false).start();
        try (var in = p.getOutputStream()) {
            in.write(JSON.writeValueAsBytes(docs));
        }
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("python with tomllib ran: " + err).isZero();
        return JSON.readTree(out);
    }

    /** Our reading as the same shape, or null when refused. */
    static Map<String, String> ours(String doc) {
        var r = Toml.parse(new SourceFile("t.toml", doc));
        if (!r.diagnostics().isEmpty()) return null;
        var out = new TreeMap<String, String>();
        for (Toml.Entry e : r.entries()) out.put(String.join("\u0000", e.segments()), json(e.value()).toString());
        return out;
    }

    /** Values as canonical JSON text, so that 0 read as an int and as a long compare equal. */
    static Map<String, String> theirs(JsonNode ok) {
        var out = new TreeMap<String, String>();
        for (JsonNode pair : ok) {
            var segs = new ArrayList<String>();
            pair.get(0).forEach(s -> segs.add(s.asText()));
            out.put(String.join("\u0000", segs), canonical(pair.get(1)));
        }
        return out;
    }

    static String canonical(JsonNode n) {
        if (n.isIntegralNumber()) return JSON.getNodeFactory().numberNode(n.asLong()).toString();
        if (n.isArray()) {
            ArrayNode a = JSON.createArrayNode();
            n.forEach(x -> a.add(x.isIntegralNumber() ? JSON.getNodeFactory().numberNode(x.asLong()) : x));
            return a.toString();
        }
        return n.toString();
    }

    static JsonNode json(Toml.Value v) {
        if (v instanceof Toml.Str s) return JSON.getNodeFactory().textNode(s.value());
        if (v instanceof Toml.Int i) return JSON.getNodeFactory().numberNode(i.value());
        if (v instanceof Toml.Bool b) return JSON.getNodeFactory().booleanNode(b.value());
        ArrayNode a = JSON.createArrayNode();
        for (Toml.Value x : ((Toml.Arr) v).items()) a.add(json(x));
        return a;
    }

    @Test
    void everyAcceptedDocumentReadsTheSameInTomllib() throws Exception {
        var docs = new ArrayList<String>();
        try (var s = Files.list(TestPaths.testResources().resolve("settings"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".toml")).sorted().toList()) {
                docs.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        var random = new Random(20250101L);
        for (int i = 0; i < CASES; i++) docs.add(Documents.generate(random));
        int generated = docs.size();
        for (int i = 0; i < CASES * 5; i++) docs.add(Documents.mutate(docs.get(random.nextInt(generated)), random));
        for (int i = 0; i < CASES; i++) docs.add(Documents.noise(random)); // any text: refused or read alike, never a crash

        JsonNode results = tomllib(docs);
        int accepted = 0;
        int refusedValidToml = 0;
        int bothRefused = 0;
        for (int i = 0; i < docs.size(); i++) {
            var mine = ours(docs.get(i));
            JsonNode r = results.get(i);
            if (mine != null) {
                accepted++;
                assertThat(r.has("ok")).as("tomllib accepts what we accept:\n%s\n%s", docs.get(i), r).isTrue();
                assertThat(mine).as("the same keys and values:\n%s", docs.get(i)).isEqualTo(theirs(r.get("ok")));
            } else if (r.has("ok")) {
                refusedValidToml++; // outside the subset: refused with a message, never misread
            } else {
                bothRefused++;
            }
        }
        System.out.printf("TOML subset vs tomllib: %d documents, %d accepted (all read alike), %d refused by both, "
                + "%d valid TOML outside the subset%n", docs.size(), accepted, bothRefused, refusedValidToml);
        assertThat(accepted).as("the generator exercises the accepted language").isGreaterThan(CASES);
        assertThat(bothRefused).as("the mutations exercise refusals").isGreaterThan(CASES / 10);
    }

    @Test
    void theBrokenCorpusFilesAreBrokenTomlToo() throws Exception {
        var broken = List.of("SC120_set_twice", "SC120_table_twice", "SC120_dotted_then_header", "SC120_bad_escape",
                "SC120_unterminated_string", "SC120_two_on_a_line");
        var docs = new ArrayList<String>();
        for (String b : broken) docs.add(Files.readString(TestPaths.testResources().resolve("settings/" + b + ".toml")));
        JsonNode results = tomllib(docs);
        for (int i = 0; i < docs.size(); i++) {
            assertThat(ours(docs.get(i))).as(broken.get(i)).isNull();
            assertThat(results.get(i).has("error")).as("tomllib refuses %s too", broken.get(i)).isTrue();
        }
    }

    /** Random documents in the accepted subset, and random edits of them. */
    static final class Documents {
        private static final String[] KEYS = {"targets", "out", "seed", "a", "b-c", "x_1", "1234", "true", "java"};
        private static final String[] QUOTED = {"\"java\"", "\"a b\"", "'lit'", "\"\"", "\"é\""};
        private static final String CHARS = "abc XYZ 019 _-./:é日本\u00a0";
        private static final String[] ESCAPES = {"\\n", "\\t", "\\\"", "\\\\", "\\r", "\\b", "\\f", "\\u00e9", "\\U0001F600"};
        private static final String MUTATIONS = "\"'\\[]=.,#\n\r\t {}ue0_+-:xU9";

        static String generate(Random r) {
            var b = new StringBuilder();
            String nl = r.nextInt(5) == 0 ? "\r\n" : "\n";
            int lines = 1 + r.nextInt(7);
            for (int i = 0; i < lines; i++) {
                int kind = r.nextInt(10);
                if (kind == 0) {
                    b.append("# comment ").append(text(r));
                } else if (kind == 1) {
                    b.append("[").append(key(r)).append("]");
                } else if (kind > 1) {
                    b.append(key(r)).append(r.nextBoolean() ? " = " : "=").append(value(r, nl, 0));
                }
                if (r.nextInt(4) == 0) b.append("  # trailing");
                b.append(nl);
            }
            return b.toString();
        }

        static String key(Random r) {
            var parts = new ArrayList<String>();
            int n = 1 + (r.nextInt(3) == 0 ? r.nextInt(3) : 0);
            for (int i = 0; i < n; i++) parts.add(r.nextInt(5) == 0 ? QUOTED[r.nextInt(QUOTED.length)] : KEYS[r.nextInt(KEYS.length)]);
            return String.join(r.nextBoolean() ? "." : " . ", parts);
        }

        static String value(Random r, String nl, int depth) {
            return switch (r.nextInt(depth > 0 ? 4 : 5)) {
                case 0 -> basic(r);
                case 1 -> "'" + text(r).replace("'", "") + "'";
                case 2 -> integer(r);
                case 3 -> r.nextBoolean() ? "true" : "false";
                default -> array(r, nl);
            };
        }

        static String array(Random r, String nl) {
            int kind = r.nextInt(4);
            int n = r.nextInt(4);
            var b = new StringBuilder("[");
            for (int i = 0; i < n; i++) {
                if (r.nextBoolean()) b.append(nl).append("  ");
                String v = switch (kind) {
                    case 0 -> basic(r);
                    case 1 -> "'" + text(r).replace("'", "") + "'";
                    case 2 -> integer(r);
                    default -> r.nextBoolean() ? "true" : "false";
                };
                b.append(v);
                if (i < n - 1 || r.nextBoolean()) b.append(",");
                if (r.nextInt(4) == 0) b.append(" # in array").append(nl);
            }
            return b.append(r.nextBoolean() ? nl : "").append("]").toString();
        }

        static String basic(Random r) {
            var b = new StringBuilder("\"");
            int n = r.nextInt(6);
            for (int i = 0; i < n; i++) {
                if (r.nextInt(3) == 0) b.append(ESCAPES[r.nextInt(ESCAPES.length)]);
                else b.append(text(r));
            }
            return b.append('"').toString();
        }

        static String integer(Random r) {
            String sign = switch (r.nextInt(4)) {
                case 0 -> "+";
                case 1 -> "-";
                default -> "";
            };
            if (r.nextInt(6) == 0) return sign + "0";
            var b = new StringBuilder().append(1 + r.nextInt(9));
            int digits = r.nextInt(8);
            for (int i = 0; i < digits; i++) {
                if (r.nextInt(4) == 0) b.append('_');
                b.append(r.nextInt(10));
            }
            return sign + b;
        }

        static String text(Random r) {
            var b = new StringBuilder();
            int n = r.nextInt(5);
            for (int i = 0; i < n; i++) b.append(CHARS.charAt(r.nextInt(CHARS.length())));
            return b.toString();
        }

        static String noise(Random r) {
            var b = new StringBuilder();
            int n = r.nextInt(40);
            for (int i = 0; i < n; i++) {
                int cp = r.nextInt(4) == 0 ? r.nextInt(0x20) : r.nextInt(3) == 0 ? 0x20 + r.nextInt(0x5f) : r.nextInt(0x2FFF);
                if (cp >= 0xD800 && cp <= 0xDFFF) cp = 'x';
                b.appendCodePoint(cp);
            }
            return b.toString();
        }

        static String mutate(String doc, Random r) {
            var b = new StringBuilder(doc);
            int edits = 1 + r.nextInt(3);
            for (int i = 0; i < edits; i++) {
                int at = b.length() == 0 ? 0 : r.nextInt(b.length() + 1);
                char c = MUTATIONS.charAt(r.nextInt(MUTATIONS.length()));
                switch (r.nextInt(3)) {
                    case 0 -> b.insert(at, c);
                    case 1 -> { if (at < b.length()) b.deleteCharAt(at); }
                    default -> { if (at < b.length()) b.setCharAt(at, c); }
                }
            }
            return b.toString();
        }
    }
}
