package dev.schemac.gen.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.support.NoSqlModels;
import dev.schemac.testing.Engines;
import dev.schemac.testing.NodeHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mongo target of every test model against a real MongoDB wire-protocol server (FerretDB
 * 1.24, started by scripts/test.sh) through the official Node driver ({@code mongo-check} in
 * tools/node): init.js makes exactly the calls collections.json lists; the collections and
 * indexes exist under their names; each unique index refuses a duplicate; the seed documents
 * insert. FerretDB v1 answers "not implemented" for validators, partial filters, TTL options
 * and Decimal128 values, so every validator is also checked with a JSON Schema draft 4
 * validator (ajv, with MongoDB's bsonType keyword): each seed document passes, and for each
 * constraint a document that breaks it is refused on that constraint.
 */
class MongoOnRealServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static int databases;

    static Stream<Arguments> models() {
        return NoSqlModels.allWithDesignModels().stream().map(p -> Arguments.of(p.getFileName().toString(), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void collectionsIndexesSeedAndValidators(String name, Path model, @TempDir Path dir) throws Exception {
        Compilation c = Compiler.compile(List.of(model));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var result = Targets.run(c, List.of(Targets.byName("mongo").orElseThrow()), TargetOptions.defaults());
        assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
        for (var f : result.files().entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        JsonNode collections = JSON.readTree(result.files().get("mongo/collections.json"));
        String db = "t_" + name.replace(".schema", "").replaceAll("[^A-Za-z0-9]", "_") + "_" + ProcessHandle.current().pid() + "_" + (++databases);

        JsonNode r = NodeHarness.get().call("mongo-check", dir.resolve("mongo").toString(), "--url", Engines.mongoUrl(), "--db", db);

        assertThat(r.get("initMatchesCollections").asBoolean()).as("init.js makes the calls collections.json lists: %s",
                r.get("initDifference")).isTrue();
        var names = new TreeSet<String>();
        collections.get("collections").forEach(x -> names.add(x.get("name").asText()));
        var listed = new TreeSet<String>();
        r.get("collections").forEach(x -> listed.add(x.asText()));
        assertThat(listed).as("listCollections").isEqualTo(names);

        int documents = 0;
        for (JsonNode col : collections.get("collections")) {
            String cn = col.get("name").asText();
            var indexes = new TreeSet<String>();
            Set<String> unique = new TreeSet<>();
            for (JsonNode i : r.get("indexes").get(cn)) {
                indexes.add(i.get("name").asText());
                if (i.get("unique").asBoolean()) unique.add(i.get("name").asText());
            }
            for (JsonNode i : col.get("indexes")) {
                assertThat(indexes).as("listIndexes of %s", cn).contains(i.get("name").asText());
                assertThat(unique.contains(i.get("name").asText())).as("unique flag of %s", i.get("name").asText())
                        .isEqualTo(i.path("unique").asBoolean(false));
            }
            int seeded = JSON.readTree(result.files().get("mongo/seed/" + cn + ".json")).size();
            assertThat(r.get("inserted").get(cn).asInt()).as("seed documents inserted into %s", cn).isEqualTo(seeded);
            documents += seeded;
        }
        assertThat(documents).as("seed documents").isPositive();

        var uniques = new ArrayList<String>();
        for (JsonNode u : r.get("uniques")) {
            assertThat(u.get("refused").isBoolean()).as("a seed document to copy for %s: %s", u.get("index"), u).isTrue();
            assertThat(u.get("refused").asBoolean()).as("duplicate refused by %s: %s", u.get("index"), u).isTrue();
            uniques.add(u.get("index").asText());
        }
        assertThat(r.get("validation").get("documents").asInt()).isEqualTo(documents);
        assertThat(r.get("validation").get("invalid")).as("seed documents failing their validator").isEmpty();
        assertThat(r.get("breakers").size()).as("constraints checked").isPositive();
        for (JsonNode b : r.get("breakers")) {
            assertThat(b.get("refused").asBoolean() && b.get("onThatKeyword").asBoolean())
                    .as("a document breaking %s at %s (%s) is refused on that keyword", b.get("keyword"), b.get("path"), b.get("what"))
                    .isTrue();
        }
        assertThat(r.get("skipped")).as("constraints no document could break").isEmpty();
        // A decimal column's inclusive bound, held exactly, is accepted (as the SQL check accepts it): one document per bound.
        assertThat(r.get("keepers").size()).as("documents holding a decimal bound").isEqualTo(inclusiveDecimalBounds(collections));
        for (JsonNode k : r.get("keepers")) {
            assertThat(k.get("accepted").asBoolean()).as("a document holding the bound %s at %s (%s) is accepted: %s",
                    k.get("keyword"), k.get("path"), k.get("what"), k.get("errors")).isTrue();
        }
        System.out.printf("mongo %s: %d collections, %d documents, %d unique indexes refused duplicates, %d constraint breakers refused;"
                + " not accepted by the server: %s; Decimal128 stored: %s%n", name, names.size(), documents, uniques.size(),
                r.get("breakers").size(), r.get("notAccepted"), r.get("decimal128"));
    }
    /**
     * A decimal(38, 2) is narrowed to what a Decimal128's 34 digits hold at two places (SC446):
     * a document holding 99999999999999999999999999999999.99 (34 digits) passes the validator,
     * one holding 100000000000000000000000000000000.00 (35 digits as the column writes it; the
     * column holds it) is refused on the bound, and so is its negative.
     */
    @org.junit.jupiter.api.Test
    void aDecimalWiderThanDecimal128IsNarrowedToThirtyFourDigits(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("ledger.schema");
        Files.writeString(model, """
                /// A ledger line.
                entity Ledger {
                  amount decimal(38, 2)
                }
                """);
        Compilation c = Compiler.compile(List.of(model));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        assertThat(c.diagnostics()).extracting(d -> d.code() + " " + d.span().line()).contains("SC446 3");
        var result = Targets.run(c, List.of(Targets.byName("mongo").orElseThrow()), TargetOptions.defaults());
        assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
        for (var f : result.files().entrySet()) {
            Path p = dir.resolve("out").resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        String[] amounts = {"99999999999999999999999999999999.99", "-99999999999999999999999999999999.99",
                "100000000000000000000000000000000.00", "-100000000000000000000000000000000.00"};
        Path seed;
        try (var seeds = Files.list(dir.resolve("out/mongo/seed"))) {
            seed = seeds.findFirst().orElseThrow();
        }
        // Each a copy of the generated first document (its _id's BSON type and the timestamps), with its own _id and amount.
        var template = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(Files.readString(seed)).get(0);
        String idType = template.get("_id").fieldNames().next();
        var docs = JSON.createArrayNode();
        for (int i = 0; i < amounts.length; i++) {
            var doc = template.deepCopy();
            docs.add(doc);
            doc.putObject("_id").put(idType, Integer.toString(i + 1));
            doc.putObject("amount").put("$numberDecimal", amounts[i]);
        }
        Files.writeString(seed, JSON.writeValueAsString(docs));

        JsonNode r = NodeHarness.get().call("mongo-check", dir.resolve("out/mongo").toString(), "--url", Engines.mongoUrl(),
                "--db", "t_narrowed_" + ProcessHandle.current().pid() + "_" + (++databases));

        assertThat(r.get("validation").get("documents").asInt()).isEqualTo(4);
        var refused = new ArrayList<String>();
        for (JsonNode bad : r.get("validation").get("invalid")) {
            refused.add(bad.get("_id").asText());
            assertThat(bad.get("errors").toString()).as("refused on the bound").containsPattern("decimalM(in|ax)imum");
        }
        assertThat(refused).as("the documents with 35 digits, _id 3 and 4").hasSize(2)
                .allMatch(id -> id.matches("[^0-9]*[34][^0-9]*"));
    }

    /**
     * A decimal field's {@code ==} and {@code !=} literals are Decimal128 values in the validator,
     * as its bounds are: a double {@code 0.1} equals no Decimal128 {@code 0.1}. On FerretDB, through
     * init.js, and judged by ajv with the literals compared exactly: the seed documents pass, the
     * {@code ==} literal with another trailing zero passes and one a unit past it is refused, the
     * {@code !=} literal is refused and its neighbour passes. A literal of more digits than a
     * Decimal128 holds (on a field narrowed by SC446) is no {@code !=} constraint, as no document
     * value equals it, and an {@code ==} with one is listed as not enforced; a bound of more digits
     * is written as the nearest Decimal128 that admits the same values, which mongosh's parser
     * takes (the exact text it refuses: "inexact rounding").
     */
    @org.junit.jupiter.api.Test
    void aDecimalFieldsEqualityLiteralsAreDecimal128(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("tariff.schema");
        Files.writeString(model, """
                /// A tariff.
                entity Tariff {
                  rate decimal(10, 2) @check(== 0.10)
                  fee  decimal(10, 2) @check(!= 0.1)
                  wide decimal(40, 2) @check(!= 123456789012345678901234567890123456.78)
                }
                """);
        Compilation c = Compiler.compile(List.of(model));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var result = Targets.run(c, List.of(Targets.byName("mongo").orElseThrow()), TargetOptions.defaults());
        assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
        for (var f : result.files().entrySet()) {
            Path p = dir.resolve("out").resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        JsonNode collections = JSON.readTree(result.files().get("mongo/collections.json"));
        JsonNode props = collections.get("collections").get(0).get("options").get("validator").get("$jsonSchema").get("properties");
        assertThat(props.get("rate").get("enum").toString()).isEqualTo("[{\"$numberDecimal\":\"0.10\"}]");
        assertThat(props.get("fee").get("not").toString()).isEqualTo("{\"enum\":[{\"$numberDecimal\":\"0.1\"}]}");
        assertThat(props.get("wide").has("not")).as("no Decimal128 equals a literal of 38 digits").isFalse();

        JsonNode r = NodeHarness.get().call("mongo-check", dir.resolve("out/mongo").toString(), "--url", Engines.mongoUrl(),
                "--db", "t_decimal_eq_" + ProcessHandle.current().pid() + "_" + (++databases));
        assertThat(r.get("initMatchesCollections").asBoolean()).as("%s", r.get("initDifference")).isTrue();
        assertThat(r.get("inserted").get("tariffs").asInt()).isPositive();
        assertThat(r.get("validation").get("invalid")).as("seed documents failing their validator").isEmpty();
        var keepers = new TreeSet<String>();
        for (JsonNode k : r.get("keepers")) {
            assertThat(k.get("accepted").asBoolean()).as("%s at %s (%s): %s", k.get("keyword"), k.get("path"), k.get("what"),
                    k.get("errors")).isTrue();
            keepers.add(k.get("keyword").asText() + " " + k.get("path").asText() + " " + k.get("what").asText());
        }
        assertThat(keepers).contains("decimalEnum /rate 0.100", "not /fee 0.2");
        var breakers = new TreeSet<String>();
        for (JsonNode b : r.get("breakers")) {
            assertThat(b.get("refused").asBoolean() && b.get("onThatKeyword").asBoolean()).as("%s at %s (%s)", b.get("keyword"),
                    b.get("path"), b.get("what")).isTrue();
            breakers.add(b.get("keyword").asText() + " " + b.get("path").asText());
        }
        assertThat(breakers).contains("decimalEnum /rate", "not /fee");

        Files.writeString(model, """
                /// A tariff.
                entity Tariff {
                  wide decimal(40, 2) @check(== 123456789012345678901234567890123456.78)
                  low  decimal(40, 2) @check(>= 99999999999999999999999999999999999.99)
                  high decimal(40, 2) @check(< -99999999999999999999999999999999999.99)
                }
                """);
        var wide = Compiler.compile(List.of(model));
        var v = dev.schemac.nosql.Validators.of(dev.schemac.nosql.DocumentDesign.of(wide.model(), wide.catalog()).collections().get(0),
                wide.catalog());
        @SuppressWarnings("unchecked")
        var wideProps = (java.util.Map<String, java.util.Map<String, Object>>) v.jsonSchema().get("properties");
        assertThat(wideProps.get("wide")).doesNotContainKey("enum");
        assertThat(v.unenforced()).anyMatch(u -> u.startsWith("the check `wide` == `123456789012345678901234567890123456.78` of Tariff"));
        assertThat(wideProps.get("low")).containsEntry("minimum", java.util.Map.of("$numberDecimal", "1E+35"))
                .doesNotContainKey("exclusiveMinimum");
        assertThat(wideProps.get("high")).containsEntry("maximum", java.util.Map.of("$numberDecimal", "-1E+35"))
                .doesNotContainKey("exclusiveMaximum");
    }

    /** The inclusive Decimal128 bounds ({@code minimum}/{@code maximum} as {@code $numberDecimal}) of every validator, and each decimal {@code enum} and {@code not.enum}. */
    static int inclusiveDecimalBounds(JsonNode n) {
        int count = 0;
        if (n.isObject()) {
            for (String k : List.of("minimum", "maximum")) {
                String exclusive = k.equals("minimum") ? "exclusiveMinimum" : "exclusiveMaximum";
                if (n.path(k).has("$numberDecimal") && !n.path(exclusive).asBoolean(false)) count++;
            }
            if (n.path("enum").isArray()) for (JsonNode e : n.path("enum")) if (e.has("$numberDecimal")) { count++; break; }
        }
        for (JsonNode child : n) count += inclusiveDecimalBounds(child);
        return count;
    }
}
