package dev.schemac.check.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.check.Words;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** SC602 on any legal entity name: never a crash, and its suggestion is a singular name. */
class EntityNameSingularTest {
    private static final List<String> WORDS = List.of("S", "s", "Ss", "Us", "Is", "As", "Items", "items", "ITEMS", "Item",
            "People", "Status", "News", "X", "Id", "Ids", "2", "2S", "Xs", "Sheep", "Children", "Boxes", "Data", "Media",
            "Analysis", "Criteria", "Buses", "Oxen", "Mice", "Feet", "A", "_", "Es", "Ies", "Ves", "Ses");

    @TempDir
    Path dir;

    /** Every name of one to three of the words: the rule answers without throwing, with a shorter name in the singular. */
    @Test
    void noNameCrashesTheRuleAndEverySuggestionIsAnotherName() {
        var rule = new EntityNameSingular();
        int checked = 0;
        for (String name : names()) {
            String last = Words.last(name);
            if (!Words.isPlural(last)) continue;
            Diagnostic d = rule.plural(null, name, last);
            String help = d.help();
            assertThat(help).as(name).startsWith("name the entity in the singular");
            int open = help.indexOf('`');
            if (open >= 0) {
                String fixed = help.substring(open + 1, help.lastIndexOf('`'));
                assertThat(fixed).as(name).isNotEmpty();
                assertThat(fixed).as("%s → %s", name, fixed).isNotEqualTo(name).hasSizeLessThanOrEqualTo(name.length() + 2);
            }
            checked++;
        }
        assertThat(checked).as("names read as plurals").isGreaterThan(500);
    }

    @ParameterizedTest
    @ValueSource(strings = {"S", "ItemS", "IdS", "Item2S", "A_S", "Us", "Is", "Es", "X"})
    void aLoneLetterOrAPronounIsNotAPluralAndCompiles(String name) throws Exception {
        var ds = diagnostics("entity " + name + " { n int }\n");
        assertThat(ds).as("%s", ds).noneMatch(d -> d.isError() || d.code().equals("SC602"));
    }

    @ParameterizedTest
    @CsvSource({"Users,User", "OrderItems,OrderItem", "order_items,order_item", "ORDER_ITEMS,ORDER_ITEM",
            "People,Person", "Item2Boxes,Item2Box"})
    void thePluralLastWordIsReplacedBySingularSpelledAlike(String name, String fixed) throws Exception {
        var ds = diagnostics("entity " + name + " { n int }\n").stream().filter(d -> d.code().equals("SC602")).toList();
        assertThat(ds).hasSize(1);
        assertThat(ds.get(0).message()).isEqualTo("entity `" + name + "` is plural");
        assertThat(ds.get(0).help()).isEqualTo("name the entity in the singular: `" + fixed + "`");
    }

    private static List<String> names() {
        var out = new ArrayList<String>();
        for (String a : WORDS) {
            out.add(a);
            for (String b : WORDS) {
                out.add(a + b);
                for (String c : WORDS) out.add(a + b + c);
            }
        }
        out.removeIf(n -> !Character.isLetter(n.charAt(0)));
        out.add("s".repeat(3).toUpperCase(Locale.ROOT));
        return out;
    }

    private List<Diagnostic> diagnostics(String model) throws Exception {
        Path p = Files.writeString(dir.resolve("m.schema"), model, StandardCharsets.UTF_8);
        return Compiler.compile(List.of(p)).diagnostics();
    }
}
