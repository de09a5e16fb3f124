package dev.schemac.pull;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.render.text.PlainText;
import org.junit.jupiter.api.Test;

/**
 * A database's names in pull's messages and comments are one line a person reads: shown by the
 * terminal's one rule, so a line break and the text a database reports with a backslash
 * (MySQL's {@code enum('two\nlines')}) never look alike.
 */
class LeftoverTest {

    @Test
    void aNameIsShownByTheOneRuleForTextFromOutside() {
        for (String name : new String[] {"two\nlines", "two\\nlines", "tab\there", "cr\rlf", "back\\slash", "\u202ex\u200b", "plain"}) {
            assertThat(Leftover.shown(name)).as(name).isEqualTo(PlainText.visible(name));
        }
        assertThat(Leftover.shown("two\nlines")).isEqualTo("two\\u000Alines").isNotEqualTo(Leftover.shown("two\\nlines"));
        assertThat(Leftover.shown("cr\r")).isEqualTo("cr\\u000D");
        assertThat(Leftover.shown(null)).isNull();
    }
}
