package dev.schemac.pull.introspect;

import dev.schemac.model.ReferentialAction;
import dev.schemac.sqltext.SqlActions;
import java.util.Locale;

/** Referential actions as engines report them; SET DEFAULT has no schemac action (null). */
final class Actions {
    private Actions() {}

    static ReferentialAction of(String reported) {
        if (reported == null) return ReferentialAction.NO_ACTION;
        // PostgreSQL's catalog reports one letter; the others the words SQL writes.
        return switch (reported.strip().toUpperCase(Locale.ROOT)) {
            case "A" -> ReferentialAction.NO_ACTION;
            case "R" -> ReferentialAction.RESTRICT;
            case "C" -> ReferentialAction.CASCADE;
            case "N" -> ReferentialAction.SET_NULL;
            default -> SqlActions.read(reported).orElse(null);
        };
    }
}
