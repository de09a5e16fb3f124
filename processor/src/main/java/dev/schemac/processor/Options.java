package dev.schemac.processor;

import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.DidYouMean;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The processor options ({@code -Aschemac.*}). {@code schemac.targets} chooses targets (all
 * by default), {@code schemac.out} a directory instead of class-output resources,
 * {@code schemac.timestamp}, {@code .seed} and {@code .rows} are the generation inputs the
 * command line also takes; {@code schemac.<target>.<key>} passes {@code <target>.<key>} to
 * the targets (e.g. {@code -Aschemac.java.package=com.example.db}).
 */
record Options(List<Target> targets, Path out, TargetOptions targetOptions, List<Diagnostic> problems) {
    static final String PREFIX = "schemac.";
    static final String TARGETS = "schemac.targets";
    static final String OUT = "schemac.out";
    static final String TIMESTAMP = "schemac.timestamp";
    static final String SEED = "schemac.seed";
    static final String ROWS = "schemac.rows";
    static final Set<String> KNOWN = Set.of(TARGETS, OUT, TIMESTAMP, SEED, ROWS);

    static Options parse(Map<String, String> raw) {
        var problems = new ArrayList<Diagnostic>();
        List<Target> all = Targets.all();
        var targets = targets(raw.get(TARGETS), problems);
        String out = raw.get(OUT);
        var d = TargetOptions.defaults();
        String timestamp = raw.getOrDefault(TIMESTAMP, d.timestamp());
        if (!timestamp.matches("\\d{14}")) {
            problems.add(Problems.badOption(TIMESTAMP, "must be 14 digits, yyyyMMddHHmmss: " + timestamp));
            timestamp = d.timestamp();
        }
        long seed = number(raw, SEED, d.seed(), Long.MIN_VALUE, Long.MAX_VALUE, problems);
        int rows = (int) number(raw, ROWS, d.rows(), 1, 10_000, problems);
        var extra = new TreeMap<String, String>();
        var targetNames = all.stream().map(Target::name).toList();
        for (var e : new TreeMap<>(raw).entrySet()) {
            String key = e.getKey();
            if (!key.startsWith(PREFIX) || KNOWN.contains(key)) continue;
            String rest = key.substring(PREFIX.length());
            int dot = rest.indexOf('.');
            if (dot > 0 && targetNames.contains(rest.substring(0, dot))) {
                extra.put(rest, e.getValue() == null ? "" : e.getValue());
            } else {
                problems.add(Problems.unknownOption(key, DidYouMean.closest(key, List.copyOf(KNOWN))));
            }
        }
        return new Options(targets, out == null || out.isBlank() ? null : Path.of(out),
                new TargetOptions(timestamp, seed, rows, extra), problems);
    }

    private static List<Target> targets(String spec, List<Diagnostic> problems) {
        if (spec == null || spec.isBlank()) return Targets.all();
        var selection = Targets.select(List.of(spec.split(",")));
        for (String n : selection.unknown()) {
            problems.add(Problems.badOption(TARGETS, "names unknown target `" + n + "`; known targets: "
                    + String.join(", ", Targets.all().stream().map(Target::name).toList()) + ", or all, none"));
        }
        return selection.chosen();
    }

    private static long number(Map<String, String> raw, String key, long fallback, long min, long max,
                               List<Diagnostic> problems) {
        String v = raw.get(key);
        if (v == null) return fallback;
        try {
            long n = Long.parseLong(v.strip());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(Problems.badOption(key, "must be a whole number from " + min + " to " + max + ": " + v));
        return fallback;
    }
}
