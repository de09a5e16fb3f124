package dev.schemac.check.normalform;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Rule;
import dev.schemac.diag.Severity;
import dev.schemac.normalform.Violation;
import java.util.List;

/** SC805: Boyce-Codd normal form: a key field depends on something that is not a key. */
@AutoService(Rule.class)
public final class NonKeyDeterminant extends ViolationRule {
    public NonKeyDeterminant() {
        super("SC805", Severity.INFO, Violation.Kind.NON_KEY_DETERMINANT, "Non-key determinant (3NF but not BCNF)",
                "Boyce-Codd normal form asks that every determinant be a key. An entity can be in 3NF and "
                + "still break BCNF when part of a key depends on a non-key: in a booking keyed by "
                + "`(room, time)` and `(instructor, time)` with `@@depends(instructor -> room)`, the "
                + "instructor's room is repeated per booking. Reaching BCNF means splitting the entity, "
                + "and then the key that spans both parts can no longer be enforced by one table; so this "
                + "is only information, and keeping the entity as it is is often the better design.");
    }

    @Override
    dev.schemac.diag.Help help(EntityAnalysis ea, CheckContext context) {
        return s -> "to reach BCNF, move the dependent field into an entity keyed by the determinant, at the price of a "
                + "key no single table enforces; or keep it and say why with " + Quoted.name(s.withText("@@denormalized", "\"...\""));
    }

    @Override
    String message(String entity, List<String> lhs, List<String> rhs, Violation<FdOrigin> first) {
        return Quoted.name(entity) + " is in 3NF but not BCNF: " + fd(lhs, rhs) + ", and " + set(lhs) + " is not a key ("
                + String.join(", ", rhs) + " is part of the key " + set(first.key()) + ")";
    }
}
