package dev.schemac.gen.docs;

import com.google.auto.service.AutoService;
import dev.schemac.gen.OutputFile;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetContext;
import dev.schemac.model.Dialect;
import dev.schemac.output.Output;
import dev.schemac.render.files.FileNames;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The two hand-over documents: {@code Database_Design.md} and the decision record
 * {@code ai/decisions/<feature>_database_schema.md} (the schema's name stands in when it
 * declares no {@code feature}). They embed the other targets' output, which the runner
 * hands over ({@link #reads}), so the documents quote exactly the files that are handed over.
 */
@AutoService(Target.class)
public final class DocsTarget implements Target {
    @Override public String name() { return "docs"; }

    @Override
    public String description() {
        return "Design documents: Database_Design.md and ai/decisions/<feature>_database_schema.md";
    }

    /** The normal-form verdicts and the security findings are the checks'. */
    @Override
    public boolean readsAnalyses() { return true; }

    /** The diagrams, the DDL of every dialect, the SQLModel and Prisma code, migrations and seed data. */
    @Override
    public Set<String> reads() {
        var out = new TreeSet<>(Set.of("erd", "mermaid", "migrations", "prisma", "seed", "sqlmodel"));
        for (Dialect d : Dialect.values()) out.add(d.id());
        return out;
    }

    /** Nothing this target renders can fail: it reports nothing. */
    @Override
    public void check(TargetContext ctx) {}

    @Override
    public void generate(TargetContext ctx, Output out) {
        // Both documents describe the same migrations: diffed and described once.
        var migrations = MigrationSet.of(ctx);
        out.write(DESIGN, w -> new DesignDocument(ctx, migrations).render(w));
        out.write(decisionPath(ctx), w -> new DecisionRecord(ctx, migrations).render(w));
    }

    private static final String DESIGN = "Database_Design.md";

    /**
     * An earlier feature's decision record is kept when the next feature's run writes its own:
     * one record per feature, as the brief asks, and like the migrations it records, it is
     * history (the design document is always rewritten, so it is never stale).
     */
    @Override public boolean removesStaleFiles() { return false; }

    @Override
    public List<OutputFile> files(TargetContext ctx) {
        var at = ctx.model().anchor();
        return List.of(new OutputFile(DESIGN, at), new OutputFile(decisionPath(ctx), at));
    }

    /** The feature id names the record; a schema without one is named by the schema's name. */
    static String decisionPath(TargetContext ctx) {
        var s = ctx.model().settings();
        return "ai/decisions/" + FileNames.segment(s.feature() != null ? s.feature() : s.name()) + "_database_schema.md";
    }
}
