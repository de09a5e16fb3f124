package dev.schemac.gen.mongo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Table;
import dev.schemac.model.Model;
import dev.schemac.model.ScalarKind;
import dev.schemac.nosql.Decimal128;
import dev.schemac.nosql.DocCollection;
import dev.schemac.nosql.DocField;
import dev.schemac.nosql.DocShape;
import dev.schemac.nosql.DocumentDesign;
import dev.schemac.sample.SampleRows;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The seed target's sample rows as documents of the document design: children nested where
 * they are embedded, many-to-many keys gathered into arrays, every value in canonical
 * Extended JSON v2 so that its BSON type is exact ({@code $numberInt}, {@code $numberLong},
 * {@code $numberDecimal}, {@code $date}, {@code $binary} subtype 04 for UUIDs).
 */
final class SeedDocuments {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Model model;
    private final Catalog catalog;
    private final DocumentDesign design;
    private final Map<String, List<Map<String, Object>>> rows = new HashMap<>();

    SeedDocuments(Model model, Catalog catalog, DocumentDesign design, List<SampleRows> sample) {
        this.model = model;
        this.catalog = catalog;
        this.design = design;
        for (SampleRows s : sample) rows.put(s.table().name(), s.settled());
    }

    ArrayNode documents(DocCollection c) {
        ArrayNode out = F.arrayNode();
        for (Map<String, Object> row : rows.get(c.table().name())) out.add(document(c.shape(), c.table(), row));
        return out;
    }

    private ObjectNode document(DocShape shape, Table t, Map<String, Object> row) {
        ObjectNode doc = F.objectNode();
        for (DocField f : shape.fields()) {
            if (f instanceof DocField.Id id) {
                if (!id.compound()) {
                    doc.set(DocumentDesign.ID, value(id.parts().get(0).column(), row.get(id.parts().get(0).column().name())));
                } else {
                    ObjectNode key = doc.putObject(DocumentDesign.ID);
                    for (var p : id.parts()) key.set(p.name(), value(p.column(), row.get(p.column().name())));
                }
            } else if (f instanceof DocField.Value v) {
                doc.set(v.name(), value(v.column(), row.get(v.column().name())));
            } else if (f instanceof DocField.Embedded e) {
                doc.set(e.name(), embedded(shape, t, row, e));
            } else if (f instanceof DocField.IdArray a) {
                doc.set(a.name(), ids(shape.entity(), t, row, a));
            }
        }
        return doc;
    }

    private JsonNode embedded(DocShape parent, Table t, Map<String, Object> row, DocField.Embedded e) {
        Table ct = catalog.tableOf(e.shape().entity()).orElseThrow();
        var relation = model.requireEntity(parent.entity()).requireField(e.field()).relation();
        var matches = new ArrayList<Map<String, Object>>();
        if (relation.kind().holdsForeignKey()) {
            // This entity holds the key: the one child row it points at.
            ForeignKey fk = t.foreignKeyOf(e.field()).orElseThrow();
            for (Map<String, Object> child : rows.get(ct.name())) if (same(row, fk.columns(), child, fk.referencedColumns())) matches.add(child);
        } else {
            ForeignKey fk = ct.foreignKeyOf(relation.inverse()).orElseThrow();
            for (Map<String, Object> child : rows.get(ct.name())) if (same(child, fk.columns(), row, fk.referencedColumns())) matches.add(child);
        }
        if (!e.many()) return matches.isEmpty() ? F.nullNode() : document(e.shape(), ct, matches.get(0));
        ArrayNode out = F.arrayNode();
        for (Map<String, Object> child : matches) out.add(document(e.shape(), ct, child));
        return out;
    }

    private ArrayNode ids(String entity, Table t, Map<String, Object> row, DocField.IdArray a) {
        Table join = null;
        boolean left = false;
        for (Table x : catalog.tables()) {
            var j = x.join();
            if (j == null) continue;
            if (j.leftEntity().equals(entity) && j.leftField().equals(a.field())) { join = x; left = true; break; }
            if (j.rightEntity().equals(entity) && j.rightField().equals(a.field())) { join = x; break; }
        }
        if (join == null) throw new IllegalStateException("no join table for " + entity + "." + a.field());
        ForeignKey own = join.foreignKeys().get(left ? 0 : 1);
        ForeignKey other = join.foreignKeys().get(left ? 1 : 0);
        ArrayNode out = F.arrayNode();
        for (Map<String, Object> link : rows.get(join.name())) {
            if (!same(link, own.columns(), row, own.referencedColumns())) continue;
            if (a.key().size() == 1) {
                out.add(value(a.key().get(0), link.get(other.columns().get(0))));
            } else {
                ObjectNode key = out.addObject();
                for (int i = 0; i < a.key().size(); i++) {
                    key.set(DocumentDesign.fieldName(a.key().get(i).name()), value(a.key().get(i), link.get(other.columns().get(i))));
                }
            }
        }
        return out;
    }

    /** Whether {@code a}'s {@code ca} columns hold the values of {@code b}'s {@code cb} columns (none null). */
    private static boolean same(Map<String, Object> a, List<String> ca, Map<String, Object> b, List<String> cb) {
        for (int i = 0; i < ca.size(); i++) {
            Object x = a.get(ca.get(i));
            Object y = b.get(cb.get(i));
            if (x == null || y == null) return false;
            if (x instanceof byte[] bx && y instanceof byte[] by) {
                if (!java.util.Arrays.equals(bx, by)) return false;
            } else if (!x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    /** One value in canonical Extended JSON, typed by its column. */
    static JsonNode value(Column c, Object v) {
        if (v == null) return F.nullNode();
        if (c.type().isEnum()) return F.textNode(v.toString());
        ScalarKind k = c.type().kind();
        return switch (k) {
            case BOOL -> F.booleanNode((Boolean) v);
            case SMALLINT, INT -> wrap("$numberInt", v.toString());
            case BIGINT -> wrap("$numberLong", v.toString());
            case FLOAT, DOUBLE -> wrap("$numberDouble", v instanceof BigDecimal d ? d.toPlainString() : v.toString());
            case DECIMAL -> wrap(Decimal128.KEY, Decimal128.text((BigDecimal) v));
            case DATETIME -> {
                long millis = ((LocalDateTime) v).toInstant(ZoneOffset.UTC).toEpochMilli();
                ObjectNode n = F.objectNode();
                n.putObject("$date").put("$numberLong", Long.toString(millis));
                yield n;
            }
            case DATE -> F.textNode(((LocalDate) v).toString());
            case TIME -> F.textNode(((LocalTime) v).format(TIME));
            case UUID -> binary(uuidBytes(v.toString()), "04");
            case BYTES -> binary((byte[]) v, "00");
            case JSON -> json(v.toString());
            default -> F.textNode(v.toString());
        };
    }

    private static ObjectNode wrap(String type, String text) {
        ObjectNode n = F.objectNode();
        n.put(type, text);
        return n;
    }

    private static ObjectNode binary(byte[] bytes, String subType) {
        ObjectNode n = F.objectNode();
        ObjectNode b = n.putObject("$binary");
        b.put("base64", Base64.getEncoder().encodeToString(bytes));
        b.put("subType", subType);
        return n;
    }

    private static byte[] uuidBytes(String s) {
        UUID u = UUID.fromString(s);
        return ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array();
    }

    /** A json column's value as the document it is; text that is not JSON stays a string. */
    private static JsonNode json(String text) {
        try {
            JsonNode n = MAPPER.readTree(text);
            return n == null ? F.textNode(text) : n;
        } catch (IOException e) {
            return F.textNode(text);
        }
    }
}
