package dev.schemac.gen.prisma;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.Code;
import dev.schemac.diag.Diagnostic;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.testing.NodeHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The target as the command line runs it: registered, writing one file, refusing what Prisma would reject. */
class PrismaTargetTest {
    @TempDir Path dir;

    private Compilation compile(String text) throws IOException {
        Path file = dir.resolve("m.schema");
        Files.writeString(file, text);
        Compilation c = Compiler.compile(List.of(file));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        return c;
    }

    @Test
    void writesTheSchemaForTheModelsDialect() throws IOException {
        Compilation c = compile("schema s { dialect = postgres }\nentity A { name string(20) }\n");
        var result = Targets.run(c, List.of(Targets.byName("prisma").orElseThrow()), TargetOptions.defaults());
        assertThat(result.files()).containsOnlyKeys("prisma/schema.prisma");
        assertThat(result.files().get("prisma/schema.prisma")).contains("  provider = \"postgresql\"\n");
    }

    @Test
    void anIndexedUnboundedStringOnMysqlIsAnErrorAtTheField() throws IOException {
        String text = "schema s { dialect = mysql }\nentity A {\n  body text @index\n}\n";
        Compilation c = compile(text);
        var result = Targets.run(c, List.of(Targets.byName("prisma").orElseThrow()), TargetOptions.defaults());
        assertThat(result.files()).isEmpty();
        Diagnostic d = result.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertThat(d.code()).isEqualTo(Code.DIALECT_UNSUPPORTED.id());
        assertThat(d.message()).contains("Prisma for MySQL").contains("`A.body`");
        assertThat(d.span().line()).isEqualTo(3);

        String unchecked = PrismaSchema.render(c.model(), c.catalog(), c.model().settings().dialect());
        var verdict = NodeHarness.get().callWithStdin(unchecked, "prisma-validate", "-");
        assertThat(verdict.get("errors").toString()).as("Prisma itself rejects what the target refuses")
                .contains("cannot define an index on fields with native type `Text` of MySQL");
    }
}
