package dev.schemac.check.normalform;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Rule;
import dev.schemac.diag.Severity;
import dev.schemac.normalform.CoverFd;
import dev.schemac.normalform.Violation;
import java.util.List;
import java.util.stream.Collectors;

/** SC803: second normal form: a non-key field depends on part of a key. */
@AutoService(Rule.class)
public final class PartialDependency extends ViolationRule {
    public PartialDependency() {
        super("SC803", Severity.WARNING, Violation.Kind.PARTIAL_DEPENDENCY, "Partial dependency (not in 2NF)",
                "An entity is in second normal form when no field outside every candidate key depends on "
                + "only part of a key. With the key `(order, product)` and `@@depends(product -> "
                + "product_name)`, the product's name is repeated in every line that orders the product: "
                + "renaming it means updating many rows, and a product that was never ordered has nowhere "
                + "to keep its name. The help proposes a 3NF decomposition (Bernstein synthesis: lossless, "
                + "every dependency enforced by a key) as `.schema` text. The help proposes no split, and "
                + "says why, where none would be accepted as it stands or keep "
                + "every row: an optional or unbounded-text determinant, a determinant that is one to-one "
                + "relation (the field is a fact of the entity it points at: read it through the relation), "
                + "an implicit timestamp or a mixin's field that would move, or an `@@check` the split "
                + "would cut in two. Under `strict = true` this is an error; `@@denormalized(\"reason\")` documents an intended exception.");
    }

    @Override
    dev.schemac.diag.Help help(EntityAnalysis ea, CheckContext context) {
        return decompositionHelp(ea, context);
    }

    @Override
    String message(String entity, List<String> lhs, List<String> rhs, Violation<FdOrigin> first) {
        String via = first.implied()
                ? " (implied by " + first.derivation().stream().map(CoverFd::toString).collect(Collectors.joining("; ")) + ")"
                : "";
        return Quoted.name(entity) + " is not in 2NF: " + fd(lhs, rhs) + " depends on part of the key " + set(first.key())
                + via;
    }
}
