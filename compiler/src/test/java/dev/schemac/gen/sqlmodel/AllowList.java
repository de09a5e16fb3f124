package dev.schemac.gen.sqlmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * compiler/src/test/resources/parity/sqlmodel-allowlist.json: the differences between the
 * models and the DDL that cannot be avoided, each with its reason. The comparisons ask it
 * which differences to forgive; anything it does not name is a failure.
 */
record AllowList(List<Entry> entries) {

    /** {@code match} is null for differences no comparison can see (documented only). */
    record Entry(String id, JsonNode match, String reason) {}

    static AllowList load() throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(
                TestPaths.testResources().resolve("parity/sqlmodel-allowlist.json")));
        var out = new ArrayList<Entry>();
        for (JsonNode e : root.get("entries")) {
            JsonNode match = e.get("match");
            out.add(new Entry(e.get("id").asText(), match == null || match.isNull() ? null : match, e.get("reason").asText()));
        }
        return new AllowList(out);
    }

    /**
     * Whether a column default that differs between the DDL's PostgreSQL database and the
     * models' is allowed: the models' default starts with the entry's text and the column
     * is an autoincrement key.
     */
    boolean allowsPostgresDefault(String modelsDefault, boolean autoincrement) {
        for (Entry e : entries) {
            if (e.match() == null || !"postgres-defaults".equals(e.match().path("check").asText())) continue;
            String prefix = e.match().path("column_default").asText();
            boolean needsAuto = e.match().path("autoincrement").asBoolean(false);
            if (modelsDefault != null && modelsDefault.startsWith(prefix) && (!needsAuto || autoincrement)) return true;
        }
        return false;
    }
}
