package dev.schemac.gen;

import dev.schemac.model.Dialect;
import dev.schemac.model.Model;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The dialects whose limits (SC504, SC540-SC545) are errors in a run: the model's dialect, a
 * dialect whose target the user named one by one ({@code -t mysql}), and the database of the
 * Prisma side ({@code prisma.provider}) when schema.prisma or Prisma Migrate folders are
 * written. A dialect a run writes only because every target is chosen is not among them: its
 * limits are a warning that its scripts are left out, since the model stands for its own
 * database. check, generate and migrate all ask here, so none of them exits 0 with a file the
 * user asked for missing. Every target a run runs asks, not only the chosen ones: a target run
 * because a chosen one reads it (migrations, read by docs) renders under the same set as when
 * it is chosen itself.
 */
public final class OwnDialects {
    private OwnDialects() {}

    /** For a run of {@code chosen} with {@code options} ({@link TargetOptions#named} says which were named). */
    public static Set<Dialect> of(Model model, TargetOptions options, Collection<Target> chosen) {
        var own = EnumSet.of(model.settings().dialect());
        for (Target t : Targets.running(chosen)) own.addAll(t.asks(model, options, options.named().contains(t.name())));
        return Set.copyOf(own);
    }
}
