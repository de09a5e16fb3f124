package dev.schemac.gen.docs;

import dev.schemac.diag.Diagnostic;
import dev.schemac.model.Entity;
import dev.schemac.model.EnumType;
import dev.schemac.model.Model;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order the design document lists the checks' findings in: the model's, not the source's.
 * The two front ends number positions differently (a {@code .schema} file by character, annotated
 * Java by unit and node, its class-level annotations after its fields), so a list sorted by
 * position differs between them; the model's order of entities and enums is the same for both.
 * Findings of no entity or enum (the header, a mixin, a run's own) come first, then each entity's,
 * then each enum's; within one by code, then by what is said, which names the member.
 */
final class FindingOrder {
    private FindingOrder() {}

    static List<Diagnostic> sorted(List<Diagnostic> findings, Model model) {
        var units = new ArrayList<Span>();
        for (Entity e : model.entities()) units.add(e.span());
        for (EnumType e : model.enums()) units.add(e.span());
        Comparator<Diagnostic> order = Comparator.comparingInt((Diagnostic d) -> unit(d.span(), units))
                .thenComparing(Diagnostic::code)
                .thenComparing(Diagnostic::severity)
                .thenComparing(Diagnostic::message)
                .thenComparing(d -> d.help() == null ? "" : d.help());
        var out = new ArrayList<>(findings);
        out.sort(order);
        return List.copyOf(out);
    }

    /** 0 for no unit, else 1 + the unit's index: the entity or enum declaration the finding is written in. */
    private static int unit(Span at, List<Span> units) {
        if (at == null) return 0;
        for (int i = 0; i < units.size(); i++) {
            Span s = units.get(i);
            if (s != null && sameFile(s, at) && s.start() <= at.start() && at.start() < s.end()) return i + 1;
        }
        // A Java declaration stands at one point, the start of a file of its own (a unit per type): what is said in that file is its.
        int only = -1;
        for (int i = 0; i < units.size(); i++) {
            Span s = units.get(i);
            if (s == null || !sameFile(s, at)) continue;
            if (only >= 0) return 0;
            only = i;
        }
        if (only < 0) return 0;
        Span s = units.get(only);
        return s.end() - s.start() <= 1 && s.start() <= at.start() ? only + 1 : 0;
    }

    private static boolean sameFile(Span a, Span b) {
        return a.file().path().equals(b.file().path());
    }
}
