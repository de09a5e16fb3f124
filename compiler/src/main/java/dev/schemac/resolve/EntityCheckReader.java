package dev.schemac.resolve;

import dev.schemac.render.markdown.Quoted;
import dev.schemac.ast.Argument;
import dev.schemac.ast.Attribute;
import dev.schemac.ast.Value;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.lang.Attributes;
import dev.schemac.model.EntityCheck;
import dev.schemac.model.FieldType;
import dev.schemac.model.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @@check(a OP b, name = "...")}: a comparison of two fields of the entity, typed
 * (the two fields' types must be comparable with that operator).
 */
final class EntityCheckReader {
    private final Diagnostics diags;

    EntityCheckReader(Diagnostics diags) {
        this.diags = diags;
    }

    /** The check {@code a} says, or null when it says none (reported). */
    EntityCheck read(Attribute a, EntityFieldNames names) {
        var args = new Args(a, diags);
        // `name = "..."` names the constraint; any other argument is the comparison.
        String explicit = null;
        var comparison = new ArrayList<Argument>();
        for (Argument arg : a.args()) {
            if (arg instanceof Argument.Named n && n.name().text().equals(Attributes.NAME_ARGUMENT) && n.value() instanceof Value.Str str) {
                if (explicit != null) {
                    args.problem(n.span(), "argument `name` is given twice");
                    return null;
                }
                explicit = str.value();
            } else {
                comparison.add(arg);
            }
        }
        if (comparison.size() != 1) {
            args.problem(a.span(), "expected one comparison of two fields");
            return null;
        }
        Value left, right;
        Op op;
        if (comparison.get(0) instanceof Argument.BinaryCompare b) {
            left = b.left();
            right = b.right();
            op = b.op();
        } else if (comparison.get(0) instanceof Argument.Named n) {
            // `@@check(a = b)` parses as a named argument; it is the equality it looks like.
            left = new Value.Ref(n.name().span(), List.of(n.name()));
            right = n.value();
            op = Op.EQ;
        } else {
            args.problem(comparison.get(0).span(), "expected a comparison of two fields such as `starts_at < ends_at`");
            return null;
        }
        if (!(left instanceof Value.Ref l && l.parts().size() == 1) || !(right instanceof Value.Ref r && r.parts().size() == 1)) {
            args.problem(comparison.get(0).span(), "both sides must be field names; compare with a literal using @check on the field");
            return null;
        }
        var compared = names.resolveEach(List.of(l.parts().get(0), r.parts().get(0)), "a check");
        if (compared == null) return null;
        FieldDraft lf = names.field(compared.get(0));
        FieldDraft rf = names.field(compared.get(1));
        if (lf != null && rf != null) {
            if (!comparable(lf.field().type(), rf.field().type(), op)) {
                diags.add(Messages.badCheck(comparison.get(0).span(), a.display(),
                        Quoted.name(compared.get(0)) + " (" + lf.field().type().display() + ") and " + Quoted.name(compared.get(1)) + " ("
                                + rf.field().type().display() + ") cannot be compared",
                        "compare two fields of the same kind of type"));
                return null;
            }
        }
        return new EntityCheck(a.span(), compared.get(0), op, compared.get(1), explicit);
    }

    private static boolean comparable(FieldType a, FieldType b, Op op) {
        if (a instanceof FieldType.Scalar x && b instanceof FieldType.Scalar y) {
            boolean sameFamily = (x.kind().isNumeric() && y.kind().isNumeric()) || (x.kind().isText() && y.kind().isText())
                    || x.kind() == y.kind();
            boolean ordered = op == Op.EQ || op == Op.NE || x.kind().isOrdered();
            return sameFamily && ordered;
        }
        if (a instanceof FieldType.EnumRef x && b instanceof FieldType.EnumRef y) {
            return x.name().equals(y.name()) && (op == Op.EQ || op == Op.NE);
        }
        return false;
    }
}
