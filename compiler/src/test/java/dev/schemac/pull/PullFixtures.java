package dev.schemac.pull;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.pull.lift.PulledModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Live databases for the pull tests, reached the way a user reaches them: by URL. */
final class PullFixtures {
    private PullFixtures() {}

    /** The database's URL as a user would type it (credentials inside, as DATABASE_URL usually has them). */
    static String url(LiveDb db) {
        if (db.sqliteFile() != null) return db.sqliteFile().toString();
        return switch (db.kind()) {
            case POSTGRES -> db.server().url("postgresql");
            case MARIADB -> db.server().url("mariadb");
            default -> db.server().url("mysql");
        };
    }

    static LiveSchema read(LiveDb db) throws PullFailure, DatabaseUrl.BadUrl {
        return Puller.read(DatabaseUrl.parse(url(db)), null);
    }

    static PulledModel pull(LiveDb db) throws Exception {
        return Puller.model(read(db), null, "pulled.schema");
    }

    static dev.schemac.model.Dialect dialect(Kind k) {
        return switch (k) {
            case SQLITE -> dev.schemac.model.Dialect.SQLITE;
            case POSTGRES -> dev.schemac.model.Dialect.POSTGRES;
            case MARIADB, MYSQL -> dev.schemac.model.Dialect.MYSQL;
        };
    }

    /** The create script of a compiled model for an engine, as `generate` writes it. */
    static String ddl(Compilation c, Kind k) {
        var d = dialect(k);
        var r = Targets.run(c, List.of(Targets.byName(d.id()).orElseThrow()), TargetOptions.defaults());
        assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
        return r.files().get("sql/" + d.id() + "/schema.sql");
    }

    /** Compiles model text held in memory; it must compile without errors. */
    static Compilation compile(String text) {
        var c = Compiler.compile(List.of(Path.of("pulled.schema")), p -> {
            if (!p.normalize().equals(Path.of("pulled.schema"))) throw new NoSuchFileException(p.toString());
            return text.getBytes(StandardCharsets.UTF_8);
        });
        assertThat(c.hasErrors()).as("the pulled model compiles: %s\n%s", c.diagnostics(), text).isFalse();
        return c;
    }

    /** The model text without its header's name, which is the database's (and so differs between databases). */
    static String withoutSchemaName(String text) {
        return text.replaceFirst("(?m)^schema \\S+ \\{", "schema _ {");
    }
}
