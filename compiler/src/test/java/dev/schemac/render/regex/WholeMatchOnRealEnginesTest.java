package dev.schemac.render.regex;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.testing.Engine;
import dev.schemac.testing.Engines;
import dev.schemac.testing.PythonHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One meaning of {@code @pattern} in every output, on the real engines: each (pattern, value)
 * pair below goes through the text schemac generates for it — the CHECK of the PostgreSQL and
 * MySQL scripts (run on PostgreSQL, MariaDB and MySQL 8), the pydantic constraint of the
 * SQLModel module, and the MongoDB validator's {@code pattern} (under PCRE, as MariaDB's
 * REGEXP runs it, and under ECMAScript, as ajv reads it) — and every engine must give the
 * model's answer: the whole value matches, {@code .} matches every character, case counts.
 * The values put line breaks where engines differ: after the match (where {@code $} of PCRE,
 * ICU, Java and Python {@code re} still matches) and where a {@code .} must match.
 */
class WholeMatchOnRealEnginesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A pattern, a value, and whether the value matches as the model means it. */
    record Case(String pattern, String value, boolean matches) {}

    static final List<Case> CASES = List.of(
            new Case("ab", "ab", true),
            new Case("ab", "ab\n", false),
            new Case("ab", "ab\r\n", false),
            new Case("ab", "ab\r", false),
            new Case("ab", "\nab", false),
            new Case("ab", "AB", false),
            new Case("ab$", "ab", true),
            new Case("ab$", "ab\n", false),
            new Case("^ab$", "ab\n", false),
            new Case("a|b$", "b\n", false),
            new Case("(a|b)", "a\n", false),
            new Case("a.b", "a\nb", true),
            new Case("a.b", "a\rb", true),
            new Case("a.b", "a\u2028b", true),
            new Case("a.b", "a\u0085b", true),
            new Case("x.", "x\n", true),
            new Case("x.*", "x\n\n", true),
            new Case("x.+y", "x\ny", true),
            new Case("(?:.)+", "\n\r\n", true),
            new Case("a\\.b", "a\nb", false),
            new Case("[.]", "\n", false),
            new Case("[^x]", "\n", true),
            new Case("[\\].]", "\n", false),
            new Case("[\\].]", ".", true),
            new Case("\\\\.", "\\\n", true),
            new Case("a\\nb", "a\nb", true),
            new Case("a\\n", "a\n", true),
            new Case("a\\n?", "a\n\n", false),
            new Case("[a-c]+", "abc\n", false),
            new Case("é.", "é\n", true));

    private static final Map<String, Case> BY_FIELD = new LinkedHashMap<>();
    private static Map<String, String> files;

    @BeforeAll
    static void generate(@TempDir Path dir) throws Exception {
        var model = new StringBuilder("schema probe {\n  dialect = postgres\n}\n\nentity Probe {\n");
        for (int i = 0; i < CASES.size(); i++) {
            String field = "p" + i;
            BY_FIELD.put(field, CASES.get(i));
            model.append("  ").append(field).append(" string? @pattern(\"")
                    .append(CASES.get(i).pattern().replace("\\", "\\\\")).append("\")\n");
        }
        model.append("}\n");
        Path file = Files.writeString(dir.resolve("probe.schema"), model);
        var c = Compiler.compile(List.of(file));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var targets = new ArrayList<dev.schemac.gen.Target>();
        for (String t : List.of("postgres", "mysql", "sqlmodel", "mongo")) targets.add(Targets.byName(t).orElseThrow());
        var result = Targets.run(c, targets, TargetOptions.defaults());
        assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
        files = result.files();
    }

    @Test
    void theCasesMeanWhatJavaMeans() {
        for (Case k : CASES) {
            assertThat(WholeMatch.matches(k.pattern(), k.value())).as("%s", k).isEqualTo(k.matches());
        }
    }

    @Test
    void checksOnPostgres() throws Exception {
        assertAgree("PostgreSQL", inserts(Engine.POSTGRES, files.get("sql/postgres/schema.sql")));
    }

    @Test
    void checksOnMariadb() throws Exception {
        assertAgree("MariaDB", inserts(Engine.MARIADB, files.get("sql/mysql/schema.sql")));
    }

    /**
     * MySQL 8.0.15, the test engine, parses CHECK constraints but enforces them only from
     * 8.0.16 on: each CHECK's own text is evaluated over the row it would have refused.
     */
    @Test
    void checksOnMysql8() throws Exception {
        String ddl = files.get("sql/mysql/schema.sql");
        var answers = new TreeMap<String, Boolean>();
        try (var db = Engines.freshDatabase(Engine.MYSQL, "whole_match"); var conn = db.connect()) {
            try (var s = conn.createStatement()) {
                s.execute(ddl);
            }
            for (var e : BY_FIELD.entrySet()) {
                var m = java.util.regex.Pattern.compile("CONSTRAINT ck_probes_" + e.getKey() + " CHECK \\((.*)\\),?\n").matcher(ddl);
                assertThat(m.find()).as("the CHECK of %s in %s", e.getKey(), ddl).isTrue();
                try (var s = conn.prepareStatement("INSERT INTO probes (" + e.getKey() + ") VALUES (?)")) {
                    s.setString(1, e.getValue().value());
                    s.executeUpdate();
                }
                try (var s = conn.createStatement();
                     var rs = s.executeQuery("SELECT " + m.group(1) + " FROM probes WHERE " + e.getKey() + " IS NOT NULL")) {
                    assertThat(rs.next()).isTrue();
                    answers.put(e.getKey(), rs.getInt(1) == 1);
                }
            }
        }
        assertAgree("MySQL 8", answers);
    }

    @Test
    void pydanticConstraints(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("models.py"), files.get("sqlmodel/models.py"));
        Files.writeString(dir.resolve("cases.json"), JSON.writeValueAsString(values()));
        Path script = Files.writeString(dir.resolve("validate.py"), """
                import json, sys
                import pydantic
                import models
                cases = json.load(open(sys.argv[1], encoding="utf-8"))
                out = {}
                for field, value in cases.items():
                    try:
                        models.ProbeCreate.model_validate({field: value})
                        out[field] = True
                    except pydantic.ValidationError as e:
                        if any(err["type"] != "string_pattern_mismatch" for err in e.errors()):
                            raise
                        out[field] = False
                print(json.dumps(out))
                """);
        JsonNode r = PythonHarness.run(Map.of(), "run", "--env", "DATABASE_URL=sqlite://", script.toString(),
                dir.resolve("cases.json").toString());
        assertThat(r.get("exit_code").asInt()).as("validate.py: %s", r.get("stderr").asText()).isZero();
        assertAgree("pydantic", answers(JSON.readTree(r.get("stdout").asText())));
    }

    @Test
    void mongoValidatorUnderPcre() throws Exception {
        var answers = new TreeMap<String, Boolean>();
        try (var db = Engines.freshDatabase(Engine.MARIADB, "pcre"); var conn = db.connect();
             var s = conn.prepareStatement("SELECT CAST(? AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_bin REGEXP ?")) {
            for (var e : mongoPatterns().entrySet()) {
                s.setString(1, BY_FIELD.get(e.getKey()).value());
                s.setString(2, e.getValue());
                try (var rs = s.executeQuery()) {
                    rs.next();
                    answers.put(e.getKey(), rs.getInt(1) == 1);
                }
            }
        }
        assertAgree("MongoDB's PCRE (on MariaDB)", answers);
    }

    @Test
    void mongoValidatorAsAjvReadsIt(@TempDir Path dir) throws Exception {
        var pairs = new LinkedHashMap<String, List<String>>();
        mongoPatterns().forEach((field, p) -> pairs.put(field, List.of(p, BY_FIELD.get(field).value())));
        Path in = Files.writeString(dir.resolve("cases.json"), JSON.writeValueAsString(pairs));
        var p = new ProcessBuilder("node", "-e", """
                const cases = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'))
                const out = {}
                for (const [field, [pattern, value]] of Object.entries(cases)) out[field] = new RegExp(pattern, 'u').test(value)
                console.log(JSON.stringify(out))
                """, in.toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(text).isZero();
        assertAgree("ECMAScript (ajv)", answers(JSON.readTree(text)));
    }

    private static Map<String, String> mongoPatterns() throws Exception {
        var out = new TreeMap<String, String>();
        JsonNode collections = JSON.readTree(files.get("mongo/collections.json"));
        collections.findValues("properties").forEach(props -> props.fields().forEachRemaining(f -> {
            if (BY_FIELD.containsKey(f.getKey()) && f.getValue().has("pattern")) out.put(f.getKey(), f.getValue().get("pattern").asText());
        }));
        assertThat(out.keySet()).as("a validator pattern for every case").isEqualTo(BY_FIELD.keySet().stream()
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
        return out;
    }

    /** Each case's value inserted alone into probes: accepted, or refused by its CHECK. */
    private static Map<String, Boolean> inserts(Engine engine, String ddl) throws Exception {
        var answers = new TreeMap<String, Boolean>();
        try (var db = Engines.freshDatabase(engine, "whole_match"); var conn = db.connect()) {
            try (var s = conn.createStatement()) {
                s.execute(ddl);
            }
            for (var e : BY_FIELD.entrySet()) {
                try (var s = conn.prepareStatement("INSERT INTO probes (" + e.getKey() + ") VALUES (?)")) {
                    s.setString(1, e.getValue().value());
                    s.executeUpdate();
                    answers.put(e.getKey(), true);
                } catch (SQLException x) {
                    assertThat(x.getMessage().toLowerCase(java.util.Locale.ROOT)).as("%s refused by its check", e.getValue())
                            .contains("ck_probes_" + e.getKey());
                    answers.put(e.getKey(), false);
                }
            }
        }
        return answers;
    }

    private static Map<String, String> values() {
        var out = new LinkedHashMap<String, String>();
        BY_FIELD.forEach((f, k) -> out.put(f, k.value()));
        return out;
    }

    private static Map<String, Boolean> answers(JsonNode node) {
        var out = new TreeMap<String, Boolean>();
        node.fields().forEachRemaining(f -> out.put(f.getKey(), f.getValue().asBoolean()));
        return out;
    }

    private static void assertAgree(String engine, Map<String, Boolean> answers) {
        var wrong = new ArrayList<String>();
        BY_FIELD.forEach((field, k) -> {
            Boolean got = answers.get(field);
            if (got == null || got != k.matches()) wrong.add(k + " -> " + got);
        });
        assertThat(wrong).as("%s disagrees with the model's meaning", engine).isEmpty();
    }
}
