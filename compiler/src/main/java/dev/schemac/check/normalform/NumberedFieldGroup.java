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
import java.util.TreeSet;

/**
 * SC801: a repeating group spelled as numbered fields ({@code phone1}, {@code phone2}). Two
 * fields with one stem and consecutive numbers are needed, so {@code ipv4}/{@code ipv6} and
 * {@code sha1}/{@code sha256} are left alone.
 */
@AutoService(Rule.class)
public final class NumberedFieldGroup extends NormalFormRule {
    public NumberedFieldGroup() {
        super("SC801", Severity.WARNING, "Numbered field group (repeating group, 1NF)",
                "Fields such as `phone1`, `phone2`, `phone3` are one repeating value written out as "
                + "columns: first normal form asks for one value per field and no repeating groups. The "
                + "numbering fixes how many values there can be, leaves most of them empty, and makes "
                + "every query that looks for a value test each column. Model the values as an entity of "
                + "their own with a to-one field back to this one (`PhoneNumber { owner Customer  number "
                + "string(30) }` and `phones PhoneNumber[]`).");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        for (Entity e : context.model().entities()) {
            Map<String, List<Field>> groups = new LinkedHashMap<>();
            Map<String, TreeSet<Integer>> numbers = new LinkedHashMap<>();
            for (Field f : e.storedFields()) {
                Numbered n = Numbered.of(f.name());
                if (n == null) continue;
                String stem = Names.snake(n.stem()).toLowerCase(java.util.Locale.ROOT);
                groups.computeIfAbsent(stem, k -> new ArrayList<>()).add(f);
                numbers.computeIfAbsent(stem, k -> new TreeSet<>()).add(n.number());
            }
            groups.forEach((stem, fields) -> {
                if (fields.size() >= 2 && consecutive(numbers.get(stem))) {
                    out.report(e, group(fields.get(0).span(), e.name(), stem, fields.stream().map(Field::name).toList()));
                }
            });
        }
    }

    /**
     * A name read as {@code (.*?[a-z])_?([0-9]{1,2})} reads it, by hand: every field name of a
     * model is read, and most end in a letter. The number is the whole run of digits that ends
     * the name (one or two of them); before it an optional {@code _}, and before that the stem,
     * ending in a lower-case letter and holding no line terminator (which {@code .} skips).
     */
    record Numbered(String stem, int number) {
        static Numbered of(String name) {
            int digits = name.length();
            while (digits > 0 && isDigit(name.charAt(digits - 1))) digits--;
            int count = name.length() - digits;
            if (count < 1 || count > 2) return null;
            int stemEnd = digits > 0 && name.charAt(digits - 1) == '_' ? digits - 1 : digits;
            if (stemEnd == 0) return null;
            char last = name.charAt(stemEnd - 1);
            if (last < 'a' || last > 'z') return null;
            for (int i = 0; i < stemEnd; i++) if (isLineTerminator(name.charAt(i))) return null;
            return new Numbered(name.substring(0, stemEnd), Integer.parseInt(name.substring(digits)));
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

    Diagnostic group(Span at, String entity, String stem, List<String> fields) {
        String child = Names.pascal(Names.snake(entity).toLowerCase(java.util.Locale.ROOT) + "_" + stem);
        return finding(at, Quoted.name(entity) + " repeats " + Quoted.name(stem) + " as numbered fields: " + String.join(", ", fields),
                s -> "model the values as an entity " + Quoted.name(child) + " with a to-one field back to " + Quoted.name(entity)
                + ", and a list field " + Quoted.name(s.field(Names.pluralize(stem), child + "[]")) + " here");
    }
}
