package dev.schemac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md, read from the main sources' own text: every
 * {@code import} line and every fully qualified {@code dev.schemac...} name in the code. A
 * rule broken here is a fact with two homes or an arrow running back up the pipeline.
 */
class ArchitectureTest {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?([\\w.]+?)(\\.\\*)?\\s*;");
    /** A qualified name of a type: lower-case package segments, then a capital. */
    private static final Pattern QUALIFIED = Pattern.compile("\\bdev\\.schemac\\.((?:[a-z_][a-z0-9_]*\\.)*[a-z_][a-z0-9_]*)\\.[A-Z]");

    /** One main source file: its package (below {@code dev.schemac}), the packages it names, its imports. */
    record Source(Path file, String pkg, Set<String> uses, List<String> imports) {}

    private static final List<Source> COMPILER = read(TestPaths.root().resolve("compiler/src/main/java"));
    private static final List<Source> PROCESSOR = read(TestPaths.root().resolve("processor/src/main/java"));

    static List<Source> read(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().map(ArchitectureTest::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Source source(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var p = PACKAGE.matcher(text);
        if (!p.find()) throw new IllegalStateException(file + " has no package line");
        String pkg = local(p.group(1));
        var imports = new ArrayList<String>();
        var uses = new TreeSet<String>();
        var i = IMPORT.matcher(text);
        while (i.find()) {
            imports.add(i.group(1));
            // A wildcard import of a package names no type after it, so QUALIFIED below does not see it.
            boolean packageWildcard = i.group(2) != null && !Character.isUpperCase(last(i.group(1)).charAt(0));
            if (packageWildcard && i.group(1).startsWith("dev.schemac.")) uses.add(local(i.group(1)));
        }
        var q = QUALIFIED.matcher(text);
        while (q.find()) uses.add(q.group(1));
        uses.remove(pkg);
        return new Source(file, pkg, uses, imports);
    }

    private static String last(String dotted) {
        return dotted.substring(dotted.lastIndexOf('.') + 1);
    }

    /** {@code dev.schemac.gen.sql} → {@code gen.sql}. */
    private static String local(String pkg) {
        return pkg.startsWith("dev.schemac.") ? pkg.substring("dev.schemac.".length()) : pkg;
    }

    private static boolean in(String pkg, String area) {
        return pkg.equals(area) || pkg.startsWith(area + ".");
    }

    /** The target a package belongs to: {@code gen.sql.x} → {@code sql}; null for {@code gen} itself and other packages. */
    private static String target(String pkg) {
        if (!pkg.startsWith("gen.")) return null;
        String rest = pkg.substring(4);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Each offending file with the packages it should not name. */
    private static Map<String, Set<String>> violations(List<Source> sources, java.util.function.Predicate<Source> applies,
                                                       java.util.function.BiPredicate<Source, String> forbidden) {
        var out = new TreeMap<String, Set<String>>();
        for (Source s : sources) {
            if (!applies.test(s)) continue;
            for (String used : s.uses()) {
                if (forbidden.test(s, used)) out.computeIfAbsent(s.pkg() + "/" + s.file().getFileName(), k -> new TreeSet<>()).add(used);
            }
        }
        return out;
    }

    @Test
    void theSourcesAreRead() {
        assertThat(COMPILER).hasSizeGreaterThan(100);
        assertThat(PROCESSOR).isNotEmpty();
        // Known arrows, so a reader that finds nothing cannot pass the rules below.
        assertThat(COMPILER).anySatisfy(s -> {
            assertThat(s.pkg()).isEqualTo("gen.sql");
            assertThat(s.uses()).contains("render.sql");
        });
        assertThat(COMPILER).anySatisfy(s -> assertThat(s.uses()).contains("ast"));
        assertThat(PROCESSOR).anySatisfy(s -> assertThat(s.uses()).contains("ast"));
    }

    @Test
    void noTargetImportsAnotherTarget() {
        assertThat(violations(COMPILER, s -> target(s.pkg()) != null,
                (s, used) -> target(used) != null && !target(used).equals(target(s.pkg()))))
                .as("gen.X naming gen.Y (shared rendering belongs in render/*)").isEmpty();
    }

    @Test
    void renderersKnowNoTargetAndNoCheck() {
        assertThat(violations(COMPILER, s -> in(s.pkg(), "render"), (s, used) -> in(used, "gen") || in(used, "check")))
                .as("render/* naming gen or check").isEmpty();
    }

    @Test
    void targetsReadTheCompilationNotTheChecks() {
        assertThat(violations(COMPILER, s -> in(s.pkg(), "gen"), (s, used) -> in(used, "check")))
                .as("gen/* naming check (the analyses come with the compilation)").isEmpty();
    }

    @Test
    void onlyTheFrontEndsAndTheDriverSeeTheAst() {
        // pull.lift is a front end too: it writes a pulled database as .schema text through the AST and the formatter.
        Set<String> allowed = Set.of("ast", "parse", "resolve", "fmt", "compile", "pull.lift");
        assertThat(violations(COMPILER, s -> allowed.stream().noneMatch(a -> in(s.pkg(), a)), (s, used) -> in(used, "ast")))
                .as("packages other than parse, resolve, fmt, compile and pull.lift naming ast").isEmpty();
    }

    @Test
    void normalFormAnalysisUsesOnlyTheJdk() {
        var out = new TreeMap<String, List<String>>();
        for (Source s : COMPILER) {
            if (!in(s.pkg(), "normalform")) continue;
            var foreign = s.imports().stream().filter(i -> !i.startsWith("java.") && !i.startsWith("dev.schemac.normalform.")).toList();
            if (!foreign.isEmpty() || !s.uses().isEmpty()) {
                var all = new ArrayList<>(foreign);
                all.addAll(s.uses());
                out.put(s.file().getFileName().toString(), all);
            }
        }
        assertThat(out).as("normalform importing anything but java.*").isEmpty();
    }

    @Test
    void modelAndCatalogKnowNothingDownstream() {
        assertThat(violations(COMPILER, s -> in(s.pkg(), "model") || in(s.pkg(), "catalog"),
                (s, used) -> in(used, "gen") || in(used, "render") || in(used, "check") || in(used, "pull")
                        || in(used, "evolve") || in(used, "cli")))
                .as("model or catalog naming gen, render, check, pull, evolve or cli").isEmpty();
    }
}
