package dev.schemac.hostile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.Table;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.CodeDoc;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.HumanRenderer;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.java.JavaTarget;
import dev.schemac.model.DefaultValue;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.FieldCheck;
import dev.schemac.testing.Engine;
import dev.schemac.testing.Engines;
import dev.schemac.testing.Fuzz;
import dev.schemac.testing.NodeHarness;
import dev.schemac.testing.Clients;
import dev.schemac.testing.Database;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof of issue 11: every free-text slot of a model is filled with hostile text
 * (quotes and comment openers of every output language, line breaks of every kind, control
 * and bidirectional characters, multibyte and very long text; see {@link HostileText}),
 * one slot per case, and each model is either refused by {@code check} with a documented
 * code (never an exception), or generated, and then every output is read by the real tool
 * that will read it:
 * <ul>
 *   <li>SQLite runs the schema, seed, drop and migration scripts through the sqlite3 shell,
 *       as the documents say, and every case's defaults, enum label, check literal, names are
 *       read back from the database; PostgreSQL (psql) and MariaDB (mysql) do the same for a
 *       sample of the cases, comments included;</li>
 *   <li>Python's {@code ast} parses every .py file, which must have the statements and calls of
 *       the plain model and no other, and the model's strings read back as its constants;</li>
 *   <li>Prisma's validator takes the schema cleanly and its DMMF has exactly the Catalog's
 *       models, fields and enums, with the default and the label as the model has them;</li>
 *   <li>Mermaid parses the diagram to the Catalog's tables and columns;</li>
 *   <li>a CommonMark parser (with GitHub's tables) reads both documents to the heading outline,
 *       tables, fences and lists of the plain model's, and the title and texts read back;</li>
 *   <li>javac compiles the Java sources (every lint, warnings fatal) and the metamodel's
 *       constants, loaded, are the Catalog's names.</li>
 * </ul>
 * Seeded and reproducible; CI runs {@code -Dschemac.fuzz.cases} (default 60) random cases after every known attack in each of {@link #KNOWN_SLOTS}, all
 * on SQLite, every {@value #SERVER_SAMPLE}th accepted one on PostgreSQL and MariaDB, and
 * every {@value #PYTHON_RUN_SAMPLE}th runs its Alembic revision and SQLModel classes. The
 * numbers per slot and every finding are printed and written to
 * {@code target/hostile-report.md}.
 */
class HostileTextTest {
    static final int SERVER_SAMPLE = 6;
    /**
     * The slots every known attack is tried in: one of each kind of context (docstrings and
     * headings, comments and sentences, enum labels, literals, one-line texts).
     */
    static final List<String> KNOWN_SLOTS = List.of("title", "entityDoc", "fieldDoc", "label", "default", "query");
    /** Every this-many-th accepted case also runs its Alembic revision and SQLModel classes (Python is slow to start). */
    static final int PYTHON_RUN_SAMPLE = 12;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.Comparator<JsonNode> NUMERIC = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    @TempDir Path dir;

    private final Map<String, SlotStats> stats = new LinkedHashMap<>();
    private final List<String> findings = new ArrayList<>();
    private Plain plain;
    private PythonReader python;
    private final JavaBatch java = new JavaBatch();
    private int accepted;

    static final class SlotStats {
        int cases, accepted, rejected, sqlite, postgres, mariadb, mysql, javaCompiled, pythonRun;
        final Map<String, Integer> codes = new TreeMap<>();
    }

    /**
     * What the plain model's outputs look like, to compare each accepted case's with, and the
     * dialects whose SQL it leaves out (see {@link #reference}).
     */
    record Plain(Map<String, JsonNode> python, Map<String, MarkdownShape> markdown, Compilation compilation, Set<String> leftOut) {}

    @Test
    void hostileTextIsRefusedOrReachesEveryOutputIntact() throws Exception {
        int cases = Fuzz.cases(60);
        long seed = Fuzz.seed();
        var random = new Random(seed);
        var slots = HostileModel.slots();
        for (String s : slots) stats.put(s, new SlotStats());
        long started = System.nanoTime();
        try (var py = new PythonReader(Engines.root().resolve("compiler/src/test/resources/hostile/pycheck.py"))) {
            python = py;
            plain = plain();
            int i = 0;
            // First every known attack in a slot of each kind of context, then random text in every slot.
            for (String attack : HostileText.KNOWN) {
                for (String slot : KNOWN_SLOTS) {
                    runCase(i++, HostileModel.with(slot, slot.endsWith("Doc") || slot.equals("title") ? "d" + attack : attack), false);
                    if (java.size() >= 40) java.compile(this);
                }
            }
            for (List<String> name : HostileText.KNOWN_NAMES) {
                runCase(i++, HostileModel.with(name.get(0), name.get(1)), false);
            }
            // A comment MySQL cannot store (SC540, a warning) leaves MySQL out; its outputs are still compared in full.
            runCase(i++, HostileModel.with("fieldDoc", "d" + "L\u00e4nger \"Kommentar\" */ -- ".repeat(50)), false);
            for (int k = 0; k < cases; k++) {
                String slot = slots.get(k % slots.size());
                runCase(i++, HostileModel.hostile(slot, random), false);
                if (java.size() >= 40) java.compile(this);
            }
            java.compile(this);
        }
        assertThat(comparedWithTwin).as("cases that left MySQL out, compared with the plain twin").isPositive();
        String report = report(cases + HostileText.KNOWN.size() * KNOWN_SLOTS.size() + HostileText.KNOWN_NAMES.size() + 1, seed, (System.nanoTime() - started) / 1_000_000_000.0);
        System.out.println(report);
        Path target = Engines.root().resolve("compiler/target");
        if (Files.isDirectory(target)) Files.writeString(target.resolve("hostile-report.md"), report, StandardCharsets.UTF_8);
        assertThat(findings).as("what the harness found (seed %d)", seed).isEmpty();
    }

    /**
     * The defaults of the issue, on every engine through its own client as the documents say
     * (sqlite3, psql, mysql): a CR LF must come back as CR LF, quotes and backslashes as they
     * are, and a check literal must refuse exactly itself.
     */
    @Test
    void lineBreaksQuotesAndBackslashesSurviveEveryClient() throws Exception {
        HostileModel.slots().forEach(s -> stats.put(s, new SlotStats()));
        try (var py = new PythonReader(Engines.root().resolve("compiler/src/test/resources/hostile/pycheck.py"))) {
            python = py;
            plain = plain();
            int i = 0;
            for (String v : List.of("a\r\nb", "\r", "it's \"quoted\" \\ and \\\\ \\n\ttab", "'); DROP TABLE x; --")) {
                runCase(i++, HostileModel.with("default", v), true);
                runCase(i++, HostileModel.with("checkLiteral", v), true);
            }
            java.compile(this);
        }
        assertThat(findings).isEmpty();
        assertThat(stats.get("default").postgres).isEqualTo(4);
        assertThat(stats.get("default").mariadb).isEqualTo(4);
    }

    /**
     * Every category of {@link HostileSweep} in every position at once, the categories turning over
     * the positions from case to case: each case as a whole; then each of its values alone in its
     * position, refused with a coded, located diagnostic or kept; then every kept value at once, which
     * goes through every output, so the texts reach the outputs even where another is refused. Every accepted
     * case runs on SQLite and PostgreSQL, every {@value #SWEEP_MYSQL_SAMPLE}th on MariaDB and MySQL 8
     * too. {@code -Dschemac.hostile.sweep=N} runs N cases (the default turns every category over every
     * position once), with {@code -Dschemac.fuzz.seed} as the seed.
     */
    @Test
    void everyCategoryInEveryPositionAtOnce() throws Exception {
        int cases = Integer.getInteger("schemac.hostile.sweep", HostileSweep.categories().size());
        long seed = Fuzz.seed();
        var random = new Random(seed);
        stats.put("sweep", new SlotStats());
        stats.put("sweep, one position", new SlotStats());
        stats.put("sweep, accepted ones", new SlotStats());
        int[] sample = {0};
        long started = System.nanoTime();
        servers = () -> sample[0]++ % SWEEP_MYSQL_SAMPLE == 0 ? List.of(Engine.POSTGRES, Engine.MARIADB, Engine.MYSQL)
                : List.of(Engine.POSTGRES);
        try (var py = new PythonReader(Engines.root().resolve("compiler/src/test/resources/hostile/pycheck.py"))) {
            python = py;
            plain = plain();
            int i = 0;
            for (int k = 0; k < cases; k++) {
                var values = HostileSweep.values(k, random);
                runCase(i++, HostileModel.withAll("sweep", values), false);
                // Each value alone in its position: refused with a coded diagnostic, or kept for a model
                // that holds every kept one at once and goes through every output.
                var kept = new LinkedHashMap<String, String>();
                SlotStats alone = stats.get("sweep, one position");
                for (var v : values.entrySet()) {
                    String label = "case " + i + " [" + v.getKey() + " alone] " + shown(v.getValue());
                    alone.cases++;
                    try {
                        Compilation c = compile(HostileModel.with(v.getKey(), v.getValue()), "alone");
                        if (c.hasErrors()) refused(label, c, alone);
                        else kept.put(v.getKey(), v.getValue());
                    } catch (Throwable e) {
                        finding(label, "check threw " + e);
                    }
                }
                runCase(i++, HostileModel.withAll("sweep, accepted ones", kept), false);
                if (java.size() >= 40) java.compile(this);
            }
            java.compile(this);
        }
        String report = report(2 * cases + cases * HostileSweep.POSITIONS.size(), seed, (System.nanoTime() - started) / 1_000_000_000.0);
        System.out.println(report);
        assertThat(findings).as("what the sweep found (seed %d)\n%s", seed, report).isEmpty();
        assertThat(stats.get("sweep, accepted ones").accepted).as("sweep cases generated").isPositive();
        assertThat(stats.get("sweep, accepted ones").mysql).as("sweep cases run on MySQL 8").isPositive();
    }

    static final int SWEEP_MYSQL_SAMPLE = 4;

    /** Which servers an accepted case runs on, when a test chooses (null: the sample of {@link #SERVER_SAMPLE}). */
    private java.util.function.Supplier<List<Engine>> servers;

    private Plain plain() throws Exception {
        return plain(HostileModel.plain(), "plain");
    }

    private Plain plain(HostileModel m, String name) throws Exception {
        Compilation c = compile(m, name);
        assertThat(c.hasErrors()).as("the plain model compiles: %s", c.diagnostics()).isFalse();
        var files = generate(c, name);
        var py = python.read(pythonFiles(files));
        var pyShapes = new TreeMap<String, JsonNode>();
        py.fields().forEachRemaining(e -> pyShapes.put(e.getKey(), e.getValue()));
        var md = new TreeMap<String, MarkdownShape>();
        for (String path : markdownFiles(files)) md.put(kind(path), MarkdownShape.of(files.get(path), c.model().settings()));
        return new Plain(pyShapes, md, c, leftOut(files));
    }

    /**
     * A database's limits (SC540-SC544: comment characters and length, row size, key length,
     * column count, enum label length) are warnings for a dialect other than the model's: that
     * dialect's scripts are left unwritten, the Alembic revision guards against running on it
     * and the documents say why. So a case is compared with the plain model's outputs with the
     * same dialects left out, and in full, not with fewer checks: the twin's
     * field comment is plain words past MySQL's 1,024 characters (SC540), so its outputs differ
     * from the plain model's exactly by what leaving MySQL out changes (no MySQL scripts, the
     * Alembic revision's guard, the documents' note) and a case that leaves MySQL out is
     * compared with it in full. A case that leaves out another set has no twin and is a finding.
     */
    private Plain reference(String label, Map<String, String> files) throws Exception {
        Set<String> out = leftOut(files);
        if (out.equals(plain.leftOut())) return plain;
        if (plainTwins.isEmpty()) {
            Plain twin = plain(HostileModel.with("fieldDoc", "A plain field." + " Plain words.".repeat(90)), "plaintwin");
            assertThat(twin.leftOut()).as("the plain twin leaves MySQL out").isEqualTo(Set.of("mysql"));
            plainTwins.put(twin.leftOut(), twin);
        }
        Plain twin = plainTwins.get(out);
        if (twin == null) finding(label, "no plain twin leaves out the SQL of " + out + " as this case does");
        else comparedWithTwin++;
        return twin;
    }

    /** How many cases were compared with a twin rather than the plain model. */
    private int comparedWithTwin;

    /** The twin that leaves MySQL out, by the dialects it leaves out. */
    private final Map<Set<String>, Plain> plainTwins = new HashMap<>();

    /** The dialects (as their folders under sql/) whose scripts a run did not write. */
    private static Set<String> leftOut(Map<String, String> files) {
        var written = new TreeSet<String>();
        for (String path : files.keySet()) {
            var m = SQL_SCHEMA.matcher(path);
            if (m.matches()) written.add(m.group(1));
        }
        var out = new TreeSet<>(SQL_DIALECTS);
        out.removeAll(written);
        return Set.copyOf(out);
    }

    private static final Pattern SQL_SCHEMA = Pattern.compile("sql/([^/]+)/schema\\.sql");
    /** Every dialect's folder under sql/, as the Dialect enum names them. */
    private static final Set<String> SQL_DIALECTS = Arrays.stream(dev.schemac.model.Dialect.values())
            .map(d -> d.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());

    private Compilation compile(HostileModel m, String name) throws IOException {
        Path file = dir.resolve(name + ".schema");
        Files.writeString(file, m.text(), StandardCharsets.UTF_8);
        return Compiler.compile(List.of(file));
    }

    private Map<String, String> generate(Compilation c, String name) {
        var options = new TargetOptions(TargetOptions.DEFAULT_TIMESTAMP, 42, 3,
                Map.of(JavaTarget.PACKAGE_OPTION, "fz." + name));
        var result = Targets.run(c, Targets.all(), options);
        var errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) throw new TargetRefused(errors);
        return result.files();
    }


    static final class TargetRefused extends RuntimeException {
        final transient List<Diagnostic> errors;

        TargetRefused(List<Diagnostic> errors) {
            super(errors.toString());
            this.errors = errors;
        }
    }

    private void runCase(int i, HostileModel m, boolean everyEngine) {
        SlotStats s = stats.get(m.slot());
        s.cases++;
        String id = "c" + i;
        String label = "case " + i + " [" + m.slot() + "] " + shown(m.value());
        Compilation c;
        try {
            c = compile(m, id);
        } catch (Throwable e) {
            finding(label, "check threw " + e);
            return;
        }
        if (c.hasErrors()) {
            refused(label, c, s);
            return;
        }
        Map<String, String> files;
        try {
            files = generate(c, id);
        } catch (TargetRefused e) {
            // `check` runs the targets as generate does (CheckMatchesGenerateTest), so an engine
            // limit a target reports is check's refusal too: it must be coded and located.
            s.rejected++;
            for (Diagnostic d : e.errors) {
                s.codes.merge(d.code(), 1, Integer::sum);
                if (CodeDoc.byId(d.code()).isEmpty()) finding(label, "a target refused with an undocumented code " + d.code());
                if (d.span() == null) finding(label, d.code() + " from a target has no location");
            }
            return;
        } catch (Throwable e) {
            finding(label, "a target threw " + e);
            return;
        }
        s.accepted++;
        accepted++;
        var expect = Expected.of(c, m.slot());
        Plain ref;
        try {
            ref = reference(label, files);
        } catch (Throwable e) {
            finding(label, "the plain twin threw " + e);
            return;
        }
        if (ref == null) return;
        run(label, () -> checkPython(label, files, expect, ref));
        run(label, () -> checkPrisma(label, files, c.catalog(), expect));
        run(label, () -> checkMermaid(label, files, c.catalog()));
        run(label, () -> checkMarkdown(label, files, c, expect, ref));
        run(label, () -> {
            checkSqlite(label, files, c, expect);
            s.sqlite++;
        });
        List<Engine> engines = servers != null ? servers.get()
                : everyEngine || accepted % SERVER_SAMPLE == 0 ? List.of(Engine.POSTGRES, Engine.MARIADB) : List.of();
        for (Engine engine : engines) {
            run(label, () -> {
                checkServer(label, engine, files, c, expect);
                switch (engine) {
                    case POSTGRES -> s.postgres++;
                    case MARIADB -> s.mariadb++;
                    default -> s.mysql++;
                }
            });
        }
        if (accepted % PYTHON_RUN_SAMPLE == 0 || engines.size() > 2) {
            run(label, () -> {
                runPython(label, id, files);
                s.pythonRun++;
            });
        }
        java.add(label, s, "fz." + id, files, c);
    }

    /** A refusal: every error coded, documented and located, and nothing hidden printed to the terminal. */
    private void refused(String label, Compilation c, SlotStats s) {
        s.rejected++;
        for (Diagnostic d : c.diagnostics()) {
            if (!d.isError()) continue;
            s.codes.merge(d.code(), 1, Integer::sum);
            if (CodeDoc.byId(d.code()).isEmpty()) finding(label, "rejected with an undocumented code " + d.code());
            if (d.span() == null) finding(label, d.code() + " has no location");
        }
        String rendered = new HumanRenderer(false).render(c.diagnostics());
        // A joiner or selector doing its one job (an emoji's, a Persian word's) is shown as written, as in every one-line text.
        for (String line : rendered.split("\n", -1)) {
            if (!dev.schemac.render.text.PlainText.visible(line).equals(line)) {
                finding(label, "diagnostics print a control, invisible or bidirectional character to the terminal: "
                        + shown(line));
                break;
            }
        }
    }

    /**
     * The Alembic revision upgrades and downgrades a SQLite database, and the SQLModel classes
     * import and create their tables: Python runs the code, not only reads it.
     */
    private void runPython(String label, String id, Map<String, String> files) throws Exception {
        Path out = dir.resolve(id + "-out");
        for (var f : files.entrySet()) {
            Path p = out.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
        String db = "sqlite:///" + out.resolve("alembic.db");
        String migrations = out.resolve("migrations/alembic").toString();
        dev.schemac.testing.PythonHarness.run(Map.of(), "alembic", migrations, db, "upgrade");
        dev.schemac.testing.PythonHarness.run(Map.of(), "alembic", migrations, db, "downgrade");
        dev.schemac.testing.PythonHarness.modelsCreate(out.resolve("sqlmodel/models.py"), "sqlite:///" + out.resolve("models.db"));
    }

    interface Check {
        void run() throws Exception;
    }

    private void run(String label, Check check) {
        try {
            check.run();
        } catch (Throwable e) {
            finding(label, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    void finding(String label, String what) {
        findings.add(label + ": " + what);
    }

    static String shown(String s) {
        String v = dev.schemac.render.text.PlainText.visible(s);
        return "`" + (v.length() > 60 ? v.substring(0, 60) + "…(" + s.length() + " chars)" : v) + "`";
    }

    // --- what each slot's text must read back as

    /**
     * The values of the case's model, as the resolved Model and Catalog hold them: what each
     * output must give back.
     */
    record Expected(String slot, String title, Table table, Column column, Column kindColumn, String defaultText,
                    String label, String checkLiteral, String json, String date, String number, String entityDoc,
                    String schemaDoc, String query, String reason, String growth, String feature) {

        static Expected of(Compilation c, String slot) {
            var model = c.model();
            Entity e = model.entities().get(0);
            Table t = c.catalog().tableOf(e.name()).orElseThrow();
            Field f = e.fields().stream().filter(x -> x.type() instanceof dev.schemac.model.FieldType.Scalar s
                    && s.kind() == dev.schemac.model.ScalarKind.STRING).findFirst().orElseThrow();
            Column col = t.columnsOf(f.name()).get(0);
            Column kind = t.columns().stream().filter(x -> x.type().isEnum()).findFirst().orElseThrow();
            String checkLiteral = f.checks().stream().filter(x -> x instanceof FieldCheck.Compare).map(x -> (String) ((FieldCheck.Compare) x).value())
                    .findFirst().orElseThrow();
            String json = text(field(e, "data").defaultValue());
            String date = text(field(e, "day").defaultValue());
            String number = ((DefaultValue.Number) field(e, "ratio").defaultValue()).value().toString();
            return new Expected(slot, model.settings().displayTitle(), t, col, kind, text(f.defaultValue()),
                    model.enums().get(0).values().get(0).dbValue(), checkLiteral, json, date, number, e.doc(),
                    model.settings().doc(), e.queries().get(0).description(), e.denormalized().get(0).reason(),
                    e.volume().growth(), model.settings().feature());
        }

        private static Field field(Entity e, String name) {
            return e.fields().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        }

        private static String text(DefaultValue d) {
            return ((DefaultValue.Text) d).value();
        }
    }

    // --- Python

    private static Map<String, String> pythonFiles(Map<String, String> files) {
        var out = new TreeMap<String, String>();
        files.forEach((k, v) -> {
            if (k.endsWith(".py")) out.put(k, v);
        });
        return out;
    }

    /**
     * env.py by design gains a comparison of MySQL enum members when a label holds a backslash
     * (SQLAlchemy's MySQL reflection doubles it): that one file's shape follows the label.
     */
    private static boolean backslashLabelEnv(String file, Expected x) {
        return file.equals("migrations/alembic/env.py") && x.label() != null && x.label().indexOf('\\') >= 0;
    }

    private void checkPython(String label, Map<String, String> files, Expected x, Plain plain) throws IOException {
        var read = python.read(pythonFiles(files));
        var strings = new HashSet<String>();
        var docstrings = new ArrayList<String>();
        for (var it = read.fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode f = e.getValue();
            if (!f.get("ok").asBoolean()) {
                finding(label, e.getKey() + " is not Python: " + f.get("error").asText());
                continue;
            }
            JsonNode expected = plain.python().get(e.getKey());
            if (expected == null) {
                finding(label, "an unexpected Python file " + e.getKey());
            } else if (!expected.get("shape").equals(f.get("shape")) && !backslashLabelEnv(e.getKey(), x)) {
                var calls = new TreeSet<String>();
                f.get("shape").get("calls").forEach(n -> calls.add(n.asText()));
                var plainCalls = new TreeSet<String>();
                expected.get("shape").get("calls").forEach(n -> plainCalls.add(n.asText()));
                var extra = new TreeSet<>(calls);
                extra.removeAll(plainCalls);
                var missing = new TreeSet<>(plainCalls);
                missing.removeAll(calls);
                boolean statements = !expected.get("shape").get("statements").equals(f.get("shape").get("statements"));
                finding(label, e.getKey() + " differs from the plain model's: " + (statements ? "other statements; " : "")
                        + "calls " + extra + " more, " + missing + " fewer");
            }
            f.get("strings").forEach(n -> strings.add(n.asText()));
            f.get("docstrings").forEach(n -> docstrings.add(n.asText()));
        }
        expectIn(label, "Python string constants", strings, x.defaultText(), x.label(), x.table().name(), x.column().name());
        String comment = x.column().comment();
        if (comment != null) expectIn(label, "Python string constants", strings, comment);
        if (x.entityDoc() != null) expectDoc(label, docstrings, x.entityDoc());
        expectDoc(label, docstrings, x.title());
    }

    private void expectIn(String label, String where, Set<String> have, String... wanted) {
        for (String w : wanted) if (!have.contains(w)) finding(label, where + " lack " + shown(w));
    }

    /** A doc or title inside a docstring: Python's cleandoc strips each line's ends, as the outputs do. */
    private void expectDoc(String label, List<String> docstrings, String text) {
        // Python's cleandoc strips each line and expands tabs, as a reader's view of a docstring does.
        String want = MarkdownShape.squash(text);
        if (docstrings.stream().noneMatch(d -> MarkdownShape.squash(d).contains(want))) {
            finding(label, "no Python docstring holds " + shown(text));
        }
    }

    // --- Prisma

    private void checkPrisma(String label, Map<String, String> files, Catalog catalog, Expected x) {
        String schema = files.get("prisma/schema.prisma");
        var harness = NodeHarness.get();
        JsonNode v = harness.callWithStdin(schema, "prisma-validate", "-");
        if (!v.get("ok").asBoolean() || v.get("errors").size() > 0 || v.get("warnings").size() > 0) {
            finding(label, "Prisma does not take the schema cleanly: " + v.get("message").asText() + " " + v.get("warnings"));
            return;
        }
        JsonNode dm = harness.callWithStdin(schema, "prisma-dmmf", "-").get("datamodel");
        var tables = new TreeSet<String>();
        catalog.tables().forEach(t -> tables.add(t.name()));
        var models = new TreeSet<String>();
        for (JsonNode model : dm.get("models")) {
            String table = dbName(model);
            models.add(table);
            var columns = new TreeSet<String>();
            var fields = new TreeMap<String, JsonNode>();
            for (JsonNode f : model.get("fields")) {
                if (f.get("kind").asText().equals("object")) continue;
                columns.add(dbName(f));
                fields.put(dbName(f), f);
            }
            var expected = catalog.table(table).map(t -> t.columns().stream().map(Column::name).collect(Collectors.toCollection(TreeSet::new)));
            if (expected.isEmpty() || !expected.get().equals(columns)) {
                finding(label, "Prisma model " + shown(table) + " has fields " + columns + ", the Catalog " + expected.orElse(null));
            }
            if (table.equals(x.table().name())) {
                JsonNode f = fields.get(x.column().name());
                if (f == null || !f.path("default").asText().equals(x.defaultText())) {
                    finding(label, "Prisma's default of " + shown(x.column().name()) + " is " + (f == null ? null : shown(f.path("default").asText())));
                }
            }
        }
        if (!models.equals(tables)) finding(label, "Prisma has models " + models + ", the Catalog tables " + tables);
        var enums = new TreeSet<String>();
        for (JsonNode e : dm.get("enums")) {
            enums.add(dbName(e));
            var labels = new ArrayList<String>();
            for (JsonNode value : e.get("values")) labels.add(dbName(value));
            EnumDef def = catalog.enums().stream().filter(d -> d.typeName().equals(dbName(e))).findFirst().orElse(null);
            if (def == null || !def.values().equals(labels)) finding(label, "Prisma enum " + shown(dbName(e)) + " has labels " + labels);
        }
        var types = catalog.enums().stream().map(EnumDef::typeName).collect(Collectors.toCollection(TreeSet::new));
        if (!enums.equals(types)) finding(label, "Prisma has enums " + enums + ", the Catalog " + types);
    }

    private static String dbName(JsonNode n) {
        JsonNode db = n.get("dbName");
        return db == null || db.isNull() ? n.get("name").asText() : db.asText();
    }

    // --- Mermaid

    // Mermaid's parser hands an alias back with its entity codes re-encoded (#gt; as ﬂ°gt¶ß, #35; as ﬂ°°35¶ß).
    private static final Pattern CODE = Pattern.compile("(?:#|\ufb02\u00b0\u00b0?)(quot|lt|gt|amp|[0-9]+)(?:;|\u00b6\u00df)");

    /** Mermaid's entity codes (#quot; #35; ...) read back as the characters the renderer shows. */
    private static String mermaidText(String s) {
        var m = CODE.matcher(s);
        var b = new StringBuilder();
        while (m.find()) {
            String code = m.group(1);
            String ch = switch (code) {
                case "quot" -> "\"";
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                default -> new String(Character.toChars(Integer.parseInt(code)));
            };
            m.appendReplacement(b, Matcher.quoteReplacement(ch));
        }
        m.appendTail(b);
        return b.toString();
    }

    private void checkMermaid(String label, Map<String, String> files, Catalog catalog) {
        JsonNode r = NodeHarness.get().callWithStdin(files.get("mermaid/er.mmd"), "mermaid-parse", "-");
        if (!r.get("ok").asBoolean()) {
            finding(label, "Mermaid cannot parse the diagram: " + r.get("error").asText());
            return;
        }
        // A stored name Mermaid cannot take as a word is written as one, with the real name beside
        // it: the entity's alias, the attribute's comment ("column <name>; ..."). Both are read back.
        var have = new TreeMap<String, List<String>>();
        for (JsonNode e : r.get("entities")) {
            var attrs = new ArrayList<String>();
            for (JsonNode a : e.get("attributes")) {
                String comment = mermaidText(a.path("comment").asText(""));
                attrs.add(comment.startsWith("column ") ? comment.substring(7) : a.get("name").asText());
            }
            String alias = e.path("alias").isNull() || e.path("alias").isMissingNode() ? null : e.get("alias").asText();
            have.put(alias != null ? mermaidText(alias) : e.get("name").asText(), attrs);
        }
        var want = new TreeMap<String, List<String>>();
        for (Table t : catalog.tables()) want.put(t.name(), t.columns().stream().map(Column::name).toList());
        // A comment goes on after the name ("; nullable"): a renamed column's entry starts with its name.
        for (var e : want.entrySet()) {
            List<String> got = have.get(e.getKey());
            if (got == null || got.size() != e.getValue().size()) continue;
            var fixed = new ArrayList<String>();
            for (int i = 0; i < got.size(); i++) {
                String w = e.getValue().get(i);
                fixed.add(got.get(i).equals(w) || got.get(i).startsWith(w + "; ") ? w : got.get(i));
            }
            have.put(e.getKey(), fixed);
        }
        if (!have.equals(want)) finding(label, "Mermaid reads entities " + have + ", the Catalog has " + want);
    }

    // --- Markdown

    private static List<String> markdownFiles(Map<String, String> files) {
        return files.keySet().stream().filter(k -> k.endsWith(".md")).sorted().toList();
    }

    private static String kind(String path) {
        return path.startsWith("ai/decisions/") ? "decision record" : path;
    }

    private void checkMarkdown(String label, Map<String, String> files, Compilation c, Expected x, Plain plain) {
        for (String path : markdownFiles(files)) {
            MarkdownShape have = MarkdownShape.of(files.get(path), c.model().settings());
            MarkdownShape want = plain.markdown().get(kind(path));
            var names = new java.util.HashSet<String>();
            for (var model : List.of(c.model(), plain.compilation().model())) {
                names.add(model.settings().name());
                model.entities().forEach(e -> names.add(e.name()));
                model.enums().forEach(e -> names.add(e.name()));
            }
            if (!have.structure(names).equals(want.structure(names))) {
                finding(label, path + " has another structure than the plain model's:\n  " + have.structure(names) + "\n  plain: "
                        + want.structure(names));
            }
            if (path.equals("Database_Design.md")) {
                String h1 = have.headings().get(0);
                if (!h1.equals(MarkdownShape.squash("Database Design: "
                        + dev.schemac.render.text.PlainText.visible(dev.schemac.render.text.PlainText.oneLine(x.title()))))) finding(label, "the title reads back as " + shown(h1));
                for (String text : new String[] {x.query(), x.reason(), x.growth(), x.entityDoc(), x.schemaDoc()}) {
                    // The document shows a text's invisible characters written out, as every one-line text is.
                    if (text != null && !have.text().contains(MarkdownShape.squash(
                            dev.schemac.render.text.PlainText.visible(dev.schemac.render.text.PlainText.oneLine(text))))) {
                        finding(label, path + " does not read back " + shown(text));
                    }
                }
            }
        }
    }

    // --- SQL on SQLite (every case) and on PostgreSQL and MariaDB (a sample)

    private void checkSqlite(String label, Map<String, String> files, Compilation c, Expected x) throws Exception {
        Path db = dir.resolve(label.split(" ")[1] + ".db");
        Clients.sqlite3(db, files.get("sql/sqlite/schema.sql"));
        Clients.sqlite3(db, files.get("seed/sqlite/seed.sql"));
        try (Connection conn = Engines.sqliteConnection(db)) {
            readBack(label, "SQLite", conn, x, false);
        }
        Clients.sqlite3(db, files.get("sql/sqlite/drop.sql"));
        String ts = TargetOptions.DEFAULT_TIMESTAMP;
        Clients.sqlite3(db, files.get("migrations/sql/sqlite/" + ts + "_init.up.sql"));
        Clients.sqlite3(db, files.get("migrations/sql/sqlite/" + ts + "_init.down.sql"));
        Files.deleteIfExists(db);
    }

    private void checkServer(String label, Engine engine, Map<String, String> files, Compilation c, Expected x) throws Exception {
        String dialect = engine == Engine.POSTGRES ? "postgres" : "mysql";
        try (Database db = Engines.freshDatabase(engine, "hostile")) {
            Clients.run(engine, db, files.get("sql/" + dialect + "/schema.sql"));
            Clients.run(engine, db, files.get("seed/" + dialect + "/seed.sql"));
            try (Connection conn = db.connect()) {
                readBack(label, engine.displayName(), conn, x, true);
                comments(label, engine, conn, db, x);
            }
            Clients.run(engine, db, files.get("sql/" + dialect + "/drop.sql"));
        }
    }

    /**
     * A row of defaults reads back the model's default, enum label, JSON, date and number;
     * the check refuses the very literal it names.
     */
    private void readBack(String label, String engine, Connection conn, Expected x, boolean server) throws SQLException {
        String table = quote(engine, x.table().name());
        try (Statement s = conn.createStatement()) {
            s.executeUpdate(mysqlFamily(engine) ? "INSERT INTO " + table + " () VALUES ()" : "INSERT INTO " + table + " DEFAULT VALUES");
            String sql = "SELECT " + quote(engine, x.column().name()) + ", " + quote(engine, x.kindColumn().name())
                    + ", data, day, ratio FROM " + table + " ORDER BY id DESC";
            try (ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                same(label, engine + " default", rs.getString(1), x.defaultText());
                same(label, engine + " enum label", rs.getString(2), x.label());
                try {
                    // Numbers compare by value: SQLite's NUMERIC affinity stores the document -0.0 as 0, jsonb as 0.0.
                    if (!JSON.readTree(rs.getString(3)).equals(NUMERIC, JSON.readTree(x.json()))) {
                        finding(label, engine + " JSON default reads back as " + shown(rs.getString(3)));
                    }
                } catch (IOException e) {
                    finding(label, engine + " JSON default is not JSON: " + shown(rs.getString(3)));
                }
                same(label, engine + " date default", rs.getString(4).substring(0, Math.min(10, rs.getString(4).length())), x.date());
                if (new BigDecimal(rs.getString(5)).compareTo(new BigDecimal(x.number())) != 0
                        && rs.getDouble(5) != Double.parseDouble(x.number())) {
                    finding(label, engine + " number default reads back as " + rs.getString(5));
                }
            }
            // The MySQL 8.0.15 the tests run parses a CHECK and ignores it (MySQL enforces them from 8.0.16 on).
            if (!x.checkLiteral().equals(x.defaultText()) && !engine.equals(Engine.MYSQL.displayName())) {
                try (var ps = conn.prepareStatement("INSERT INTO " + table + " (" + quote(engine, x.column().name()) + ") VALUES (?)")) {
                    ps.setString(1, x.checkLiteral());
                    ps.executeUpdate();
                    finding(label, engine + " took the value its check refuses: " + shown(x.checkLiteral()));
                } catch (SQLException expected) {
                    // the check holds the literal exactly
                }
            }
        }
    }

    private void comments(String label, Engine engine, Connection conn, Database db, Expected x) throws SQLException {
        String want = x.column().comment();
        String have;
        if (engine == Engine.POSTGRES) {
            try (var ps = conn.prepareStatement("SELECT col_description(c.oid, a.attnum), obj_description(c.oid, 'pg_class') "
                    + "FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid WHERE c.relname = ? AND a.attname = ?")) {
                ps.setString(1, x.table().name());
                ps.setString(2, x.column().name());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    have = rs.getString(1);
                    same(label, "PostgreSQL table comment", rs.getString(2), x.table().doc());
                }
            }
        } else {
            try (var ps = conn.prepareStatement("SELECT COLUMN_COMMENT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? "
                    + "AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
                ps.setString(1, db.name());
                ps.setString(2, x.table().name());
                ps.setString(3, x.column().name());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    have = rs.getString(1);
                }
            }
            if (want == null) want = "";
        }
        same(label, engine.displayName() + " column comment", have, want);
    }

    private void same(String label, String what, String have, String want) {
        if (want == null ? have != null && !have.isEmpty() : !want.equals(have)) {
            finding(label, what + " reads back as " + (have == null ? "null" : shown(have)) + ", not " + (want == null ? "null" : shown(want)));
        }
    }

    private static boolean mysqlFamily(String engine) {
        return engine.equals(Engine.MARIADB.displayName()) || engine.equals(Engine.MYSQL.displayName());
    }

    private static String quote(String engine, String name) {
        return mysqlFamily(engine) ? "`" + name.replace("`", "``") + "`" : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private String report(int cases, long seed, double seconds) {
        var b = new StringBuilder("# Hostile model text: " + cases + " cases, seed " + seed + ", "
                + String.format("%.0f s", seconds) + "\n\n");
        b.append("| slot | cases | refused by check | generated | SQLite | PostgreSQL | MariaDB | MySQL 8 | Alembic + SQLModel run | javac | refusal codes |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (var e : stats.entrySet()) {
            SlotStats s = e.getValue();
            b.append("| ").append(e.getKey()).append(" | ").append(s.cases).append(" | ").append(s.rejected).append(" | ")
                    .append(s.accepted).append(" | ").append(s.sqlite).append(" | ").append(s.postgres).append(" | ")
                    .append(s.mariadb).append(" | ").append(s.mysql).append(" | ").append(s.pythonRun).append(" | ").append(s.javaCompiled).append(" | ").append(s.codes).append(" |\n");
        }
        b.append("\nFindings: ").append(findings.size()).append('\n');
        for (String f : findings) b.append("- ").append(f.replace("\n", "\n  ")).append('\n');
        return b.toString();
    }
}
