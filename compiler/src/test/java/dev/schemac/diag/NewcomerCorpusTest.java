package dev.schemac.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The corpus of newcomer mistakes under resources/newcomer: models written out of the habits of
 * Prisma, SQL DDL, JPA and DBML users (and common slips: a colon after a name, a block left
 * open). ExpectedDiagnosticsTest pins each one's diagnostics beside it; this test holds the
 * corpus to its promise: each mistake gets exactly one diagnostic, a specific one, never the
 * parser's generic "unexpected" and never follow-on noise.
 */
class NewcomerCorpusTest {
    @Test
    void eachMistakeGetsOneSpecificAnswer() throws IOException {
        List<Path> inputs = ExpectedDiagnosticsTest.schemas(ExpectedDiagnosticsTest.newcomers());
        assertThat(inputs.size()).as("mistakes in the corpus").isGreaterThanOrEqualTo(40);
        for (Path input : inputs) {
            Path expected = Path.of(input.toString().replaceAll("\\.schema$", ".diagnostics"));
            List<String> lines = Files.readAllLines(expected);
            assertThat(lines).as(input.getFileName() + ": one diagnostic, no follow-on noise").hasSize(1);
            assertThat(lines.get(0)).as(input.getFileName() + ": a specific diagnostic")
                    .contains(" error: ").doesNotContain(" SC100 ").doesNotContain(" SC103 ").doesNotContain(" SC310 ");
        }
    }

    private static Diagnostic only(String file) {
        Path input = Path.of("").toAbsolutePath().relativize(ExpectedDiagnosticsTest.newcomers().resolve(file));
        var c = dev.schemac.compile.Compiler.compile(List.of(input));
        assertThat(c.diagnostics()).hasSize(1);
        return c.diagnostics().get(0);
    }

    @Test
    void anUnclosedBlockPointsAtItsBraceToo() {
        Diagnostic d = only("missing_brace_between.schema");
        assertThat(d.notes()).hasSize(1);
        assertThat(d.notes().get(0).span().line()).isEqualTo(1);
        assertThat(d.notes().get(0).span().column()).isEqualTo(13);
        assertThat(d.notes().get(0).message()).isEqualTo("the `{` of entity `User` is opened here");
        // At the end of the file: on the last line, after its last character, not on a line after it.
        Diagnostic end = only("missing_brace_at_end.schema");
        assertThat(end.span().line()).isEqualTo(3);
        assertThat(end.notes().get(0).span().line()).isEqualTo(1);
    }

    @Test
    void aNameAnotherFileOfTheFolderDeclaresSuggestsTheImport() {
        assertThat(only("import_missing_type.schema").help())
                .isEqualTo("`_shared.schema` beside this file declares the type `Warehouse`: add `import \"_shared.schema\"` "
                        + "at the top of this file");
        assertThat(only("import_missing_mixin.schema").help()).contains("add `import \"_shared.schema\"`");
    }

    /**
     * A class whose body is on its own line (`: pass`, `: ...`, `: __tablename__ = "readings"`) is as much SQLAlchemy's as one
     * with an indented body.
     */
    @Test
    void aOneLinePythonClassIsAnsweredAsPython() {
        for (String file : List.of("sqlalchemy_one_line_pass.schema", "sqlalchemy_one_line_ellipsis.schema",
                "sqlalchemy_one_line_tablename.schema")) {
            Diagnostic d = only(file);
            assertThat(d.code()).as(file).isEqualTo("SC419");
            assertThat(d.message()).as(file).contains("written as in SQLAlchemy").doesNotContain("JPA").doesNotContain("Java");
            assertThat(d.message()).as(file).contains("mapped_column");
        }
    }

