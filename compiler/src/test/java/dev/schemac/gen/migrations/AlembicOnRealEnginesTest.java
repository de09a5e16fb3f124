package dev.schemac.gen.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.catalog.Table;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.testing.Database;
import dev.schemac.testing.Engine;
import dev.schemac.testing.Engines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated Alembic revision run by real Alembic: {@code upgrade head} creates every
 * table of the Catalog with its primary key, foreign keys and indexes by name;
 * {@code downgrade base} leaves only Alembic's own version table; and a second upgrade
 * works, which on PostgreSQL proves the downgrade dropped the enum types too.
 */
class AlembicOnRealEnginesTest {

    static Stream<Arguments> cases() throws Exception {
        var out = new ArrayList<Arguments>();
        for (Path m : dev.schemac.support.TestModels.relationalAndReservedOnDemand()) {
            for (String engine : List.of("sqlite", "postgres")) out.add(Arguments.of(engine, m.getFileName().toString(), m));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("cases")
    void upgradeHeadThenDowngradeBase(String engine, String name, Path model) throws Exception {
        Compilation c = Compiler.compile(List.of(model));
        var r = Targets.run(c, List.of(Targets.byName("migrations").orElseThrow()), TargetOptions.defaults());
        Path dir = Files.createTempDirectory("schemac-alembic");
        for (var e : r.files().entrySet()) {
            if (!e.getKey().startsWith("migrations/alembic/")) continue;
            Path p = dir.resolve(e.getKey().substring("migrations/".length()));
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
        Path scripts = dir.resolve("alembic");
        Database server = null;
        String url;
        if (engine.equals("sqlite")) {
            url = "sqlite:///" + dir.resolve("alembic.db");
        } else {
            server = Engines.freshDatabase(Engine.POSTGRES, "alembic_" + name.replace(".schema", ""));
            url = "postgresql+psycopg2://" + server.user() + ":" + server.password() + "@" + Engine.POSTGRES.host() + ":"
                    + Engine.POSTGRES.port() + "/" + server.name();
        }
        try {
            JsonNode up = alembic(scripts, url, "upgrade");
            assertThat(tableNames(up)).as("tables after upgrade head").containsExactlyElementsOf(expectedTables(c, true));
            for (JsonNode t : up.path("tables")) {
                Table table = c.catalog().table(t.path("name").asText()).orElse(null);
                if (table == null) continue;
                var fks = new TreeSet<String>();
                t.path("foreign_keys").forEach(fk -> fks.add(fk.path("name").asText()));
                assertThat(fks).as("foreign keys of %s", table.name())
                        .containsExactlyInAnyOrderElementsOf(table.foreignKeys().stream().map(f -> f.name()).toList());
                var indexes = new TreeSet<String>();
                t.path("indexes").forEach(i -> indexes.add(i.path("name").asText()));
                assertThat(indexes).as("indexes of %s", table.name())
                        .containsAll(table.indexes().stream().map(i -> i.name()).toList());
            }
            JsonNode down = alembic(scripts, url, "downgrade");
            assertThat(tableNames(down)).as("tables after downgrade base").containsExactly("alembic_version");
            JsonNode again = alembic(scripts, url, "upgrade");
            assertThat(tableNames(again)).containsExactlyElementsOf(expectedTables(c, true));
        } finally {
            if (server != null) server.close();
        }
    }

    private static List<String> expectedTables(Compilation c, boolean withVersion) {
        var names = new TreeSet<String>(c.catalog().tables().stream().map(Table::name).toList());
        if (withVersion) names.add("alembic_version");
        return List.copyOf(names);
    }

    private static List<String> tableNames(JsonNode doc) {
        var out = new TreeSet<String>();
        doc.path("tables").forEach(t -> out.add(t.path("name").asText()));
        return List.copyOf(out);
    }

    static JsonNode alembic(Path scripts, String url, String action) throws Exception {
        Path harness = Engines.root().resolve("tools/python/schemac_harness.py");
        var p = new ProcessBuilder(Engines.python().toString(), harness.toString(), "alembic", scripts.toString(), url, action)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS)) throw new IllegalStateException("alembic " + action + " did not finish");
        assertThat(p.exitValue()).as("alembic %s: %s", action, out).isZero();
        return new ObjectMapper().readTree(out);
    }
}
