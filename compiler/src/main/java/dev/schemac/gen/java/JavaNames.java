package dev.schemac.gen.java;

import dev.schemac.naming.Names;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java spellings of model names. Table and column names are never derived here: they come
 * from the Catalog; this only turns them into legal Java identifiers (a field may be called
 * {@code class}; a {@code @map} may hold spaces).
 */
final class JavaNames {
    private JavaNames() {}

    /** A legal identifier close to {@code name}; keywords and literals get a trailing {@code _}. */
    static String identifier(String name) {
        var b = new StringBuilder(name.length() + 1);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0 ? Character.isJavaIdentifierStart(c) : Character.isJavaIdentifierPart(c)) {
                b.append(c);
            } else if (i == 0 && Character.isJavaIdentifierPart(c)) {
                b.append('_').append(c); // a leading digit
            } else {
                b.append('_');
            }
        }
        String s = b.isEmpty() ? "_" : b.toString();
        // `_` alone is a keyword since Java 9.
        return SourceVersion.isKeyword(s) || s.equals("_") ? s + "_" : s;
    }

    /** {@code unit_price} → {@code unitPrice}; {@code order date} → {@code orderDate}. */
    static String member(String column) {
        return identifier(Names.camel(identifier(column)));
    }

    /** {@code unit_price} → {@code UNIT_PRICE}, legal. */
    static String constant(String column) {
        return identifier(column.toUpperCase(Locale.ROOT));
    }

    /** {@code items} → {@code Items}, legal. */
    static String nestedType(String name) {
        return typeName(Names.pascal(name));
    }

    /** A legal type name: {@code record}, {@code var} and the like are identifiers but not type names. */
    static String typeName(String name) {
        String s = identifier(name);
        return RESTRICTED_TYPE_NAMES.contains(s) ? s + "_" : s;
    }

    private static final Set<String> RESTRICTED_TYPE_NAMES = Set.of("var", "yield", "record", "sealed", "permits");

    static boolean isPackageName(String s) {
        if (s.isEmpty()) return false;
        for (String part : s.split("\\.", -1)) {
            if (!SourceVersion.isIdentifier(part) || SourceVersion.isKeyword(part)) return false;
        }
        return true;
    }

    /** The default package: the schema's name, made legal. */
    static String defaultPackage(String schema) {
        return identifier(schema.toLowerCase(Locale.ROOT));
    }

    /**
     * Hands out distinct names within one scope: a second {@code EMAIL} (columns
     * {@code Email} and {@code email} under {@code naming = preserve}) becomes {@code EMAIL_2}.
     */
    static final class Scope {
        private final Set<String> taken = new HashSet<>();

        Scope(String... reserved) { taken.addAll(Set.of(reserved)); }

        String claim(String wanted) {
            String name = wanted;
            for (int n = 2; !taken.add(name); n++) name = wanted + "_" + n;
            return name;
        }
    }
}
