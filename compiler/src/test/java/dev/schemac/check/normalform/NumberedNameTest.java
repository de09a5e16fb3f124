package dev.schemac.check.normalform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** SC801 reads a numbered name by hand exactly as its pattern reads it: the number at the end or between words. */
class NumberedNameTest {
    private static final Pattern NUMBERED = Pattern.compile("(.*[a-z])_?([0-9]{1,2})(_.*)?");

    @Test
    void everyShortNameOverTheCharactersThatMatterIsReadAsThePatternReadsIt() {
        char[] alphabet = {'a', 'z', 'A', '_', '0', '9', '\n', '\u2028', 'é'};
        List<String> all = new ArrayList<>(List.of(""));
        for (int length = 1; length <= 5; length++) {
            List<String> longer = new ArrayList<>();
            for (String s : all) if (s.length() == length - 1) for (char c : alphabet) longer.add(s + c);
            all.addAll(longer);
        }
        int matched = 0;
        for (String s : all) {
            Matcher m = NUMBERED.matcher(s);
            NumberedFieldGroup.Numbered n = NumberedFieldGroup.Numbered.of(s);
            if (m.matches()) {
                matched++;
                assertThat(n).as("%s", s).isEqualTo(new NumberedFieldGroup.Numbered(m.group(1), Integer.parseInt(m.group(2)),
                        m.group(3) == null ? "" : m.group(3)));
            } else {
                assertThat(n).as("%s", s).isNull();
            }
        }
        assertThat(all).hasSizeGreaterThan(60_000);
        assertThat(matched).isGreaterThan(1_000);
    }

    @Test
    void theUsualNames() {
        assertThat(NumberedFieldGroup.Numbered.of("phone1")).isEqualTo(new NumberedFieldGroup.Numbered("phone", 1, ""));
        assertThat(NumberedFieldGroup.Numbered.of("address_12")).isEqualTo(new NumberedFieldGroup.Numbered("address", 12, ""));
        assertThat(NumberedFieldGroup.Numbered.of("child1_name")).isEqualTo(new NumberedFieldGroup.Numbered("child", 1, "_name"));
        assertThat(NumberedFieldGroup.Numbered.of("q4_revenue")).isEqualTo(new NumberedFieldGroup.Numbered("q", 4, "_revenue"));
        assertThat(NumberedFieldGroup.Numbered.of("sha256_digest")).isNull();
        assertThat(NumberedFieldGroup.Numbered.of("sha256")).isNull();
        assertThat(NumberedFieldGroup.Numbered.of("phone")).isNull();
    }
}
