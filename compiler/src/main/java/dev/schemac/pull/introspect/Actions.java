package dev.schemac.pull.introspect;

import dev.schemac.model.ReferentialAction;
import java.util.Locale;

/** Referential actions as engines report them; SET DEFAULT has no schemac action (null). */
final class Actions {
    private Actions() {}

    static ReferentialAction of(String reported) {
        if (reported == null) return ReferentialAction.NO_ACTION;
        return switch (reported.strip().toUpperCase(Locale.ROOT)) {
            case "NO ACTION", "A" -> ReferentialAction.NO_ACTION;
            case "RESTRICT", "R" -> ReferentialAction.RESTRICT;
            case "CASCADE", "C" -> ReferentialAction.CASCADE;
            case "SET NULL", "N" -> ReferentialAction.SET_NULL;
            default -> null;
        };
    }
}
