package dev.schemac.gen.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Table;
import dev.schemac.compile.Compiler;
import dev.schemac.support.TestPaths;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.testing.Engines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mermaid's own parser (the npm package, run by Node) reads every generated diagram, and
 * what it understood is the Catalog: one entity per table with its columns and keys, one
 * relationship per foreign key with the cardinality the key's nullability and uniqueness
 * imply.
 */
class MermaidParserTest {

    static Stream<Path> models() {
        return dev.schemac.support.TestModels.relational().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void mermaidReadsTheCatalog(Path model) throws Exception {
        var c = Compiler.compile(List.of(model));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var r = Targets.run(c, List.of(Targets.byName("mermaid").orElseThrow()), TargetOptions.defaults());
        JsonNode parsed = parse(r.files().get("mermaid/er.mmd"));
        assertThat(parsed.path("error").isNull()).as("Mermaid's parser error: %s", parsed.path("error")).isTrue();
        assertThat(parsed.path("ok").asBoolean()).isTrue();
        assertThat(parsed.path("diagramType").asText()).isEqualTo("er");
        Catalog catalog = c.catalog();

        // A name Mermaid cannot take is drawn as a word, its real name beside it: the alias of an
        // entity, "column <name>" first in an attribute's comment.
        var tableOf = new java.util.HashMap<String, String>();
        var entities = new TreeSet<String>();
        for (JsonNode e : parsed.path("entities")) {
            String table = unescape(e.path("alias").isNull() ? e.path("name").asText() : e.path("alias").asText());
            tableOf.put(e.path("name").asText(), table);
            entities.add(table);
            Table t = catalog.table(table).orElseThrow();
            var names = new ArrayList<String>();
            for (JsonNode a : e.path("attributes")) {
                String comment = a.path("comment").asText("");
                String column = comment.startsWith("column ") ? unescape(comment.substring(7).split(";")[0]) : a.path("name").asText();
                names.add(column);
                var keys = new ArrayList<String>();
                a.path("keys").forEach(k -> keys.add(k.asText()));
                assertThat(keys.contains("PK")).as("%s.%s PK", t.name(), column).isEqualTo(t.primaryKey().columns().contains(column));
                assertThat(keys.contains("FK")).as("%s.%s FK", t.name(), column).isEqualTo(t.requireColumn(column).isForeignKey());
            }
            assertThat(names).as("columns of %s", t.name())
                    .containsExactlyElementsOf(t.columns().stream().map(dev.schemac.catalog.Column::name).toList());
        }
        assertThat(entities).containsExactlyInAnyOrderElementsOf(catalog.tables().stream().map(Table::name).toList());

        var expected = new ArrayList<String>();
        for (Table t : catalog.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                boolean required = fk.columns().stream().noneMatch(col -> t.requireColumn(col).nullable());
                boolean identifying = t.primaryKey().columns().containsAll(fk.columns());
                expected.add(fk.referencedTable() + " " + (required ? "ONLY_ONE" : "ZERO_OR_ONE") + " " + t.name() + " "
                        + (identifying ? "IDENTIFYING" : "NON_IDENTIFYING"));
            }
        }
        var actual = new ArrayList<String>();
        for (JsonNode rel : parsed.path("relationships")) {
            actual.add(tableOf.get(rel.path("entityA").asText()) + " " + rel.path("cardB").asText() + " " + tableOf.get(rel.path("entityB").asText())
                    + " " + rel.path("relType").asText());
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * Mermaid's entity codes ({@code #quot;}, {@code #lt;}, {@code #37;}) as the characters they stand for, also
     * in the placeholders its parser keeps them as ({@code ﬂ°quot¶ß}, {@code ﬂ°°37¶ß}).
     */
    private static String unescape(String s) {
        var m = java.util.regex.Pattern.compile("#(quot|lt|gt|amp|\\d+);|ﬂ°°?(quot|lt|gt|amp|\\d+)¶ß").matcher(s);
        var b = new StringBuilder();
        var named = java.util.Map.of("quot", "\"", "lt", "<", "gt", ">", "amp", "&");
        while (m.find()) {
            String code = m.group(1) != null ? m.group(1) : m.group(2);
            m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(named.containsKey(code) ? named.get(code) : Character.toString(Integer.parseInt(code))));
        }
        return m.appendTail(b).toString();
    }

    /**
     * Every word Mermaid's erDiagram lexer reads as its own, as the reserved-word table lists them,
     * in lower and upper case and followed by a letter outside ASCII (the lexer ends its words at an
     * ASCII word boundary): as tables (each related to another, so it stands on both sides of a
     * relationship), columns and enum types. The diagram renames each and Mermaid's parser reads
     * every table and column back, under the word or beside it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("spellings")
    void mermaidsOwnWordsAreRenamed(String spelling, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        var words = new ArrayList<String>();
        for (String w : new TreeSet<>(dev.schemac.naming.ReservedWords.lists().get("Mermaid entity words"))) words.add(spell(w, spelling));
        var keys = new ArrayList<String>();
        for (String w : new TreeSet<>(dev.schemac.naming.ReservedWords.lists().get("Mermaid attribute words"))) keys.add(spell(w, spelling));
        var b = new StringBuilder("schema words {\n  dialect = sqlite\n}\n\n");
        for (int i = 0; i < keys.size(); i++) {
            if (!spelling.equals("accented")) b.append("enum ").append(keys.get(i)).append(" { A }\n");
        }
        b.append("/// H.\nentity Hub {\n");
        for (int i = 0; i < words.size(); i++) b.append("  e").append(i).append(" E").append(i).append("[]\n");
        for (int i = 0; i < keys.size(); i++) {
            b.append("  k").append(i).append(' ').append(spelling.equals("accented") ? "int" : keys.get(i))
                    .append(" @map(\"").append(keys.get(i)).append("\")\n");
        }
        b.append("}\n");
        for (int i = 0; i < words.size(); i++) {
            b.append("/// E.\nentity E").append(i).append(" {\n  hub Hub @map(\"").append(keys.get(i % keys.size()))
                    .append("\")\n  @@map(\"").append(words.get(i)).append("\")\n}\n");
        }
        Path model = Files.writeString(dir.resolve("words.schema"), b.toString(), StandardCharsets.UTF_8);
        var c = Compiler.compile(List.of(model));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        // check warns about every one of them, as it does for the other targets' reserved words.
        var warned = c.diagnostics().stream().filter(d -> d.code().equals("SC607") && d.message().contains("Mermaid")).count();
        // Each table, each hub field's column, each table's foreign key column, each enum.
        assertThat(warned).isEqualTo(2L * words.size() + keys.size() + (spelling.equals("accented") ? 0 : keys.size()));

        var r = Targets.run(c, List.of(Targets.byName("mermaid").orElseThrow()), TargetOptions.defaults());
        String diagram = r.files().get("mermaid/er.mmd");
        JsonNode parsed = parse(diagram);
        assertThat(parsed.path("error").isNull()).as("Mermaid's parser error: %s in\n%s", parsed.path("error"), diagram).isTrue();
        var tables = new TreeSet<String>();
        for (JsonNode e : parsed.path("entities")) {
            String table = e.path("alias").isNull() ? e.path("name").asText() : e.path("alias").asText();
            tables.add(table);
            var columns = new ArrayList<String>();
            for (JsonNode a : e.path("attributes")) {
                String comment = a.path("comment").asText("");
                columns.add(comment.startsWith("column ") ? comment.substring(7).split(";")[0] : a.path("name").asText());
            }
            assertThat(columns).as("columns of %s", table).containsExactlyElementsOf(
                    c.catalog().table(table).orElseThrow().columns().stream().map(dev.schemac.catalog.Column::name).toList());
        }
        assertThat(tables).containsExactlyInAnyOrderElementsOf(c.catalog().tables().stream().map(Table::name).toList());
        assertThat(parsed.path("relationships").size()).isEqualTo(words.size());
    }

    static Stream<String> spellings() {
        return Stream.of("lower", "upper", "accented");
    }

    private static String spell(String word, String spelling) {
        return switch (spelling) {
            case "upper" -> word.toUpperCase(java.util.Locale.ROOT);
            case "accented" -> word + "é";
            default -> word;
        };
    }

    /**
     * Mermaid takes a line holding {@code direction} and a space before {@code TB}, {@code BT},
     * {@code LR} or {@code RL} as a direction statement, quotes or not, and drops the rest of it:
     * a table named so keeps its entity, and a relationship on that line stays.
     */
    @org.junit.jupiter.api.Test
    void aNameThatReadsAsADirectionKeepsItsLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path model = Files.writeString(dir.resolve("dir.schema"), """
                /// A.
                entity A {
                  bs B[]
                  @@map("direction TB")
                }
                /// B.
                entity B {
                  a A
                  @@map("Direction lr")
                }
                """, StandardCharsets.UTF_8);
        var c = Compiler.compile(List.of(model));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var r = Targets.run(c, List.of(Targets.byName("mermaid").orElseThrow()), TargetOptions.defaults());
        JsonNode parsed = parse(r.files().get("mermaid/er.mmd"));
        assertThat(parsed.path("error").isNull()).as("%s", parsed.path("error")).isTrue();
        assertThat(parsed.path("entities").size()).isEqualTo(2);
        assertThat(parsed.path("relationships").size()).isEqualTo(1);
    }

