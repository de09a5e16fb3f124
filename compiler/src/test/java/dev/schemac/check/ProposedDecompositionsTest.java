package dev.schemac.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.analysis.EntityNormalForm;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import dev.schemac.model.Entity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every 3NF decomposition the compiler proposes, over the models under {@code decompositions/}
 * (each shape an adversarial pass found, and more), pasted in place of its entity: the help's
 * text and the analysis's (the one Database_Design.md and the json target print). A proposal
 * must be one the compiler accepts, and must remove the finding it answers without raising
 * SC807 on what it made; where no split is safe, the help says so and the documents show none.
 */
class ProposedDecompositionsTest {
    private static final Path CORPUS = Path.of("src/test/resources/decompositions");
    private static final Pattern FINDING = Pattern.compile("^`(\\w+)` is not in [23]NF");
    private static final Pattern ENTITY = Pattern.compile("(?m)^entity (\\w+)");

    static Stream<Path> models() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> p.toString().endsWith(".schema")).sorted().toList().stream();
        }
    }

    private static Compilation compile(Path path, String source) {
        return Compiler.compile(List.of(path), p -> source.getBytes(StandardCharsets.UTF_8), Map.of(), false);
    }

    /** One proposal: where it came from, the entity it replaces, and its text. */
    private record Proposal(String from, String entity, String text) {}

    /** What a model's check proposed, by entity, and which entities it refused to split. */
    private record Proposals(List<Proposal> pasted, Set<String> refused) {}

    private static Proposals proposals(Compilation c) {
        var help = new LinkedHashMap<String, String>();
        var refused = new TreeSet<String>();
        for (Diagnostic d : c.diagnostics()) {
            Matcher m = FINDING.matcher(d.message());
            if (!m.find() || !Set.of("SC803", "SC804").contains(d.code())) continue;
            String entity = m.group(1);
            if (d.help().startsWith("no split of `" + entity + "` is proposed, since ")) {
                refused.add(entity);
            } else {
                String text = ShopExampleTest.pasteable(d.help()).stripTrailing();
                // Every finding of one entity carries the one decomposition of the entity.
                assertThat(help.putIfAbsent(entity, text)).as("help of %s", entity).isIn(null, text);
            }
        }
        var pasted = new ArrayList<Proposal>();
        help.forEach((entity, text) -> pasted.add(new Proposal("help", entity, text)));
        var documented = new TreeSet<String>();
        for (EntityNormalForm e : c.analyses().normalForms().entities()) {
            if (e.decomposition().isEmpty()) continue;
            documented.add(e.entity());
            pasted.add(new Proposal("document", e.entity(), e.decomposition()));
        }
        // The two paths agree on which entities get a proposal: none where the help refuses one.
        assertThat(documented).isEqualTo(new TreeSet<>(help.keySet()));
        assertThat(refused).doesNotContainAnyElementsOf(documented);
        return new Proposals(pasted, refused);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyProposalCompilesAndRemovesItsFinding(Path model) throws IOException {
        String source = Files.readString(model, StandardCharsets.UTF_8);
        Compilation before = compile(model, source);
        assertThat(before.hasErrors()).as("%s compiles", model).isFalse();
        Proposals found = proposals(before);
        assertThat(found.pasted().size() + found.refused().size()).as("findings in %s", model).isPositive();
        for (Proposal p : found.pasted()) {
            Entity e = before.model().requireEntity(p.entity());
            String edited = source.substring(0, e.span().start()) + p.text() + source.substring(e.span().end());
            Compilation after = compile(model, edited);
            String what = p.from() + " proposal for " + p.entity() + " in " + model + ":\n" + p.text();
            assertThat(after.diagnostics()).as(what).noneMatch(d -> d.severity() == dev.schemac.diag.Severity.ERROR);
            Set<String> made = new HashSet<>();
            ENTITY.matcher(p.text()).results().forEach(r -> made.add(r.group(1)));
            assertThat(made).as(what).contains(p.entity());
            // What stays keeps its table and columns.
            assertThat(after.catalog().tableOf(p.entity()).orElseThrow().name()).as(what)
                    .isEqualTo(before.catalog().tableOf(p.entity()).orElseThrow().name());
            // Every key the split relies on is one the database keeps: the primary key or a unique constraint.
            for (String n : made) {
                Entity m = after.model().requireEntity(n);
                var enforced = new ArrayList<Set<String>>();
                enforced.add(Set.copyOf(m.primaryKey()));
                m.uniques().forEach(u -> enforced.add(Set.copyOf(u.fields())));
                m.storedFields().stream().filter(f -> f.unique()).forEach(f -> enforced.add(Set.of(f.name())));
                for (List<String> k : after.analyses().normalForms().of(n).orElseThrow().candidateKeys()) {
                    assertThat(enforced).as("%s\nkey %s of %s is enforced", what, k, n).contains(Set.copyOf(k));
                }
            }
            for (Diagnostic d : after.diagnostics()) {
                Matcher m = FINDING.matcher(d.message());
                boolean nf = m.find() && made.contains(m.group(1));
                assertThat(nf).as("%s\nraises again: %s", what, d.message()).isFalse();
                boolean copy = d.code().equals("SC807") && made.stream().filter(n -> !n.equals(p.entity()))
                        .anyMatch(n -> d.message().startsWith("`" + n + "."));
                assertThat(copy).as("%s\ncopies again: %s", what, d.message()).isFalse();
            }
        }
    }

    /** The corpus reaches both outcomes, for each reason a split is refused. */
    @Test
    void theCorpusHoldsProposalsAndEveryKindOfRefusal() throws IOException {
        var pasted = new TreeSet<String>();
        var reasons = new ArrayList<String>();
        for (Path model : models().toList()) {
            Compilation c = compile(model, Files.readString(model, StandardCharsets.UTF_8));
            proposals(c).pasted().forEach(p -> pasted.add(p.from() + " " + p.entity()));
            for (Diagnostic d : c.diagnostics()) if (d.help() != null && d.help().startsWith("no split of")) reasons.add(d.help());
        }
        assertThat(pasted).contains("help Employee", "document Employee", "help PayLine", "document PayLine",
                "help Enrollment", "help OrderLine", "help Shop", "help A1", "help Staff", "help Account",
                "help Stock", "help Reading", "help Invoice", "document Invoice");
        assertThat(String.join("\n", reasons)).contains("is optional", "unbounded text", "implicit timestamp",
                "comes from the mixin", "alone: a fact of `Department`", "alone: a fact of `Office`",
                "alone: a fact of `Product`", "would compare fields of two entities");
    }
}
