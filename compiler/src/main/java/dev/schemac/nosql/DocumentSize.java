package dev.schemac.nosql;

import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Table;
import dev.schemac.model.EnumMember;
import dev.schemac.model.Model;
import dev.schemac.types.BsonWidth;
import dev.schemac.types.TypeTable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The BSON bytes of one embedded row at the largest its declared types allow, counted as BSON lays a
 * document out (an element is a type byte, its name and a NUL, then its value): every field of its
 * document shape, its `_id`, the keys it holds of other rows, its own embedded rows, an enum at its longest
 * stored value, a {@code string(n)} at n characters of 4 UTF-8 bytes (fewer where a length check says, and
 * a key of another row as that row's). What has no declared bound is counted at its least and named in
 * {@link #countedEmpty}: a value of no declared length (a {@code text}, {@code json} or {@code bytes}) as
 * empty (a {@code json} as null), a text a pattern or a compared value constrains (no length tells which
 * characters it may hold) as empty, an array of many-to-many keys and an
 * embedded array as empty, unless declared volumes give the rows it holds, which it then holds. So the
 * figure is the size of a document that exists (a bound from below on the largest), never more than the
 * largest one: a sentence that says rows of this size could reach a limit is true.
 */
public record DocumentSize(long bytes, List<String> countedEmpty, List<Held> held) {
    public DocumentSize {
        countedEmpty = List.copyOf(countedEmpty);
        held = List.copyOf(held);
    }

    /** An embedded array the row holds, counted with the rows the declared volumes give it. */
    public record Held(String path, long rows) {}

    /** The bytes of a document of {@code shape} (its length, its elements, its closing NUL). */
    static DocumentSize of(DocShape shape, Model model, DocumentDesign design) {
        var empty = new ArrayList<String>();
        var held = new ArrayList<Held>();
        long bytes = document(shape, model, design, empty, held, "");
        return new DocumentSize(bytes, empty, held);
    }

    /** An array of {@code n} documents of {@code bytes} each, as the value of an element: length, elements "0".."n-1", NUL. */
    static long array(long n, long bytes) {
        long total = 5;
        // Elements "0" to "9" have names of one digit, "10" to "99" of two, and so on.
        long from = 0, to = 10;
        for (int digits = 1; from < n; digits++, from = to, to = to > Long.MAX_VALUE / 10 ? Long.MAX_VALUE : to * 10) {
            try {
                total = Math.addExact(total, Math.multiplyExact(Math.min(n, to) - from, 1 + digits + 1 + bytes));
            } catch (ArithmeticException tooLarge) {
                return Long.MAX_VALUE;
            }
        }
        return total;
    }

    /** One element's type byte, name and NUL. */
    static long element(String name) {
        return 1 + name.getBytes(StandardCharsets.UTF_8).length + 1;
    }

    private static long document(DocShape shape, Model model, DocumentDesign design, List<String> empty, List<Held> held,
                                 String prefix) {
        Table table = design.catalog().tableOf(shape.entity()).orElseThrow();
        long bytes = 4 + 1;
        for (DocField f : shape.fields()) {
            bytes += element(f.name());
            if (f instanceof DocField.Value v) bytes += value(table, v.column(), model, design, empty, prefix + v.name());
            else if (f instanceof DocField.Id id) {
                if (!id.compound()) bytes += value(table, id.parts().get(0).column(), model, design, empty, prefix + id.name());
                else {
                    long sub = 5;
                    for (var p : id.parts()) sub += element(p.name()) + value(table, p.column(), model, design, empty, prefix + "_id." + p.name());
                    bytes += sub;
                }
            } else if (f instanceof DocField.Embedded e) {
                long child = document(e.shape(), model, design, empty, held, prefix + e.name() + ".");
                if (!e.many()) bytes += child;
                else {
                    long n = rowsOf(e, shape, design);
                    if (n <= 0) empty.add(prefix + e.name());
                    else held.add(new Held(prefix + e.name(), n));
                    bytes += array(Math.max(0, n), child);
                }
            } else if (f instanceof DocField.IdArray a) {
                empty.add(prefix + a.name());
                bytes += array(0, 0);
            }
        }
        return bytes;
    }

    /** The rows an embedded array holds by the declared volumes (the whole average, or all), or -1 where none says. */
    private static long rowsOf(DocField.Embedded e, DocShape holder, DocumentDesign design) {
        return design.relations().stream()
                .filter(r -> r.kind() == RelationChoice.Kind.EMBED && r.entity().equals(holder.entity()) && r.field().equals(e.field()))
                .findFirst().map(r -> r.bound().most()).orElse(-1L);
    }

    /**
     * A value's bytes at the longest its type allows, in the BSON type the validator gives its column
     * ({@link TypeTable#bson}, an enum's a string), counted by {@link BsonWidth}. What the bytes of a string or a
     * binData hold is the column's: a type stored as one of those that is not listed here fails here, rather than be
     * counted at a size it does not have.
     */
    private static long value(Table table, Column c, Model model, DocumentDesign design, List<String> empty, String path) {
        ColumnType t = c.type();
        String bson = t.isEnum() ? "string" : TypeTable.bson(t);
        return switch (bson) {
            case "" -> {
                // A value of any type (a json): counted as null, the least it may be.
                empty.add(path);
                yield BsonWidth.of("null");
            }
            case "string" -> BsonWidth.string(textBytes(table, c, model, design, empty, path));
            case "binData" -> BsonWidth.binData(binaryBytes(c, empty, path));
            default -> BsonWidth.of(bson);
        };
    }

    /** The most UTF-8 bytes a column stored as a BSON string holds (0, and named in {@code empty}, where nothing bounds it). */
    private static long textBytes(Table table, Column c, Model model, DocumentDesign design, List<String> empty, String path) {
        ColumnType t = c.type();
        if (t.isEnum()) {
            long longest = 0;
            for (EnumMember m : model.enumType(t.enumName()).orElseThrow().values()) {
                longest = Math.max(longest, m.dbValue().getBytes(StandardCharsets.UTF_8).length);
            }
            return longest;
        }
        return switch (t.kind()) {
            // ISO text: 2024-01-31, 09:30:00.
            case DATE -> 10;
            case TIME -> 8;
            case STRING, CHAR -> {
                Text text = text(table, c, design);
                if (text.chars() == null || text.constrained()) {
                    empty.add(path);
                    yield 0;
                }
                yield 4L * text.chars();
            }
            case TEXT -> {
                empty.add(path);
                yield 0;
            }
            default -> throw new IllegalStateException("no longest text for a " + t.kind() + " column stored as a BSON string");
        };
    }

    /** The bytes of a column stored as a BSON binData (0, and named in {@code empty}, where nothing bounds them). */
    private static long binaryBytes(Column c, List<String> empty, String path) {
        ColumnType t = c.type();
        return switch (t.kind()) {
            // A UUID's 128 bits, binData subtype 4.
            case UUID -> 16;
            case BYTES -> {
                if (t.length() == null) {
                    empty.add(path);
                    yield 0;
                }
                yield t.length();
            }
            default -> throw new IllegalStateException("no longest value for a " + t.kind() + " column stored as a BSON binData");
        };
    }

    /** The most characters a text column holds ({@code null}: no bound), and whether a pattern or compared value constrains which. */
    private record Text(Integer chars, boolean constrained) {}

    /**
     * What the checks say of a text column: its type's length, narrowed by a length check; a pattern or a comparison
     * with a value constrains it. A key of another row holds what that row's column holds.
     */
    private static Text text(Table table, Column c, DocumentDesign design) {
        Integer chars = c.type().length();
        boolean constrained = false;
        for (Check check : table.checks()) {
            for (Check.Term term : check.terms()) {
                if (term instanceof Check.Length l && l.column().equals(c.name()) && l.max() != null) {
                    chars = chars == null ? l.max() : Math.min(chars, l.max());
                } else if (term instanceof Check.Pattern p && p.column().equals(c.name())) {
                    constrained = true;
                } else if (term instanceof Check.Compare cmp && cmp.column().equals(c.name())) {
                    constrained = true;
                }
            }
        }
        if (c.referencedColumn() != null) {
            for (ForeignKey fk : table.foreignKeys()) {
                int at = fk.columns().indexOf(c.name());
                if (at < 0) continue;
                Table target = design.catalog().table(fk.referencedTable()).orElse(null);
                if (target == null) return new Text(null, true);
                Text there = text(target, target.requireColumn(fk.referencedColumns().get(at)), design);
                chars = chars == null ? there.chars() : there.chars() == null ? chars : Math.min(chars, there.chars());
                constrained |= there.constrained();
            }
        }
        return new Text(chars, constrained);
    }
}
