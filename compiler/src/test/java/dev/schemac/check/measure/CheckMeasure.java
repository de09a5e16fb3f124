package dev.schemac.check.measure;

import dev.schemac.catalog.Catalog;
import dev.schemac.check.RuleCheck;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostics;
import dev.schemac.lower.Lowering;
import dev.schemac.model.Model;
import dev.schemac.resolve.Loader;
import dev.schemac.resolve.Resolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A whole-process measurement to run by hand, not a test: generated models of 1,000 and
 * 10,000 entities (10-20 fields, about 1.5 to-one relations each, a {@code @@depends} on one
 * entity in eight), and one entity of 30 attributes with 2^15 candidate keys. For each it
 * reports the median CPU time (of the compiling thread) of the pipeline without the checks (load, resolve, lower), of
 * {@code Compiler.compile} (everything), and of the checks alone on the lowered model.
 *
 * <pre>
 * mvn -B -pl compiler -am test-compile
 * java -cp compiler/target/test-classes:compiler/target/classes:$(cat cp.txt) \
 *     dev.schemac.check.measure.CheckMeasure [runs]
 * </pre>
 */
public final class CheckMeasure {
    private static final String[] TYPES = {"int", "bigint", "string(100)", "string(40)", "text", "bool",
            "decimal(12, 2)", "datetime", "date", "uuid"};

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path dir = Files.createTempDirectory("schemac-measure");
        measure("1,000 entities", write(dir, "e1000.schema", entities(1_000, 1)), runs);
        measure("10,000 entities", write(dir, "e10000.schema", entities(10_000, 2)), runs);
        measure("one entity, 30 attributes, 2^15 keys", write(dir, "wide.schema", wide(15)), runs);
        if (args.length > 1 && args[1].equals("--per-rule")) perRule(write(dir, "e1000.schema", entities(1_000, 1)));
    }

    /** Each rule alone on a fresh context, so the shared normal-form analysis is counted where it is first used. */
    private static void perRule(Path input) {
        var diags = new Diagnostics();
        Model model = new Resolver(diags).resolve(new Loader(Loader.FILES, diags).load(List.of(input)));
        Catalog catalog = new Lowering(model, diags).lower();
        for (int round = 0; round < 3; round++) {
            var lines = new ArrayList<String>();
            for (var rule : dev.schemac.check.Rules.all()) {
                long t0 = System.nanoTime();
                new RuleCheck(List.of(rule)).run(model, catalog);
                lines.add(String.format(Locale.ROOT, "  %s %8.1f ms", rule.code(), (System.nanoTime() - t0) / 1e6));
            }
            if (round == 2) lines.forEach(System.out::println);
        }
    }

    static String entities(int n, long seed) {
        var r = new Random(seed);
        var b = new StringBuilder("schema measure {\n  ids = autoincrement\n}\n\n");
        for (int i = 0; i < n; i++) {
            b.append("entity E").append(i).append(" {\n");
            int fields = 10 + r.nextInt(11);
            for (int f = 0; f < fields; f++) {
                b.append("  ").append(name("col", f)).append(' ').append(TYPES[r.nextInt(TYPES.length)]);
                if (f == 0) b.append(" @unique");
                else if (r.nextInt(10) == 0) b.append(" @index");
                b.append('\n');
            }
            // 0, 1, 2 or 3 to-one relations (mean 1.5) to earlier entities.
            int relations = i == 0 ? 0 : r.nextInt(4);
            for (int k = 0; k < relations; k++) {
                b.append("  ").append(name("ref", k)).append(" E").append(r.nextInt(i)).append('\n');
            }
            if (i % 8 == 0) b.append("  @@depends(col_b -> col_c, col_d)\n");
            b.append("}\n\n");
        }
        return b.toString();
    }

    /** Field names without digits, so that no numbered-field-group finding is manufactured: col_a, col_b, ... */
    private static String name(String prefix, int i) {
        return prefix + "_" + (char) ('a' + i);
    }

    /** n pairs a_i, b_i that determine each other: 2^n candidate keys, past the search bound from n = 10. */
    static String wide(int pairs) {
        var b = new StringBuilder("entity Wide {\n");
        var key = new ArrayList<String>();
        for (int i = 1; i <= pairs; i++) {
            b.append("  a").append(i).append(" int\n  b").append(i).append(" int\n");
            key.add("a" + i);
        }
        for (int i = 1; i <= pairs; i++) {
            b.append("  @@depends(a").append(i).append(" -> b").append(i).append(")\n");
            b.append("  @@depends(b").append(i).append(" -> a").append(i).append(")\n");
        }
        b.append("  @@unique(").append(String.join(", ", key)).append(")\n  @@timestamps(false)\n}\n");
        return b.toString();
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static void measure(String label, Path input, int runs) {
        List<Path> inputs = List.of(input);
        long[] without = new long[runs];
        long[] with = new long[runs];
        long[] checks = new long[runs];
        Compilation last = null;
        for (int i = -2; i < runs; i++) {  // two warm-up rounds
            long t0 = cpu();
            var diags = new Diagnostics();
            var files = new Loader(Loader.FILES, diags).load(inputs);
            Model model = new Resolver(diags).resolve(files);
            Catalog catalog = new Lowering(model, diags).lower();
            long t1 = cpu();
            new RuleCheck().run(model, catalog);
            long t2 = cpu();
            last = Compiler.compile(inputs);
            long t3 = cpu();
            if (i >= 0) {
                without[i] = t1 - t0;
                checks[i] = t2 - t1;
                with[i] = t3 - t2;
            }
        }
        var byCode = new java.util.TreeMap<String, Integer>();
        last.diagnostics().forEach(d -> byCode.merge(d.code(), 1, Integer::sum));
        System.out.printf(Locale.ROOT, "%-40s without checks %8.1f ms   compile %8.1f ms   checks alone %8.1f ms"
                + "   diagnostics %s%n", label, median(without), median(with), median(checks), byCode);
    }

    /**
     * CPU time of this thread: the machine this runs on is shared, and wall time there
     * measures the neighbours. Garbage collection runs in other threads and is not counted.
     */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double median(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }
}
