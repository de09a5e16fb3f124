package dev.schemac.check.normalform;

import dev.schemac.check.Rule;
import dev.schemac.diag.Severity;

/**
 * A normal-form finding about one entity: {@code strict = true} makes its warnings errors, and
 * {@code @@denormalized("reason")} on the entity turns it into a documented trade-off.
 */
public abstract class NormalFormRule extends Rule {
    protected NormalFormRule(String code, Severity severity, String title, String rationale) {
        super(code, severity, title, rationale);
    }

    @Override
    public final boolean escalatesUnderStrict() { return true; }

    @Override
    public final boolean acknowledgedByDenormalized() { return true; }
}
