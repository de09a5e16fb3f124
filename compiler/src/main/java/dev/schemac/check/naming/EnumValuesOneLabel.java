package dev.schemac.check.naming;

import com.google.auto.service.AutoService;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.diag.Severity;
import dev.schemac.model.EnumMember;
import dev.schemac.model.EnumType;
import dev.schemac.render.markdown.Quoted;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;

/**
 * SC610: `IN PROGRESS` in an enum written one value per line. Several values on one line are the
 * language's own (`enum Size { S M L }`), so the two words are two values; only the layout says
 * they were meant as one label. Said when exactly one line holds two values, apart by spaces only,
 * and every other line of the enum holds one value: an enum written on one line, or in rows of
 * several values, is left alone. The two must be all their line holds (a comment after them aside):
 * values that share a line with the enum's braces (`enum Size { S M` then `L }`) are written in
 * rows beside the braces, not one per line.
 */
@AutoService(Rule.class)
public final class EnumValuesOneLabel extends Rule {
    public EnumValuesOneLabel() {
        super("SC610", Severity.WARNING, "Two enum values that read as one label",
                "Enum values are apart by spaces or new lines, so `IN PROGRESS` is two values, `IN` and `PROGRESS`. "
                + "When every other value of the enum stands on a line of its own and exactly one line holds two, "
                + "apart by spaces only, the two were most likely meant as one label: write `IN_PROGRESS` (or put "
                + "the two values on lines of their own). An enum written on one line (`enum Size { S M L }`) or in "
                + "rows of several values is not this case, nor are values on the lines of the braces (`enum Size { S M` "
                + "then `L }`).");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        for (EnumType en : context.model().enums()) {
            Map<Integer, List<EnumMember>> byLine = new TreeMap<>();
            for (EnumMember m : en.values()) byLine.computeIfAbsent(m.span().line(), l -> new ArrayList<>()).add(m);
            if (byLine.size() < 2) continue;
            List<List<EnumMember>> pairs = byLine.values().stream().filter(l -> l.size() > 1).toList();
            if (pairs.size() != 1 || pairs.get(0).size() != 2) continue;
            EnumMember a = pairs.get(0).get(0), b = pairs.get(0).get(1);
            String gap = a.span().file().slice(a.span().end(), b.span().start());
            if (gap.isEmpty() || !gap.chars().allMatch(c -> c == ' ')) continue;
            if (!aloneOnLine(a, b)) continue;
            out.report(finding(a.span().to(b.span()), "enum " + Quoted.name(en.name()) + " has " + Quoted.name(a.name()) + " and "
                    + Quoted.name(b.name()) + " on one line, two values where its other lines hold one",
                    "if " + Quoted.name(a.name() + " " + b.name()) + " is one label, write " + Quoted.name(a.name() + "_" + b.name())
                    + "; else put each value on a line of its own"));
        }
    }

    /** Whether the line of {@code a} and {@code b} holds nothing else than them, a comment after them aside. */
    private static boolean aloneOnLine(EnumMember a, EnumMember b) {
        var file = a.span().file();
        int line = a.span().line();
        String before = file.slice(file.lineStart(line), a.span().start());
        String after = file.slice(b.span().end(), file.lineStart(line) + file.lineText(line).length()).strip();
        return before.isBlank() && (after.isEmpty() || after.startsWith("//") || after.startsWith("/*"));
    }
}
