package dev.schemac.gen.sqlmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.gen.sql.ProvenDatabase;
import dev.schemac.testing.PythonHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every escape the pattern dialect accepts ({@code \} before ASCII punctuation, in and out of a
 * class) means the same in pydantic's Rust engine as in PostgreSQL: the row PostgreSQL's checks
 * accept, the generated models accept through a real {@code import models}, and a value that
 * breaks the pattern both refuse. ({@code \<} and {@code \>}, word boundaries in Rust, and the
 * class operators {@code -- ~~} are SC530, pinned by PatternDialectTest.)
 */
class PatternEscapesInPydanticTest {
    static final String SCRIPT = """
            import json
            import sys

            import pydantic

            from models import PunctCreate

            row = json.loads(sys.argv[1])
            out = {"accepted": False, "refused": []}
            PunctCreate(id=1, **row)
            out["accepted"] = True
            for name in row:
                try:
                    PunctCreate(id=1, **{**row, name: "a" + row[name]})
                except pydantic.ValidationError:
                    out["refused"].append(name)
            print(json.dumps(out))
            """;

    @TempDir
    Path tmp;

    @Test
    void everyAcceptedEscapeMeansTheSameInPydanticAsInPostgres() throws Exception {
        var schema = new StringBuilder("schema punct {\n  dialect = postgres\n}\n\nentity Punct {\n  id int @id\n");
        var row = new LinkedHashMap<String, String>();
        for (char ch = 33; ch < 127; ch++) {
            if (Character.isLetterOrDigit(ch) || ch == '<' || ch == '>') continue;
            String name = "c" + (int) ch;
            // The character escaped, then escaped in a class: "\#[\#]" matches "##".
            String pattern = "\\" + ch + "[\\" + ch + "]";
            schema.append("  ").append(name).append(" string(4) @pattern(\"").append(schemaString(pattern)).append("\")\n");
            row.put(name, "" + ch + ch);
        }
        schema.append("}\n");
        Path file = Files.writeString(tmp.resolve("punct.schema"), schema);
        var g = SqlModelParityTest.generate(file);
        Path dir = Files.createDirectories(tmp.resolve("py"));
        Files.writeString(dir.resolve("models.py"), g.files().get("sqlmodel/models.py"));
        Path script = Files.writeString(dir.resolve("validate.py"), SCRIPT);
        try (var db = ProvenDatabase.postgres("punct")) {
            db.run(g.files().get("sql/postgres/schema.sql"));
            db.run(insert(row));
            JsonNode r = PythonHarness.run(Map.of(), "run", "--env", "DATABASE_URL=" + db.sqlalchemyUrl(), script.toString(),
                    new ObjectMapper().writeValueAsString(row));
            assertThat(r.get("exit_code").asInt()).as("%s", r.get("stderr").asText()).isZero();
            JsonNode out = new ObjectMapper().readTree(r.get("stdout").asText());
            assertThat(out.get("accepted").asBoolean()).isTrue();
            assertThat(out.get("refused")).hasSize(row.size());
        }
        // PostgreSQL refuses what pydantic refuses: the same value with one character more.
        try (var db = ProvenDatabase.postgres("punct_bad")) {
            db.run(g.files().get("sql/postgres/schema.sql"));
            var bad = new LinkedHashMap<>(row);
            bad.put("c35", "a##");
            assertThatThrownBy(() -> db.run(insert(bad))).hasMessageContaining("ck_puncts_c35");
        }
    }

    private static String schemaString(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String insert(Map<String, String> row) {
        var cols = new StringBuilder("id");
        var vals = new StringBuilder("1");
        for (var e : row.entrySet()) {
            cols.append(", ").append(e.getKey());
            vals.append(", '").append(e.getValue().replace("'", "''")).append("'");
        }
        return "INSERT INTO puncts (" + cols + ") VALUES (" + vals + ");\n";
    }
}
