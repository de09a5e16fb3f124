package dev.schemac.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseFoldTest {

    @ParameterizedTest
    @CsvSource({"Total,total", "résumé,resume", "x¹,x1", "Straße,strasse", "ORDER_Items,order_items", "é,e"})
    void namesOneToADatabaseHaveOneKey(String name, String key) {
        assertThat(CaseFold.key(name)).isEqualTo(key);
    }

    /** An ASCII name skips normalization: every ASCII character folds as the full path folds it. */
    @Test
    void asciiFoldsAsTheFullPathDoes() {
        for (char c = 0; c < 0x80; c++) {
            String s = "a" + c + "Z";
            String full = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{Mn}+", "")
                    .toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
            assertThat(CaseFold.key(s)).as("U+%04X", (int) c).isEqualTo(full);
        }
    }
}
