package dev.schemac.gen.sql;

import com.google.auto.service.AutoService;
import dev.schemac.gen.OutputFile;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetContext;
import dev.schemac.model.Dialect;
import dev.schemac.output.Output;
import dev.schemac.render.sql.Sql;
import java.util.List;

/**
 * The DDL targets: {@code sql/<dialect>/schema.sql} creates everything in dependency
 * order, {@code sql/<dialect>/drop.sql} removes it again. The statements come from the
 * shared SQL renderer, so migrations and seed data quote exactly as these scripts do.
 */
abstract class SqlTarget implements Target {
    abstract Dialect dialect();

    @Override
    public String name() {
        return dialect().id();
    }

    @Override
    public String description() {
        return "DDL for " + dialect().displayName() + " (sql/" + name() + "/schema.sql, drop.sql)";
    }

    /** Named one by one ({@code -t mysql}), the target's dialect is asked for: its limits are errors. */
    @Override
    public java.util.Set<Dialect> asks(dev.schemac.model.Model model, dev.schemac.gen.TargetOptions options, boolean named) {
        return named ? java.util.Set.of(dialect()) : java.util.Set.of();
    }

    @Override
    public void check(TargetContext ctx) {
        Sql.checkLimits(dialect(), ctx.ownDialects(), ctx.model(), ctx.catalog(), ctx::report);
    }

    @Override
    public void generate(TargetContext ctx, Output out) {
        Dialect d = dialect();
        check(ctx);
        if (!ctx.writes(d)) return;
        String schema = ctx.model().settings().name();
        out.write(path("schema"), Sql.create(d, ctx.catalog(), schema));
        out.write(path("drop"), Sql.drop(d, ctx.catalog(), schema));
    }

    private String path(String script) {
        return "sql/" + name() + "/" + script + ".sql";
    }

    @Override
    public List<OutputFile> files(TargetContext ctx) {
        if (!ctx.writes(dialect())) return List.of();
        var at = ctx.model().anchor();
        return List.of(new OutputFile(path("schema"), at), new OutputFile(path("drop"), at));
    }

    @AutoService(Target.class)
    public static final class Sqlite extends SqlTarget {
        @Override Dialect dialect() { return Dialect.SQLITE; }
    }

    @AutoService(Target.class)
    public static final class Postgres extends SqlTarget {
        @Override Dialect dialect() { return Dialect.POSTGRES; }
    }

    @AutoService(Target.class)
    public static final class Mysql extends SqlTarget {
        @Override Dialect dialect() { return Dialect.MYSQL; }
    }
}
