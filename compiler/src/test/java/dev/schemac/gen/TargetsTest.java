package dev.schemac.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.output.Output;
import dev.schemac.support.TestPaths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The runner: targets by name, and a reader handed its siblings' files without their being written. */
class TargetsTest {
    static final Compilation SHOP = Compiler.compile(List.of(TestPaths.examples().resolve("shop/shop.schema")));

    @Test
    void everyTargetIsFoundByItsName() {
        assertThat(Targets.all()).isNotEmpty();
        for (Target t : Targets.all()) assertThat(Targets.byName(t.name())).containsSame(t);
        assertThat(Targets.byName("no-such-target")).isEmpty();
        assertThat(Targets.all().stream().map(Target::name)).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void theDocumentsQuoteTheirSiblingsFilesWhichAreNotWritten() {
        var docs = Targets.run(SHOP, List.of(Targets.byName("docs").orElseThrow()), TargetOptions.defaults());
        assertThat(docs.hasErrors()).isFalse();
        assertThat(docs.files().keySet()).containsExactlyInAnyOrder("Database_Design.md",
                "ai/decisions/001_checkout_database_schema.md");
        String dialect = SHOP.model().settings().dialect().id();
        var ddl = Targets.run(SHOP, List.of(Targets.byName(dialect).orElseThrow()), TargetOptions.defaults())
                .files().get("sql/" + dialect + "/schema.sql");
        assertThat(ddl).isNotBlank();
        assertThat(docs.files().get("ai/decisions/001_checkout_database_schema.md")).contains(ddl);
        var together = Targets.run(SHOP, Targets.all(), TargetOptions.defaults()).files();
        assertThat(together.get("Database_Design.md")).isEqualTo(docs.files().get("Database_Design.md"));
    }

    @Test
    void aTargetReadsOnlyTheSiblingsItDeclares() {
        Target sneaky = new Target() {
            @Override public String name() { return "sneaky"; }
            @Override public String description() { return "reads a target it does not declare"; }
            @Override public Set<String> reads() { return Set.of("erd"); }
            @Override public List<OutputFile> files(TargetContext ctx) { return List.of(new OutputFile("erd-copy.txt", null)); }
            @Override public void generate(TargetContext ctx, Output out) {
                out.write("erd-copy.txt", ctx.sibling("erd").orElseThrow().get("erd/er.txt"));
                ctx.sibling("postgres");
            }
        };
        assertThatThrownBy(() -> Targets.run(SHOP, List.of(sneaky), TargetOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("postgres");
        var ctx = new TargetContext(SHOP, TargetOptions.defaults(), Set.of("absent"), Map.of());
        assertThat(ctx.sibling("absent")).as("a declared target that is not registered").isEmpty();
    }

    /**
     * The checks' analyses go with the compilation only to a run in which a target reads them
     * (the json target and the documents, chosen or read by a chosen one); a target that reads
     * them without saying so is refused, in every run, rather than seeing null in some.
     */
    @Test
    void theAnalysesReachOnlyTheTargetsThatDeclareThem() {
        assertThat(SHOP.analyses()).isNotNull();
        var relational = Targets.all().stream().filter(t -> List.of("sqlite", "postgres", "mysql", "sqlmodel", "prisma")
                .contains(t.name())).toList();
        assertThat(relational).hasSize(5);
        assertThat(Targets.forTargets(SHOP, relational).analyses()).isNull();
        assertThat(Targets.forTargets(SHOP, relational).model()).isSameAs(SHOP.model());
        assertThat(Targets.forTargets(SHOP, relational).diagnostics()).isEqualTo(SHOP.diagnostics());
        for (String reader : List.of("json", "docs")) {
            assertThat(Targets.forTargets(SHOP, List.of(Targets.byName(reader).orElseThrow()))).isSameAs(SHOP);
        }
        assertThat(Targets.forTargets(SHOP, Targets.all())).isSameAs(SHOP);
        assertThat(Targets.all().stream().filter(Target::readsAnalyses).map(Target::name)).containsExactly("docs", "json");
        Target undeclared = new Target() {
            @Override public String name() { return "undeclared"; }
            @Override public String description() { return "reads the analyses without declaring them"; }
            @Override public List<OutputFile> files(TargetContext ctx) { return List.of(new OutputFile("a.txt", null)); }
            @Override public void generate(TargetContext ctx, Output out) { out.write("a.txt", String.valueOf(ctx.analyses())); }
        };
        assertThatThrownBy(() -> Targets.run(SHOP, List.of(undeclared), TargetOptions.defaults()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("readsAnalyses");
    }

    /** A target that records what the head start asked of it, in order. */
    static final class Recording implements Target {
        final java.util.concurrent.LinkedBlockingQueue<String> seen = new java.util.concurrent.LinkedBlockingQueue<>();
        final boolean fails;

        Recording(boolean fails) {
            this.fails = fails;
        }

        @Override public String name() { return "recording"; }
        @Override public String description() { return "records its warm-up and preparation"; }
        @Override public void generate(TargetContext ctx, Output out) { }
        @Override public List<OutputFile> files(TargetContext ctx) { return List.of(); }
        @Override public void warmUp() {
            seen.add("warm-up");
            if (fails) throw new IllegalStateException("warm-up failed");
        }
        @Override public void prepare(dev.schemac.catalog.Catalog catalog, TargetOptions options) {
            seen.add("prepare " + catalog.tables().size() + " tables, seed " + options.seed());
        }

        String next() throws InterruptedException {
            return seen.poll(20, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    @Test
    void theHeadStartWarmsUpAtOnceAndPreparesTheLoweredCatalog() throws InterruptedException {
        var target = new Recording(false);
        var preparation = Targets.prepare(List.of(target), TargetOptions.defaults());
        assertThat(target.next()).isEqualTo("warm-up");
        preparation.lowered(SHOP.catalog());
        preparation.end();
        assertThat(target.next()).isEqualTo("prepare " + SHOP.catalog().tables().size() + " tables, seed 42");
        assertThat(target.next()).isNull();
    }

    @Test
    void aCompilationThatNeverLowersPreparesNothing() throws InterruptedException {
        var target = new Recording(false);
        Targets.prepare(List.of(target), TargetOptions.defaults()).end();
        assertThat(target.next()).isEqualTo("warm-up");
        assertThat(target.seen.poll(300, java.util.concurrent.TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void whatFailsInTheHeadStartIsLeftToTheTargetsOwnRun() throws InterruptedException {
        var target = new Recording(true);
        var preparation = Targets.prepare(List.of(target), TargetOptions.defaults());
        assertThat(target.next()).isEqualTo("warm-up");
        preparation.lowered(SHOP.catalog());
        assertThat(target.seen.poll(300, java.util.concurrent.TimeUnit.MILLISECONDS)).as("no preparation after a failure").isNull();
    }
}
