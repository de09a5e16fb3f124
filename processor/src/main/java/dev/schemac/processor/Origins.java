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
 * maps as a whole to the annotation value it came from.
 */
final class Origins {
    private record Key(SourceFile file, int offset) {}

    private final Map<Key, Origin> points = new HashMap<>();
    private final Map<SourceFile, Origin> wholeFiles = new IdentityHashMap<>();
    private final Map<SourceFile, int[]> next = new IdentityHashMap<>();
    private final Map<Element, Integer> places = new HashMap<>();

    /**
     * A fresh file for the declarations read from one type or package. Diagnostics are
     * reported in source order, by path and then offset; a Java model's source order is its
     * declaration order, so the path starts with the unit's place in it: the header first,
     * then the types {@code @Schema(types)} lists, then the others as they are met.
     */
    SourceFile file(Element e) {
        Integer place = places.get(e);
        if (place == null) {
            place = places.size();
            places.put(e, place);
        }
        var f = new SourceFile(String.format("%08d %s", place, ElementNames.qualifiedName(e)), "");
        next.put(f, new int[] {0});
        return f;
    }

    /** Gives these units the first places, in this order (before any file is made). */
    void placeFirst(List<? extends Element> units) {
        for (Element e : units) places.putIfAbsent(e, places.size());
    }

    /** A span no other node has, remembered as standing for {@code origin}. */
    Span span(SourceFile file, Origin origin) {
        int[] n = next.get(file);
        int at = n[0]++;
        points.put(new Key(file, at), origin);
        return new Span(file, at, at + 1);
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
