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

    /**
     * Every table and column of the database is in the model under its own name, or a warning
     * names it (the table, or the table and column): pull leaves nothing out unsaid.
     */
    static void assertNothingSilentlyDropped(LiveSchema live, dev.schemac.pull.lift.PulledModel pulled,
                                             dev.schemac.catalog.Catalog model) {
        var tablesNamed = new java.util.HashSet<String>();
        var columnsNamed = new java.util.HashSet<String>();
        for (Leftover l : pulled.leftovers()) {
            if (l.kind() == Leftover.Kind.TABLE) tablesNamed.add(l.table());
            if (l.column() != null) columnsNamed.add(l.table() + "\0" + l.column());
        }
        for (var t : live.catalog().tables()) {
            var kept = model.table(t.name());
            if (kept.isEmpty()) {
                assertThat(tablesNamed).as("table `%s` is neither pulled nor named in a warning", t.name()).contains(t.name());
                continue;
            }
            var keptColumns = kept.get().columns().stream().map(dev.schemac.catalog.Column::name).collect(java.util.stream.Collectors.toSet());
            var info = live.info(t.name());
            var columns = info != null ? info.columnOrder() : t.columns().stream().map(dev.schemac.catalog.Column::name).toList();
            for (String c : columns) {
                if (keptColumns.contains(c)) continue;
                assertThat(columnsNamed).as("column `%s.%s` is neither pulled nor named in a warning", t.name(), c)
                        .contains(t.name() + "\0" + c);
            }
        }
    }
}
