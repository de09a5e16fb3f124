package dev.schemac.gen.sqlmodel;

import com.google.auto.service.AutoService;
import dev.schemac.gen.OutputFile;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetContext;
import dev.schemac.output.Output;
import java.util.List;

/**
 * SQLModel classes ({@code sqlmodel/models.py}) for SQLModel 0.0.50+ on pydantic 2 and
 * SQLAlchemy 2: the Catalog's tables, keys, constraints and indexes with their exact
 * names, so that {@code create_all} builds what the DDL builds and Alembic finds nothing
 * to migrate between them. Decisions are documented in docs/targets/sqlmodel.md.
 */
@AutoService(Target.class)
public final class SqlModelTarget implements Target {
    @Override public String name() { return "sqlmodel"; }

    @Override public String description() { return "SQLModel classes for Python (sqlmodel/models.py)"; }

    /** Nothing this target renders can fail: it reports nothing. */
    @Override
    public void check(TargetContext ctx) {}

    @Override
    public void generate(TargetContext ctx, Output out) {
        var module = new PyModule(ctx.model(), ctx.catalog());
        out.write(PATH, new ModelsWriter(module).render());
    }

    private static final String PATH = "sqlmodel/models.py";

    @Override
    public List<OutputFile> files(TargetContext ctx) {
        return List.of(new OutputFile(PATH, ctx.model().anchor()));
    }
}
