package dev.schemac.check.normalform;

import dev.schemac.render.markdown.Quoted;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Spans;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Help;
import dev.schemac.diag.Severity;
import dev.schemac.model.Entity;
import dev.schemac.normalform.DeclaredFd;
import dev.schemac.normalform.Violation;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three rules that report one kind of normal-form violation each. Violations come from
 * the minimal cover one dependent attribute at a time; those with one determinant are
 * reported together ({@code zip → city, state}), at the {@code @@depends} that declares them.
 */
abstract class ViolationRule extends NormalFormRule {
    private final Violation.Kind kind;

    ViolationRule(String code, Severity severity, Violation.Kind kind, String title, String rationale) {
        super(code, severity, title, rationale);
        this.kind = kind;
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        for (Entity e : context.model().entities()) {
            if (e.dependencies().isEmpty()) continue;  // keys alone always give BCNF
            EntityAnalysis ea = context.normalForm(e);
            Map<List<String>, List<Violation<FdOrigin>>> byLhs = new LinkedHashMap<>();
            for (Violation<FdOrigin> v : ea.analysis().violations()) {
                if (v.kind() == kind) byLhs.computeIfAbsent(v.lhs(), k -> new ArrayList<>()).add(v);
            }
            if (byLhs.isEmpty()) continue;
            Help help = help(ea, context);
            for (List<Violation<FdOrigin>> group : byLhs.values()) {
                out.report(e, violation(at(e, group), e.name(), group, help));
            }
        }
    }

    /** The help every violation of the entity carries; the decomposition for 2NF and 3NF. */
    abstract Help help(EntityAnalysis ea, CheckContext context);

    /** The message for dependencies with one determinant, {@code lhs → rhs...}. */
    abstract String message(String entity, List<String> lhs, List<String> rhs, Violation<FdOrigin> first);

    Diagnostic violation(Span at, String entity, List<Violation<FdOrigin>> group, Help help) {
        Violation<FdOrigin> first = group.get(0);
        List<String> rhs = group.stream().map(Violation::rhs).toList();
        String message = message(entity, first.lhs(), rhs, first);
        if (group.stream().anyMatch(v -> !v.certain())) {
            message += " (the key search stopped early: this holds if the keys not found do not change it)";
        }
        return finding(at, message, help);
    }

    /** The first {@code @@depends} behind the violation, else the entity's name. */
    private static Span at(Entity e, List<Violation<FdOrigin>> group) {
        for (Violation<FdOrigin> v : group) {
            for (DeclaredFd<FdOrigin> d : v.declared()) if (d.origin().isDeclaredDependency()) return d.origin().span();
        }
        return Spans.entityName(e);
    }

    static String set(List<String> attrs) {
        return attrs.size() == 1 ? attrs.get(0) : "(" + String.join(", ", attrs) + ")";
    }

    static String fd(List<String> lhs, List<String> rhs) {
        return String.join(", ", lhs) + " → " + String.join(", ", rhs);
    }

    /** Blanks at the end of a line; compiled once, since every 2NF and 3NF finding strips them. */
    private static final java.util.regex.Pattern TRAILING_BLANKS = java.util.regex.Pattern.compile("(?m)[ \\t]+$");

    /** The decomposition help shared by the 2NF and 3NF rules. */
    static Help decompositionHelp(EntityAnalysis ea, CheckContext context) {
        String refusal = DecompositionText.refusal(ea.entity(), ea.analysis().decomposition());
        if (refusal != null) {
            return s -> "no split of " + Quoted.name(ea.entity().name()) + " is proposed, since " + refusal + "; or, if the redundancy is intended, say why with "
                    + Quoted.name(s.withText("@@denormalized", "\"...\""));
        }
        String text = DecompositionText.render(ea.entity(), ea.analysis().decomposition(),
                context.model().entitiesByName().keySet());
        if (text.isEmpty()) return s -> "move the dependent fields into an entity keyed by the determinant";
        String block = TRAILING_BLANKS.matcher(text.indent(4)).replaceAll("").stripTrailing();
        return s -> "split " + Quoted.name(ea.entity().name()) + " into entities in 3NF (lossless, and every dependency stays "
                + "enforced by a key); " + s.decomposition() + ":\n\n" + block
                + "\n\nor, if the redundancy is intended, say why with " + Quoted.name(s.withText("@@denormalized", "\"...\""));
    }
}
