package dev.schemac.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.CodeDoc;
import dev.schemac.diag.Diagnostic;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.hostile.HostileText;
import dev.schemac.render.text.PlainText;
import dev.schemac.testing.Clients;
import dev.schemac.testing.Database;
import dev.schemac.testing.Engine;
import dev.schemac.testing.Engines;
import dev.schemac.testing.Fuzz;
import dev.schemac.testing.NodeHarness;
import dev.schemac.testing.PythonHarness;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text through the Java front end: every string the processor reads from Java
 * (schemac's and Jakarta's annotation values, Javadoc, enum labels) holds, one slot at a
 * time, the hostile text of the {@code .schema} harness ({@link HostileText}) and what only
 * a Java string can hold (a NUL, lone surrogates). The same model is written as
 * {@code .schema} text, and:
 * <ul>
 *   <li>what {@code .schema} refuses, the processor refuses with the same codes, each
 *       reported by javac on the Java line that holds the text;</li>
 *   <li>what {@code .schema} takes, the processor writes byte for byte alike, so the
 *       escaping the {@code .schema} harness proves with the real tools is the one the
 *       Java front end's text goes through;</li>
 *   <li>the Java run's own files are judged by the real tools too: sqlite3 runs the schema,
 *       seed and drop scripts and Prisma's validator takes the schema for every case; a
 *       sample runs the SQL on PostgreSQL, MariaDB and MySQL through their clients, imports
 *       the SQLModel classes, upgrades and downgrades the Alembic revision and runs
 *       {@code seed.py};</li>
 *   <li>text a {@code .schema} file cannot hold (a lone surrogate) is refused.</li>
 * </ul>
 * Seeded: {@code -Dschemac.fuzz.cases} random cases (CI: a few) after the fixed attacks,
 * {@code -Dschemac.fuzz.seed} repeats a run.
 */
class HostileJavaTextTest {
    /** Every this-many-th accepted case also runs on the servers and under Python (each costs seconds). */
    static final int SAMPLE = 5;

    /** Where model text is written in the annotated model, and what it holds when not hostile. */
    enum Slot {
        TITLE("T"), ENTITY_DOC("A thing."), FIELD_DOC("Its name."), TABLE("things"), COLUMN("nm"), DEFAULT("d"),
        PATTERN("[a-z]+"), CHECK("c"), QUERY("things by name"), LABEL("a"), JPA_DOC("An item."), JPA_TABLE("items"),
        JPA_COLUMN("code_x"), JPA_PATTERN("[0-9]+"), JPA_DEFINITION("varchar(255)");

        final String plain;

        Slot(String plain) { this.plain = plain; }

        boolean doc() { return this == ENTITY_DOC || this == FIELD_DOC || this == JPA_DOC; }
    }

    /**
     * The attacks beyond the {@code .schema} harness's known ones: hostile data (quotes,
     * backslashes, triple quotes, format characters, SQL comments, every line break), the
     * Trojan Source controls, invisible characters and homoglyphs.
     */
    static final List<String> ATTACKS = List.of(
            "it's \"quoted\" \\ and \\\\", "\"\"\"", "x'''y", "{x} {0} {} %s %(x)s %% %d", "a -- b /* c */ # d",
            "a\nb", "a\r\nb", "a\rb", "a\u0085b", "a\u2028b", "a\u2029b", "a\u000bb", "a\u000cb",
            "\u202aa\u202cb", "\u202bx", "\u202dx", "\u2066x\u2069", "\u2067x", "\u2068x", "\u200ex", "\u061cx",
            "a\u200bb", "a\u200cb", "a\u200db", "a\u2060b", "a\u00adb", "a\ufeffb", "\u0430bc", "n\u0430me",
            "\"\"\"; import os; os.system('id') #", "\\u000a\\u002a/", "${x} $$ $_$", ":name ?", "'); DROP TABLE x; --");

