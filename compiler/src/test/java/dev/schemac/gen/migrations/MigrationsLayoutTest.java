package dev.schemac.gen.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compiler;
import dev.schemac.model.Dialect;
import dev.schemac.support.TestPaths;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The migrations are the DDL targets' scripts byte for byte, named by the timestamp option,
 * and the Prisma folder is for the model's primary dialect.
 */
class MigrationsLayoutTest {

    @Test
    void upAndDownAreTheDdlScriptsUnderTheGivenTimestamp() {
        var c = Compiler.compile(List.of(TestPaths.examples().resolve("blog/blog.schema")));
        var options = new TargetOptions("20991231235959", 7, 2, Map.of());
        var files = Targets.run(c, Targets.all(), options).files();
        for (Dialect d : Dialect.values()) {
            assertThat(files.get("migrations/sql/" + d.id() + "/20991231235959_init.up.sql"))
                    .isEqualTo(files.get("sql/" + d.id() + "/schema.sql"));
            assertThat(files.get("migrations/sql/" + d.id() + "/20991231235959_init.down.sql"))
                    .isEqualTo(files.get("sql/" + d.id() + "/drop.sql"));
        }
        String primary = c.model().settings().dialect().id();
        assertThat(files.get("migrations/prisma/20991231235959_init/migration.sql")).isEqualTo(files.get("sql/" + primary + "/schema.sql"));
        assertThat(files).containsKey("migrations/alembic/versions/20991231235959_init.py");
        assertThat(files.get("migrations/alembic/versions/20991231235959_init.py")).contains("revision = \"20991231235959\"");
    }

    @Test
    void prismaLockNamesThePrimaryProvider() {
        var c = Compiler.compile(List.of(TestPaths.examples().resolve("shop/shop.schema")));
        var files = Targets.run(c, List.of(Targets.byName("migrations").orElseThrow()), TargetOptions.defaults()).files();
        assertThat(c.model().settings().dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(files.get("migrations/prisma/migration_lock.toml")).contains("provider = \"sqlite\"");
        assertThat(files.get("migrations/prisma/20250101000000_init/migration.sql")).contains("CHECK (total_amount >= 0)");
    }
}
