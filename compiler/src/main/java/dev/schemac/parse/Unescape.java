package dev.schemac.parse;

/** Turns a string token's text into its value; reports the offset of a bad escape. */
final class Unescape {
    private Unescape() {}

    /** Result of unescaping: the value, or the offset (within the token) of the first bad escape. */
    record Result(String value, int badEscapeAt) {}

    static Result string(String token) {
        var b = new StringBuilder(token.length());
        int bad = -1;
        // token includes both quotes
        for (int i = 1; i < token.length() - 1; i++) {
            char c = token.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char n = token.charAt(++i);
            switch (n) {
                case '"' -> b.append('"');
                case '\\' -> b.append('\\');
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                default -> {
                    if (bad < 0) bad = i - 1;
                    b.append(n);
                }
            }
        }
        return new Result(b.toString(), bad);
    }
}
