package dev.schemac.nosql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemac.catalog.Column;
import dev.schemac.compile.Compilation;
import dev.schemac.model.EnumMember;
import dev.schemac.testing.NodeHarness;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The size the design's 16 MiB sentence gives for one embedded row is the size of a real document: a row with
 * every field at the longest its type declares (an enum at its longest stored value, a {@code string(n)} of n
 * four-byte characters, its key, the keys it holds of other rows, its own embedded rows as many as the volumes
 * give) is written in Extended JSON and serialized by the official MongoDB driver's BSON library, whose byte
 * count must equal the figure; and so must an array of such rows, across the element names' digit widths.
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
                    ObjectNode row = largest(e.shape(), c, design);
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

    /** The largest row of a shape, in canonical Extended JSON, built from the columns' types alone. */
    private static ObjectNode largest(DocShape shape, Compilation c, DocumentDesign design) {
        ObjectNode doc = F.objectNode();
        for (DocField f : shape.fields()) {
            if (f instanceof DocField.Value v) doc.set(v.name(), value(v.column(), c));
            else if (f instanceof DocField.Id id) {
                if (!id.compound()) doc.set(id.name(), value(id.parts().get(0).column(), c));
                else {
                    ObjectNode key = doc.putObject(id.name());
                    for (var p : id.parts()) key.set(p.name(), value(p.column(), c));
                }
            } else if (f instanceof DocField.Embedded e) {
                ObjectNode child = largest(e.shape(), c, design);
                if (!e.many()) doc.set(e.name(), child);
                else {
                    long n = design.relations().stream().filter(r -> r.entity().equals(shape.entity()) && r.field().equals(e.field()))
                            .findFirst().orElseThrow().bound().most();
                    ArrayNode a = doc.putArray(e.name());
                    for (long i = 0; i < n; i++) a.add(child.deepCopy());
                }
            } else if (f instanceof DocField.IdArray a) doc.putArray(a.name());
        }
        return doc;
    }

    private static com.fasterxml.jackson.databind.JsonNode value(Column col, Compilation c) {
        var t = col.type();
        if (t.isEnum()) {
            return F.textNode(c.model().enumType(t.enumName()).orElseThrow().values().stream().map(EnumMember::dbValue)
                    .max(Comparator.comparingInt(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)).orElseThrow());
        }
        return switch (t.kind()) {
            case BOOL -> F.booleanNode(true);
            case SMALLINT, INT -> F.objectNode().put("$numberInt", "-2147483648");
            case BIGINT -> F.objectNode().put("$numberLong", "-9223372036854775808");
            case FLOAT, DOUBLE -> F.objectNode().put("$numberDouble", "-1.7976931348623157E+308");
            case DATETIME -> F.objectNode().set("$date", F.objectNode().put("$numberLong", "253402300799999"));
            case DECIMAL -> F.objectNode().put("$numberDecimal", "-99999999.99");
            case DATE -> F.textNode("9999-12-31");
            case TIME -> F.textNode("23:59:60");
            case UUID -> F.objectNode().set("$binary", F.objectNode().put("base64", "AAAAAAAAAAAAAAAAAAAAAA==").put("subType", "04"));
            case STRING, CHAR -> F.textNode(t.length() == null ? "" : "\uD83D\uDE00".repeat(t.length()));
            case TEXT -> F.textNode("");
            case BYTES -> F.objectNode().set("$binary", F.objectNode().put("base64", java.util.Base64.getEncoder()
                    .encodeToString(new byte[t.length() == null ? 0 : t.length()])).put("subType", "00"));
            case JSON -> F.nullNode();
        };
    }
}
