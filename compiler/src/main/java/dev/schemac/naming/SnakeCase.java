package dev.schemac.naming;

/**
 * What snake_case is: the naming rules (SC603, SC604, SC605) warn about a name that is not, and
 * the decision record's naming conventions call one a deviation by the same judgment.
 */
public final class SnakeCase {
    private SnakeCase() {}

    /**
     * Words of lower-case letters and digits joined by single {@code _}, starting with a letter:
     * {@code [a-z][a-z0-9]*(_[a-z0-9]+)*} in ASCII, and judged by letter case, not by alphabet,
     * beyond it: {@code имя_клиента} and {@code όνομα} are snake_case, {@code Имя} is not, and a
     * letter of a script without case ({@code 名前}) is lower case's equal, for no capital of it
     * exists. A mark continues its letter (Devanagari's vowel signs). Read by hand: every field,
     * column and table name of a model comes here, and most are snake_case already.
     */
    public static boolean is(String s) {
        if (s.isEmpty() || !isLower(s.codePointAt(0)) || s.charAt(s.length() - 1) == '_') return false;
        for (int i = Character.charCount(s.codePointAt(0)); i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c == '_') {
                if (s.charAt(i - 1) == '_') return false;
            } else if (!isLower(c) && !Character.isDigit(c) && !isMark(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** A letter that is not a capital: lower case, or of a script without case. */
    private static boolean isLower(int c) {
        if (c < 0x80) return c >= 'a' && c <= 'z';
        return Character.isLetter(c) && !Character.isUpperCase(c) && !Character.isTitleCase(c);
    }

    private static boolean isMark(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }
}
