package dev.schemac.config;

import dev.schemac.gen.Target;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a project asks for its outputs: the targets, the output folder, the generation inputs,
 * target options and rule severities. Every field is optional (null, or an empty map): a
 * layer holds what one source said, and layers stack with {@link #over} in the order
 * command line, settings file, defaults. Values are validated before they get here, by
 * {@link SettingsParser}. {@code targets} is kept as said, in {@link Targets#select}'s
 * vocabulary: whether a target was named one by one matters ({@link #namedTargets}).
 */
public record ProjectSettings(List<String> targets, Path out, String timestamp, Long seed, Integer rows, Boolean strict,
                              Map<String, String> severities, Map<String, String> options) {

    /** Nothing said: every value takes its default. */
    public static final ProjectSettings NONE = new ProjectSettings(null, null, null, null, null, null, Map.of(), Map.of());

    public ProjectSettings {
        targets = targets == null ? null : List.copyOf(targets);
        severities = Map.copyOf(severities);
        options = Map.copyOf(options);
    }

    /** These settings over {@code lower}: what this layer says wins, key by key for the maps. */
    public ProjectSettings over(ProjectSettings lower) {
        var sev = new LinkedHashMap<>(lower.severities);
        sev.putAll(severities);
        var opt = new LinkedHashMap<>(lower.options);
        opt.putAll(options);
        return new ProjectSettings(targets != null ? targets : lower.targets, out != null ? out : lower.out,
                timestamp != null ? timestamp : lower.timestamp, seed != null ? seed : lower.seed,
                rows != null ? rows : lower.rows, strict != null ? strict : lower.strict, sev, opt);
    }

    /** The chosen targets in the registry's order; all of them when none were named. */
    public List<Target> chosenTargets() {
        List<Target> all = Targets.all();
        if (targets == null) return all;
        var chosen = Targets.select(targets).chosen();
        var out = new ArrayList<Target>();
        for (Target t : all) if (chosen.contains(t)) out.add(t);
        return out;
    }

    /** The targets named one by one, not through {@code all} or the default. */
    public Set<String> namedTargets() {
        if (targets == null) return Set.of();
        var out = new TreeSet<String>();
        for (String n : targets) if (Targets.byName(n).isPresent()) out.add(n);
        return out;
    }

    /** The inputs the targets read, defaults filled in. */
    public TargetOptions targetOptions() {
        var d = TargetOptions.defaults();
        return new TargetOptions(timestamp != null ? timestamp : d.timestamp(), seed != null ? seed : d.seed(),
                rows != null ? rows : d.rows(), options, null, namedTargets());
    }

    public boolean isStrict() {
        return strict != null && strict;
    }
}
