package dev.schemac.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.cli.Cli;
import dev.schemac.cli.Main;
import dev.schemac.naming.TargetNames;
import dev.schemac.naming.TargetNames.Alphabet;
import dev.schemac.naming.UnicodeIdentifiers;
import dev.schemac.render.text.PlainText;
import dev.schemac.testing.Engines;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which characters a name may hold and an identifier keeps is one fixed table
 * ({@link UnicodeIdentifiers}), not the running JDK's Unicode: every character the Python alphabet
 * keeps is an identifier's to the real Python and to node's Unicode (newer than both JDKs), every
 * character the Java alphabet keeps to the real javac; a character the versions disagree on is
 * written {@code _}, and a name holding one Unicode 13.0 had not assigned is refused (SC510).
 */
class UnicodeNamesTest {
    @TempDir Path dir;

    /** Each code point of the BMP that {@code alphabet} takes first ({@code start}) or after a letter. */
    private static List<Integer> held(Alphabet alphabet, boolean start) {
        var out = new ArrayList<Integer>();
        for (int c = 0; c < 0x10000; c++) {
            if (c >= 0xD800 && c <= 0xDFFF) continue;
            String s = start ? new String(Character.toChars(c)) : "a" + new String(Character.toChars(c));
            if (alphabet.holds(s)) out.add(c);
        }
        return out;
    }

