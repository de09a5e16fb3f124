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

    /**
     * A note about the values the database generates for a column is known by what it is (its shape), never by how its
     * text starts: a note whose definition merely reads like one (a comment, a name) is not one, and stays where the field
     * has no identity; an identity's or a sequence's note is one, whatever its text.
     */
    @Test
    void aNoteAboutGeneratedValuesIsAKindNotAPrefix() {
        var lookalike = new Leftover(Leftover.Kind.DIFFERENCE, "t", "c", "c", "GENERATED ALWAYS AS IDENTITY", "its comment is not kept");
        var steps = new Leftover(Leftover.Kind.DIFFERENCE, "t", "c", "c", "START WITH 100 INCREMENT BY 10", "its sequence starts at 100",
                new Leftover.Shape.Generates(LiveSchema.Generation.SERIAL, 100L, 10L));
        var always = new Leftover(Leftover.Kind.DIFFERENCE, "t", "c", "c", "anything", "generate makes it BY DEFAULT",
                new Leftover.Shape.Generates(LiveSchema.Generation.IDENTITY_ALWAYS, null, null));
        assertThat(lookalike.aboutGeneration()).isFalse();
        assertThat(steps.aboutGeneration()).isTrue();
        assertThat(always.aboutGeneration()).isTrue();
    }
}
