package dev.schemac.resolve;

import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.FieldCheck;
import dev.schemac.model.Model;
import dev.schemac.source.Span;
import java.util.HashSet;

/** Every {@code @pattern} held against the portable dialect ({@link PatternDialect}); a field from a mixin once. */
final class PatternCheck {
    private final Diagnostics diags;

    PatternCheck(Diagnostics diags) { this.diags = diags; }

    void run(Model model) {
        var done = new HashSet<Span>();
        for (Entity e : model.entities()) {
            for (Field f : e.fields()) {
                for (FieldCheck c : f.checks()) {
                    if (!(c instanceof FieldCheck.Pattern p) || !done.add(c.span())) continue;
                    PatternDialect.Problem problem = PatternDialect.check(p.regex());
                    if (problem == null) continue;
                    String field = e.name() + "." + f.name();
                    if (problem.count() >= 0) diags.add(Messages.patternRepetitionTooLarge(c.span(), field, problem.count()));
                    else diags.add(Messages.patternNotPortable(c.span(), field, problem.construct() + " (at character "
                            + (problem.at() + 1) + ")", problem.why()));
                }
            }
        }
    }
}
