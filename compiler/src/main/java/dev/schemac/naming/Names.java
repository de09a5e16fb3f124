package dev.schemac.naming;

import dev.schemac.model.Naming;
import dev.schemac.output.NameLimit;
import dev.schemac.output.Sha256;
import java.util.List;
import java.util.Locale;

/** Case conversion, plurals and length limits: the derivations the Catalog's names are built from. */
public final class Names {
    /** The strictest limit of the dialects schemac renders (PostgreSQL 63 bytes; MySQL allows 64 characters). */
    public static final int MAX_IDENTIFIER = 63;

    private Names() {}

    /**
     * The column of a foreign key named by convention: the relation field, then the referenced key
     * column ({@code author} to {@code users.id} → {@code author_id}); a {@code @map} replaces it.
     */
    public static String foreignKeyColumn(String field, String referencedColumn) {
        return field + "_" + referencedColumn;
    }

    /**
     * The field {@link #foreignKeyColumn} names {@code column} after, for a key to {@code referencedColumn}: what is left of
     * the column without {@code _referencedColumn} at its end; null where the column is not so named.
     */
    public static String foreignKeyField(String column, String referencedColumn) {
        String suffix = foreignKeyColumn("", referencedColumn);
        return column.endsWith(suffix) && column.length() > suffix.length()
                ? column.substring(0, column.length() - suffix.length()) : null;
    }

    /**
     * Words spelled with a capital inside that are one word, not two: {@code OAuth2Token} is
     * {@code oauth2_token}, not {@code o_auth2_token}. Only where the capitals cannot tell (a
     * single capital before a capitalised word reads as a word of one letter: {@code ATeam} is
     * {@code a_team}); an acronym's version ({@code IPv6}) and plural ({@code PDFs}) are read by
     * {@link #snake} itself.
     */
    static final List<String> ONE_WORD = List.of("OAuth", "iOS", "macOS", "GraphQL", "MySQL", "PostgreSQL", "NoSQL",
            "JavaScript", "TypeScript", "GitHub", "GitLab", "YouTube", "LinkedIn", "PayPal", "WiFi", "eBay", "iPhone", "iPad");

    /** The first letters of {@link #ONE_WORD}'s words. */
    private static final String ONE_WORD_STARTS = firstLetters(ONE_WORD);

    private static String firstLetters(List<String> words) {
        var b = new StringBuilder();
        for (String w : words) if (b.indexOf(w.substring(0, 1)) < 0) b.append(w.charAt(0));
        return b.toString();
    }

