package dev.schemac.gen.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.sql.ProvenDatabase;
import dev.schemac.testing.PythonHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables the Alembic revision and the SQLModel classes create on MariaDB are utf8mb4 with
 * utf8mb4_unicode_ci, as schema.sql's are, in a database whose default is latin1: a default
 * with an emoji (which latin1 cannot hold) is created and stored, whether Alembic or
 * {@code create_all} makes the table. The model's dialect is SQLite: the revision runs on
 * every database, and the options are MySQL's only.
 */
class MysqlTableOptionsTest {
    static final String SCHEMA = """
            schema wide {
              dialect = sqlite
            }

            entity Item {
              id    int @id
              title string(50) = "emoji 😀 €"
            }
            """;

    static final String READ = """
            import json
            import sys

            import sqlalchemy as sa

            engine = sa.create_engine(sys.argv[1])
            with engine.begin() as c:
                if sys.argv[2] == "models":
                    import models
                    from sqlmodel import Session

                    models.create_db_and_tables()
                    with Session(models.get_engine()) as s:
                        s.add(models.Item(id=1))
                        s.commit()
                else:
                    c.execute(sa.text("INSERT INTO items (id) VALUES (1)"))
            with engine.connect() as c:
                title = c.execute(sa.text("SELECT title FROM items WHERE id = 1")).scalar_one()
                collation = c.execute(sa.text(
                    "SELECT TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'items'"
                )).scalar_one()
                database = c.execute(sa.text("SELECT @@character_set_database")).scalar_one()
            print(json.dumps({"title": title, "collation": collation, "database": database}))
            """;

    @TempDir
    Path tmp;

    @Test
    void alembicAndTheModelsMakeUtf8mb4TablesInALatin1Database() throws Exception {
        Path schema = Files.writeString(tmp.resolve("wide.schema"), SCHEMA);
        Compilation c = Compiler.compile(List.of(schema));
        var r = Targets.run(c, List.of(Targets.byName("migrations").orElseThrow(), Targets.byName("sqlmodel").orElseThrow()),
                TargetOptions.defaults());
        assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
        for (var e : r.files().entrySet()) {
            Path p = tmp.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        Path read = Files.writeString(tmp.resolve("sqlmodel/read.py"), READ);
        for (String maker : List.of("alembic", "models")) {
            try (var db = ProvenDatabase.mariadb("latin1_" + maker)) {
                db.run("ALTER DATABASE CHARACTER SET latin1 COLLATE latin1_swedish_ci;");
                String url = db.sqlalchemyUrl();
                if (maker.equals("alembic")) {
                    PythonHarness.run(Map.of(), "alembic", tmp.resolve("migrations/alembic").toString(), url, "upgrade");
                }
                JsonNode run = PythonHarness.run(Map.of(), "run", "--env", "DATABASE_URL=" + url, read.toString(), url, maker);
                assertThat(run.get("exit_code").asInt()).as("%s: %s", maker, run.get("stderr").asText()).isZero();
                JsonNode out = new ObjectMapper().readTree(run.get("stdout").asText());
                assertThat(out.get("database").asText()).as(maker).isEqualTo("latin1");
                assertThat(out.get("collation").asText()).as(maker).isEqualTo("utf8mb4_unicode_ci");
                assertThat(out.get("title").asText()).as(maker).isEqualTo("emoji 😀 €");
            }
        }
    }
}
