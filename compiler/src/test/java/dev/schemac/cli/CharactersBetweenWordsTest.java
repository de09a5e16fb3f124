package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What stands between two words shown as one is said as it is: SC426 names each character
 * between the words of a field name when it is not a plain space (a byte order mark once was
 * "a space"), and a byte order mark alone between any two words, which parts them unseen
 * (two enum values that read as one), is SC103 at the mark.
 */
class CharactersBetweenWordsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path tmp;

    private JsonNode check(String text) throws IOException {
        Path model = Files.writeString(tmp.resolve("m.schema"), text);
        var r = Cli.run("check", "--format", "json", model.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.INPUT_ERRORS);
        return JSON.readTree(r.out());
    }

    private static List<String> codes(JsonNode ds) {
        var out = new ArrayList<String>();
        ds.forEach(d -> out.add(d.get("code").asText() + "@" + d.get("line").asInt() + ":" + d.get("column").asInt()));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "0020 0020|field name `first name` has a space",
        "0009|field name `first\tname` has U+0009 (CHARACTER TABULATION) between its words",
        "FEFF|field name `first\\uFEFFname` has U+FEFF (ZERO WIDTH NO-BREAK SPACE) between its words",
        "000C|field name `first\\u000Cname` has U+000C (FORM FEED (FF)) between its words",
        "00A0|field name `first\u00A0name` has U+00A0 (NO-BREAK SPACE) between its words",
        "200B|field name `first\\u200Bname` has U+200B (ZERO WIDTH SPACE) between its words",
        "2060|field name `first\\u2060name` has U+2060 (WORD JOINER) between its words",
        "00AD|field name `first\\u00ADname` has U+00AD (SOFT HYPHEN) between its words",
        "3000|field name `first\u3000name` has U+3000 (IDEOGRAPHIC SPACE) between its words",
        "2013|field name `first\u2013name` has U+2013 (EN DASH) between its words",
        "0020 FEFF 0020|field name `first \\uFEFF name` has U+0020 (SPACE) and U+FEFF (ZERO WIDTH NO-BREAK SPACE) between its words",
    })
    void aFieldNamesWordsAreApartByWhatTheSourceHas(String codePoints, String message) throws IOException {
        var gap = new StringBuilder();
        for (String c : codePoints.split(" ")) gap.appendCodePoint(Integer.parseInt(c, 16));
        JsonNode ds = check("entity Person {\n  id int @id\n  first" + gap + "name string(80)\n}\n");
        assertThat(codes(ds)).as(ds.toString()).containsExactly("SC426@3:3");
        assertThat(ds.get(0).get("message").asText()).isEqualTo(message);
        assertThat(ds.get(0).get("help").asText()).isEqualTo("a name is one word: write `first_name`");
    }

    @Test
    void aByteOrderMarkAloneBetweenTwoWordsIsRefusedAtTheMark() throws IOException {
        JsonNode ds = check("entity Blog\uFEFFPost {\n  id int @id\n}\n\nenum Status {\n  active\uFEFFdraft\n}\n");
        assertThat(codes(ds)).as(ds.toString()).containsExactly("SC103@1:12", "SC103@6:9");
        assertThat(ds.get(1).get("message").asText()).isEqualTo("unexpected character U+FEFF (ZERO WIDTH NO-BREAK SPACE) "
                + "between `active` and `draft`: it parts them, but shows as nothing, so they read as one word");
        assertThat(ds.get(1).get("help").asText()).isEqualTo("remove it if they are one word, or write a space if they are two");
    }

    @Test
    void aLineBreakTheLexerDoesNotTakeIsNamedNotShown() throws IOException {
        // NEL is no Java whitespace, but a code span would show it as a space: the message names it only.
        JsonNode ds = check("entity Person {\n  id int @id\n  nick\u0085string\n}\n");
        assertThat(codes(ds)).as(ds.toString()).first().isEqualTo("SC103@3:7");
        assertThat(ds.get(0).get("message").asText()).isEqualTo("unexpected character U+0085 (NEXT LINE (NEL))");
    }

    @Test
    void aByteOrderMarkThatPartsNothingUnseenIsWhitespace() throws IOException {
        // At the file's start, a line's start and end, beside a space, a sign or a comment: all still read,
        // as they did before marks between words were refused.
        Path model = Files.writeString(tmp.resolve("ok.schema"), "\uFEFFentity A\uFEFF{\n\uFEFF  id int @id\uFEFF\n  b int \uFEFF// x\n"
                + "  c int\uFEFF \n  d int\uFEFF// y\n  e int\uFEFF@unique\n  f int?\uFEFF@unique\n}\n\uFEFF\nenum E { x \uFEFFy }\n");
        var r = Cli.run("check", "--color", "never", model.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    }
}
