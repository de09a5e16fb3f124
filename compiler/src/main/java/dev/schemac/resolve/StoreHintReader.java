package dev.schemac.resolve;

import dev.schemac.render.text.PlainText;
import dev.schemac.render.markdown.Quoted;
import dev.schemac.lang.Attributes;
import dev.schemac.ast.Attribute;
import dev.schemac.ast.Value;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.model.CacheHint;
import dev.schemac.model.EntityStore;
import dev.schemac.model.FieldType;
import dev.schemac.model.KeyPattern;
import dev.schemac.model.ScalarKind;
import dev.schemac.model.Ttl;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the document and key-value attributes ({@code @ttl}, {@code @@collection},
 * {@code @@cache}): their arguments, durations and key patterns. What needs the paired
 * relations (embedding, shard keys against uniques) is checked later by {@link StoreHintsCheck}.
 */
final class StoreHintReader {
    /** Units of a duration, largest first, with their length in seconds. */
    private static final Map<Character, Long> UNITS = Map.of('w', 604_800L, 'd', 86_400L, 'h', 3_600L, 'm', 60L, 's', 1L);
    private static final String UNIT_ORDER = "wdhms";
    private static final Pattern TERM = Pattern.compile("(\\d+)([a-z])");
    /** MongoDB's {@code expireAfterSeconds} is a 32-bit integer; Redis takes 64 bits. */
    static final long MAX_SECONDS = Integer.MAX_VALUE;
    private static final Pattern KEY_LITERAL = Pattern.compile("[A-Za-z0-9_:.\\-]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");

    private final Diagnostics diags;

    StoreHintReader(Diagnostics diags) { this.diags = diags; }

    /** {@code @ttl("30d")} on a datetime field, or null (reported). */
    Ttl fieldTtl(Attribute a, FieldType type) {
        var args = new Args(a, diags);
        if (!args.shape(1, 1)) return null;
        if (!(type instanceof FieldType.Scalar s && s.kind() == ScalarKind.DATETIME)) {
            diags.add(Messages.attributeNotAllowed(a.span(), a.display(),
                    "applies to datetime fields only: a row expires that long after the field's time"));
            return null;
        }
        var arg = args.positionals().get(0);
        var text = args.string(arg);
        return text.map(t -> duration(arg.span(), a.display(), t)).orElse(null);
    }

    /** {@code @@collection("name")}; the name is checked with the document design (StoreChecks). */
    EntityStore collection(Attribute a, EntityStore store) {
        var args = new Args(a, diags);
        if (!args.shape(1, 1)) return store;
        var name = args.string(args.positionals().get(0));
        return name.map(n -> store.withCollection(n, a.span())).orElse(store);
    }

    /**
     * {@code @@cache(ttl = "15m", key = "...")}; {@code fields} are the names placeholders may
     * use (implicit fields included), {@code lists} those that are list fields.
     */
    EntityStore cache(Attribute a, String entity, Collection<String> fields, Collection<String> lists, EntityStore store) {
        var args = new Args(a, diags);
        if (!args.shape(0, 0, Attributes.TTL_ARGUMENT, Attributes.KEY_ARGUMENT)) return store;
        Optional<Value> ttlArg = args.named(Attributes.TTL_ARGUMENT);
        if (ttlArg.isEmpty()) {
            args.problem(a.span(), "needs `ttl = \"...\"`: how long a cached row lives");
            return store;
        }
        var ttlText = args.string(ttlArg.get());
        var keyArg = args.named(Attributes.KEY_ARGUMENT);
        var keyText = keyArg.flatMap(args::string);
        if (args.failed() || ttlText.isEmpty()) return store;
        Ttl ttl = duration(ttlArg.get().span(), a.display(), ttlText.get());
        KeyPattern key = null;
        if (keyText.isPresent()) {
            key = keyPattern(keyArg.get().span(), keyText.get(), entity, fields, lists);
            if (key == null) return store;
        }
        if (ttl == null) return store;
        return store.withCache(new CacheHint(a.span(), ttl, key));
    }

