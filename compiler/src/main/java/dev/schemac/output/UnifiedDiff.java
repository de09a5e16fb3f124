package dev.schemac.output;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.schemac.render.text.PlainText;
import java.util.Arrays;
import java.util.List;

/** A unified diff ({@code diff -u} style, three lines of context) between a file's old and new text. */
public final class UnifiedDiff {
    private UnifiedDiff() {}

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
        for (String line : out) sb.append(line).append('\n');
        return sb.toString();
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) return List.of();
        String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return Arrays.asList(t.split("\n", -1));
    }
}
