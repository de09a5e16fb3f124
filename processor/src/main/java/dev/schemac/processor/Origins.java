package dev.schemac.processor;

import dev.schemac.source.SourceFile;
import dev.schemac.source.Span;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * The bridge between syntax nodes and Java source. The processor has no text to point
 * into, so each type gets a {@link SourceFile} of its own whose offsets are handed out one
 * per node: every span the compiler reports back names exactly one {@link Origin}. Text
 * parsed from annotation values (checks, defaults) keeps its own small source file, which
 * maps as a whole to the annotation value it came from; it has the unit's path, and its text
 * starts at offsets of the unit reserved for it where the value is read, so diagnostics in it
 * sort among the unit's as a {@code .schema} file's would, by line.
 */
final class Origins {
    private record Key(SourceFile file, int offset) {}

    private final Map<Key, Origin> points = new HashMap<>();
    private final Map<SourceFile, Origin> wholeFiles = new IdentityHashMap<>();
    private final Map<SourceFile, int[]> next = new IdentityHashMap<>();
    private final Map<Element, Integer> places = new HashMap<>();

    /**
     * The kinds of unit, in the order a {@code .schema} file declares them: the header, then
     * enums, mixins and entities. Each kind numbers its units as they are read.
     */
    enum Unit { HEADER, ENUM, MIXIN, ENTITY }

    /** Places per kind: a unit's place is its kind's first place plus its number within the kind. */
    private static final int PER_UNIT = 10_000_000;

    private final int[] counts = new int[Unit.values().length];

    /**
     * A fresh file for the declarations read from one type or package. Diagnostics are
     * reported in source order, by path and then offset; a Java model's source order is its
     * declaration order, so the path starts with the unit's place in it (eight digits, so
     * that paths sort as places do): the header first, then the enums, mixins and entities,
     * each in the order they were read. A unit keeps the place it was first given.
     */
    SourceFile file(Element e, Unit unit) {
        Integer place = places.get(e);
        if (place == null) {
            int n = counts[unit.ordinal()]++;
            if (n >= PER_UNIT) throw new IllegalStateException("more than " + PER_UNIT + " units of one kind");
            place = unit.ordinal() * PER_UNIT + n;
            places.put(e, place);
        }
        var f = new SourceFile(padded(place) + " " + ElementNames.qualifiedName(e), "");
        next.put(f, new int[] {0});
        return f;
    }

    /** {@code String.format("%08d", place)}, without a formatter per file. */
    private static String padded(int place) {
        String digits = Integer.toString(place);
        return "00000000".substring(Math.min(8, digits.length())) + digits;
    }

    /** Gives these units the first places, in this order (before any file is made). */
    void placeFirst(List<? extends Element> units) {
        for (Element e : units) {
            if (!places.containsKey(e)) places.put(e, counts[Unit.HEADER.ordinal()]++);
        }
    }

    /**
     * Whether the units placed so far sort as they come first in {@code order}: false when a
     * unit that is two kinds of declaration at once was read as the later kind first.
     */
    boolean placedAsIn(List<? extends Element> order) {
        var seen = new java.util.HashSet<Element>();
        int last = -1;
        for (Element e : order) {
            Integer place = places.get(e);
            if (place == null || !seen.add(e)) continue;
            if (place <= last) return false;
            last = place;
        }
        return true;
    }

    /** A span no other node has, remembered as standing for {@code origin}. */
    Span span(SourceFile file, Origin origin) {
        int[] n = next.get(file);
        int at = n[0]++;
        points.put(new Key(file, at), origin);
        return new Span(file, at, at + 1);
    }

    /**
     * {@code length} offsets of {@code file} that no node will take, the first returned: text parsed from an annotation
     * value gets them, so that what is said of it sorts where the value stands among the unit's nodes.
     */
    int reserve(SourceFile file, int length) {
        int[] n = next.get(file);
        int at = n[0];
        n[0] += length;
        return at;
    }

    /** Every span inside {@code file} stands for {@code origin}. */
    void wholeFile(SourceFile file, Origin origin) {
        wholeFiles.put(file, origin);
    }

    /** Where a reported span points in the Java source; null for spans the processor did not make. */
    Origin find(Span span) {
        if (span == null) return null;
        Origin whole = wholeFiles.get(span.file());
        return whole != null ? whole : points.get(new Key(span.file(), span.start()));
    }
}
