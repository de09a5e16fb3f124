package dev.schemac.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one known way two front ends' outputs differ today: the design document lists the
 * checks' findings as {@code - line N: CODE ...}, with .schema line numbers and in source
 * order, which a Java model cannot share (reported to the lead as a core issue of the docs
 * target). Tests use this to tell exactly that difference from any other: the findings
 * must still be the same ones, only their line numbers and order may differ; every other
 * line must be identical. Once the document stops printing positions, nothing matches here.
 */
final class SourcePositions {
    private static final Pattern FINDING = Pattern.compile("^- line (\\d+|\\?): (SC\\d+ .*)$");

    private SourcePositions() {}

    static boolean onlyFindingPositionsDiffer(String path, String expected, String actual) {
        if (!path.endsWith("Database_Design.md")) return false;
        var e = split(expected);
        var a = split(actual);
        return e.rest.equals(a.rest) && e.findings.equals(a.findings);
    }

    private record Parts(List<String> rest, List<String> findings) {}

    private static Parts split(String text) {
        var rest = new ArrayList<String>();
        var findings = new ArrayList<String>();
        for (String line : text.split("\n", -1)) {
            var m = FINDING.matcher(line);
            if (m.matches()) {
                findings.add(m.group(2));
                rest.add("- line ?: ?");
            } else {
                rest.add(line);
            }
        }
        findings.sort(null);
        return new Parts(rest, findings);
    }

    static final String KNOWN = "Database_Design.md lists findings with .schema line numbers in source order, which"
            + " annotated Java cannot reproduce (core issue of the docs target, reported); everything else matched";
}
