package dev.schemac.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The key two names of one namespace must not share: equal when a database folds them together
 * (case, accents) or when a reader cannot tell them apart (whole words of Latin, Cyrillic and
 * Greek letters that look the same), and apart for words that only share a meaning or a sound.
 */
class LookalikesKeyTest {
    @Test
    void wholeWordsOfOneScriptThatLookLikeAnotherShareTheKey() {
        assertThat(Lookalikes.key("\u0421\u043E\u0440")).isEqualTo(Lookalikes.key("Cop")).isEqualTo("cop");
        assertThat(Lookalikes.key("\u0421\u041E\u0420\u0405")).isEqualTo(Lookalikes.key("cops"));
        // Greek capitals: ΚΑΤΟ looks like KATO.
        assertThat(Lookalikes.key("\u039A\u0391\u03A4\u039F")).isEqualTo(Lookalikes.key("kato"));
        // Cyrillic and Greek capitals that look alike, with no Latin letter among them.
        assertThat(Lookalikes.key("\u0413")).isEqualTo(Lookalikes.key("\u0393"));
    }

    @Test
    void caseAndAccentsFoldAsForTheDatabases() {
        assertThat(Lookalikes.key("Total")).isEqualTo(Lookalikes.key("total")).isEqualTo(CaseFold.key("Total"));
        assertThat(Lookalikes.key("r\u00E9sum\u00E9")).isEqualTo(Lookalikes.key("resume"));
    }

    @Test
    void namesThatDifferOnlyInCaseShareTheKeyWhateverTheirLetters() {
        // MySQL folds case in column names and enum values: Тип and тип are one column there.
        assertThat(Lookalikes.key("\u0422\u0438\u043F")).isEqualTo(Lookalikes.key("\u0442\u0438\u043F"));
        // Greek Ν looks like N and ν like v: the capital folds to the small letter first.
        assertThat(Lookalikes.key("\u039D\u03BF\u03C5")).isEqualTo(Lookalikes.key("\u03BD\u03BF\u03C5"));
        // Every letter of every script the groups hold, against its other case.
        for (int c = 0x80; c < 0x2000; c++) {
            if (!Character.isLetter(c)) continue;
            for (int other : new int[] {Character.toUpperCase(c), Character.toLowerCase(c)}) {
                String a = Character.toString(c), b = Character.toString(other);
                if (CaseFold.key(a).equals(CaseFold.key(b))) assertThat(Lookalikes.key(a)).as("U+%04X", c).isEqualTo(Lookalikes.key(b));
            }
        }
    }

    @Test
    void lettersThatLookAlikeInOneCaseShareTheKeyInBoth() {
        // The Cyrillic capital Н looks like H; its small н, the same letter to a case-blind database, shares the key.
        assertThat(Lookalikes.key("\u041D")).isEqualTo(Lookalikes.key("h")).isEqualTo(Lookalikes.key("\u043D"));
        // Words that mean the same are not alike: имя is no "name".
        assertThat(Lookalikes.key("\u0438\u043C\u044F")).isNotEqualTo(Lookalikes.key("name"));
        assertThat(Lookalikes.key("\u0412\u0415\u0421")).isNotEqualTo(Lookalikes.key("weight")).isEqualTo("bec");
    }
}
