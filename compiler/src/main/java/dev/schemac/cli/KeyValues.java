package dev.schemac.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Repeatable {@code KEY=VALUE} options ({@code --option}, {@code --severity}). picocli's map
 * options keep the last of two values for one key without a word; a setting given twice is
 * a usage error here, as it is in the settings file (SC120) and the schema header (SC211).
 */
final class KeyValues {
    private KeyValues() {}

    static Map<String, String> of(CommandLine cl, String option, List<String> given) {
        var out = new LinkedHashMap<String, String>();
        for (String pair : given) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new CommandLine.ParameterException(cl, option + " takes KEY=VALUE, not `" + pair + "`");
            }
            String key = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            String before = out.putIfAbsent(key, value);
            if (before != null) {
                throw new CommandLine.ParameterException(cl, option + " " + key + " is given twice (`" + before
                        + "`, then `" + value + "`): give it once");
            }
        }
        return out;
    }
}
