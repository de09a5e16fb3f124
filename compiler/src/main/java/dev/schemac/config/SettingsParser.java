package dev.schemac.config;

import dev.schemac.check.Rules;
import dev.schemac.gen.Target;
import dev.schemac.gen.Targets;
import dev.schemac.diag.DidYouMean;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one parser and validator of settings, whatever spelled them: the command line's
 * options, the settings file, the Maven plugin's configuration and the annotation
 * processor's {@code -Aschemac.*} options all hand their raw text here, key by key, and get
 * the same rules and the same words back. Each setter records what is wrong as a
 * {@link Problem} and keeps the value only when it is valid.
 */
public final class SettingsParser {
    public static final String TARGETS = "targets";
    public static final String OUT = "out";
    public static final String TIMESTAMP = "timestamp";
    public static final String SEED = "seed";
    public static final String ROWS = "rows";
    public static final String STRICT = "strict";
    /** {@code severity.SC701 = "error"}: a rule's severity, keyed by its code. */
    public static final String SEVERITY = "severity";

    /** The keys that are not target options, in the order documentation lists them. */
    public static final List<String> KEYS = List.of(TARGETS, OUT, TIMESTAMP, SEED, ROWS, STRICT, SEVERITY);

    public static final int MAX_ROWS = 10_000;
    /** Severity levels a rule can be given; {@code off} silences it. */
    public static final List<String> LEVELS = List.of("error", "warning", "info", "off");

    private final List<Problem> problems = new ArrayList<>();
    private List<String> targets;
    private Path out;
    private String timestamp;
    private Long seed;
    private Integer rows;
    private Boolean strict;
    private final Map<String, String> severities = new LinkedHashMap<>();
    private final Map<String, String> options = new LinkedHashMap<>();

    /** The target options every registered target reads, by full key ({@code java.package}). */
    public static Set<String> targetOptionKeys() {
        var out = new TreeSet<String>();
        for (Target t : Targets.all()) out.addAll(t.options().keySet());
        return out;
    }

    /** Every key {@link #set} takes, target options included, for "did you mean". */
    public static Set<String> allKeys() {
        var out = new LinkedHashSet<>(KEYS);
        out.addAll(targetOptionKeys());
        return out;
    }

    /**
     * A setting by its key as the settings file and the processor spell it: one of
     * {@link #KEYS}, {@code severity.CODE}, or a target option such as {@code java.package}.
     * Returns the problems this value added.
     */
    public List<Problem> set(String key, String value) {
        int before = problems.size();
        switch (key) {
            case TARGETS -> targets(value);
            case OUT -> out(value);
            case TIMESTAMP -> timestamp(value);
            case SEED -> seed(value);
            case ROWS -> rows(value);
            case STRICT -> strict(value);
            default -> {
                if (key.startsWith(SEVERITY + ".")) {
                    severity(key.substring(SEVERITY.length() + 1), value);
                } else if (targetOptionKeys().contains(key)) {
                    option(key, value);
                } else {
                    problems.add(Problem.unknown(key, DidYouMean.closest(key, allKeys())));
                }
            }
        }
        return List.copyOf(problems.subList(before, problems.size()));
    }

    /** Targets as a comma-separated list; blank or {@code all} is every target, {@code none} no target. */
    public List<Problem> targets(String commaSeparated) {
        return targets(commaSeparated == null ? List.of() : List.of(commaSeparated.split(",", -1)));
    }

    /**
     * Target names in {@link Targets#select}'s vocabulary (names, {@code all}, {@code none}); an
     * empty list or only blanks is every target.
     */
    public List<Problem> targets(List<String> names) {
        int before = problems.size();
        var known = Targets.names();
        var cleaned = names.stream().map(n -> n == null ? "" : n).toList();
        var selection = Targets.select(cleaned);
        for (String n : selection.unknown()) {
            String best = DidYouMean.closest(n, known);
            int item = -1;
            for (int i = 0; i < cleaned.size() && item < 0; i++) if (cleaned.get(i).strip().equals(n)) item = i;
            problems.add(Problem.bad(TARGETS, "names unknown target `" + Printable.of(n) + "`; known targets: "
                    + String.join(", ", known) + ", or " + Targets.ALL + ", " + Targets.NONE + "."
                    + dev.schemac.diag.Messages.didYouMean(best)).at(item));
        }
        boolean any = cleaned.stream().anyMatch(n -> !n.isBlank());
        // Kept as said (names, `all`, `none`): a target named one by one asks for more than one `all` brings (OwnDialects).
        if (problems.size() == before) targets = any ? cleaned.stream().map(String::strip).filter(n -> !n.isEmpty()).toList() : null;
        return List.copyOf(problems.subList(before, problems.size()));
    }

    /** The output folder given on the command line: taken as given, and it goes anywhere. */
    public List<Problem> out(String raw) {
        return out(raw, null, null);
    }

