package dev.schemac.gen.docs;

import dev.schemac.gen.TargetContext;
import dev.schemac.sample.SampleData;
import dev.schemac.render.text.Counts;
import dev.schemac.sample.Shortfall;
import java.util.List;

/**
 * What the seed scripts of this run hold and the command that prints them again: the row counts
 * the sample really has (a table short of {@code --rows} is named with its count, SC771), and
 * {@code schemac seed} with the run's seed, row count and timestamp, plus {@code --allow-fewer} when a table
 * is short (without it that command refuses the sample and exits 1).
 */
final class SeedCommand {
    private final TargetContext ctx;
    private final List<Shortfall> short_;

    SeedCommand(TargetContext ctx) {
        this.ctx = ctx;
        var o = ctx.options();
        this.short_ = SampleData.shared(ctx.catalog(), o.seed(), o.rows(), o.timestamp()).shortfalls();
    }

    /** "5 rows per table" or "5 rows per table except 2 in `slots` (SC771)". */
    String rows() {
        int asked = ctx.options().rows();
        String s = Counts.rows(asked) + " per table";
        if (short_.isEmpty()) return s;
        return s + " except " + Words.list(short_.stream().map(f -> f.made() + " in " + Words.name(f.table())).toList()) + " (SC771)";
    }

    /** The options that print the same rows, after {@code schemac seed}. */
    String options() {
        var o = ctx.options();
        // The rows are dated from the run's timestamp: the command names it, as the scripts' header does.
        return "--seed " + o.seed() + " --rows " + o.rows() + " --timestamp " + o.timestamp() + (short_.isEmpty() ? "" : " --allow-fewer");
    }
}