    /** A duration such as {@code 1h30m}, or null (reported at {@code at}). */
    Ttl duration(Span at, String attr, String text) {
        long seconds = 0;
        int lastUnit = -1;
        int pos = 0;
        Matcher m = TERM.matcher(text);
        boolean any = false;
        while (pos < text.length()) {
            if (!m.find(pos) || m.start() != pos) {
                diags.add(Messages.badDuration(at, attr, text, ""));
                return null;
            }
            char unit = m.group(2).charAt(0);
            int order = UNIT_ORDER.indexOf(unit);
            if (order < 0) {
                diags.add(Messages.badDuration(at, attr, text, "unknown unit " + Quoted.name(String.valueOf(unit))));
                return null;
            }
            if (order <= lastUnit) {
                diags.add(Messages.badDuration(at, attr, text, "units must come largest first, each once"));
                return null;
            }
            lastUnit = order;
            String digits = m.group(1);
            if (digits.length() > 12) {
                diags.add(Messages.badDuration(at, attr, text, "longer than " + MAX_SECONDS + " seconds"));
                return null;
            }
            seconds += Long.parseLong(digits) * UNITS.get(unit);
            any = true;
            pos = m.end();
        }
        if (!any) {
            diags.add(Messages.badDuration(at, attr, text, ""));
            return null;
        }
        if (seconds == 0) {
            diags.add(Messages.badDuration(at, attr, text, "it is zero"));
            return null;
        }
        if (seconds > MAX_SECONDS) {
            diags.add(Messages.badDuration(at, attr, text, "longer than " + MAX_SECONDS + " seconds"));
            return null;
        }
        return new Ttl(at, text, seconds);
    }

    private KeyPattern keyPattern(Span at, String text, String entity, Collection<String> fields, Collection<String> lists) {
        var parts = new ArrayList<KeyPattern.Part>();
        Matcher m = PLACEHOLDER.matcher(text);
        int pos = 0;
        while (m.find()) {
            if (!literal(at, text, text.substring(pos, m.start()), parts)) return null;
            String name = m.group(1);
            if (name.isEmpty()) {
                diags.add(Messages.badKeyPattern(at, text, "has an empty placeholder `{}`"));
                return null;
            }
            if (!fields.contains(name)) {
                String hint = Suggest.closest(name, new ArrayList<>(fields));
                diags.add(Messages.badKeyPattern(at, text, "names no field " + Quoted.name(name) + " of " + Quoted.name(entity)
                        + "." + Messages.didYouMean(hint)));
                return null;
            }
            if (lists.contains(name)) {
                diags.add(Messages.badKeyPattern(at, text, "names the list field " + Quoted.name(name) + ", which has no value"));
                return null;
            }
            boolean startsSegment = m.start() == 0 || text.charAt(m.start() - 1) == ':';
            boolean endsSegment = m.end() == text.length() || text.charAt(m.end()) == ':';
            if (!startsSegment || !endsSegment) {
                diags.add(Messages.badKeyPattern(at, text, "puts `{" + name + "}` inside a segment; a placeholder fills a whole `:`-separated segment"));
                return null;
            }
            parts.add(new KeyPattern.Placeholder(name));
            pos = m.end();
        }
        if (!literal(at, text, text.substring(pos), parts)) return null;
        if (parts.stream().noneMatch(p -> p instanceof KeyPattern.Placeholder)) {
            diags.add(Messages.badKeyPattern(at, text, "has no {field} placeholder, so every row would get the same key"));
            return null;
        }
        return new KeyPattern(text, parts);
    }

    private boolean literal(Span at, String text, String literal, List<KeyPattern.Part> parts) {
        if (literal.isEmpty()) return true;
        if (literal.indexOf('{') >= 0 || literal.indexOf('}') >= 0) {
            diags.add(Messages.badKeyPattern(at, text, "has an unmatched `{` or `}`"));
            return false;
        }
        if (!KEY_LITERAL.matcher(literal).matches()) {
            int bad = literal.codePoints().filter(c -> !(c < 128 && KEY_LITERAL.matcher(Character.toString(c)).matches()))
                    .findFirst().orElse('?');
            diags.add(Messages.badKeyPattern(at, text, "contains "
                    + (Character.isISOControl(bad) || Character.isWhitespace(bad) ? PlainText.describe(bad) : Quoted.name(Character.toString(bad)))
                    + ", which keys do not take"));
            return false;
        }
        parts.add(new KeyPattern.Literal(literal));
        return true;
    }
}
