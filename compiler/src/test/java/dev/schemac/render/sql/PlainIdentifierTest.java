package dev.schemac.render.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link SqlDialect#plain}, read by hand, says what the pattern {@code [a-z_][a-z0-9_]*} says. */
class PlainIdentifierTest {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

    @Test
    void plainIsThePattern() {
        String alphabet = "az_09AZ-. $\"`éß\u00e0\u0130\u212a\uD835\uDC9C";
        var random = new Random(19);
        for (String name : new String[] {"", "a", "_", "0", "a0", "_0_", "0a", "A", "ab c", "user_id", "ｕser", "\u212a"}) {
            assertThat(SqlDialect.plain(name)).as(name).isEqualTo(PLAIN.matcher(name).matches());
        }
        for (int n = 0; n < 20_000; n++) {
            var b = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String name = b.toString();
            assertThat(SqlDialect.plain(name)).as(name).isEqualTo(PLAIN.matcher(name).matches());
        }
    }
}
