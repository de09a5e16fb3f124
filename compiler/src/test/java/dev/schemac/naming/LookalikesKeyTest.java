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
    void lettersThatLookAlikeOnlyInOneCaseAreKeptApart() {
        // The Cyrillic capital Н looks like H; its small н looks like no Latin letter.
        assertThat(Lookalikes.key("\u041D")).isEqualTo(Lookalikes.key("h"));
        assertThat(Lookalikes.key("\u043D")).isNotEqualTo(Lookalikes.key("h"));
        // Words that mean the same are not alike: имя is no "name".
        assertThat(Lookalikes.key("\u0438\u043C\u044F")).isNotEqualTo(Lookalikes.key("name"));
        assertThat(Lookalikes.key("\u0412\u0415\u0421")).isNotEqualTo(Lookalikes.key("weight")).isEqualTo("bec");
    }
}