    /**
     * Cases a longer seeded run found, each in the slot it was found in: an emoji's joiner in a
     * name and a label (the message shows it doing its work, as the command line does); a
     * pattern no value of the column's length matches, in schemac's and in Bean Validation's
     * annotation (SC415 on the pattern's line, not the field's); a table and column name too long
     * for PostgreSQL in both kinds of annotation (SC503 on the name's line); a lone surrogate
     * before a backslash.
     */
    static final List<Map.Entry<Slot, String>> FOUND = List.of(
            Map.entry(Slot.TABLE, ",}\ud83d\udc68\u200d\ud83d\udc69a"), Map.entry(Slot.JPA_TABLE, "\ud83d\udc68\u200d\ud83d\udc69\u0661"),
            Map.entry(Slot.LABEL, "%(here)s\ud83d\udc68\u200d\ud83d\udc69\t> quote"),
            Map.entry(Slot.PATTERN, "x{50}"), Map.entry(Slot.JPA_PATTERN, "[0-9]{300}"),
            Map.entry(Slot.TABLE, "t".repeat(64)), Map.entry(Slot.JPA_TABLE, "\u00e9".repeat(40)),
            Map.entry(Slot.COLUMN, "\u03bf".repeat(70)), Map.entry(Slot.JPA_COLUMN, ")\u00df:class".repeat(12)),
            Map.entry(Slot.COLUMN, "\ud800\134u000a x"), Map.entry(Slot.CHECK, "\ud800\134u0041%d"));

    @TempDir Path dir;

    private final List<String> findings = new ArrayList<>();
    private final Map<Slot, int[]> stats = new EnumMap<>(Slot.class);
    private int accepted;

    @Test
    void javaTextIsRefusedAsSchemaTextIsOrReachesEveryOutputAsItDoes() throws Exception {
        for (Slot s : Slot.values()) stats.put(s, new int[3]);
        var cases = new ArrayList<Map.Entry<Slot, String>>();
        var attacks = new ArrayList<String>(HostileText.KNOWN);
        attacks.addAll(ATTACKS);
        attacks.addAll(HostileText.JAVA_ONLY);
        // The column definition only reaches a warning: its own few cases, the turn through the other slots as it was.
        Slot[] slots = java.util.Arrays.stream(Slot.values()).filter(x -> x != Slot.JPA_DEFINITION).toArray(Slot[]::new);
        // Each attack in two slots of different contexts, turning through the slots.
        for (int k = 0; k < attacks.size(); k++) {
            cases.add(Map.entry(slots[k % slots.length], attacks.get(k)));
            cases.add(Map.entry(slots[(k + 7) % slots.length], attacks.get(k)));
        }
        for (String a : HostileText.KNOWN) cases.add(Map.entry(Slot.JPA_DEFINITION, a));
        for (String a : List.of("varchar(255) default 'x' \u202e", "``x`` ")) cases.add(Map.entry(Slot.JPA_DEFINITION, a));
        cases.addAll(FOUND);
        long seed = Fuzz.seed();
        var random = new Random(seed);
        int n = Fuzz.cases(14);
        for (int k = 0; k < n; k++) {
            String v = random.nextInt(4) == 0 ? HostileText.JAVA_ONLY.get(random.nextInt(HostileText.JAVA_ONLY.size()))
                    + HostileText.any(random, 3) : HostileText.any(random, 4);
            cases.add(Map.entry(slots[k % slots.length], v.length() > 300 ? v.substring(0, 300) : v));
        }
        int i = 0;
        for (var c : cases) runCase(i++, c.getKey(), c.getValue());
        var report = new StringBuilder("Hostile Java text: " + cases.size() + " cases, seed " + seed + "\n");
        stats.forEach((s, x) -> report.append(String.format(Locale.ROOT, "  %-12s refused %3d, accepted %3d, run on engines %3d%n",
                s, x[0], x[1], x[2])));
        System.out.println(report);
        assertThat(findings).as("findings (seed %d)", seed).isEmpty();
        assertThat(accepted).as("cases the outputs took").isGreaterThan(cases.size() / 4);
        assertThat(stats.values().stream().mapToInt(x -> x[0]).sum()).as("cases refused").isGreaterThan(cases.size() / 4);
    }

