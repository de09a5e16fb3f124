package dev.schemac.pull.lift;

import dev.schemac.ast.Attribute;
import dev.schemac.ast.EntityDecl;
import dev.schemac.ast.FieldDecl;
import dev.schemac.ast.Member;
import dev.schemac.ast.SchemaFile;
import dev.schemac.diag.Diagnostic;
import dev.schemac.source.Span;
import java.util.HashMap;
import java.util.List;

/**
 * The compiler's errors on a pulled model that fall on a check attribute or a default the lift
 * wrote: a bound past the column type's range, a date the calendar has not, a value the
 * language refuses though the database took it. Each is learned into the ledger, so the next
 * lift keeps that one item as a comment and pulls the rest.
 */
final class Refusals {
    private Refusals() {}

    /** Whether any error was learned that was not known before. */
    static boolean learn(List<Diagnostic> errors, SchemaFile file, Draft draft, NameLedger ledger) {
        var tables = new HashMap<String, Draft.EntityDraft>();
        for (Object o : draft.entities) if (o instanceof Draft.EntityDraft e) tables.put(e.name, e);
        boolean learned = false;
        for (Diagnostic d : errors) {
            if (d.span() == null || d.span().file() != file.source()) continue;
            for (var decl : file.declarations()) {
                if (!(decl instanceof EntityDecl e) || !within(d.span(), e.span())) continue;
                Draft.EntityDraft entity = tables.get(e.name().text());
                if (entity == null) continue;
                for (Member m : e.members()) {
                    if (m instanceof FieldDecl f && within(d.span(), f.span())) {
                        String written = written(d.span(), f, line(entity, f.name().text()));
                        if (written != null) {
                            learned |= ledger.refused.putIfAbsent(NameLedger.refusedKey(entity.sourceTable, f.name().text(), written),
                                    "[" + d.code() + "] " + d.message()) == null;
                        }
                    }
                }
            }
        }
        return learned;
    }

    /** The attribute or {@code = default} of the lift's line that the span falls on, as the lift wrote it; or null. */
    private static String written(Span at, FieldDecl f, Draft.FieldLine line) {
        if (line == null) return null;
        if (f.defaultValue() != null && line.defaultValue() != null && within(at, f.defaultValue().span())) {
            return "= " + line.defaultValue();
        }
        List<Attribute> attrs = f.attributes();
        // The formatter keeps attributes in the order written, so the n-th is the lift's n-th.
        if (attrs.size() != line.attributes().size()) return null;
        for (int i = 0; i < attrs.size(); i++) {
            Attribute a = attrs.get(i);
            String text = line.attributes().get(i);
            if (within(at, a.span()) && text.startsWith(a.sigil() + a.name().text())) return text;
        }
        return null;
    }

    private static Draft.FieldLine line(Draft.EntityDraft entity, String field) {
        for (Draft.Member m : entity.members) if (m instanceof Draft.FieldLine l && l.name().equals(field)) return l;
        return null;
    }

    private static boolean within(Span inner, Span outer) {
        return inner.start() >= outer.start() && inner.end() <= outer.end();
    }
}
