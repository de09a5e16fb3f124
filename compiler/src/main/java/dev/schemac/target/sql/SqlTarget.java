package dev.schemac.target.sql;

import com.google.auto.service.AutoService;
import dev.schemac.output.Output;
import dev.schemac.target.Target;
import dev.schemac.target.TargetContext;

/**
 * The DDL targets: {@code sql/<dialect>/schema.sql} creates everything in dependency
 * order, {@code sql/<dialect>/drop.sql} removes it again. What a dialect cannot represent
 * is reported by {@link DialectLimits} before anything is rendered.
 */
abstract class SqlTarget implements Target {
    abstract SqlDialect dialect();

    @Override
    public String description() {
        return "DDL for " + dialect().dialect().displayName() + " (sql/" + name() + "/schema.sql, drop.sql)";
    }

    @Override
    public void generate(TargetContext ctx, Output out) {
        SqlDialect d = dialect();
        DialectLimits.check(d.dialect(), ctx);
        var w = new DdlWriter(d, ctx.catalog());
        String schema = ctx.model().settings().name();
        out.write("sql/" + name() + "/schema.sql", w.create(schema));
        out.write("sql/" + name() + "/drop.sql", w.drop(schema));
    }

    @AutoService(Target.class)
    public static final class Sqlite extends SqlTarget {
        @Override public String name() { return "sqlite"; }

        @Override SqlDialect dialect() { return new SqliteDialect(); }
    }

    @AutoService(Target.class)
    public static final class Postgres extends SqlTarget {
        @Override public String name() { return "postgres"; }

        @Override SqlDialect dialect() { return new PostgresDialect(); }
    }

    @AutoService(Target.class)
    public static final class Mysql extends SqlTarget {
        @Override public String name() { return "mysql"; }

        @Override SqlDialect dialect() { return new MysqlDialect(); }
    }
}