    /**
     * A settings file's output folder; a relative one is taken from {@code base} (the settings file's folder). It must
     * lead to {@code root} (the project's root, {@link SettingsFile#projectRoot}) or below it, links followed: a
     * settings file comes with a project one may just have cloned, and its {@code out = "../../.."} or a link it
     * ships would have {@code generate} write wherever it points. Within the project it goes where the project keeps
     * its outputs ({@code db/schemac.toml} writing to {@code ../src/main/resources/db}). The command line's
     * {@code --out} goes anywhere, as a build tool's output option does.
     */
    public List<Problem> out(String raw, Path base, Path root) {
        if (raw == null || raw.isBlank()) return add(Problem.bad(OUT, "must name a folder, not an empty string"));
        if (raw.indexOf('\0') >= 0) return add(Problem.bad(OUT, "must not contain a NUL character"));
        try {
            Path p = Path.of(raw);
            Path resolved = base == null || p.isAbsolute() ? p : base.resolve(p);
            Path home = root == null ? null : real(root);
            Path lexical = resolved.toAbsolutePath().normalize();
            Path physical = real(resolved);
            if (home != null && !(physical.startsWith(home) && (lexical.startsWith(home) || lexical.startsWith(root.toAbsolutePath().normalize())))) {
                return add(Problem.bad(OUT, "leads outside the project's folder " + dev.schemac.render.markdown.Quoted.name(Printable.of(home.toString()))
                        + ", to " + dev.schemac.render.markdown.Quoted.name(Printable.of(physical.startsWith(home) ? lexical.toString() : physical.toString()))
                        + ": a settings file writes only within its project (the nearest folder above it with `.git` below the home "
                        + "folder, else its own folder); give `--out` on the command line to write there"));
            }
            out = resolved;
            return List.of();
        } catch (InvalidPathException e) {
            return add(Problem.bad(OUT, "is not a path: " + Printable.of(raw)));
        }
    }

    /**
     * Where the system takes {@code p}: its longest existing part resolved as the system resolves it
     * (links followed before a {@code ..} after them climbs), the rest, which holds no link yet, added.
     */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath();
        Path existing = abs;
        while (existing != null && !java.nio.file.Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs.normalize();
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (java.io.IOException e) {
            return abs.normalize();
        }
    }

    public List<Problem> timestamp(String raw) {
        String why = Timestamp.problem(raw);
        if (why != null) return add(Problem.bad(TIMESTAMP, why));
        timestamp = raw;
        return List.of();
    }

    public List<Problem> seed(String raw) {
        Long n = number(raw);
        if (n == null) return add(Problem.bad(SEED, "must be a whole number: " + Printable.of(raw)));
        seed = n;
        return List.of();
    }

    public List<Problem> rows(String raw) {
        Long n = number(raw);
        if (n == null || n < 1 || n > MAX_ROWS) {
            return add(Problem.bad(ROWS, "must be a whole number from 1 to " + MAX_ROWS + ": " + Printable.of(raw)));
        }
        rows = n.intValue();
        return List.of();
    }

    public List<Problem> strict(String raw) {
        if (!"true".equals(raw) && !"false".equals(raw)) {
            return add(Problem.bad(STRICT, "must be true or false: " + Printable.of(raw)));
        }
        strict = Boolean.valueOf(raw);
        return List.of();
    }

    /** A rule's severity: the code must name a rule (SC600-SC899), the level be one of {@link #LEVELS}. */
    public List<Problem> severity(String code, String level) {
        String key = SEVERITY + "." + code;
        String c = code.toUpperCase(Locale.ROOT);
        if (Rules.byCode(c).isEmpty()) {
            return add(Problem.bad(key, "is not valid: " + Printable.of(code)
                    + " is not a rule code (SC600-SC899); `schemac explain` lists them"));
        }
        String l = level == null ? "" : level.toLowerCase(Locale.ROOT);
        if (!LEVELS.contains(l)) {
            return add(Problem.bad(key, "is not valid: the level is error, warning, info or off, not " + Printable.of(level)));
        }
        severities.put(c, l);
        return List.of();
    }

    /** A target option, such as {@code java.package}; the key must be one a target reads. */
    public List<Problem> option(String key, String value) {
        Set<String> known = targetOptionKeys();
        if (!known.contains(key)) {
            return add(new Problem(key, Problem.Kind.UNKNOWN_KEY, "is not an option of any target (known: "
                    + String.join(", ", known) + ")", DidYouMean.closest(key, known), -1));
        }
        String v = value == null ? "" : value;
        for (Target t : Targets.all()) {
            String rule = t.options().containsKey(key) ? t.optionRule(key, v) : null;
            if (rule != null) return add(Problem.bad(key, rule + ": " + Printable.of(v)));
        }
        options.put(key, v);
        return List.of();
    }

    public List<Problem> problems() { return List.copyOf(problems); }

    public boolean hasProblems() { return !problems.isEmpty(); }

    /** What was set without problems; unset values stay null, for the next layer to fill. */
    public ProjectSettings build() {
        return new ProjectSettings(targets, out, timestamp, seed, rows, strict, severities, options);
    }

    private List<Problem> add(Problem p) {
        problems.add(p);
        return List.of(p);
    }

    private static Long number(String raw) {
        if (raw == null) return null;
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
