package dev.schemac.gen.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Table;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.nosql.KvValues;
import dev.schemac.sample.SampleData;
import dev.schemac.sample.SampleRows;
import dev.schemac.support.NoSqlModels;
import dev.schemac.testing.Engines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import redis.clients.jedis.resps.Tuple;

/**
 * The redis target of every test model on a real Redis (Debian's redis-server, started by
 * scripts/test.sh): seed.redis loads with redis-cli; every key on the server matches exactly
 * one pattern of keys.json, has its documented type and, where documented, a TTL; and the
 * server holds exactly the entries the seed rows make (the rows come from the sample
 * generator the seed target uses): each hash is its row, each set and sorted set the ids
 * (and scores) of its rows, each unique key its row's id. Each key's documented read
 * command ({@code access} in keys.json) runs on the server and returns those rows.
 */
class RedisOnRealServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static int nextDb = 1;

    static Stream<Arguments> models() {
        var models = new ArrayList<>(NoSqlModels.all());
        // Keys of text and datetime values, whose `:` the keys escape: composite text keys referenced by composite keys, a datetime index key.
        // And @@cache keys of literal text around their values (`.`, `-`, `_` and `:` segments of the pattern's own): clinic, vault.
        // And columns named by punctuation alone or differing only in it, in one key: punctuation.
        for (String m : List.of("circles", "warehouse", "tokens", "clinic", "vault", "punctuation")) models.add(dev.schemac.support.TestPaths.testResources().resolve("docs/" + m + ".schema"));
        return models.stream().map(p -> Arguments.of(p.getFileName().toString(), p));
    }

    /** One key of the seed, as the rows make it: its type and content. */
    record Expected(String type, Map<String, byte[]> hash, Map<String, Double> zset, Set<String> set, String value, boolean expires,
                    long maxTtl, JsonNode def) {}

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void seedLoadsAndEveryKeyIsDocumented(String name, Path model, @TempDir Path dir) throws Exception {
        Compilation c = Compiler.compile(List.of(model));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var options = TargetOptions.defaults();
        var result = Targets.run(c, List.of(Targets.byName("redis").orElseThrow()), options);
        assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
        JsonNode keys = JSON.readTree(result.files().get("redis/keys.json"));
        Path seed = dir.resolve("seed.redis");
        Files.writeString(seed, result.files().get("redis/seed.redis"));
        int db = (nextDb++ % 15) + 1;
        var redis = Engines.redis();

        try (Jedis jedis = new Jedis(redis.getHostString(), redis.getPort())) {
            jedis.select(db);
            jedis.flushDB();
            load(seed, redis.getHostString(), redis.getPort(), db);

            var expected = expected(c, keys, options);
            var patterns = new ArrayList<Map.Entry<Pattern, JsonNode>>();
            for (JsonNode e : keys.get("entities")) for (JsonNode k : e.get("keys")) patterns.add(Map.entry(regex(k.get("pattern").asText()), k));
            for (var p : patterns) {
                // A key whose placeholders read alike cannot say which value goes where: one distinct placeholder per key column.
                var labels = new ArrayList<String>();
                var m = Pattern.compile("\\{([^{}]*)\\}").matcher(p.getValue().get("pattern").asText());
                while (m.find()) labels.add(m.group(1));
                assertThat(labels).as("placeholders of %s", p.getValue().get("pattern")).doesNotHaveDuplicates()
                        .hasSize(p.getValue().get("keyColumns").size()).allMatch(l -> l.codePoints().anyMatch(Character::isLetterOrDigit));
            }

            var seen = new HashSet<String>();
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = jedis.scan(cursor, new ScanParams().count(500));
                for (String key : page.getResult()) {
                    seen.add(key);
                    var matching = patterns.stream().filter(p -> p.getKey().matcher(key).matches()).toList();
                    assertThat(matching).as("documented patterns matching %s", key).hasSize(1);
                    JsonNode def = matching.get(0).getValue();
                    assertThat(jedis.type(key)).as("type of %s", key).isEqualTo(def.get("type").asText());
                    long ttl = jedis.ttl(key);
                    if (def.get("expires").asBoolean()) assertThat(ttl).as("TTL of %s", key).isPositive();
                    else assertThat(ttl).as("TTL of %s", key).isEqualTo(-1);
                }
                cursor = page.getCursor();
            } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
            assertThat(seen).as("the keys on the server are the keys the seed rows make").isEqualTo(expected.keySet());

            int reads = 0;
            var readKinds = new HashSet<String>();
            for (var entry : expected.entrySet()) {
                String key = entry.getKey();
                Expected x = entry.getValue();
                if (x.expires()) assertThat(jedis.ttl(key)).as("TTL of %s", key).isLessThanOrEqualTo(x.maxTtl());
                // The documented read command, with this key in place of the pattern.
                String access = x.def().get("access").asText().replace(x.def().get("pattern").asText(), "\u0000");
                var argv = new ArrayList<String>(Arrays.asList(access.split(" ")));
                argv.replaceAll(a -> a.equals("\u0000") ? key : a);
                Object reply = jedis.sendCommand(() -> argv.get(0).getBytes(StandardCharsets.UTF_8),
                        argv.subList(1, argv.size()).stream().map(a -> a.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new));
                switch (x.type()) {
                    case "hash" -> {
                        Map<byte[], byte[]> got = jedis.hgetAll(key.getBytes(StandardCharsets.UTF_8));
                        var asText = new TreeMap<String, String>();
                        got.forEach((k, v) -> asText.put(new String(k, StandardCharsets.UTF_8), hex(v)));
                        var want = new TreeMap<String, String>();
                        x.hash().forEach((k, v) -> want.put(k, hex(v)));
                        assertThat(asText).as("HGETALL %s", key).isEqualTo(want);
                        assertThat(((List<?>) reply).size()).as("%s", access).isEqualTo(2 * want.size());
                    }
                    case "zset" -> {
                        var got = new LinkedHashMap<String, Double>();
                        for (Tuple t : jedis.zrangeWithScores(key, 0, -1)) got.put(t.getElement(), t.getScore());
                        assertThat(got).as("ZRANGE %s WITHSCORES", key).isEqualTo(sortedByScore(x.zset()));
                        assertThat(texts(reply)).as("%s", access).containsExactlyElementsOf(sortedByScore(x.zset()).keySet());
                    }
                    case "set" -> {
                        assertThat(jedis.smembers(key)).as("SMEMBERS %s", key).isEqualTo(x.set());
                        assertThat(new HashSet<>(texts(reply))).as("%s", access).isEqualTo(x.set());
                    }
                    default -> {
                        assertThat(jedis.get(key)).as("GET %s", key).isEqualTo(x.value());
                        assertThat(new String((byte[]) reply, StandardCharsets.UTF_8)).as("%s", access).isEqualTo(x.value());
                    }
                }
                reads++;
                readKinds.add(x.def().get("kind").asText());
            }
            assertThat(readKinds).as("kinds of keys read back").contains("row");
            System.out.printf("redis %s: %d keys on the server, each documented and read back with its access command (%s)%n",
                    name, reads, new java.util.TreeSet<>(readKinds));
            jedis.flushDB();
        }
    }

    /**
     * A unique constraint that holds among live rows only (a soft-deleting entity's) keeps keys
     * for live rows only: on the server, a deleted row's value can be taken by a new row with
     * {@code SET ... NX}, as the relational partial index lets a new row take it, and a live
     * row's value cannot.
     */
    @org.junit.jupiter.api.Test
    void aDeletedRowsValueIsFreeAndALiveRowsIsTaken(@TempDir Path dir) throws Exception {
        Compilation c = Compiler.compile(List.of(dev.schemac.support.TestPaths.testResources().resolve("nosql/live_uniques.schema")));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var options = new TargetOptions(TargetOptions.defaults().timestamp(), TargetOptions.defaults().seed(), 40, Map.of());
        var result = Targets.run(c, List.of(Targets.byName("redis").orElseThrow()), options);
        assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
        JsonNode keys = JSON.readTree(result.files().get("redis/keys.json"));
        var uniques = new ArrayList<JsonNode>();
        for (JsonNode k : keys.get("entities").get(0).get("keys")) if (k.get("kind").asText().equals("unique")) uniques.add(k);
        assertThat(uniques).extracting(k -> k.get("onlyWhereNull").asText()).containsExactly("deleted_at", "deleted_at");
        Path seed = dir.resolve("seed.redis");
        Files.writeString(seed, result.files().get("redis/seed.redis"));
        var sample = new SampleData(c.catalog(), options.seed(), options.rows(), options.timestamp()).generate();
        var rows = sample.stream().filter(s -> s.table().name().equals("members")).findFirst().orElseThrow().settled();
        Table t = c.catalog().table("members").orElseThrow();
        var server = Engines.redis();
        int db = (nextDb++ % 15) + 1;
        try (Jedis jedis = new Jedis(server.getHostString(), server.getPort())) {
            jedis.select(db);
            jedis.flushDB();
            load(seed, server.getHostString(), server.getPort(), db);
            int deleted = 0, live = 0;
            for (Map<String, Object> row : rows) {
                for (JsonNode k : uniques) {
                    var cols = strings(k.get("keyColumns"));
                    String key = k.get("pattern").asText();
                    for (String col : cols) key = key.replace("{" + col + "}", segment(keys, t.requireColumn(col), row.get(col)));
                    String taken = jedis.set(key, "new", redis.clients.jedis.params.SetParams.setParams().nx());
                    if (row.get("deleted_at") != null) {
                        assertThat(taken).as("SET %s NX for a deleted row's value", key).isEqualTo("OK");
                        jedis.del(key);
                        deleted++;
                    } else {
                        assertThat(taken).as("SET %s NX for a live row's value", key).isNull();
                        live++;
                    }
                }
            }
            assertThat(deleted).as("deleted rows in the sample").isPositive();
            assertThat(live).as("live rows in the sample").isPositive();
            jedis.flushDB();
        }
    }

    static final String PAIRS = """
            schema pairs {
              dialect = sqlite
              timestamps = false
            }

            /// A pair keyed by two texts, each of which may hold `:` or `\\`.
            entity Pair {
              left  string(20) @id
              right string(20) @id
              note  string(20)
              code  string(20)
              kind  string(20)
              @@unique(code, kind)
            }
            """;

    /**
     * Rows whose key values, joined by a bare {@code :}, spell one text ({@code ("a:b", "c")}
     * and {@code ("a", "b:c")}; a value ending in {@code \\} before one starting with
     * {@code :}) keep keys of their own on the server when seed.redis (written by the redis
     * target's own script writer) loads them: one hash, one set member and one unique key per
     * row, and every key and member, read back as keys.md says (a {@code \\} takes the next
     * character, any other {@code :} separates values), gives the values of the row it holds;
     * and a client escaping by keys.json's {@code valueSegments} finds each row under its key.
     */
    @org.junit.jupiter.api.Test
    void rowsWhoseJoinedValuesSpellOneTextKeepKeysOfTheirOwn(@TempDir Path dir) throws Exception {
        Compilation c = Compiler.compile(List.of(Path.of("mem/pairs.schema")), p -> PAIRS.getBytes(StandardCharsets.UTF_8), Map.of(), false);
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var result = Targets.run(c, List.of(Targets.byName("redis").orElseThrow()), TargetOptions.defaults());
        assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
        assertThat(result.files().get("redis/keys.md")).contains("a `\\` in it is written `\\\\` and a `:` `\\:`",
                "a `\\` takes the character after it as it is and any other `:` separates two values");
        var design = dev.schemac.nosql.KeyValueDesign.of(c.model(), c.catalog());
        var patterns = design.entities().get(0).keys().stream().map(dev.schemac.nosql.KvKey::pattern).toList();
        assertThat(patterns).containsExactly("pairs:pair:{left}:{right}", "pairs:pair", "pairs:pair.uq_pairs_code_kind:{code}:{kind}");
        String[][] values = {{"a:b", "c"}, {"a", "b:c"}, {"a\\", ":c"}, {"a\\:", "c"}, {"a", "\\:c"}, {"a", "b\\"}};
        // Joined by a bare `:` (the layout before), rows 0 and 1 would share one key, and rows 2 and 3.
        assertThat(values[0][0] + ":" + values[0][1]).isEqualTo(values[1][0] + ":" + values[1][1]);
        assertThat(values[2][0] + ":" + values[2][1]).isEqualTo(values[3][0] + ":" + values[3][1]);
        Table t = c.catalog().table("pairs").orElseThrow();
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < values.length; i++) {
            rows.add(Map.of("left", values[i][0], "right", values[i][1], "note", "row " + i, "code", values[i][0], "kind", values[i][1]));
        }
        String script = new SeedScript(c.catalog(), design, List.of(new SampleRows(t, rows, List.of())),
                SampleData.base(TargetOptions.defaults().timestamp())).render();
        Path seed = dir.resolve("pairs.redis");
        Files.writeString(seed, script);
        var server = Engines.redis();
        int db = (nextDb++ % 15) + 1;
        try (Jedis jedis = new Jedis(server.getHostString(), server.getPort())) {
            jedis.select(db);
            jedis.flushDB();
            load(seed, server.getHostString(), server.getPort(), db);
            var hashes = jedis.keys("pairs:pair:*");
            var uniques = jedis.keys("pairs:pair.uq_pairs_code_kind:*");
            assertThat(hashes).as("one hash per row").hasSize(values.length);
            assertThat(uniques).as("one unique key per row").hasSize(values.length);
            assertThat(jedis.smembers("pairs:pair")).as("one id per row").hasSize(values.length);
            var seen = new HashSet<String>();
            for (String key : hashes) {
                var h = jedis.hgetAll(key);
                assertThat(split(key.substring("pairs:pair:".length()))).as("%s read back", key).containsExactly(h.get("left"), h.get("right"));
                seen.add(h.get("note"));
            }
            assertThat(seen).as("every row's hash").hasSize(values.length);
            for (String id : jedis.smembers("pairs:pair")) {
                var h = jedis.hgetAll("pairs:pair:" + id);
                assertThat(split(id)).as("the set member %s names its row", id).containsExactly(h.get("left"), h.get("right"));
            }
            for (String key : uniques) {
                var h = jedis.hgetAll("pairs:pair:" + jedis.get(key));
                assertThat(split(key.substring("pairs:pair.uq_pairs_code_kind:".length()))).as("%s read back", key)
                        .containsExactly(h.get("code"), h.get("kind"));
            }
            JsonNode keys = JSON.readTree(result.files().get("redis/keys.json"));
            for (var row : rows) {
                String key = "pairs:pair:" + id(keys, row, List.of("left", "right"), t::requireColumn);
                assertThat(jedis.hget(key, "note")).as("%s, written as keys.json's valueSegments say", key).isEqualTo(row.get("note"));
            }
            jedis.flushDB();
        }
    }

    /** A key's values, read as keys.md says: a {@code \} takes the character after it as it is, any other {@code :} separates. */
    static List<String> split(String key) {
        var out = new ArrayList<String>();
        var b = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char ch = key.charAt(i);
            if (ch == '\\') b.append(key.charAt(++i));
            else if (ch == ':') {
                out.add(b.toString());
                b.setLength(0);
            } else b.append(ch);
        }
        out.add(b.toString());
        return out;
    }

    /** {@code redis-cli < seed.redis}, as keys.md says to load it; any error reply fails. */
    static void load(Path seed, String host, int port, int db) throws Exception {
        var p = new ProcessBuilder("redis-cli", "-h", host, "-p", Integer.toString(port), "-n", Integer.toString(db))
                .redirectInput(seed.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("redis-cli finished").isTrue();
        assertThat(p.exitValue()).as("redis-cli exit: %s", out).isZero();
        assertThat(out).as("redis-cli replies").doesNotContain("ERR").doesNotContain("(nil)");
    }

    /**
     * A documented pattern as a regular expression: each {placeholder} one segment, in which
     * no `:` stands unescaped (keys.md: a `\` takes the character after it as it is).
     */
    private static final String VALUE = "(?:[^:\\\\]|\\\\.)+";

    static Pattern regex(String pattern) {
        var b = new StringBuilder();
        var m = Pattern.compile("\\{[^{}]+\\}").matcher(pattern);
        int at = 0;
        while (m.find()) {
            b.append(Pattern.quote(pattern.substring(at, m.start()))).append(VALUE);
            at = m.end();
        }
        b.append(Pattern.quote(pattern.substring(at)));
        return Pattern.compile(b.toString(), Pattern.DOTALL);
    }

    /** Every key the seed rows make under keys.json, with what it must hold. */
    static Map<String, Expected> expected(Compilation c, JsonNode keys, TargetOptions options) {
        var sample = new SampleData(c.catalog(), options.seed(), options.rows(), options.timestamp()).generate();
        Map<String, List<Map<String, Object>>> rows = new HashMap<>();
        for (SampleRows s : sample) rows.put(s.table().name(), s.settled());
        LocalDateTime now = SampleData.base(options.timestamp());
        var out = new HashMap<String, Expected>();
        for (JsonNode e : keys.get("entities")) {
            Table own = c.catalog().table(e.get("table").asText()).orElseThrow();
            var ids = strings(e.get("idColumns"));
            JsonNode expires = e.get("expires");
            for (JsonNode k : e.get("keys")) {
                Table t = c.catalog().table(k.get("source").asText()).orElseThrow();
                var keyColumns = strings(k.get("keyColumns"));
                for (Map<String, Object> row : rows.get(t.name())) {
                    long maxTtl = Long.MAX_VALUE;
                    if (t == own && expires != null) {
                        Long left = left(expires, row, now);
                        if (left != null && left <= 0) continue;
                        maxTtl = left == null ? Long.MAX_VALUE : left;
                    }
                    if (keyColumns.stream().anyMatch(col -> row.get(col) == null)) continue;
                    if (k.has("onlyWhereNull") && row.get(k.get("onlyWhereNull").asText()) != null) continue;
                    // Placeholders are filled in order, each by its key column's value.
                    var km = Pattern.compile("\\{[^{}]+\\}").matcher(k.get("pattern").asText());
                    var kb = new StringBuilder();
                    int i = 0;
                    while (km.find()) {
                        km.appendReplacement(kb, java.util.regex.Matcher.quoteReplacement(
                                segment(keys, t.requireColumn(keyColumns.get(i)), row.get(keyColumns.get(i)))));
                        i++;
                    }
                    km.appendTail(kb);
                    assertThat(i).as("placeholders of %s", k.get("pattern")).isEqualTo(keyColumns.size());
                    String key = kb.toString();
                    String type = k.get("type").asText();
                    boolean exp = k.get("expires").asBoolean();
                    Expected x = out.computeIfAbsent(key, kk -> new Expected(type, new LinkedHashMap<>(), new HashMap<>(), new HashSet<>(),
                            null, exp, Long.MAX_VALUE, k));
                    switch (type) {
                        case "hash" -> {
                            for (Column col : t.columns()) if (row.get(col.name()) != null) x.hash().put(col.name(), KvValues.bytes(col, row.get(col.name())));
                            out.put(key, new Expected(type, x.hash(), x.zset(), x.set(), null, exp, maxTtl, k));
                        }
                        case "string" -> out.put(key, new Expected(type, x.hash(), x.zset(), x.set(),
                                id(keys, row, ids, own::requireColumn), exp, maxTtl, k));
                        case "zset" -> {
                            Object s = row.get(k.get("score").asText());
                            if (s == null) {
                                if (x.zset().isEmpty()) out.remove(key);
                                continue;
                            }
                            x.zset().put(id(keys, row, strings(k.get("memberColumns")), t::requireColumn),
                                    Double.parseDouble(KvValues.score(t.requireColumn(k.get("score").asText()), s)));
                        }
                        default -> x.set().add(id(keys, row, strings(k.get("memberColumns")), t::requireColumn));
                    }
                }
            }
        }
        return out;
    }

    /** Seconds a row of an expiring entity has left at the seed's time: the shorter of its TTLs. */
    static Long left(JsonNode expires, Map<String, Object> row, LocalDateTime now) {
        Long out = expires.has("afterWriteSeconds") ? expires.get("afterWriteSeconds").asLong() : null;
        if (expires.has("afterColumn") && row.get(expires.get("afterColumn").asText()) instanceof LocalDateTime t) {
            long left = t.toEpochSecond(ZoneOffset.UTC) + expires.get("afterColumnSeconds").asLong() - now.toEpochSecond(ZoneOffset.UTC);
            out = out == null ? left : Math.min(out, left);
        }
        return out;
    }

    /**
     * A value as one segment of a key, written as keys.json's {@code valueSegments} tells a
     * client to: each character it lists as {@code escaped} with its {@code escape} before it.
     * The seed's keys on the server meet these only when keys.json states the writer's rule.
     */
    static String segment(JsonNode keys, Column c, Object v) {
        JsonNode rule = keys.get("valueSegments");
        var escaped = strings(rule.get("escaped"));
        var b = new StringBuilder();
        KvValues.text(c, v).codePoints().forEach(cp -> {
            if (escaped.contains(Character.toString(cp))) b.append(rule.get("escape").asText());
            b.appendCodePoint(cp);
        });
        return b.toString();
    }

    /** A row's id as keys.json tells a client to write it: its key columns' {@link #segment}s joined by the {@code separator}. */
    static String id(JsonNode keys, Map<String, Object> row, List<String> columns, java.util.function.Function<String, Column> col) {
        var parts = new ArrayList<String>();
        for (String c : columns) parts.add(segment(keys, col.apply(c), row.get(c)));
        return String.join(keys.get("valueSegments").get("separator").asText(), parts);
    }

    static List<String> strings(JsonNode array) {
        var out = new ArrayList<String>();
        if (array != null) array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static Map<String, Double> sortedByScore(Map<String, Double> m) {
        var entries = new ArrayList<>(m.entrySet());
        entries.sort(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        var out = new LinkedHashMap<String, Double>();
        for (var e : entries) out.put(e.getKey(), e.getValue());
        return out;
    }

    static List<String> texts(Object reply) {
        var out = new ArrayList<String>();
        for (Object o : (List<?>) reply) out.add(new String((byte[]) o, StandardCharsets.UTF_8));
        return out;
    }

    static String hex(byte[] b) {
        return java.util.HexFormat.of().formatHex(b);
    }
}
