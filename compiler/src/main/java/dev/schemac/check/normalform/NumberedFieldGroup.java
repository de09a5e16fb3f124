package dev.schemac.check.normalform;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.naming.Names;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * SC801: a repeating group spelled as numbered fields ({@code phone1}, {@code phone2},
 * {@code child1_name}, {@code child2_name}). Two fields with one stem and consecutive numbers are
 * needed, so {@code ipv4}/{@code ipv6} and {@code sha1}/{@code sha256} are left alone; so are
 * coordinates named by one letter ({@code x1}, {@code y1}, {@code x2}, {@code y2}: the corners of
 * one rectangle, a fixed shape, not a list) and protocol or algorithm versions ({@code http2},
 * {@code http3}).
 */
@AutoService(Rule.class)
public final class NumberedFieldGroup extends NormalFormRule {
    /** Stems whose number is a version or a level, not a position in a list. */
    static final Set<String> VERSIONED = Set.of("http", "ipv", "ip", "sha", "md", "utf", "oauth", "tls", "ssl", "v",
            "ver", "version", "ec", "s", "iso", "level", "l", "h", "python", "java", "es", "win", "api");

    public NumberedFieldGroup() {
        super("SC801", Severity.WARNING, "Numbered field group (repeating group, 1NF)",
                "Fields such as `phone1`, `phone2`, `phone3` (or `child1_name`, `child2_name`) are one "
                + "repeating value written out as columns: first normal form asks for one value per field "
                + "and no repeating groups. The numbering fixes how many values there can be, leaves most "
                + "of them empty, and makes every query that looks for a value test each column. Model the "
                + "values as an entity of their own with a to-one field back to this one (`PhoneNumber { "
                + "owner Customer  number string(30) }` and `phones PhoneNumber[]`). The rule reads names: "
                + "two or more fields with one stem and consecutive numbers, the number at the end or "
                + "between words. Coordinates named by one letter (`x1`, `y1`, `x2`, `y2`, the corners "
                + "of one rectangle) and versions (`http2`, `http3`, `ipv4`, `level2_cache`) are a fixed "
                + "shape, not a list, and are left alone.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        for (Entity e : context.model().entities()) {
            Map<String, List<Field>> groups = new LinkedHashMap<>();
            Map<String, TreeSet<Integer>> numbers = new LinkedHashMap<>();
            Map<String, Numbered> shapes = new LinkedHashMap<>();
            for (Field f : e.storedFields()) {
                Numbered n = Numbered.of(f.name());
                if (n == null || !n.listLike()) continue;
                String key = n.key();
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
                numbers.computeIfAbsent(key, k -> new TreeSet<>()).add(n.number());
                shapes.putIfAbsent(key, n);
            }
            groups.forEach((key, fields) -> {
                if (fields.size() >= 2 && consecutive(numbers.get(key))) {
                    Numbered n = shapes.get(key);
                    out.report(e, group(fields.get(0).span(), e.name(), n.displayStem(), n.childStem(),
                            fields.stream().map(Field::name).toList()));
                }
            });
        }
    }

    /**
     * A name read as {@code (.*[a-z])_?([0-9]{1,2})(_.*)?} reads it, by hand: every field name of
     * a model is read, and most hold no digit. The number is a whole run of one or two digits that
     * ends the name or is followed by {@code _} (the last such run); before it an optional
     * {@code _}, and before that the stem, ending in a lower-case letter; after it the suffix
     * ({@code _name} of {@code child1_name}, empty at the end). No part holds a line terminator
     * (which {@code .} skips).
     */
    record Numbered(String stem, int number, String suffix) {
        static Numbered of(String name) {
            for (int i = 0; i < name.length(); i++) if (isLineTerminator(name.charAt(i))) return null;
            int end = name.length();
            while (end > 0) {
                // The digit run ending at `end`, if one does.
                int start = end;
                while (start > 0 && isDigit(name.charAt(start - 1))) start--;
                int count = end - start;
                boolean followed = end == name.length() || name.charAt(end) == '_';
                if (count >= 1 && count <= 2 && followed) {
                    int stemEnd = start > 0 && name.charAt(start - 1) == '_' ? start - 1 : start;
                    if (stemEnd > 0) {
                        char last = name.charAt(stemEnd - 1);
                        if (last >= 'a' && last <= 'z') {
                            return new Numbered(name.substring(0, stemEnd), Integer.parseInt(name.substring(start, end)),
                                    name.substring(end));
                        }
                    }
                }
                end = count > 0 ? start - 1 : end - 1;
            }
            return null;
        }

        /** One group per stem and suffix: {@code child1_name} and {@code child2_name} are one. */
        String key() { return lower(stem) + "#" + lower(suffix); }

        /** The group as the message names it: {@code phone}, {@code childN_name}. */
        String displayStem() { return suffix.isEmpty() ? lower(stem) : lower(stem) + "N_" + lower(suffix.substring(1)); }

        private static String lower(String s) { return s.isEmpty() ? s : Names.snake(s).toLowerCase(java.util.Locale.ROOT); }

        /** The stem the proposed entity is named after: the stem, or the suffix after a one-letter stem ({@code q1_revenue}). */
        String childStem() {
            return lower(stem.length() >= 2 || suffix.isEmpty() ? stem : suffix.substring(1));
        }

        /**
         * Whether the numbers can count items of a list: a stem of one letter and no suffix is a
         * coordinate ({@code x1}, {@code y2}), a versioned stem a version ({@code http2}).
         */
        boolean listLike() {
            String bare = lower(stem);
            if (VERSIONED.contains(bare)) return false;
            return bare.length() >= 2 || !suffix.isEmpty();
        }

        private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

        private static boolean isLineTerminator(char c) {
            return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
        }
    }

    private static boolean consecutive(TreeSet<Integer> ns) {
        for (int n : ns) if (ns.contains(n + 1)) return true;
        return false;
    }

    Diagnostic group(Span at, String entity, String stem, String childStem, List<String> fields) {
        String child = Names.pascal(Names.snake(entity).toLowerCase(java.util.Locale.ROOT) + "_" + childStem);
        String back = Names.snake(entity).toLowerCase(java.util.Locale.ROOT);
        return finding(at, Quoted.name(entity) + " repeats " + Quoted.name(stem) + " as numbered fields: " + String.join(", ", fields),
                s -> "model the values as an entity " + Quoted.name(child) + " with a to-one field back to " + Quoted.name(entity)
                + ", and a list field "
                + Quoted.name(s.listField(Names.pluralize(childStem), child, back)) + " here");
    }
}
