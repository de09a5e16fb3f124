package dev.schemac.processor;

import java.util.Locale;

/**
 * Hibernate's physical names under the naming strategy Spring Boot configures
 * ({@code CamelCaseToUnderscoresNamingStrategy}): an underscore between a lower-case letter
 * or digit and an upper-case letter followed by a lower-case one, then all lower case
 * ({@code orderItem} → {@code order_item}, {@code OrderItem} → {@code order_item}). The
 * strategy names every table and column but a quoted one: the names a mapping gives
 * ({@code @Table(name)}, {@code @Column(name)}, {@code @JoinColumn(name)}, the columns an
 * index lists) as well as the ones Hibernate derives; where that differs from the language's
 * name for the field, the field gets {@code @map}.
 */
final class JpaNames {
    private JpaNames() {}

    /**
     * A name a mapping gives, as the table or column Hibernate creates: in Hibernate's quotes
     * ({@code `eMail`}, {@code "order"}, {@code [order]}) the text as written, which the
     * strategy leaves alone (the targets quote what needs it themselves); otherwise through the
     * strategy ({@code fullName} is {@code full_name}). Null stays null.
     */
    static String given(String name) {
        if (name == null) return null;
        String text = name.strip();
        return quoted(text) ? text.substring(1, text.length() - 1) : physical(text);
    }

    /** Whether a name is in one of Hibernate's quotes ({@code `eMail`}, {@code "order"}, {@code [order]}). */
    static boolean quoted(String name) {
        String text = name.strip();
        return text.length() > 2 && (text.startsWith("`") && text.endsWith("`") || text.startsWith("\"") && text.endsWith("\"")
                || text.startsWith("[") && text.endsWith("]"));
    }

    static String physical(String logical) {
        var b = new StringBuilder(logical.replace('.', '_'));
        for (int i = 1; i < b.length() - 1; i++) {
            char before = b.charAt(i - 1), current = b.charAt(i), after = b.charAt(i + 1);
            if ((Character.isLowerCase(before) || Character.isDigit(before)) && Character.isUpperCase(current)
                    && (Character.isLowerCase(after) || Character.isDigit(after))) {
                b.insert(i++, '_');
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