    /**
     * A doc comment may hold characters a reader cannot see (a zero-width space, a byte order mark, a
     * tag character); the diagram shows each as its {@code \\u} escape, as every comment and document
     * does, and keeps a joiner that does its work (a Persian zero-width non-joiner, an emoji sequence).
     */
    @org.junit.jupiter.api.Test
    void aDocCommentsInvisibleCharactersAreShownAsEscapes(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path model = Files.writeString(dir.resolve("inv.schema"), """
                /// A.
                entity A {
                  /// pay\u200Bment with a mark\uFEFF and a tag\uDB40\uDC41; \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 \uD83D\uDC69\u200D\uD83D\uDCBB
                  note string
                }
                """, StandardCharsets.UTF_8);
        var c = Compiler.compile(List.of(model));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        String er = Targets.run(c, List.of(Targets.byName("mermaid").orElseThrow()), TargetOptions.defaults()).files().get("mermaid/er.mmd");
        assertThat(er).contains("\"pay\\u200Bment with a mark\\uFEFF and a tag\\u{E0041}; \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 "
                + "\uD83D\uDC69\u200D\uD83D\uDCBB\"");
        assertThat(er).doesNotContain("\u200B").doesNotContain("\uFEFF").doesNotContain("\uDB40\uDC41");
        JsonNode parsed = parse(er);
        assertThat(parsed.path("error").isNull()).as("%s", parsed.path("error")).isTrue();
    }