    private static String json(List<Integer> xs) {
        return xs.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void everyCharacterThePythonAlphabetKeepsIsAnIdentifiersToPythonAndToNodesUnicode() throws Exception {
        var starts = held(Alphabet.UNICODE, true);
        var parts = held(Alphabet.UNICODE, false);
        assertThat(starts).hasSizeGreaterThan(40_000);
        String lists = "{\"s\":" + json(starts) + ",\"p\":" + json(parts) + "}";
        String py = "import json,sys,unicodedata\nd=json.load(sys.stdin)\n"
                + "print(json.dumps({'s':[c for c in d['s'] if not chr(c).isidentifier()],"
                + "'p':[c for c in d['p'] if not ('a'+chr(c)).isidentifier()],'u':unicodedata.unidata_version}))";
        JsonNode python = answer(new ProcessBuilder(Engines.python().toString(), "-c", py), lists, "python");
        assertThat(python.get("s")).as("Python %s refuses as a first character", python.get("u")).isEmpty();
        assertThat(python.get("p")).as("Python %s refuses after a letter", python.get("u")).isEmpty();
        String js = "let d='';process.stdin.on('data',x=>d+=x).on('end',()=>{d=JSON.parse(d);"
                + "const s=/^[_\\p{XID_Start}]$/u,p=/^\\p{XID_Continue}$/u;"
                + "console.log(JSON.stringify({s:d.s.filter(c=>!s.test(String.fromCharCode(c))),"
                + "p:d.p.filter(c=>!p.test(String.fromCharCode(c))),u:process.versions.unicode}))})";
        JsonNode node = answer(new ProcessBuilder("node", "-e", js), lists, "node");
        assertThat(node.get("s")).as("node's Unicode %s refuses as a first character", node.get("u")).isEmpty();
        assertThat(node.get("p")).as("node's Unicode %s refuses after a letter", node.get("u")).isEmpty();
    }

    @Test
    void everyCharacterTheJavaAlphabetKeepsIsAnIdentifiersToJavac() throws Exception {
        var starts = held(Alphabet.JAVA, true);
        var parts = held(Alphabet.JAVA, false);
        var src = new StringBuilder("class Names {\n");
        int n = 0;
        var all = new ArrayList<String>();
        for (int c : starts) all.add(new String(Character.toChars(c)) + "_s");
        for (int c : parts) all.add("a" + new String(Character.toChars(c)));
        for (int i = 0; i < all.size(); i++) {
            if (i % 2000 == 0) src.append(i == 0 ? "" : "  }\n").append("  void m").append(n++).append("() {\n");
            src.append("    int ").append(all.get(i)).append(" = 0;\n");
        }
        src.append("  }\n}\n");
        var file = new SimpleJavaFileObject(URI.create("string:///Names.java"), JavaFileObject.Kind.SOURCE) {
            @Override public CharSequence getCharContent(boolean ignore) { return src; }
        };
        var diags = new DiagnosticCollector<JavaFileObject>();
        var javac = ToolProvider.getSystemJavaCompiler();
        boolean ok = javac.getTask(new StringWriter(), null, diags, List.of("-d", dir.toString(), "-encoding", "UTF-8"), null,
                List.of(file)).call();
        assertThat(diags.getDiagnostics()).as("javac %s", System.getProperty("java.version")).isEmpty();
        assertThat(ok).isTrue();
    }

    /** The characters where the versions we meet disagree, spelled alike by every JDK. */
    @Test
    void theEdgeCharactersAreWrittenAsEveryVersionReadsThem() {
        // Katakana middle dots continue an identifier from Unicode 15.1 (Java 25 says so, Python 3.11 does not).
        assertThat(TargetNames.identifier("ka\u30FBna", Alphabet.UNICODE)).isEqualTo("ka_na");
        assertThat(TargetNames.identifier("ka\uFF65na", Alphabet.UNICODE)).isEqualTo("ka_na");
        // VERTICAL TILDE: a letter to the JDK, syntax to Unicode and Python; javac takes it.
        assertThat(TargetNames.identifier("crit\u2E2Fic", Alphabet.UNICODE)).isEqualTo("crit_ic");
        assertThat(TargetNames.identifier("crit\u2E2Fic", Alphabet.JAVA)).isEqualTo("crit\u2E2Fic");
        // Unicode 14's ARABIC LETTER ALEF WITH ATTACHED FATHA: no character to Java 17, a letter to Java 25.
        assertThat(UnicodeIdentifiers.assigned(0x0870)).isFalse();
        assertThat(TargetNames.identifier("a\u0870b", Alphabet.UNICODE)).isEqualTo("a_b");
        assertThat(TargetNames.identifier("a\u0870b", Alphabet.JAVA)).isEqualTo("a_b");
        assertThat(PlainText.describe(0x0870)).isEqualTo("U+0870");
        // A joiner continues an identifier from Unicode 15.1; javac drops it from a name: neither keeps it.
        assertThat(TargetNames.identifier("a\u200Db", Alphabet.UNICODE)).isEqualTo("a_b");
        assertThat(TargetNames.identifier("a\u200Db", Alphabet.JAVA)).isEqualTo("a_b");
        assertThat(TargetNames.identifier("été名前", Alphabet.UNICODE)).isEqualTo("été名前");
        // Beyond the BMP too: Unicode 15's SHAKING FACE is named by its number alone on every JDK.
        assertThat(UnicodeIdentifiers.assigned(0x1FAE8)).isFalse();
        assertThat(PlainText.describe(0x1FAE8)).isEqualTo("U+1FAE8");
        assertThat(PlainText.describe(0x1F600)).isEqualTo("U+1F600 (GRINNING FACE)");
        assertThat(UnicodeIdentifiers.assigned(0x10000)).isTrue();
        assertThat(UnicodeIdentifiers.assigned(0x10FFFD)).isTrue();
        assertThat(UnicodeIdentifiers.assigned(0xE0000)).isFalse();
        // What the table holds assigned, the running JDK (17 or later) has assigned too.
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (UnicodeIdentifiers.assigned(c)) assertThat(Character.getType(c)).as("U+%04X", c).isNotEqualTo(Character.UNASSIGNED);
        }
    }

    @Test
    void aNameHoldingACharacterUnicode13HadNotAssignedIsRefusedAtIt() throws Exception {
        String model = "schema s {\n  dialect = postgres\n}\n\n/// A user.\nentity User {\n  id int @id @auto\n"
                + "  /// A label.\n  label string(20) @map(\"la\u0870bel\")\n  /// A dot.\n  kana string(20) @map(\"ka\u30FBna\")\n}\n";
        Path file = Files.writeString(dir.resolve("m.schema"), model, StandardCharsets.UTF_8);
        var r = Cli.run("check", "--format", "json", file.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.INPUT_ERRORS);
        JsonNode all = new ObjectMapper().readTree(r.out());
        assertThat(all).hasSize(1);
        JsonNode d = all.get(0);
        assertThat(d.get("code").asText()).isEqualTo("SC510");
        assertThat(d.get("line").asInt()).isEqualTo(9);
        assertThat(d.get("message").asText()).isEqualTo("the column name `@map` of `User.label` `la\u0870bel` cannot be a name "
                + "in every output: it holds U+0870; a name holds only characters Unicode 13.0 assigned, the Unicode of Java 17: "
                + "to Java 17 a later one is no character; later Javas, and Pythons of a later Unicode, read it as whatever "
                + "that version assigned, so the versions would judge and spell the name apart");
    }

