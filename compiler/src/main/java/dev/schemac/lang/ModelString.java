package dev.schemac.lang;

/**
 * How text is written as a string of the model language: in double quotes, with the escapes the
 * lexer reads back ({@code \"}, {@code \\}, {@code \n}, {@code \t}, {@code \r}) and every other
 * character as it is. The one home of that spelling: the formatter, {@code schemac pull}'s
 * models and the help texts that suggest model source write strings through it, so what they
 * write parses to the text they mean.
 */
public final class ModelString {
    private ModelString() {}

    /** {@code la|b\el} → {@code "la|b\\el"}. */
    public static String quote(String s) {
        var b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
