package dev.schemac.resolve;

import dev.schemac.render.markdown.Quoted;
import dev.schemac.ast.Argument;
import dev.schemac.ast.Attribute;
import dev.schemac.ast.Ident;
import dev.schemac.ast.Value;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Help;
import dev.schemac.diag.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading attribute arguments against the form an attribute takes. Each accessor reports
 * a diagnostic naming the expected form and returns empty when the argument does not fit,
 * so callers can skip the attribute without cascading errors.
 */
final class Args {
    private final Attribute attr;
    private final Help form;
    private final Diagnostics diags;
    private boolean failed;
    private List<Argument> positionals;

    /** The attribute's form as the model's source spells it: the form of {@code attr.display()}. */
    Args(Attribute attr, Diagnostics diags) {
        this(attr, s -> s.form(attr.display()), diags);
    }

    /** A form the same in every spelling (a new attribute's, until {@link dev.schemac.diag.Spelling} knows it). */
    Args(Attribute attr, String form, Diagnostics diags) {
        this(attr, s -> form, diags);
    }

    /** {@code form}: how the attribute is written, in the spelling of the model's source ({@code s -> s.form("@length")}). */
    Args(Attribute attr, Help form, Diagnostics diags) {
        this.attr = attr;
        this.form = form;
        this.diags = diags;
    }

    boolean failed() { return failed; }

    private void fail(dev.schemac.source.Span at, String problem) {
        if (!failed) diags.add(Messages.badAttributeArguments(at, attr.display(), problem, form));
        failed = true;
    }

    /** The attribute takes no arguments. */
    boolean none() {
        if (!attr.args().isEmpty()) fail(attr.args().get(0).span(), "takes no arguments");
        return !failed;
    }

    /** The arguments without a name, in order; worked out once, as most readers ask for them more than once. */
    List<Argument> positionals() {
        if (positionals == null) {
            var out = new ArrayList<Argument>(attr.args().size());
            for (Argument a : attr.args()) if (!(a instanceof Argument.Named)) out.add(a);
            positionals = List.copyOf(out);
        }
        return positionals;
    }

    /** Exactly {@code n} positional arguments and only the named ones listed. */
    boolean shape(int minPositional, int maxPositional, String... named) {
        var pos = positionals();
        for (int i = 0; i < pos.size(); i++) {
            Argument a = pos.get(i);
            // `@check`'s own argument is a comparison, `== 0` or `name == 0` on a field called `name`.
            if (i == 0 && attr.name().text().equals(dev.schemac.lang.Attributes.CHECK)) continue;
            String meant = namedWrittenAsComparison(a, named);
            if (meant != null) {
                fail(a.span(), Quoted.name(meant + " == ...") + " is a comparison; the argument is written "
                        + Quoted.name(meant + " = ..."));
            }
        }
        if (pos.size() < minPositional) {
            fail(attr.span(), pos.isEmpty() ? "needs an argument" : "needs " + minPositional + " arguments");
        } else if (pos.size() > maxPositional) {
            fail(pos.get(maxPositional).span(), maxPositional == 0 ? "takes no positional arguments" : "too many arguments");
        }
        for (Argument a : attr.args()) {
            if (a instanceof Argument.Named n && !List.of(named).contains(n.name().text())) {
                fail(n.name().span(), "unknown argument " + Quoted.name(n.name().text()));
            }
        }
        var seen = new java.util.HashSet<String>();
        for (Argument a : attr.args()) {
            if (a instanceof Argument.Named n && !seen.add(n.name().text())) {
                fail(n.span(), "argument " + Quoted.name(n.name().text()) + " is given twice");
            }
        }
        return !failed;
    }

    /**
     * The argument name a comparison {@code name == x} was meant to give, where {@code name} is
     * one this attribute takes; null otherwise.
     */
    private String namedWrittenAsComparison(Argument a, String... named) {
        if (!(a instanceof Argument.BinaryCompare b) || b.op() != dev.schemac.model.Op.EQ) return null;
        if (!(b.left() instanceof Value.Ref r) || r.parts().size() != 1) return null;
        return List.of(named).contains(r.text()) ? r.text() : null;
    }

    Optional<Value> named(String name) {
        for (Argument a : attr.args()) {
            if (a instanceof Argument.Named n && n.name().text().equals(name)) return Optional.of(n.value());
        }
        return Optional.empty();
    }

    Optional<String> string(Argument a) {
        if (a instanceof Argument.Positional p && p.value() instanceof Value.Str s) return Optional.of(s.value());
        fail(a.span(), "expected a string");
        return Optional.empty();
    }

    Optional<String> string(Value v) {
        if (v instanceof Value.Str s) return Optional.of(s.value());
        fail(v.span(), "expected a string");
        return Optional.empty();
    }

    Optional<Value.Num> number(Value v) {
        if (v instanceof Value.Num n) return Optional.of(n);
        fail(v.span(), "expected a number");
        return Optional.empty();
    }

    Optional<Integer> nonNegativeInt(Value v) {
        var n = number(v);
        if (n.isEmpty()) return Optional.empty();
        try {
            int i = n.get().value().intValueExact();
            if (i >= 0) return Optional.of(i);
        } catch (ArithmeticException e) {
            // falls through to the diagnostic
        }
        fail(v.span(), "expected a whole number >= 0");
        return Optional.empty();
    }

    Optional<Ident> name(Argument a) {
        if (a instanceof Argument.Positional p && p.value() instanceof Value.Ref r && r.parts().size() == 1) {
            return Optional.of(r.parts().get(0));
        }
        fail(a.span(), "expected a name");
        return Optional.empty();
    }

    /** Positional arguments that are all plain names (field lists). */
    Optional<List<Ident>> names() {
        var out = new ArrayList<Ident>();
        for (Argument a : positionals()) {
            var n = name(a);
            if (n.isEmpty()) return Optional.empty();
            out.add(n.get());
        }
        if (out.isEmpty()) {
            fail(attr.span(), "needs at least one field");
            return Optional.empty();
        }
        return Optional.of(out);
    }

    void problem(dev.schemac.source.Span at, String what) { fail(at, what); }
}
