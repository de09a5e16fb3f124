package dev.schemac.check;

import dev.schemac.analysis.Analyses;
import dev.schemac.analysis.EntityNormalForm;
import dev.schemac.analysis.FunctionalDependency;
import dev.schemac.analysis.NormalFormViolation;
import dev.schemac.analysis.NormalForms;
import dev.schemac.analysis.Security;
import dev.schemac.analysis.SensitiveField;
import dev.schemac.catalog.Table;
import dev.schemac.check.normalform.DecompositionText;
import dev.schemac.check.normalform.EntityAnalysis;
import dev.schemac.check.normalform.FdOrigin;
import dev.schemac.diag.Diagnostic;
import dev.schemac.model.Denormalization;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.normalform.Analysis;
import dev.schemac.normalform.CandidateKeys;
import dev.schemac.normalform.CoverFd;
import dev.schemac.normalform.DeclaredFd;
import dev.schemac.normalform.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link Analyses} the compilation keeps, once, from what the rules computed:
 * documents and the json target read them instead of running anything again.
 */
public final class AnalysesBuilder {
    /** The codes whose findings the normal-form record lists as first-normal-form findings. */
    static final Set<String> FIRST_NORMAL_FORM = Set.of("SC801", "SC802");

    private AnalysesBuilder() {}

    public static Analyses of(CheckContext context, List<Finding> findings, Map<String, List<Diagnostic>> acknowledged) {
        var firstNf = new LinkedHashMap<String, List<String>>();
        for (Finding f : findings) {
            if (f.entity() != null && FIRST_NORMAL_FORM.contains(f.rule().code())) {
                firstNf.computeIfAbsent(f.entity().name(), k -> new ArrayList<>()).add(line(f.diagnostic()));
            }
        }
        Set<String> taken = context.model().entitiesByName().keySet();
        var entities = new ArrayList<EntityNormalForm>();
        for (Entity e : context.model().entities()) {
            entities.add(record(context.normalForm(e), taken, firstNf.getOrDefault(e.name(), List.of()),
                    acknowledged.getOrDefault(e.name(), List.of()).stream().map(AnalysesBuilder::line).toList()));
        }
        return new Analyses(new NormalForms(entities), security(context));
    }

    private static String line(Diagnostic d) {
        return d.code() + " " + d.message();
    }

    static EntityNormalForm record(EntityAnalysis ea, Set<String> taken, List<String> firstNf, List<String> acknowledged) {
        Entity e = ea.entity();
        Analysis<FdOrigin> a = ea.analysis();
        CandidateKeys keys = a.candidateKeys();
        List<Denormalization> denormalized = e.denormalized();
        return new EntityNormalForm(e.name(), a.attributes(),
                a.declared().stream().map(AnalysesBuilder::declared).toList(),
                a.minimalCover().stream().map(AnalysesBuilder::cover).toList(),
                keys.keys(), keys.complete(), keySearchNotice(keys),
                a.primality().prime(), a.primality().nonPrime(), a.normalForm().label(), a.normalFormExact(),
                a.violations().stream().map(AnalysesBuilder::violation).toList(),
                DecompositionText.renderFromModel(e, a.decomposition(), taken),
                firstNf, !denormalized.isEmpty(),
                String.join("; ", denormalized.stream().map(Denormalization::reason).toList()), acknowledged);
    }

    /** Why the key search stopped, in words; empty when it found every key. */
    public static String keySearchNotice(CandidateKeys keys) {
        return switch (keys.stopReason()) {
            case COMPLETE -> "";
            case MAX_KEYS -> "more than " + keys.keys().size() + " candidate keys; the first "
                    + keys.keys().size() + " are listed";
            case MAX_CLOSURES -> "the key search stopped after " + keys.closures()
                    + " closure computations; " + keys.keys().size() + " keys were found";
            case MAX_SUBSET_STEPS -> "the key search stopped after " + keys.subsetSteps()
                    + " subset steps; " + keys.keys().size() + " keys were found";
        };
    }

    private static FunctionalDependency declared(DeclaredFd<FdOrigin> d) {
        return new FunctionalDependency(d.lhs(), d.rhs(), d.origin().source());
    }

    private static FunctionalDependency cover(CoverFd<FdOrigin> c) {
        return new FunctionalDependency(c.lhs(), List.of(c.rhs()), sources(c.declared()));
    }

    /** The distinct sources of the declarations, in order; most cover dependencies have one (no stream per unit). */
    private static String sources(List<DeclaredFd<FdOrigin>> declared) {
        if (declared.size() == 1) return declared.get(0).origin().source();
        var distinct = new LinkedHashSet<String>();
        for (DeclaredFd<FdOrigin> d : declared) distinct.add(d.origin().source());
        return String.join(", ", distinct);
    }

    private static NormalFormViolation violation(Violation<FdOrigin> v) {
        return new NormalFormViolation(v.kind().breaks().label(), kind(v.kind()), v.lhs(), v.rhs(), v.key(),
                v.certain(), v.message());
    }

    /** {@code partial dependency}, {@code transitive dependency} or {@code non-key determinant}. */
    public static String kind(Violation.Kind k) {
        return k.name().toLowerCase(Locale.ROOT).replace('_', ' ').replace("non key", "non-key");
    }

    private static Security security(CheckContext context) {
        var pii = new ArrayList<SensitiveField>();
        var secrets = new ArrayList<SensitiveField>();
        for (Entity e : context.model().entities()) {
            Table t = context.table(e);
            for (Field f : e.storedFields()) {
                if (!f.pii() && !f.secret()) continue;
                var ref = new SensitiveField(e.name(), f.name(), t.name(), context.columnsOf(e, f.name()));
                if (f.pii()) pii.add(ref);
                if (f.secret()) secrets.add(ref);
            }
        }
        return new Security(pii, secrets);
    }
}
