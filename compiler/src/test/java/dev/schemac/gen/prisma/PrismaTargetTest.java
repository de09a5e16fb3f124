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
        assertThat(result.files()).containsOnlyKeys("prisma/schema.prisma", "prisma.config.ts");
        assertThat(result.files().get("prisma/schema.prisma")).contains("  provider = \"postgresql\"\n");
    }

    @Test
    void anIndexedUnboundedStringOnMysqlIsAnErrorAtTheField() throws IOException {
        String text = "schema s { dialect = mysql }\nentity A {\n  body text @index\n}\n";
        Path file = dir.resolve("m.schema");
        Files.writeString(file, text);
        // check reports it: it runs the targets generate would (the model's dialect, Prisma), writing nothing.
        var r = dev.schemac.cli.Cli.run("check", "-t", "mysql,prisma", "-o", dir.resolve("out").toString(), file.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("error[" + Code.DIALECT_UNSUPPORTED.id() + "]").contains("MySQL").contains("`A.body`")
                .contains("m.schema:3:");
        assertThat(dir.resolve("out")).doesNotExist();

        var diags = new dev.schemac.diag.Diagnostics();
        var files = new dev.schemac.resolve.Loader(dev.schemac.resolve.Loader.FILES, diags).load(List.of(file));
        var model = new dev.schemac.resolve.Resolver(diags).resolve(files);
        var catalog = new dev.schemac.lower.Lowering(model, diags).lower();
        String unchecked = PrismaSchema.render(model, catalog, model.settings().dialect());
        var verdict = NodeHarness.get().callWithStdin(unchecked, "prisma-validate", "-");
        assertThat(verdict.get("errors").toString()).as("Prisma itself rejects what check refuses")
                .contains("cannot define an index on fields with native type `LongText` of MySQL");
    }
}
