package dev.schemac.gen.java;

import dev.schemac.naming.Names;
import dev.schemac.naming.ReservedWords;
import dev.schemac.naming.TargetNames;
import dev.schemac.render.text.PlainText;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java spellings of model names. Table and column names are never derived here: they come
 * from the Catalog; types, record components and constants are spelled by
 * {@link TargetNames}, which renames what Java reserves ({@code class} → {@code class_}).
 */
final class JavaNames {
    private JavaNames() {}

    /** {@code items} → {@code Items}, legal (a nested class name, to which {@code Join} is added). */
    static String nestedType(String name) {
        return TargetNames.javaIdentifier(Names.pascal(name));
    }

    /**
     * Dot-separated identifiers, none a keyword, none holding a character no reader sees: Java
     * takes controls and format characters (a right-to-left override, a zero-width space) into an
     * identifier and ignores them, so {@code x\u202E} compiles, but its package line and its folder
     * would show as other than they are.
     */
    static boolean isPackageName(String s) {
        if (s.isEmpty()) return false;
        for (String part : s.split("\\.", -1)) {
            if (!SourceVersion.isIdentifier(part) || ReservedWords.isJavaKeyword(part)) return false;
            if (!part.codePoints().allMatch(PlainText::isShownAsIs)) return false;
        }
        return true;
    }

    /** The default package: the schema's name, made legal. */
    static String defaultPackage(String schema) {
        String s = TargetNames.javaIdentifier(schema.toLowerCase(Locale.ROOT));
        return ReservedWords.isJavaKeyword(s) ? s + "_" : s;
    }

    /**
     * Hands out distinct names within one scope: a second {@code EMAIL} (columns
     * {@code Email} and {@code email} under {@code naming = preserve}) becomes {@code EMAIL_2}.
     */
    static final class Scope {
        private final Set<String> taken = new HashSet<>();

        String claim(String wanted) {
            String name = wanted;
            for (int n = 2; !taken.add(name); n++) name = wanted + "_" + n;
            return name;
        }
    }
}
