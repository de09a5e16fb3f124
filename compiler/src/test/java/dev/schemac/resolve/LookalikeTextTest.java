package dev.schemac.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name or label is refused for mixing scripts only where a letter of one script looks like a
 * letter of the word's own ({@link dev.schemac.naming.Lookalikes}): units and symbols are names, homoglyphs are
 * not, names and labels follow one rule, and normalization never suggests a form the next
 * rule refuses.
 */
class LookalikeTextTest {
    private static final List<TextKind> NAMES = List.of(TextKind.NAME, TextKind.COLUMN_NAME, TextKind.TABLE_NAME);
    private static final List<TextKind> NAMES_AND_LABELS = List.of(TextKind.NAME, TextKind.COLUMN_NAME, TextKind.TABLE_NAME, TextKind.LABEL);

    @Test
    void unitsSymbolsAndWholeScriptWordsAreNamesAndLabels() {
        for (String s : List.of("\u03BCg", "k\u03A9", "\u03BCs", "\u0394x", "\u03BCValue", "\u03BB_max", "\u0438\u043C\u044F",
                "\u0415\u043B\u043A\u0430", "\u0395\u03BB\u03BB\u03B7\u03BD\u03B9\u03BA\u03AC", "\u0438\u043C\u044F name",
                "\u0395\u03BB\u03BB\u03B7\u03BD\u03B9\u03BA\u03AC Greek", "\u0445 x", "plain_name", "r\u00E9sum\u00E9")) {
            for (TextKind kind : NAMES_AND_LABELS) assertThat(TextRules.check(kind, s)).as("%s %s", kind, s).isNull();
        }
    }

    @Test
    void theMicroSignIsAGreekMuOnceNormalizedAndThatFormIsAName() {
        var p = TextRules.check(TextKind.COLUMN_NAME, "\u00B5g");
        assertThat(p.reason()).contains("write it in its normalized form").contains("\u03BCg");
        assertThat(TextRules.check(TextKind.COLUMN_NAME, "\u03BCg")).isNull();
        // The ohm sign is the Greek capital omega once normalized.
        assertThat(TextRules.check(TextKind.NAME, "k\u2126").reason()).contains("k\u03A9");
        // A label is a literal, never an identifier: both micro signs are labels, kept as written.
        assertThat(TextRules.check(TextKind.LABEL, "\u00B5s")).isNull();
        assertThat(TextRules.check(TextKind.LABEL, "\u03BCs")).isNull();
    }

    @Test
    void aLetterThatLooksLikeOneOfTheWordsScriptIsRefusedAndNamed() {
        for (TextKind kind : NAMES_AND_LABELS) {
            assertThat(TextRules.check(kind, "n\u0430me").reason()).as("%s", kind)
                    .isEqualTo("U+0430 (CYRILLIC SMALL LETTER A) looks like the Latin `a` in a word that holds Latin letters, so "
                            + "the word looks like another one, which the databases keep apart; type the Latin letter instead");
            assertThat(TextRules.check(kind, "t\u03BFtal").reason()).contains("U+03BF (GREEK SMALL LETTER OMICRON) looks like the Latin `o`");
            assertThat(TextRules.check(kind, "s\u0435en").reason()).contains("U+0435 (CYRILLIC SMALL LETTER IE) looks like the Latin `e`");
            // The odd one out is named, not the letter where the script changes.
            var first = TextRules.check(kind, "\u0430pple");
            assertThat(first.reason()).contains("U+0430 (CYRILLIC SMALL LETTER A)").doesNotContain("U+0070");
            assertThat(first.codePoint()).isEqualTo(-1);
            assertThat(first.at()).isZero();
            // Every odd letter, each once, in order; the other words of the text do not matter.
            assertThat(TextRules.check(kind, "my p\u0430yp\u0430l s\u0435\u0430n").reason())
                    .contains("U+0430 (CYRILLIC SMALL LETTER A) looks like");
            assertThat(TextRules.check(kind, "s\u0435\u0430n\u0430").reason()).contains(
                    "U+0435 (CYRILLIC SMALL LETTER IE) and U+0430 (CYRILLIC SMALL LETTER A) look like the Latin `e` and `a` in a word");
            // A Cyrillic word with a Latin a is as much a disguise as a Latin word with a Cyrillic one.
            assertThat(TextRules.check(kind, "\u043Ca\u043C\u0430").reason()).contains(
                    "U+0061 (LATIN SMALL LETTER A) looks like the Cyrillic `\u0430` in a word that holds Cyrillic letters");
            // A symbol beside the lookalike does not hide it.
            assertThat(TextRules.check(kind, "\u03BCn\u0430me")).as("%s", kind).isNotNull();
            // A Latin T beside a Greek letter looks like the Greek capital tau.
            assertThat(TextRules.check(kind, "\u0394T").reason()).as("%s", kind)
                    .contains("U+0054 (LATIN CAPITAL LETTER T) looks like the Greek `\u03A4`");
            // A letter of another script does not hide a lookalike.
            assertThat(TextRules.check(kind, "n\u0430me\u4E2D")).as("%s", kind).isNotNull();
        }
    }

    @Test
    void greekAndCyrillicCapitalsThatLookAlikeAreRefusedToo() {
        // Greek capital omicron in a Cyrillic word: both are O.
        assertThat(TextRules.check(TextKind.NAME, "\u041C\u039E\u0421\u041A\u0412\u0410")).isNull(); // Ξ looks like nothing Cyrillic
        assertThat(TextRules.check(TextKind.NAME, "\u041C\u039F\u0421\u041A\u0412\u0410").reason())
                .contains("U+039F (GREEK CAPITAL LETTER OMICRON) looks like the Cyrillic `\u041E`");
    }

    /**
     * Over every character of the Basic Multilingual Plane in a name: the normalized form is
     * suggested exactly when it passes every rule of the name, so a fix the message offers is
     * never refused in turn.
     */
    @Test
    void theNormalizedFormIsSuggestedOnlyWhenItIsAName() {
        int suggested = 0;
        int refused = 0;
        for (TextKind kind : NAMES) {
            for (int c = 0xA0; c <= 0xFFFF; c++) {
                if (Character.isSurrogate((char) c)) continue;
                String s = "na" + Character.toString(c) + "me";
                if (Normalizer.isNormalized(s, Normalizer.Form.NFKC)) continue;
                var p = TextRules.check(kind, s);
                if (p == null || !p.reason().startsWith("Unicode normalization (NFKC)")) continue;
                boolean suggests = p.reason().contains("write it in its normalized form");
                assertThat(TextRules.check(kind, Normalizer.normalize(s, Normalizer.Form.NFKC)) == null)
                        .as("%s U+%04X: %s", kind, c, p.reason()).isEqualTo(suggests);
                if (suggests) suggested++;
                else refused++;
            }
        }
        assertThat(suggested).isPositive();
        assertThat(refused).isPositive();
        // The fullwidth solidus becomes a / a table name cannot hold; the fullwidth n makes n\u0430me.
        assertThat(TextRules.check(TextKind.TABLE_NAME, "a\uFF0Fb").reason())
                .doesNotContain("write it in").contains("is no name either: it holds U+002F (SOLIDUS)");
        assertThat(TextRules.check(TextKind.NAME, "\uFF4E\u0430me").reason())
                .doesNotContain("write it in its normalized").contains("U+0430 (CYRILLIC SMALL LETTER A)");
    }
}
