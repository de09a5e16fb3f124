package dev.schemac.render.files;

import dev.schemac.render.text.PlainText;
import java.util.regex.Pattern;

/**
 * Model text in the name of a generated file (the decision record is named after the
 * feature, or the schema). A name that a shell, a file system or a path join could read
 * as something else cannot be written: the resolver admits only letters, digits,
 * {@code _ - .}, starting with a letter or digit, and at most {@link #MAX} characters (file
 * systems take 255 bytes per name, and the name gets a suffix). Anything else reaching
 * here is a compiler bug and fails loudly.
 */
public final class FileNames {
    /** The longest model text a file name is built from. */
    public static final int MAX = 100;

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private FileNames() {}

    public static boolean isSafe(String s) {
        return s.length() <= MAX && SAFE.matcher(s).matches();
    }

    /** The text as one path segment of a file name. */
    public static String segment(String s) {
        if (!isSafe(s)) throw new IllegalArgumentException("not a safe file name part: " + PlainText.visible(s));
        return s;
    }
}
