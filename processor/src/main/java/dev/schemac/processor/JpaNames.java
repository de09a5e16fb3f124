package dev.schemac.processor;

import java.util.Locale;

/**
 * Hibernate's physical names under the naming strategy Spring Boot configures
 * ({@code CamelCaseToUnderscoresNamingStrategy}): an underscore between a lower-case letter
 * or digit and an upper-case letter followed by a lower-case one, then all lower case
 * ({@code orderItem} → {@code order_item}, {@code OrderItem} → {@code order_item}). A JPA
 * entity's table and columns are named so unless {@code @Table(name)} or
 * {@code @Column(name)} says otherwise; where that differs from the language's name for the
 * field, the field gets {@code @map}.
 */
final class JpaNames {
    private JpaNames() {}

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
