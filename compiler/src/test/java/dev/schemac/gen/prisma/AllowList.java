package dev.schemac.gen.prisma;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The parity allow-list (compiler/src/test/resources/parity/allowlist.json, documented with
 * the same ids in docs/parity-allowlist.md): every difference a comparison may find between
 * schemac's outputs and a tool's view of them, each with its reason. A difference is allowed
 * only by an entry whose tool, comparison, provider and kind match and whose {@code object},
 * {@code ours} and {@code theirs} globs ({@code *} is any text) all match. Entries record when
 * they are used, so a test can find entries that nothing needs any more.
 */
final class AllowList {
    private static final AllowList INSTANCE = load(TestPaths.testResources().resolve("parity/allowlist.json"));

    record Entry(String id, String tool, Set<String> comparisons, Set<String> providers, String kind, String object,
                 String ours, String theirs, Set<String> explainedBy, String reason) {

        boolean matches(String tool, Difference d) {
            return this.tool.equals(tool) && comparisons.contains(d.comparison()) && providers.contains(d.provider())
                    && kind.equals(d.kind()) && glob(object, d.object()) && glob(ours, d.ours()) && glob(theirs, d.theirs());
        }
    }

    private final List<Entry> entries;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private AllowList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static AllowList get() { return INSTANCE; }

    List<Entry> entries() { return entries; }

    Set<String> used() { return Set.copyOf(used); }

    /**
     * The entry that allows the difference, or null. An entry with {@code explainedBy} (ids of
     * other entries) allows it only where {@code explained} says one of those entries allowed
     * a difference of the same table.
     */
    Entry allowing(String tool, Difference d, BiPredicate<Entry, Difference> explained) {
        for (Entry e : entries) {
            if (e.matches(tool, d) && (e.explainedBy().isEmpty() || explained.test(e, d))) {
                used.add(e.id());
                return e;
            }
        }
        return null;
    }

    /** The differences no entry allows. */
    List<Difference> unexplained(String tool, Collection<Difference> diffs, BiPredicate<Entry, Difference> explained) {
        var out = new ArrayList<Difference>();
        for (Difference d : diffs) if (allowing(tool, d, explained) == null) out.add(d);
        return out;
    }

    static boolean glob(String pattern, String value) {
        if (pattern == null) return true;
        if (value == null) return false;
        String regex = Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
        return Pattern.compile(regex, Pattern.DOTALL).matcher(value).matches();
    }

    static AllowList load(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            var out = new ArrayList<Entry>();
            for (JsonNode e : root.required("entries")) {
                out.add(new Entry(e.required("id").asText(), e.required("tool").asText(), strings(e.required("comparisons")),
                        strings(e.required("providers")), e.required("kind").asText(), text(e, "object"), text(e, "ours"),
                        text(e, "theirs"), e.has("explainedBy") ? strings(e.get("explainedBy")) : Set.of(),
                        e.required("reason").asText()));
            }
            return new AllowList(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the allow-list " + file, e);
        }
    }

    private static Set<String> strings(JsonNode array) {
        var out = new java.util.LinkedHashSet<String>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String text(JsonNode e, String field) {
        JsonNode n = e.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