    /**
     * U+0898 is a combining mark from Unicode 14 on and U+0870 a letter: a JDK newer than 17 knows
     * them, so the rule for characters Java 17 does not know comes before any test of a letter or
     * a mark, and the message is the same whichever JDK runs the check.
     */
    @Test
    void aCharacterALaterUnicodeMadeAMarkOrLetterGetsTheSameMessageOnEveryJdk() throws Exception {
        String model = "schema s {\n  dialect = postgres\n}\n\n/// A user.\nentity User {\n  id int @id @auto\n"
                + "  /// A label.\n  label string(20) @map(\"a\u0898\")\n}\n\n/// A thing.\nentity Thing {\n"
                + "  id int @id @auto\n  @@map(\"\u0870x\")\n}\n";
        Path file = Files.writeString(dir.resolve("m.schema"), model, StandardCharsets.UTF_8);
        var r = Cli.run("check", "--format", "json", file.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.INPUT_ERRORS);
        JsonNode all = new ObjectMapper().readTree(r.out());
        String rule = "a name holds only characters Unicode 13.0 assigned, the Unicode of Java 17: to Java 17 a later one is "
                + "no character; later Javas, and Pythons of a later Unicode, read it as whatever that version assigned, so "
                + "the versions would judge and spell the name apart";
        assertThat(all).hasSize(2);
        for (JsonNode d : all) {
            assertThat(d.get("code").asText()).isEqualTo("SC510");
            assertThat(d.get("message").asText()).as(d.toString()).endsWith(rule);
        }
        assertThat(all.get(0).get("line").asInt()).isEqualTo(9);
        assertThat(all.get(0).get("message").asText()).contains("it holds U+0898;");
        assertThat(all.get(1).get("message").asText()).contains("it holds U+0870;");
    }

    /** U+0870, a letter from Unicode 14 on, in an entity's name gets Java 17's help on every JDK: no letter's advice. */
    @Test
    void aCharacterALaterUnicodeMadeALetterIsNoLetterToTheParser() throws Exception {
        String model = "schema s {\n  dialect = postgres\n}\n\n/// A thing.\nentity T\u0870x {\n  id int @id @auto\n}\n";
        Path file = Files.writeString(dir.resolve("m.schema"), model, StandardCharsets.UTF_8);
        var r = Cli.run("check", "--format", "json", file.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.INPUT_ERRORS);
        JsonNode d = new ObjectMapper().readTree(r.out()).get(0);
        assertThat(d.get("code").asText()).isEqualTo("SC103");
        assertThat(d.toString()).contains("U+0870").contains("remove it, or put it inside a string or a comment")
                .doesNotContain("ASCII letters");
    }

    /** MySQL refuses a comment's character beyond the BMP, named alike by every JDK (U+1FAE8 is Unicode 15's). */
    @Test
    void aCommentCharacterALaterUnicodeAssignedIsNamedByItsNumberAlone() throws Exception {
        String model = "schema s {\n  dialect = mysql\n}\n\n/// A user.\nentity User {\n  id int @id @auto\n"
                + "  /// Mood: \uD83E\uDEE8\n  mood string(10)\n}\n";
        Path file = Files.writeString(dir.resolve("m.schema"), model, StandardCharsets.UTF_8);
        var r = Cli.run("check", "--format", "json", file.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.INPUT_ERRORS);
        JsonNode all = new ObjectMapper().readTree(r.out());
        assertThat(all).hasSize(1);
        assertThat(all.get(0).get("message").asText()).isEqualTo("the comment of column `users.mood` holds U+1FAE8, which "
                + "MySQL cannot store in a comment (it keeps comments in utf8mb3)");
    }

    private static JsonNode answer(ProcessBuilder pb, String stdin, String what) throws Exception {
        Path in = Files.writeString(Files.createTempFile("unicode", ".json"), stdin, StandardCharsets.UTF_8);
        try {
            return new ObjectMapper().readTree(Tools.run(pb.redirectInput(in.toFile()), what));
        } finally {
            Files.deleteIfExists(in);
        }
    }
}
