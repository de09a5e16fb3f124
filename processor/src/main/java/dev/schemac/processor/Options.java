package dev.schemac.processor;

import dev.schemac.config.Problem;
import dev.schemac.config.SettingsParser;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.DidYouMean;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The processor options ({@code -Aschemac.*}). {@code schemac.targets} chooses targets (all
 * by default), {@code schemac.out} a directory instead of class-output resources (with
 * {@code schemac.force} replacing there what the folder's manifest does not name, as {@code --force}),
 * {@code schemac.timestamp}, {@code .seed} and {@code .rows} are the generation inputs the
 * command line also takes; {@code schemac.<target>.<key>} passes {@code <target>.<key>} to
 * the targets (e.g. {@code -Aschemac.java.package=com.example.db}). Every value is judged by
 * the compiler's {@link SettingsParser}, as the command line's and the settings file's are.
 */
record Options(List<Target> targets, Path out, boolean force, TargetOptions targetOptions, List<Diagnostic> problems) {
    static final String PREFIX = "schemac.";
    static final String TARGETS = PREFIX + SettingsParser.TARGETS;
    static final String OUT = PREFIX + SettingsParser.OUT;
    /** The processor's own {@code --force}: no settings key, as a settings file cannot override a refusal. */
    static final String FORCE = PREFIX + "force";
    static final Set<String> KNOWN = Set.of(TARGETS, OUT, FORCE, PREFIX + SettingsParser.TIMESTAMP, PREFIX + SettingsParser.SEED,
            PREFIX + SettingsParser.ROWS);

    static Options parse(Map<String, String> raw) {
        var problems = new ArrayList<Diagnostic>();
        var parser = new SettingsParser();
        boolean force = false;
        for (var e : new TreeMap<>(raw).entrySet()) {
            String key = e.getKey();
            if (!key.startsWith(PREFIX)) continue;
            String value = e.getValue() == null ? "" : e.getValue();
            if (key.equals(FORCE)) {
                // -Aschemac.force alone (javac passes no value) means true, as the command line's flag does.
                if (value.isEmpty() || value.equals("true")) force = true;
                else if (!value.equals("false")) problems.add(Problems.badOption(key, "must be `true` or `false`, not `" + value + "`"));
                continue;
            }
            for (Problem p : parser.set(key.substring(PREFIX.length()), value)) {
                problems.add(p.kind() == Problem.Kind.UNKNOWN_KEY
                        ? Problems.unknownOption(key, p.suggestion() == null ? null : PREFIX + p.suggestion())
                        : Problems.badOption(key, p.message()));
            }
        }
        var settings = parser.build();
        return new Options(settings.chosenTargets(), settings.out(), force, settings.targetOptions(), problems);
    }
}
