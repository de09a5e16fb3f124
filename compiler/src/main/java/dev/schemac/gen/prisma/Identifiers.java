package dev.schemac.gen.prisma;

import dev.schemac.naming.Names;

/**
 * Turns schemac names into valid Prisma identifiers. Prisma requires a letter first
 * ({@code [A-Za-z][A-Za-z0-9_]*}), while the language also allows a leading underscore.
 */
final class Identifiers {
    private Identifiers() {}

    /** {@code password_hash} → {@code passwordHash}. */
    static String field(String snake) {
        return orElse(stripLeading(Names.camel(snake)), "field");
    }

    /** A model or enum name: PascalCase ({@code user_account} → {@code UserAccount}), renamed when Prisma reserves it. */
    static String type(String name) {
        return PrismaReserved.safe(orElse(stripLeading(Names.pascal(name)), "Model"));
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetter(s.charAt(i))) i++;
        return s.substring(i);
    }

    private static String orElse(String s, String fallback) {
        return s.isEmpty() ? fallback : s;
    }
}
