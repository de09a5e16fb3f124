package dev.schemac.nosql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemac.catalog.Column;
import dev.schemac.compile.Compilation;
import dev.schemac.model.ScalarKind;
import dev.schemac.testing.NodeHarness;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The size the design's 16 MiB sentence gives for one embedded row is the size of a real document: a row with
 * every field at the longest the generated {@code $jsonSchema} lets it be (its {@code bsonType}, an {@code enum}
 * at its longest value, a {@code maxLength} of four-byte characters, a {@code pattern} at its longest match, its
 * key, the keys it holds of other rows, its own embedded rows as many as the volumes give) is written in Extended
 * JSON and serialized by the official MongoDB driver's BSON library, whose byte count must equal the figure; and
 * so must an array of such rows, across the element names' digit widths. The row is read from the validator, not
 * from the column types, so a change to a type's BSON form reaches both sides.
 */
class DocumentSizeOnRealDriverTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CLINIC = """
            enum Status { BOOKED  ARRIVED  NO_SHOW @map("did not come at all")  CANCELLED }
            entity Doctor { name string(80)  visits Visit[] @embed  @@volume(rows = 10) }
            entity Room { code string(8) @unique }
            entity Visit {
              doctor     Doctor @on_delete(cascade)
              room       Room?
              starts_at  datetime
              zone       string(64)
              status     Status
              fee        decimal(10, 2)
              notes      text?
              day        date
              at         time
              token      uuid
              attempts   smallint
              big        bigint
              ratio      double
              paid       bool
              data       json?
              lines      Line[]
              @@volume(rows = 500_000)
            }
            entity Line { visit Visit @on_delete(cascade)  code string(12)  qty int  @@volume(rows = 1_500_000) }
            """;

    private static final String LEDGER = """
            entity Book { code string(10) @id  entries Entry[]  @@volume(rows = 40) }
            entity Entry {
              book   Book @id @on_delete(cascade)
              number int @id
              memo   string(200)
              amount decimal(18, 4)
              @@volume(rows = 40_000)
            }
            """;

    @Test
    void theRowSizeIsTheDriversForTheLargestRow() {
        for (String model : List.of(CLINIC, LEDGER)) {
            Compilation c = DesignTest.compile(model);
            DocumentDesign design = DocumentDesign.of(c.model(), c.catalog());
            int checked = 0;
            for (DocCollection col : design.collections()) {
                for (DocField f : col.shape().fields()) {
                    if (!(f instanceof DocField.Embedded e) || !e.many()) continue;
                    DocumentSize size = DocumentSize.of(e.shape(), c.model(), design);
                    JsonNode schema = JSON.valueToTree(Validators.of(col, c.catalog()).jsonSchema());
                    ObjectNode row = largest(e.shape(), within(schema, col.shape(), e), design);
                    assertThat(driverBytes(row)).as("%s in %s: %s", e.name(), col.name(), row).isEqualTo(size.bytes());
                    for (int n : new int[] {1, 9, 10, 11, 100, 101}) {
                        ObjectNode holder = F.objectNode();
                        ArrayNode array = holder.putArray(e.name());
                        for (int i = 0; i < n; i++) array.add(row.deepCopy());
                        // The holder's own length and NUL beside the one element.
                        assertThat(driverBytes(holder)).as("%d rows of %s", n, e.name())
                                .isEqualTo(5 + DocumentSize.element(e.name()) + DocumentSize.array(n, size.bytes()));
                    }
                    checked++;
                }
            }
            assertThat(checked).isPositive();
        }
    }

    /** What the size counts as empty is named: a text, a json, never a field of declared length nor a key. */
    @Test
    void whatHasNoDeclaredSizeIsNamedAndNothingElse() {
        Compilation c = DesignTest.compile(CLINIC);
        DocumentDesign design = DocumentDesign.of(c.model(), c.catalog());
        var visits = (DocField.Embedded) design.home("Doctor").shape().fields().stream()
                .filter(f -> f.name().equals("visits")).findFirst().orElseThrow();
        assertThat(DocumentSize.of(visits.shape(), c.model(), design).countedEmpty()).containsExactly("notes", "data");
        Compilation l = DesignTest.compile(LEDGER);
        DocumentDesign ld = DocumentDesign.of(l.model(), l.catalog());
        var entries = (DocField.Embedded) ld.home("Book").shape().fields().stream()
                .filter(f -> f.name().equals("entries")).findFirst().orElseThrow();
        assertThat(DocumentSize.of(entries.shape(), l.model(), ld).countedEmpty()).isEmpty();
    }

    /**
     * The sentence gives the figure and says what it counts, and is said exactly where the driver's bytes of that
     * many rows reach 16 MiB.
     */
    @Test
    void theLimitSentenceGivesTheRowSizeAndWhatItCounts() {
        Compilation c = DesignTest.compile(CLINIC);
        DocumentDesign design = DocumentDesign.of(c.model(), c.catalog());
        var choice = DesignTest.choice(c, "Doctor", "visits");
        var visits = Reasons.embedded(design.home("Doctor").shape(), "Doctor", "visits");
        long row = DocumentSize.of(visits.shape(), c.model(), design).bytes();
        long array = DocumentSize.element("visits") + DocumentSize.array(50_000, row);
        assertThat(array).isGreaterThanOrEqualTo(Reasons.MAX_DOCUMENT_BYTES);
        assertThat(Reasons.relation(choice, c.model(), design)).endsWith(String.format(java.util.Locale.ROOT,
                "; one Visit row with every field at the longest its type declares, holding 3 in `lines` as the declared volumes give"
                        + " on average, takes %,d bytes of BSON, counting `notes`, `data`"
                        + " empty as nothing declares their size, and 50,000 of them in `visits` take %,d bytes, which reaches MongoDB's"
                        + " limit of 16 MiB (16,777,216 bytes) on one document.", row, array));
    }

    private static long driverBytes(ObjectNode doc) {
        try {
            var r = NodeHarness.get().callWithStdin(JSON.writeValueAsString(doc), "bson-size", "-");
            assertThat(r.get("calculated").asLong()).isEqualTo(r.get("bytes").asLong());
            return r.get("bytes").asLong();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** The schema of one row of {@code target}, an array embedded at any depth of {@code shape}, whose schema is {@code schema}. */
    private static JsonNode within(JsonNode schema, DocShape shape, DocField.Embedded target) {
        for (DocField f : shape.fields()) {
            if (!(f instanceof DocField.Embedded e)) continue;
            JsonNode inner = schema.get("properties").get(e.name());
            if (e.many()) inner = inner.get("items");
            if (e == target) return inner;
            JsonNode found = within(inner, e.shape(), target);
            if (found != null) return found;
        }
        return null;
    }

    /** The largest row of a shape, in canonical Extended JSON, built from its {@code $jsonSchema}. */
    private static ObjectNode largest(DocShape shape, JsonNode schema, DocumentDesign design) {
        assertThat(schema).as("the $jsonSchema of %s", shape.entity()).isNotNull();
        JsonNode properties = schema.get("properties");
        ObjectNode doc = F.objectNode();
        for (DocField f : shape.fields()) {
            JsonNode p = properties.get(f.name());
            assertThat(p).as("%s in the $jsonSchema of %s", f.name(), shape.entity()).isNotNull();
            if (f instanceof DocField.Value v) doc.set(v.name(), value(p, v.column()));
            else if (f instanceof DocField.Id id) {
                if (!id.compound()) doc.set(id.name(), value(p, id.parts().get(0).column()));
                else {
                    ObjectNode key = doc.putObject(id.name());
                    for (var part : id.parts()) key.set(part.name(), value(p.get("properties").get(part.name()), part.column()));
                }
            } else if (f instanceof DocField.Embedded e) {
                if (!e.many()) doc.set(e.name(), largest(e.shape(), p, design));
                else {
                    ObjectNode child = largest(e.shape(), p.get("items"), design);
                    long n = design.relations().stream().filter(r -> r.entity().equals(shape.entity()) && r.field().equals(e.field()))
                            .findFirst().orElseThrow().bound().most();
                    ArrayNode a = doc.putArray(e.name());
                    for (long i = 0; i < n; i++) a.add(child.deepCopy());
                }
            } else if (f instanceof DocField.IdArray a) doc.putArray(a.name());
        }
        return doc;
    }

    /**
     * The largest value the property's schema takes, in its own {@code bsonType} (the first, never null). A binData's
     * schema gives no length, so its bytes are the column's: a {@code uuid}'s 128 bits, a {@code bytes(n)}'s n.
     */
    private static JsonNode value(JsonNode p, Column col) {
        JsonNode types = p.get("bsonType");
        if (types == null) return F.nullNode();
        String type = types.isArray() ? types.get(0).asText() : types.asText();
        return switch (type) {
            case "bool" -> F.booleanNode(true);
            case "int" -> F.objectNode().put("$numberInt", "-2147483648");
            case "long" -> F.objectNode().put("$numberLong", "-9223372036854775808");
            case "double" -> F.objectNode().put("$numberDouble", "-1.7976931348623157E+308");
            case "date" -> F.objectNode().set("$date", F.objectNode().put("$numberLong", "253402300799999"));
            case "decimal" -> F.objectNode().put("$numberDecimal", "-99999999.99");
            case "string" -> F.textNode(text(p));
            case "binData" -> {
                boolean uuid = col.type().kind() == ScalarKind.UUID;
                int bytes = uuid ? 16 : col.type().length() == null ? 0 : col.type().length();
                yield F.objectNode().set("$binary", F.objectNode().put("base64", java.util.Base64.getEncoder()
                        .encodeToString(new byte[bytes])).put("subType", uuid ? "04" : "00"));
            }
            default -> throw new AssertionError("no largest value of bsonType " + type + " here: " + p);
        };
    }

    /** The longest text a string's schema takes: its longest {@code enum} value, its pattern's longest match, or its {@code maxLength}. */
    private static String text(JsonNode p) {
        if (p.has("enum")) {
            String longest = "";
            for (JsonNode v : p.get("enum")) {
                if (!v.isNull() && v.asText().getBytes(StandardCharsets.UTF_8).length > longest.getBytes(StandardCharsets.UTF_8).length) {
                    longest = v.asText();
                }
            }
            return longest;
        }
        if (p.has("pattern")) {
            assertThat(p.has("maxLength")).as("a pattern and a maxLength on one string: %s", p).isFalse();
            String match = new LongestMatch(p.get("pattern").asText()).whole();
            assertThat(Pattern.compile(p.get("pattern").asText()).matcher(match).find()).as("%s matches %s", match, p).isTrue();
            return match;
        }
        // Four UTF-8 bytes each: the most a character takes.
        return p.has("maxLength") ? "\uD83D\uDE00".repeat(p.get("maxLength").asInt()) : "";
    }

    /**
     * The longest text a pattern of fixed-length pieces matches: anchors, groups, alternation, character classes,
     * literals, {@code {n}}, and {@code (?![\s\S])} (the end of the text). Anything else fails the test.
     */
    private static final class LongestMatch {
        private static final String END = "(?![\\s\\S])";
        private final String re;
        private int pos;

        LongestMatch(String re) { this.re = re; }

        String whole() {
            String s = alternation();
            if (pos != re.length()) throw new AssertionError("unread pattern from " + pos + ": " + re);
            return s;
        }

        private String alternation() {
            String best = branch();
            while (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                String b = branch();
                if (b.length() > best.length()) best = b;
            }
            return best;
        }

        private String branch() {
            var out = new StringBuilder();
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                if (re.startsWith(END, pos)) {
                    pos += END.length();
                    continue;
                }
                if (re.charAt(pos) == '^' || re.charAt(pos) == '$') {
                    pos++;
                    continue;
                }
                String atom = atom();
                int times = 1;
                if (pos < re.length() && re.charAt(pos) == '{') {
                    int close = re.indexOf('}', pos);
                    times = Integer.parseInt(re.substring(pos + 1, close));
                    pos = close + 1;
                }
                out.append(atom.repeat(times));
            }
            return out.toString();
        }

        private String atom() {
            char c = re.charAt(pos);
            if (c == '(') {
                pos++;
                if (re.startsWith("?:", pos)) pos += 2;
                else if (re.startsWith("?", pos)) throw new AssertionError("a group this test does not read: " + re);
                String inner = alternation();
                pos++;
                return inner;
            }
            if (c == '[') {
                char first = re.charAt(pos + 1);
                if (first == '^' || first == '\\') throw new AssertionError("a class this test does not read: " + re);
                pos = re.indexOf(']', pos + 2) + 1;
                return String.valueOf(first);
            }
            if ("\\.*+?".indexOf(c) >= 0) throw new AssertionError("a piece this test does not read: " + re);
            pos++;
            return String.valueOf(c);
        }
    }
}
