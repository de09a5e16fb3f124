package dev.schemac.check.normalform;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Rule;
import dev.schemac.diag.Severity;
import dev.schemac.normalform.Violation;
import java.util.List;

/** SC804: third normal form: a non-key field depends on something that is not a key. */
@AutoService(Rule.class)
public final class TransitiveDependency extends ViolationRule {
    public TransitiveDependency() {
        super("SC804", Severity.WARNING, Violation.Kind.TRANSITIVE_DEPENDENCY, "Transitive dependency (not in 3NF)",
                "An entity is in third normal form when every field outside the candidate keys depends on "
                + "the keys directly, not through another non-key field. `@@depends(zip -> city, state)` "
                + "on an Address keyed by `id` says the city is a fact about the zip code: it is stored "
                + "again with every address in that zip, two addresses can disagree about it, and "
                + "correcting it means updating them all. The help proposes the 3NF decomposition as "
                + "`.schema` text: the dependent fields move to an entity keyed by the determinant, "
                + "referenced from the original one through the same column; an `@@check` on the moved "
                + "fields moves with them, and an `@@query` naming them is left for the new entity to declare. "
                + "The help proposes no split, and says why, where none would be accepted as it stands or keep "
                + "every row: an optional or unbounded-text determinant, a determinant that is one to-one "
                + "relation (the field is a fact of the entity it points at: read it through the relation), "
                + "an implicit timestamp or a mixin's field that would move, or an `@@check` the split "
                + "would cut in two. Under `strict = true` this "
                + "is an error; `@@denormalized(\"reason\")` documents an intended exception.");
    }

    @Override
    dev.schemac.diag.Help help(EntityAnalysis ea, CheckContext context) {
        return decompositionHelp(ea, context);
    }

    @Override
    String message(String entity, List<String> lhs, List<String> rhs, Violation<FdOrigin> first) {
        return Quoted.name(entity) + " is not in 3NF: " + fd(lhs, rhs) + " is a transitive dependency ("
                + set(first.key()) + " → " + set(lhs) + " → " + String.join(", ", rhs) + "), and " + set(lhs)
                + " is not a key";
    }
}
