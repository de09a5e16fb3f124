package dev.schemac.gen.prisma;

import dev.schemac.model.EnumMember;
import dev.schemac.model.EnumType;
import dev.schemac.naming.Names;
import dev.schemac.naming.TargetNames;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns schemac names into valid Prisma identifiers. Prisma requires a letter first
 * ({@code [A-Za-z][A-Za-z0-9_]*}), while the language also allows a leading underscore.
 */
final class Identifiers {
    private Identifiers() {}

    /**
     * {@code password_hash} → {@code passwordHash}; a stored name first becomes identifier text
     * ({@link TargetNames#identifier}: {@code au thor} → {@code auThor}).
     */
    static String field(String name) {
        return letterFirst(Names.camel(TargetNames.identifier(name, TargetNames.Alphabet.ASCII)), "field");
    }

    /**
     * The names of an enum's values, by model name: as written, but starting with a letter
     * ({@code _draft} → {@code draft}, mapped to the stored value). Names already valid are claimed
     * first, so only a changed name can meet another and take a number.
     */
    static Map<String, String> enumValues(EnumType e) {
        var names = NameSet.caseSensitive();
        var out = new LinkedHashMap<String, String>();
        for (EnumMember v : e.values()) if (letterFirst(v.name(), "").equals(v.name())) out.put(v.name(), names.claim(v.name()));
        for (EnumMember v : e.values()) out.computeIfAbsent(v.name(), n -> names.claim(letterFirst(n, "value")));
        var ordered = new LinkedHashMap<String, String>();
        for (EnumMember v : e.values()) ordered.put(v.name(), out.get(v.name()));
        return ordered;
    }

    private static String letterFirst(String s, String fallback) {
        int i = 0;
        while (i < s.length() && !Character.isLetter(s.charAt(i))) i++;
        return i == s.length() ? fallback : s.substring(i);
    }

    /** A model or enum name: {@code user_account} → {@code UserAccount}, renamed when Prisma reserves it ({@link TargetNames#prismaType}). */
    static String type(String name) {
        return TargetNames.prismaType(name).name();
    }
}