    private void runCase(int i, Slot slot, String raw) {
        String value = slot.doc() ? writableInJavadoc(raw) : raw;
        String label = "case " + i + " [" + slot + "] " + shown(value);
        var values = new EnumMap<Slot, String>(Slot.class);
        for (Slot s : Slot.values()) values.put(s, s.plain);
        values.put(slot, value);
        JavaModel java = JavaModel.of(values);
        Compilation jc;
        try {
            jc = Sources.compile(java.files());
        } catch (Throwable e) {
            finding(label, "javac with the processor threw " + e);
            return;
        }
        var javaErrors = jc.errors();
        for (var d : jc.warnings()) {
            String message = d.getMessage(Locale.ROOT);
            if (!shownAsItIs(message)) finding(label, "javac prints a hidden character in a warning: " + shown(message));
        }
        String schema = schemaText(values);
        boolean utf8 = encodable(schema);
        TreeSet<String> schemaCodes = new TreeSet<>();
        Map<String, String> expected = null;
        if (utf8) {
            try {
                Path file = dir.resolve("c" + i + ".schema");
                Files.writeString(file, schema, StandardCharsets.UTF_8);
                var c = Compiler.compile(List.of(file));
                c.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> schemaCodes.add(d.code()));
                if (schemaCodes.isEmpty()) {
                    var r = Targets.run(c, Targets.all(), Equivalence.options("test"));
                    r.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> schemaCodes.add(d.code()));
                    if (schemaCodes.isEmpty()) expected = new TreeMap<>(r.files());
                }
            } catch (Throwable e) {
                finding(label, "the .schema side threw " + e);
                return;
            }
        }
        if (!javaErrors.isEmpty()) {
            stats.get(slot)[0]++;
            var codes = new TreeSet<String>();
            for (var d : javaErrors) {
                String message = d.getMessage(Locale.ROOT);
                Matcher m = CODE.matcher(message);
                if (!m.find()) {
                    finding(label, "javac error without a code: " + shown(message));
                    continue;
                }
                codes.add(m.group(1));
                if (CodeDoc.byId(m.group(1)).isEmpty()) finding(label, "undocumented code " + m.group(1));
                if (d.getSource() == null || !java.lines(slot).contains((int) d.getLineNumber())) {
                    finding(label, m.group(1) + " is not on the Java line of the text: " + d.getSource() + ":" + d.getLineNumber()
                            + " (expected " + java.lines(slot) + ")");
                }
                if (!shownAsItIs(message)) finding(label, "javac prints a hidden character: " + shown(message));
            }
            // A .schema file holding a NUL is no text (SC105); a Java string holding one is a character no output can carry.
            var same = schemaCodes.equals(Set.of("SC105")) ? Set.of("SC109") : schemaCodes;
            if (utf8 && !codes.equals(same)) finding(label, "Java refused with " + codes + ", .schema with " + schemaCodes);
            if (!utf8 && codes.isEmpty()) finding(label, "a lone surrogate is refused without a code");
            return;
        }
        if (!utf8) {
            finding(label, "the processor took text no UTF-8 output can hold");
            return;
        }
        if (!schemaCodes.isEmpty()) {
            finding(label, "the processor took what .schema refuses with " + schemaCodes);
            return;
        }
        stats.get(slot)[1]++;
        Map<String, String> files = Equivalence.java(jc);
        if (!files.equals(expected)) {
            for (String path : expected.keySet()) {
                if (!expected.get(path).equals(files.get(path))) {
                    finding(label, path + " differs from the .schema run's" + Equivalence.firstDifference(expected.get(path), files.get(path)));
                    break;
                }
            }
            if (!files.keySet().equals(expected.keySet())) finding(label, "other files than the .schema run's");
            return;
        }
        accepted++;
        check(label, () -> realTools(i, files, accepted % SAMPLE == 0));
        if (accepted % SAMPLE == 0) stats.get(slot)[2]++;
    }

    /**
     * Whether javac's message is as the command line's one rule writes text from outside
     * ({@link PlainText#visibleByLine}): nothing it would escape, so no hidden character; a
     * joiner inside an emoji or a joining script's word is kept by that rule, doing its work.
     */
    static boolean shownAsItIs(String message) {
        // Checked apart from the rule too, so that a rule grown lax is caught: the only unseen characters a message may
        // keep are a joiner, a non-joiner and an emoji's presentation selector; where they stand is the rule's to judge.
        boolean onlyJoiners = message.codePoints().allMatch(ch -> ch == '\n' || PlainText.isShownAsIs(ch)
                || ch == 0x200C || ch == 0x200D || ch == 0xFE0F);
        return onlyJoiners && PlainText.visibleByLine(message).equals(message);
    }

    private static final Pattern CODE = Pattern.compile("\\[(SC\\d{3})\\]");

    /**
     * What a Javadoc comment can hold: {@code *}{@code /} would end it and javac reads a
     * backslash-u escape in a comment, so neither is written as the text; javac drops a form
     * feed from the comment it hands a processor, so the model never holds one.
     */
    static String writableInJavadoc(String s) {
        return s.replace("*/", "* /").replace("\\u", "\\ u").replace("\f", "");
    }

    /** The real tools on the Java run's own files. */
    private void realTools(int i, Map<String, String> files, boolean sample) throws Exception {
        Path out = dir.resolve("out" + i);
        for (var f : files.entrySet()) {
            Path p = out.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
        Path db = out.resolve("sqlite.db");
        Clients.sqlite3(db, files.get("sql/sqlite/schema.sql"));
        Clients.sqlite3(db, files.get("seed/sqlite/seed.sql"));
        Clients.sqlite3(db, files.get("sql/sqlite/drop.sql"));
        JsonNode v = NodeHarness.get().callWithStdin(files.get("prisma/schema.prisma"), "prisma-validate", "-");
        if (!v.get("ok").asBoolean() || v.get("errors").size() > 0 || v.get("warnings").size() > 0) {
            throw new AssertionError("Prisma does not take the schema cleanly: " + v);
        }
        if (!sample) return;
        for (Engine engine : List.of(Engine.POSTGRES, Engine.MARIADB, Engine.MYSQL)) {
            String dialect = engine == Engine.POSTGRES ? "postgres" : "mysql";
            // A dialect whose limit the text passes (a 300-byte enum label on PostgreSQL, SC544) has no scripts, on
            // both sides alike (the file sets were compared above): nothing of it to run.
            if (!files.containsKey("sql/" + dialect + "/schema.sql")) continue;
            try (Database server = Engines.freshDatabase(engine, "hostilejava")) {
                Clients.run(engine, server, files.get("sql/" + dialect + "/schema.sql"));
                Clients.run(engine, server, files.get("seed/" + dialect + "/seed.sql"));
                Clients.run(engine, server, files.get("sql/" + dialect + "/drop.sql"));
            }
        }
        String alembicDb = "sqlite:///" + out.resolve("alembic.db");
        String migrations = out.resolve("migrations/alembic").toString();
        PythonHarness.run(Map.of(), "alembic", migrations, alembicDb, "upgrade");
        PythonHarness.run(Map.of(), "alembic", migrations, alembicDb, "downgrade");
        PythonHarness.modelsCreate(out.resolve("sqlmodel/models.py"), "sqlite:///" + out.resolve("models.db"));
        Path seeded = out.resolve("seeded.db");
        Clients.sqlite3(seeded, files.get("sql/sqlite/schema.sql"));
        python(out, "seed/seed.py", "sqlite:///" + seeded);
    }

    /** Runs the harness's Python on a script of the output folder, as docs/targets/seed.md says. */
    private static void python(Path dir, String... args) throws Exception {
        var cmd = new ArrayList<String>();
        cmd.add(Engines.python().toString());
        cmd.addAll(List.of(args));
        var pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().remove("DATABASE_URL");
        var p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("python " + String.join(" ", args) + ": " + out);
        }
    }

    interface Check {
        void run() throws Exception;
    }

    private void check(String label, Check c) {
        try {
            c.run();
        } catch (Throwable e) {
            finding(label, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void finding(String label, String what) {
        findings.add(label + ": " + what);
    }

    static String shown(String s) {
        String v = PlainText.visible(s);
        return "`" + (v.length() > 80 ? v.substring(0, 80) + "…" : v) + "`";
    }

    private static boolean encodable(String s) {
        try {
            StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(java.nio.CharBuffer.wrap(s));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    // --- the model, both ways

    /** A Java string literal's text: every character that is not printable ASCII as an escape, so any text can be written. */
    static String javaString(String s) {
        var b = new StringBuilder("\"");
        char previous = 0;
        for (char c : s.toCharArray()) {
            // javac (17) reads `\\u` right after a surrogate's unicode escape as another escape: that backslash in octal.
            boolean afterSurrogate = Character.isSurrogate(previous);
            previous = c;
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append(afterSurrogate ? "\\134" : "\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x7F) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    /** A {@code .schema} string literal: its four escapes, everything else as written. */
    static String schemaString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + "\"";
    }

    private static List<String> docLines(String text) {
        return List.of(text.split("\r\n|\r|\n", -1));
    }

    private static void doc(StringBuilder b, String indent, String text) {
        for (String line : docLines(text)) b.append(indent).append(line.isEmpty() ? "///" : "/// " + line).append('\n');
    }

    static String schemaText(Map<Slot, String> v) {
        var b = new StringBuilder();
        b.append("schema s { title = ").append(schemaString(v.get(Slot.TITLE))).append(" }\n");
        b.append("enum Kind { A @map(").append(schemaString(v.get(Slot.LABEL))).append(") B }\n");
        doc(b, "", v.get(Slot.ENTITY_DOC));
        b.append("entity Thing {\n");
        b.append("  @@map(").append(schemaString(v.get(Slot.TABLE))).append(")\n");
        b.append("  @@query(").append(schemaString(v.get(Slot.QUERY))).append(")\n");
        b.append("  id bigint @id @auto\n");
        doc(b, "  ", v.get(Slot.FIELD_DOC));
        b.append("  name string(40) = ").append(schemaString(v.get(Slot.DEFAULT)))
                .append(" @map(").append(schemaString(v.get(Slot.COLUMN))).append(")")
                .append(" @pattern(").append(schemaString(v.get(Slot.PATTERN))).append(")")
                .append(" @check(!= ").append(schemaString(v.get(Slot.CHECK))).append(")\n");
        b.append("  kind Kind\n}\n");
        doc(b, "", v.get(Slot.JPA_DOC));
        b.append("entity Item {\n");
        b.append("  @@map(").append(schemaString(v.get(Slot.JPA_TABLE))).append(")\n");
        b.append("  id bigint @id @auto\n");
        b.append("  code string(255)? @map(").append(schemaString(v.get(Slot.JPA_COLUMN))).append(") @pattern(")
                .append(schemaString(v.get(Slot.JPA_PATTERN))).append(")\n");
        b.append("  @@timestamps(false)\n}\n");
        return b.toString();
    }

    /** The annotated model's sources, and the lines of each file where each slot's text is written. */
    record JavaModel(JavaFileObject[] files, Map<Slot, List<Integer>> where) {
        List<Integer> lines(Slot s) { return where.get(s); }

        static JavaModel of(Map<Slot, String> v) {
            var where = new EnumMap<Slot, List<Integer>>(Slot.class);
            // Line 1 of each file is the package declaration Sources.java adds.
            var kind = new Lines();
            kind.add("import dev.schemac.annotations.*;");
            kind.add("public enum Kind {");
            where.put(Slot.LABEL, kind.add("  @Column(name = " + javaString(v.get(Slot.LABEL)) + ") A,"));
            kind.add("  B");
            kind.add("}");

            var thing = new Lines();
            thing.add("import dev.schemac.annotations.*;");
            var entityDoc = thing.javadoc("", v.get(Slot.ENTITY_DOC));
            where.put(Slot.TITLE, thing.add("@Schema(name = \"s\", title = " + javaString(v.get(Slot.TITLE))
                    + ", types = {Kind.class, Thing.class, Item.class})"));
            where.put(Slot.TABLE, thing.add("@Entity(table = " + javaString(v.get(Slot.TABLE)) + ")"));
            where.put(Slot.QUERY, thing.add("@Query(" + javaString(v.get(Slot.QUERY)) + ")"));
            int thingLine = thing.add("public class Thing {").get(0);
            where.put(Slot.ENTITY_DOC, range(entityDoc.get(0), thingLine));
            thing.add("  @Id @Auto long id;");
            var fieldDoc = thing.javadoc("  ", v.get(Slot.FIELD_DOC));
            where.put(Slot.COLUMN, thing.add("  @Column(name = " + javaString(v.get(Slot.COLUMN)) + ", length = 40)"));
            where.put(Slot.DEFAULT, thing.add("  @Default(text = " + javaString(v.get(Slot.DEFAULT)) + ")"));
            where.put(Slot.PATTERN, thing.add("  @Pattern(" + javaString(v.get(Slot.PATTERN)) + ")"));
            where.put(Slot.CHECK, thing.add("  @Check(" + javaString("!= " + schemaString(v.get(Slot.CHECK))) + ")"));
            int nameLine = thing.add("  String name;").get(0);
            where.put(Slot.FIELD_DOC, range(fieldDoc.get(0), nameLine));
            thing.add("  Kind kind;");
            thing.add("}");

            var item = new Lines();
            item.add("import jakarta.persistence.*;");
            var jpaDoc = item.javadoc("", v.get(Slot.JPA_DOC));
            item.add("@Entity");
            where.put(Slot.JPA_TABLE, item.add("@Table(name = " + javaString("`" + v.get(Slot.JPA_TABLE) + "`") + ")"));
            int itemLine = item.add("public class Item {").get(0);
            where.put(Slot.JPA_DOC, range(jpaDoc.get(0), itemLine));
            item.add("  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;");
            // A column definition the language cannot say is a warning naming it; the column is the Java type's.
            var column = item.add("  @Column(name = " + javaString("`" + v.get(Slot.JPA_COLUMN) + "`") + ", columnDefinition = "
                    + javaString(v.get(Slot.JPA_DEFINITION)) + ")");
            where.put(Slot.JPA_COLUMN, column);
            where.put(Slot.JPA_DEFINITION, column);
            where.put(Slot.JPA_PATTERN, item.add("  @jakarta.validation.constraints.Pattern(regexp = "
                    + javaString(v.get(Slot.JPA_PATTERN)) + ")"));
            item.add("  String code;");
            item.add("}");
            return new JavaModel(new JavaFileObject[] {
                Sources.java("test.Kind", kind.text()), Sources.java("test.Thing", thing.text()),
                Sources.java("test.Item", item.text()),
            }, where);
        }

        private static List<Integer> range(int from, int to) {
            var out = new ArrayList<Integer>();
            for (int i = from; i <= to; i++) out.add(i);
            return out;
        }
    }

    /** Source lines, counting from 2 (the package line comes first). */
    static final class Lines {
        private final List<String> lines = new ArrayList<>();

        List<Integer> add(String line) {
            lines.add(line);
            return List.of(lines.size() + 1);
        }

        /** A Javadoc comment of the text's lines; the first line of it. */
        List<Integer> javadoc(String indent, String text) {
            int first = lines.size() + 2;
            lines.add(indent + "/**");
            for (String line : docLines(text)) lines.add(indent + " *" + (line.isEmpty() ? "" : " " + line));
            lines.add(indent + " */");
            return List.of(first);
        }

        String[] text() { return lines.toArray(String[]::new); }
    }
}
