package dev.schemac.output;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.schemac.render.text.PlainText;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff ({@code diff -u} style, three lines of context) between a file's old and new
 * text, that GNU patch and git apply carry out: a side's last line without a line break is
 * followed by {@code \ No newline at end of file} (so a change of the final line break alone is
 * a change), and an empty side is counted from line 0 ({@code @@ -0,0 +1,N @@} for a new file).
 */
public final class UnifiedDiff {
    private UnifiedDiff() {}

    /** The marker diff and git write after a side's last line when the file does not end with a line break. */
    static final String NO_NEWLINE = "\\ No newline at end of file";

    /**
     * Appended to a last line that has no line break, so it differs from the same text with one;
     * a NUL cannot occur in the text files compared here, and never reaches the output.
     */
    private static final String UNTERMINATED = "\u0000";

    /**
     * The diff of {@code path} from {@code before} (null: the file does not exist) to {@code after}.
     * The path in the header lines is shown by {@link PlainText#visible}: a path may hold anything.
     */
    public static String of(String path, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        var patch = DiffUtils.diff(a, b);
        if (patch.getDeltas().isEmpty()) return "";
        String shown = PlainText.visible(path);
        var out = UnifiedDiffUtils.generateUnifiedDiff(before == null ? "/dev/null" : "a/" + shown, "b/" + shown, a, patch, 3);
        var sb = new StringBuilder();
        for (String line : out) {
            if (line.startsWith("@@ ")) {
                // java-diff-utils counts an empty side from line 1; diff -u, and GNU patch, from line 0.
                if (a.isEmpty()) line = line.replaceFirst("^@@ -1,0 ", "@@ -0,0 ");
                if (b.isEmpty()) line = line.replaceFirst(" \\+1,0 @@", " +0,0 @@");
            }
            if (line.endsWith(UNTERMINATED)) {
                sb.append(line, 0, line.length() - UNTERMINATED.length()).append('\n').append(NO_NEWLINE).append('\n');
            } else {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) return List.of();
        boolean terminated = text.endsWith("\n");
        String t = terminated ? text.substring(0, text.length() - 1) : text;
        var out = new ArrayList<>(List.of(t.split("\n", -1)));
        if (!terminated) out.set(out.size() - 1, out.get(out.size() - 1) + UNTERMINATED);
        return out;
    }
}
