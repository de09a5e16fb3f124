package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The corpus of evolution sequences under {@code src/test/resources/evolve-sequences}: each
 * folder is a model as a team changes it over two or three features ({@code v1.schema},
 * {@code v2.schema}, ...) and {@code sequence.txt}: the rows inserted after the first
 * migration ({@code rows:}), a query whose result every later migration, up and down, must
 * keep ({@code keep:}, or {@code keep vN:} where names change), the destructive findings
 * each migration must report ({@code lint vN:} codes), and {@code needs: checks} when the
 * sequence is about CHECK constraints (the MySQL the suite installs ignores them), and
 * {@code alembic on:} the engines real Alembic must always run it on (besides its turn). Names are
 * quoted with double quotes; MySQL gets backticks.
 */
public final class Sequences {
    private Sequences() {}

    public record Sequence(String name, String about, List<String> versions, List<String> rows, Map<Integer, String> keep,
                           Map<Integer, TreeSet<String>> lint, boolean needsChecks, java.util.Set<Kind> alembicOn) {
        /** The query that reads the kept rows after migration {@code v} (1-based), as the model then names them. */
        public String keep(int v) {
            for (int i = v; i >= 1; i--) if (keep.containsKey(i)) return keep.get(i);
            return keep.get(0);
        }

        public String id(int v) {
            return "2025010" + v + "000000_v" + v;
        }
    }

    public static Path root() {
        try {
            return Path.of(Sequences.class.getResource("/evolve-sequences").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Sequence> all() throws IOException {
        var out = new ArrayList<Sequence>();
        try (var dirs = Files.list(root())) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) out.add(read(dir));
        }
        assertThat(out).as("the corpus of evolution sequences").hasSizeGreaterThanOrEqualTo(10);
        return chosen(out, only());
    }

    /**
     * The sequences {@code only} names (all of them when null). A name that matches none fails the run: every test
     * reading the corpus would otherwise loop over nothing and pass.
     */
    static List<Sequence> chosen(List<Sequence> all, String only) {
        if (only == null) return all;
        var names = all.stream().map(Sequence::name).toList();
        for (String name : only.split(",")) {
            if (!names.contains(name.strip())) {
                throw new IllegalArgumentException("-Dschemac.evolve.sequences.only=" + only + " names no sequence `" + name.strip()
                        + "` under src/test/resources/evolve-sequences; the sequences are " + names);
            }
        }
        var wanted = java.util.Arrays.stream(only.split(",")).map(String::strip).toList();
        return all.stream().filter(s -> wanted.contains(s.name())).toList();
    }

    /** {@code -Dschemac.evolve.sequences.only=NAME[,NAME...]}: while writing sequences, run those alone. */
    static String only() {
        String only = System.getProperty("schemac.evolve.sequences.only");
        return only == null || only.isBlank() ? null : only;
    }

    static Sequence read(Path dir) throws IOException {
        var versions = new ArrayList<String>();
        for (int v = 1; Files.exists(dir.resolve("v" + v + ".schema")); v++) {
            versions.add(Files.readString(dir.resolve("v" + v + ".schema"), StandardCharsets.UTF_8));
        }
        String about = "";
        var rows = new ArrayList<String>();
        var keep = new TreeMap<Integer, String>();
        var lint = new TreeMap<Integer, TreeSet<String>>();
        boolean checks = false;
        var alembicOn = java.util.EnumSet.noneOf(Kind.class);
        for (String line : Files.readAllLines(dir.resolve("sequence.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("# ")) about = line.substring(2);
            else if (line.startsWith("rows: ")) rows.add(line.substring(6));
            else if (line.startsWith("keep: ")) keep.put(0, line.substring(6));
            else if (line.matches("keep v\\d+: .*")) keep.put(Integer.parseInt(line.substring(6, line.indexOf(':'))), line.substring(line.indexOf(": ") + 2));
            else if (line.matches("lint v\\d+: .*")) {
                lint.put(Integer.parseInt(line.substring(6, line.indexOf(':'))), new TreeSet<>(List.of(line.substring(line.indexOf(": ") + 2).split(" "))));
            } else if (line.equals("needs: checks")) checks = true;
            else if (line.startsWith("alembic on: ")) for (String k : line.substring(12).split(" ")) alembicOn.add(Kind.valueOf(k));
            else if (!line.isBlank()) throw new IllegalArgumentException(dir + "/sequence.txt: cannot read `" + line + "`");
        }
        assertThat(versions).as("versions of %s", dir).hasSizeGreaterThanOrEqualTo(2);
        assertThat(keep).as("a keep query in %s", dir).isNotEmpty();
        return new Sequence(dir.getFileName().toString(), about, versions, rows, keep, lint, checks, alembicOn);
    }

    /** The history of a sequence, built as {@code schemac migrate} builds it, one migration per version. */
    public record Built(List<EvolutionHarness.Version> versions, List<EvolutionHarness.Step> steps, Map<String, String> files) {
        /** The compiled model of version {@code v} (1-based). */
        public dev.schemac.compile.Compilation compilation(int v) {
            return versions.get(v - 1).compilation();
        }
    }

    public static Built build(Sequence s) throws IOException {
        var versions = new ArrayList<EvolutionHarness.Version>();
        var steps = new ArrayList<EvolutionHarness.Step>();
        var files = new LinkedHashMap<String, String>();
        History history = History.EMPTY;
        for (int v = 1; v <= s.versions().size(); v++) {
            var version = EvolutionHarness.compile(s.versions().get(v - 1));
            assertThat(version.compilation().hasErrors()).as("%s v%d compiles: %s", s.name(), v, version.compilation().diagnostics()).isFalse();
            String id = s.id(v);
            var step = EvolutionHarness.migrate(history, EvolutionHarness.relative(files), version, id.substring(0, 14), id.substring(15));
            assertThat(step.plan().isEmpty()).as("%s v%d changes something", s.name(), v).isFalse();
            assertThat(step.after().problems()).as("%s v%d history", s.name(), v).isEmpty();
            versions.add(version);
            steps.add(step);
            files.putAll(step.files());
            history = step.after();
        }
        return new Built(versions, steps, files);
    }

    public static String sql(Built b, Sequence s, dev.schemac.model.Dialect d, int v, String direction) {
        return b.files().get(MigrationFiles.sqlPath(d, s.id(v), direction));
    }

    /** Names quoted as the engine quotes them. */
    public static String quoted(Kind kind, String sql) {
        return kind == Kind.MARIADB || kind == Kind.MYSQL ? sql.replace('"', '`') : sql;
    }

    /** A query's rows, each value as text with numbers and fixed-length text in one spelling across engines and types. */
    public static List<String> rows(LiveDb db, String query) throws Exception {
        var out = new ArrayList<String>();
        try (Connection c = db.connect(); var st = c.createStatement(); var rs = st.executeQuery(quoted(db.kind(), query))) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                var row = new ArrayList<String>();
                for (int i = 1; i <= n; i++) row.add(normal(rs.getObject(i)));
                out.add(String.join("|", row));
            }
        }
        return out;
    }

    static String normal(Object o) {
        if (o == null) return "null";
        String s = String.valueOf(o).stripTrailing();
        if (o instanceof Number || s.matches("-?\\d+(\\.\\d+)?")) {
            try {
                return new BigDecimal(s).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return s;
            }
        }
        return s;
    }
}