    /**
     * {@code OrderItem} → {@code order_item}; {@code HTTPRequest} → {@code http_request}. An
     * acronym keeps its plural s ({@code UserIDs} → {@code user_ids}, {@code PDFs} → {@code pdfs})
     * and its version ({@code IPv6Address} → {@code ipv6_address}).
     */
    public static String snake(String s) {
        var b = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String word = oneWordAt(s, i);
            if (word != null) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != '_') b.append('_');
                b.append(word.toLowerCase(Locale.ROOT));
                i += word.length() - 1;
            } else if (Character.isUpperCase(c)) {
                boolean prevLower = i > 0 && (Character.isLowerCase(s.charAt(i - 1)) || Character.isDigit(s.charAt(i - 1)));
                boolean nextLower = i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1));
                boolean prevUpper = i > 0 && Character.isUpperCase(s.charAt(i - 1));
                if (b.length() > 0 && b.charAt(b.length() - 1) != '_'
                        && (prevLower || (prevUpper && nextLower && !endsAcronym(s, i + 1)))) {
                    b.append('_');
                }
                b.append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Whether the lower case at {@code i}, after an acronym's last capital, is still the acronym's:
     * its plural s ({@code PDFs}, {@code URLsByHost}) or its version ({@code IPv6}, {@code APIv2}),
     * rather than the rest of a word that capital begins ({@code HTTPRequest}).
     */
    private static boolean endsAcronym(String s, int i) {
        char c = s.charAt(i);
        boolean alone = i + 1 == s.length() || !Character.isLowerCase(s.charAt(i + 1));
        if (c == 's') return alone;
        return c == 'v' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1));
    }

    /** The {@link #ONE_WORD} word that starts at {@code i} as a word of its own, or null. */
    private static String oneWordAt(String s, int i) {
        // Most letters begin none of them: snake_case runs this at every letter of every name a rule reads.
        if (ONE_WORD_STARTS.indexOf(s.charAt(i)) < 0) return null;
        char prev = i == 0 ? '_' : s.charAt(i - 1);
        for (String w : ONE_WORD) {
            if (!s.startsWith(w, i)) continue;
            boolean startsWord = prev == '_' || Character.isDigit(prev) || Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(prev);
            int end = i + w.length();
            // Its own plural s is its own too (`iPhones`).
            if (end < s.length() && s.charAt(end) == 's' && (end + 1 == s.length() || !Character.isLowerCase(s.charAt(end + 1)))) end++;
            boolean endsWord = end == s.length() || !Character.isLowerCase(s.charAt(end));
            if (startsWord && endsWord) return s.substring(i, end);
        }
        return null;
    }

    /**
     * Whether an entity's name is an acronym with a plural s ({@code PDFs}, {@code FAQs},
     * {@code UserIDs}): two capitals or more, then a lower-case {@code s} that ends the name. Its
     * snake_case is the plural already ({@code pdfs}), which the English rules would not take for one.
     */
    public static boolean isAcronymPlural(String name) {
        int n = name.length();
        if (n < 3 || name.charAt(n - 1) != 's') return false;
        return Character.isUpperCase(name.charAt(n - 2)) && Character.isUpperCase(name.charAt(n - 3));
    }

    /** {@code order_item} → {@code orderItem}. */
    public static String camel(String snake) {
        var b = new StringBuilder(snake.length());
        boolean up = false;
        for (int i = 0; i < snake.length(); i++) {
            char c = snake.charAt(i);
            if (c == '_' && b.length() > 0) {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }

    /** {@code order_item} → {@code OrderItem}. */
    public static String pascal(String s) {
        String c = camel(s);
        return c.isEmpty() ? c : Character.toUpperCase(c.charAt(0)) + c.substring(1);
    }

    /** The English plural of the last word of a snake_case name: {@code order_item} → {@code order_items}. */
    public static String pluralize(String snake) {
        int cut = snake.lastIndexOf('_');
        String head = cut < 0 ? "" : snake.substring(0, cut + 1);
        String last = snake.substring(cut + 1);
        return head + English.plural(last).toLowerCase(Locale.ROOT);
    }

    /** The English singular of the last word of a snake_case name: {@code followers} → {@code follower}. */
    public static String singularize(String snake) {
        int cut = snake.lastIndexOf('_');
        return snake.substring(0, cut + 1) + English.singular(snake.substring(cut + 1)).toLowerCase(Locale.ROOT);
    }

    /** The table name of an entity under a naming setting. */
    public static String table(String entity, Naming naming) {
        return switch (naming) {
            case SNAKE_PLURAL -> isAcronymPlural(entity) ? snake(entity) : pluralize(snake(entity));
            case SNAKE -> snake(entity);
            case PRESERVE -> entity;
        };
    }

    /** The table of a many-to-many whose relation has no name: the left entity's name, then the right one's table. */
    public static String joinTable(String leftEntity, String rightTable) {
        return snake(leftEntity) + "_" + rightTable;
    }

    /** {@code prefix_part_part...}, shortened past the identifier limit. */
    public static String constraint(String prefix, String table, List<String> parts) {
        var b = new StringBuilder(prefix).append('_').append(table);
        for (String p : parts) b.append('_').append(p);
        return shorten(b.toString());
    }

    /**
     * The name PostgreSQL holds for {@code name}: it cuts an identifier past {@link #MAX_IDENTIFIER} bytes to its
     * first whole characters that fit, without a word. What an earlier release wrote unshortened is held so.
     */
    public static String truncated(String name) {
        return prefixOfBytes(name, MAX_IDENTIFIER);
    }

    /**
     * Deterministic shortening: a prefix of the name and 8 hex digits of its SHA-256, so
     * two long names that share a prefix still differ, and the same name always shortens
     * the same way.
     */
    public static String shorten(String name) {
        if (bytes(name) <= MAX_IDENTIFIER) return name;
        String hash = Sha256.hex(name).substring(0, 8);
        String head = prefixOfBytes(name, MAX_IDENTIFIER - 9);
        while (head.endsWith("_")) head = head.substring(0, head.length() - 1);
        return head + "_" + hash;
    }

    /** The length PostgreSQL counts against {@link #MAX_IDENTIFIER}: bytes of UTF-8, not characters. */
    public static int bytes(String name) {
        return NameLimit.bytes(name);
    }

    /** The longest prefix of whole characters that fits in {@code max} bytes of UTF-8. */
    static String prefixOfBytes(String s, int max) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            int n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (used + n > max) break;
            used += n;
            i += Character.charCount(c);
        }
        return s.substring(0, i);
    }
}
