package dev.schemac.render.regex;

/**
 * The one meaning of a {@code @pattern} and how each engine is told it: the pattern matches
 * the whole value (no line break may follow the match), {@code .} matches every character,
 * line breaks included, and letters match case-sensitively. The resolver admits only
 * patterns every engine reads alike once wrapped here ({@code resolve.PatternDialect}).
 *
 * <p>Engines differ where a plain {@code ^(...)$} would leave it to them: under PCRE
 * (MariaDB, MongoDB), ICU (MySQL 8), Java and Python {@code re}, {@code $} also matches
 * before a final line break and {@code .} stops at one; PostgreSQL's ARE and Rust's regex
 * (pydantic) end {@code $} at the end of the text. Each form below closes that gap for its
 * engines.
 */
public final class WholeMatch {
    private WholeMatch() {}

    /** PostgreSQL's {@code ~} (ARE): {@code $} is the end of the text and {@code .} matches a line break already. */
    public static String postgres(String regex) {
        return "^(" + regex + ")$";
    }

    /**
     * MySQL 8's {@code REGEXP} (ICU) and MariaDB's (PCRE2): they compare with the column's
     * collation, which may ignore case, so {@code -i}; {@code s} for {@code .}; {@code \z} for
     * the very end.
     */
    public static String icuOrPcre(String regex) {
        return "(?s-i)^(" + regex + ")\\z";
    }

    /** pydantic's Rust regex: {@code $} is the end of the text; {@code s} for {@code .}. */
    public static String rust(String regex) {
        return "(?s)^(" + regex + ")$";
    }

    /**
     * A MongoDB {@code $jsonSchema} {@code pattern}: MongoDB runs it with PCRE, and JSON
     * Schema tools (ajv, in the project's own check) with ECMAScript, which knows neither
     * inline flags nor {@code \z}. So {@code .} is written {@code [\s\S]} and the end is
     * "no character follows", a form both read the same way.
     */
    public static String mongo(String regex) {
        return "^(?:" + dotsMatchingEverything(regex) + ")(?![\\s\\S])";
    }

    /** Whether {@code value} matches as the model means it: Java's {@code matches()} with DOTALL. */
    public static boolean matches(String regex, String value) {
        return java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.DOTALL).matcher(value).matches();
    }

    /** Each {@code .} outside a class and not escaped as {@code [\s\S]}; the rest as written. */
    static String dotsMatchingEverything(String regex) {
        var b = new StringBuilder(regex.length() + 16);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                b.append(c).append(regex.charAt(++i));
                continue;
            }
            // The dialect refuses a `]` first in a class and a class inside a class, so the first unescaped `]` ends it.
            if (inClass) {
                if (c == ']') inClass = false;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '.') {
                b.append("[\\s\\S]");
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }
}