    /**
     * Kotlin's primary constructor holds colons; its base after `:` is not a Python body, and the message names Kotlin, not
     * JPA (whose classes are Java's); a class of no telling constructor is named for every language that writes it so.
     */
    @Test
    void aKotlinClassIsNotReadAsPython(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path p = Files.writeString(dir.resolve("k.schema"), "class Reading(val id: Int) : Base()\n");
        var c = dev.schemac.compile.Compiler.compile(List.of(p));
        assertThat(c.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("SC428");
            assertThat(d.message()).isEqualTo("`class Reading` is written as in Kotlin: write `entity Reading { ... }` with one field per"
                    + " line, the name first and then the type, without `val` or `:`: `val email: String` is `email string(255)`, `String?`"
                    + " is `string?`");
            assertThat(d.span().line()).isEqualTo(1);
            assertThat(d.span().column()).isEqualTo(1);
            assertThat(d.span().end() - d.span().start()).isEqualTo("class Reading".length());
        });
        for (String kotlin : List.of("class Reading(var id: Int)\n", "class Reading(val id: Int, val at: Long)\n")) {
            Path k = Files.writeString(dir.resolve("k2.schema"), kotlin);
            assertThat(dev.schemac.compile.Compiler.compile(List.of(k)).diagnostics()).as(kotlin).singleElement()
                    .satisfies(d -> assertThat(d.message()).startsWith("`class Reading` is written as in Kotlin:"));
        }
        Path plain = Files.writeString(dir.resolve("plain.schema"), "class Reading {\n  email string(255)\n}\n");
        assertThat(dev.schemac.compile.Compiler.compile(List.of(plain)).diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("`class Reading` is written as in Java, Kotlin or TypeScript:")
                        .doesNotContain("JPA"));
    }

    @Test
    void anotherLanguagesTypeNameIsAnsweredWithOurs() {
        assertThat(only("sql_varchar.schema").help()).isEqualTo("write `string(255)`");
    }

    /** The help says what to write, with what was written kept where it carries over. */
    @Test
    void wordsBeforeATypeAndHyphenatedWordsAreOneName() {
        assertThat(only("words_before_type_date.schema").help()).isEqualTo("a name is one word: write `date_of_birth`");
        assertThat(only("words_before_type_same_word.schema").help()).isEqualTo("a name is one word: write `start_time`");
        assertThat(only("words_before_type_optional.schema").help()).isEqualTo("a name is one word: write `end_of_shift`");
        var value = only("hyphen_in_enum_value_three_words.schema");
        assertThat(value.span().column()).isEqualTo(3);
        assertThat(value.span().end() - value.span().start()).isEqualTo("IN-FLIGHT-CHECK".length());
        assertThat(value.help()).isEqualTo("a name is letters, digits and `_`: write `IN_FLIGHT_CHECK`");
        assertThat(only("hyphen_in_field_name_three_words.schema").help()).isEqualTo("a name is letters, digits and `_`: write `date_of_birth`");
    }

    @Test
    void aJsonFileIsNamedForWhatItIs() {
        assertThat(only("json_model_output.schema").help())
                .isEqualTo("give schemac the .schema file (or the annotated Java) the JSON model was written from");
        assertThat(only("json_diff_output_bom.schema").help())
                .isEqualTo("`schemac pull --url URL --out model.schema` writes a database's model as .schema text");
        assertThat(only("json_schema_document.schema").help()).startsWith("schemac reads the .schema language (docs/language.md)")
                .contains("`schemac pull` writes one from a live database");
        assertThat(only("json_diagnostics_array.schema").message()).contains("a list of diagnostics (`--format json`)");
    }

    @Test
    void typographicQuotesAreAnsweredWithStraightOnes() {
        Path input = Path.of("").toAbsolutePath().relativize(
                ExpectedDiagnosticsTest.dir().resolve("SC103_typographic_quotes_map.schema"));
        var d = dev.schemac.compile.Compiler.compile(List.of(input)).diagnostics();
        assertThat(d).hasSize(1);
        assertThat(d.get(0).help()).startsWith("a string is written between straight double quotes, `\"...\"`");
    }

    @Test
    void theHelpSaysWhatToWrite() {
        assertThat(only("default_bare_now.schema").help()).isEqualTo("write `= now()`");
        assertThat(only("default_bool_upper_case.schema").help()).isEqualTo("write `= true`");
        assertThat(only("default_null_optional.schema").help()).isEqualTo("drop `= NULL`");
        assertThat(only("default_null_required.schema").help())
                .isEqualTo("to allow null, put `?` after the type (`bio string(500)?`, which defaults to null) and drop `= null`");
        assertThat(only("name_digit_field.schema").help()).isEqualTo("write `two_fa_enabled`");
        assertThat(only("name_digit_entity.schema").help()).isEqualTo("write `ThreeDModel`");
        assertThat(only("block_paren.schema").help()).isEqualTo("write `entity User {` and close the block with `}`");
        assertThat(only("sql_int_display_width.schema").help())
                .isEqualTo("write int without arguments (MySQL's display width, as in `int(11)`, is no part of the type)");
        assertThat(only("sql_integer_display_width.schema").help()).isEqualTo("write `int`");
        assertThat(only("sql_tinyint_bool.schema").help()).isEqualTo("write `bool`");
        assertThat(only("enum_default_quoted.schema").help()).isEqualTo("write `= MEMBER`");
        assertThat(only("sql_check_names_field.schema").help()).isEqualTo("write `@check(>= 0)`");
        assertThat(only("sql_text_length.schema").help())
                .isEqualTo("write string(300) for text of at most 300 characters, or text without arguments");
    }

    /** Models the grammar accepts whose lines look like another tool's habit: valid, so nothing is said. */
    @Test
    void validModelsThatLookLikeHabitsGetNoAnswer(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String[] models = {
            "entity\n/// a class of things\nclass {\n  class int?\n}\n",
            "entity Loan {\n  model\n  /* split */ string\n  table int\n}\n",
            "entity Item {\n  increment int?\n  ref string\n}\n",
            // Words of SQL table constraints, as field names: `key string(20)` is a field, not `KEY idx (a)`.
            "entity Slot {\n  key string(20)\n  index int?\n  primary bool\n  unique bool\n}\n",
            // A list of arguments may go on over lines: its comma ends a line without being a field's.
            "entity Range {\n  label string(40) @length(1,\n    40)\n}\n",
        };
        for (String text : models) {
            Path file = Files.writeString(dir.resolve("m.schema"), text);
            var c = dev.schemac.compile.Compiler.compile(List.of(file));
            assertThat(c.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList()).as(text).isEmpty();
        }
    }

    /** A habit whose text the language then refuses is said once, in place of the refusal. */
    @Test
    void aHabitReplacesTheErrorItExplains(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("m.schema"), "entity User {\n  email string NOT NULL\n}\n");
        var c = dev.schemac.compile.Compiler.compile(List.of(file));
        assertThat(c.diagnostics()).hasSize(1);
        assertThat(c.diagnostics().get(0).code()).isEqualTo("SC427");
    }
}
