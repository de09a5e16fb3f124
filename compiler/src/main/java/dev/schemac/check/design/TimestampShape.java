package dev.schemac.check.design;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.analysis.TimestampFields;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.Origin;
import dev.schemac.source.Span;
import java.util.HashSet;
import java.util.List;

/**
 * SC702: {@code created_at} / {@code updated_at} declared by hand but not as the timestamps
 * they name. The implicit ones are always right; an entity (or mixin) that declares its own
 * replaces them, and then nothing else keeps them correct.
 */
@AutoService(Rule.class)
public final class TimestampShape extends Rule {
    public TimestampShape() {
        super("SC702", Severity.WARNING, "created_at / updated_at is not a timestamp",
                "Every table carries `created_at` and `updated_at` unless it opts out (`timestamps = false` "
                + "in the header, `@@timestamps(false)` on the entity). The compiler adds them as "
                + "`datetime = now()` and `datetime = now() @updated`. A field declared with one of these "
                + "names replaces the implicit one, and documents, seed data and the ORMs all treat it as "
                + "the row's creation or update time; so it must be a non-null `datetime` defaulting to "
                + "`now()`, and `updated_at` must be `@updated` so every update sets it.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        var reported = new HashSet<Span>();
        for (Entity e : context.model().entities()) {
            for (String name : TimestampFields.NAMES) {
                var f = e.field(name);
                if (f.isEmpty() || f.get().origin() == Origin.IMPLICIT || !reported.add(f.get().span())) continue;
                List<String> wrong = TimestampFields.problems(f.get());
                if (!wrong.isEmpty()) out.report(e, badShape(f.get().span(), name, wrong));
            }
        }
    }

    Diagnostic badShape(Span at, String name, List<String> problems) {

        String said = problems.size() == 1 ? problems.get(0)
                : String.join(", ", problems.subList(0, problems.size() - 1)) + " and " + problems.get(problems.size() - 1);
        return finding(at, Quoted.name(name) + " " + said,
                s -> "declare it as " + Quoted.name(s.field(name, "datetime", "now()", name.equals("updated_at") ? List.of("updated") : List.of()))
                        + (s.implicitTimestamps() ? ", or remove it to get the implicit one" : ""));
    }
}
