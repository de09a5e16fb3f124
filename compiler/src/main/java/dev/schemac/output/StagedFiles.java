package dev.schemac.output;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Files already staged, as a map from path to text that reads each file back when it is
 * asked for: what a target that quotes another's files (the design documents) is handed, so
 * that those files need not stay in memory from the moment they are rendered.
 */
final class StagedFiles extends AbstractMap<String, String> {
    private final Map<String, Content> staged;
    private final List<String> paths;
    private final Set<String> known;

    /** @param paths the files, in the order the map lists them; each must be in {@code staged} */
    StagedFiles(Map<String, Content> staged, List<String> paths) {
        this.staged = staged;
        this.paths = List.copyOf(paths);
        this.known = Set.copyOf(paths);
    }

    @Override public boolean containsKey(Object key) { return known.contains(key); }

    @Override public String get(Object key) {
        return known.contains(key) ? staged.get(key).text() : null;
    }

    @Override public int size() { return paths.size(); }

    @Override public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override public int size() { return paths.size(); }

            @Override public Iterator<Entry<String, String>> iterator() {
                var it = paths.iterator();
                return new Iterator<>() {
                    @Override public boolean hasNext() { return it.hasNext(); }

                    @Override public Entry<String, String> next() {
                        String p = it.next();
                        return new SimpleImmutableEntry<>(p, staged.get(p).text());
                    }
                };
            }
        };
    }
}
