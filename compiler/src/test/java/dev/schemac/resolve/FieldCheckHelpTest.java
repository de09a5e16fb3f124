package dev.schemac.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.render.markdown.Quoted;
import dev.schemac.support.Models;
import org.junit.jupiter.api.Test;

/**
 * SC311's help for an {@code @check} that names fields writes the check as the model gave it, source text included, as one
 * code span: a backtick in the model's text stays inside the span rather than ending it.
 */
class FieldCheckHelpTest {
    @Test
    void theCheckWrittenAgainIsOneCodeSpanWhateverTheTextHolds() {
        var c = Models.compile("""
                entity P {
                  name  string @check(name != "a`b")
                  other string @check(other > name)
                  third string @check(name != "x``y")
                }
                """);
        var helps = c.diagnostics().stream().filter(d -> d.code().equals("SC311")).map(d -> d.help()).toList();
        assertThat(helps).containsExactly(
                "write " + Quoted.name("@check(!= \"a`b\")"),
                "write " + Quoted.name("@@check(other > name)") + " on a line of its own",
                "write " + Quoted.name("@@check(name != \"x``y\")") + " on a line of its own");
        assertThat(Quoted.plain(helps.get(0))).isEqualTo("write @check(!= \"a`b\")");
        assertThat(Quoted.plain(helps.get(2))).isEqualTo("write @@check(name != \"x``y\") on a line of its own");
    }
}
