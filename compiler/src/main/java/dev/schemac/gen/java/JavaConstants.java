package dev.schemac.gen.java;

/**
 * What a Java class file holds as one string constant: at most 65,535 bytes of its modified
 * UTF-8 (a NUL and U+0080 to U+07FF take two, the rest of the Basic Multilingual Plane and each
 * half of a surrogate pair three). javac refuses a longer constant ("too long for the constant
 * pool"), and a constant expression of several literals is folded into one, so no spelling of
 * the literal fits it: what the java target writes as a constant (a table's and a column's name,
 * an enum's stored label) must fit, or {@code check} refuses it (SC952).
 */
final class JavaConstants {
    static final int MAX_BYTES = 65_535;

    private JavaConstants() {}

    /** The length of {@code s} in a class file's constant pool. */
    static long classFileBytes(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c >= 0x01 && c <= 0x7F ? 1 : c <= 0x7FF ? 2 : 3;
        }
        return n;
    }

    static boolean fits(String s) {
        // A char takes at most three bytes: most texts are decided without counting.
        return s.length() <= MAX_BYTES / 3 || classFileBytes(s) <= MAX_BYTES;
    }
}
