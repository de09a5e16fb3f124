package dev.schemac.gen.prisma;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.support.TestPaths;
import dev.schemac.testing.NodeHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What SC751 warns about, on Prisma's own schema engine and a real PostgreSQL: the schema.prisma
 * of an enum label with {@code '} (diagnostics/SC751_prisma_enum_label.schema) validates, but
 * {@code prisma db push} fails on it, while schemac's own migrations/prisma SQL creates the type.
 * When a Prisma release escapes the label, the push succeeds, this test fails, and SC751 is to go.
 */
class PrismaEnumLabelOnPostgresTest {
    @Test
    void prismaPushFailsOnTheLabelThatSchemacsOwnSqlCreates() throws Exception {
        Compilation c = Compiler.compile(List.of(TestPaths.testResources().resolve("diagnostics/SC751_prisma_enum_label.schema")));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var r = Targets.run(c, List.of(Targets.byName("prisma").orElseThrow(), Targets.byName("migrations").orElseThrow()),
                TargetOptions.defaults());
        assertThat(r.diagnostics()).anyMatch(d -> d.code().equals("SC751"));
        String prisma = r.files().get("prisma/schema.prisma");
        String ours = r.files().entrySet().stream().filter(e -> e.getKey().startsWith("migrations/prisma/") && e.getKey().endsWith("/migration.sql"))
                .map(java.util.Map.Entry::getValue).findFirst().orElseThrow();
        Postgres pg = Postgres.fromEnvironment();
        String run = Long.toString(ProcessHandle.current().pid(), 36);
        String pushed = "sc751_push_" + run;
        String applied = "sc751_sql_" + run;
        NodeHarness h = NodeHarness.get();
        try {
            pg.dropSchema(pushed);
            pg.dropSchema(applied);
            var push = h.request(prisma, "prisma-push", "-", "--pg", pg.harnessArgument(), "--pg-schema", pushed);
            assertThat(push.exitCode()).as("prisma db push of %s", prisma).isNotZero();
            assertThat(push.result().toString()).contains("syntax error");
            h.callWithStdin(ours, "sql-exec", "-", "--pg", pg.harnessArgument(), "--pg-schema", applied);
        } finally {
            pg.dropSchema(pushed);
            pg.dropSchema(applied);
        }
    }
}
