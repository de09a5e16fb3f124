package dev.schemac.gen.prisma;

import dev.schemac.naming.Names;
import dev.schemac.naming.TargetNames;

/**
 * Turns schemac names into valid Prisma identifiers. Prisma requires a letter first
 * ({@code [A-Za-z][A-Za-z0-9_]*}), while the language also allows a leading underscore.
 */
final class Identifiers {
    private Identifiers() {}

    /** {@code password_hash} → {@code passwordHash}. */
    static String field(String snake) {
        String s = Names.camel(snake);
        int i = 0;
        while (i < s.length() && !Character.isLetter(s.charAt(i))) i++;
        s = s.substring(i);
        return s.isEmpty() ? "field" : s;
    }

    /** A model or enum name: {@code user_account} → {@code UserAccount}, renamed when Prisma reserves it ({@link TargetNames#prismaType}). */
    static String type(String name) {
        return TargetNames.prismaType(name).name();
    }
}
