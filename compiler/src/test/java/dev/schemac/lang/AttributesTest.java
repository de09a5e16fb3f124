package dev.schemac.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.diag.Code;
import dev.schemac.support.TestPaths;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The attribute table is what the explanation of SC310 and the language reference list. */
class AttributesTest {

    private static List<String> attributes(String text, String prefix) {
        var out = new ArrayList<String>();
        var m = Pattern.compile("(?<!@)" + Pattern.quote(prefix) + "([a-z_]+)").matcher(text);
        while (m.find()) if (!out.contains(m.group(1))) out.add(m.group(1));
        return out;
    }

    @Test
    void theExplanationOfAnUnknownAttributeListsExactlyTheTable() {
        String text = Code.UNKNOWN_ATTRIBUTE.explanation();
        assertThat(attributes(text, "@")).containsExactlyElementsOf(Attributes.FIELD);
        assertThat(attributes(text, "@@")).containsExactlyElementsOf(Attributes.BLOCK);
    }

    @Test
    void theLanguageReferenceDocumentsEveryAttribute() throws Exception {
        String doc = Files.readString(TestPaths.root().resolve("docs/language.md"));
        assertThat(attributes(doc, "@")).containsAll(Attributes.FIELD);
        assertThat(attributes(doc, "@@")).containsAll(Attributes.BLOCK);
    }
}
