package dev.schemac.cli;

import dev.schemac.cli.args.UsageError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Repeatable {@code KEY=VALUE} options ({@code --option}, {@code --severity}). A setting given
 * twice is a usage error here, as it is in the settings file (SC120) and the schema header (SC211).
 */
final class KeyValues {
    private KeyValues() {}

    static Map<String, String> of(String option, List<String> given) {
        var out = new LinkedHashMap<String, String>();
        for (String pair : given) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new UsageError(option + " takes KEY=VALUE, not `" + pair + "`");
            }
            String key = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            String before = out.putIfAbsent(key, value);
            if (before != null) {
                throw new UsageError(option + " " + key + " is given twice (`" + before + "`, then `" + value + "`): give it once");
            }
        }
        return out;
    }
}