    /**
     * Each edge of a join table is labelled by its own side's list field, also when both sides are
     * one entity (a self many-to-many), and a plain one keeps its labels.
     */
    @org.junit.jupiter.api.Test
    void joinTableEdgesAreLabelledByTheirOwnSide(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path model = Files.writeString(dir.resolve("self.schema"), """
                /// U.
                entity User {
                  followers User[] @relation("follows")
                  following User[] @relation("follows")
                  tags      Tag[]
                }
                /// T.
                entity Tag {
                  users User[]
                }
                """, StandardCharsets.UTF_8);
        var c = Compiler.compile(List.of(model));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var r = Targets.run(c, List.of(Targets.byName("mermaid").orElseThrow()), TargetOptions.defaults());
        JsonNode parsed = parse(r.files().get("mermaid/er.mmd"));
        assertThat(parsed.path("error").isNull()).as("%s", parsed.path("error")).isTrue();
        var edges = new TreeSet<String>();
        for (JsonNode rel : parsed.path("relationships")) {
            edges.add(rel.path("entityA").asText() + " -> " + rel.path("entityB").asText() + " : " + rel.path("role").asText());
        }
        // The join table's first key is the left side's: follows.following_id holds a user its followers list.
        assertThat(edges).containsExactly(
                "tags -> tag_users : users",
                "users -> follows : followers",
                "users -> follows : following",
                "users -> tag_users : tags");
    }

    /**
     * An enum whose stored values hold the list's own separators ({@code |}, the {@code ;} between a
     * comment's parts), quotes and the characters Mermaid reads as its own: Mermaid's parser reads
     * the comment back as each value quoted as the model writes a string, so the list names exactly
     * the values there are; a plain enum keeps its bare values.
     */
    @org.junit.jupiter.api.Test
    void enumValuesThatHoldTheSeparatorAreQuoted(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path model = Files.writeString(dir.resolve("tones.schema"), """
                enum Tone {
                  CALM @map("calm | quiet")
                  LOUD @map("LOUD <!>")
                  ODD  @map("it's `odd`; \\"really\\"")
                }
                enum Size {
                  S
                  M
                }
                /// A.
                entity Sound {
                  tone Tone
                  size Size
                }
                """, StandardCharsets.UTF_8);
        var c = Compiler.compile(List.of(model));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var r = Targets.run(c, List.of(Targets.byName("mermaid").orElseThrow()), TargetOptions.defaults());
        JsonNode parsed = parse(r.files().get("mermaid/er.mmd"));
        assertThat(parsed.path("error").isNull()).as("%s", parsed.path("error")).isTrue();
        var comments = new java.util.HashMap<String, String>();
        for (JsonNode e : parsed.path("entities")) {
            for (JsonNode a : e.path("attributes")) comments.put(a.path("name").asText(), unescape(a.path("comment").asText("")));
        }
        assertThat(comments.get("tone")).isEqualTo("\"calm | quiet\" | \"LOUD <!>\" | \"it's `odd`; \\\"really\\\"\"");
        assertThat(comments.get("size")).isEqualTo("S | M");
    }

    /** Runs the harness's {@code mermaid-parse}; a missing Node or harness fails the test. */
    static JsonNode parse(String diagram) throws IOException, InterruptedException {
        Path f = Files.createTempFile("schemac-er", ".mmd");
        try {
            Files.writeString(f, diagram, StandardCharsets.UTF_8);
            Path harness = Engines.nodeTools().resolve("schemac-harness.mjs");
            var p = new ProcessBuilder("node", harness.toString(), "mermaid-parse", f.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) throw new IllegalStateException("mermaid-parse did not finish");
            assertThat(p.exitValue()).as("mermaid-parse exit code, output: %s", out).isZero();
            return new ObjectMapper().readTree(out);
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
