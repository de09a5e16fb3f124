package dev.schemac.gen;

import dev.schemac.catalog.Catalog;
import dev.schemac.compile.Compilation;
import dev.schemac.diag.Diagnostic;
import dev.schemac.model.Dialect;
import dev.schemac.model.Model;
import dev.schemac.render.sql.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a target reads (the compilation, the options, and the files of the targets it
 * {@linkplain Target#reads reads}) and where it reports problems.
 */
public final class TargetContext {
    private final Compilation compilation;
    private final TargetOptions options;
    private final Set<String> reads;
    private final Map<String, Map<String, String>> siblings;
    private final List<Diagnostic> siblingFindings;
    private final boolean checking;
    private final boolean readsAnalyses;
    private final Set<Dialect> own;
    private final List<Diagnostic> reported = new ArrayList<>();

    /** For a target run alone: only the model's dialect is its own. */
    TargetContext(Compilation compilation, TargetOptions options, Set<String> reads,
                  Map<String, Map<String, String>> siblings) {
        this(compilation, options, reads, true, siblings, List.of(), false, null);
    }

    TargetContext(Compilation compilation, TargetOptions options, Target target,
                  Map<String, Map<String, String>> siblings, List<Diagnostic> siblingFindings, Set<Dialect> own) {
        this(compilation, options, target.reads(), target.readsAnalyses(), siblings, siblingFindings, false, own);
    }

    /** For {@link Target#check}: no target's files are rendered, so none can be handed over. */
    static TargetContext checking(Compilation compilation, TargetOptions options, Target target, Set<Dialect> own) {
        return new TargetContext(compilation, options, target.reads(), target.readsAnalyses(), Map.of(), List.of(), true, own);
    }

    private TargetContext(Compilation compilation, TargetOptions options, Set<String> reads, boolean readsAnalyses,
                          Map<String, Map<String, String>> siblings, List<Diagnostic> siblingFindings,
                          boolean checking, Set<Dialect> own) {
        this.readsAnalyses = readsAnalyses;
        this.checking = checking;
        this.siblingFindings = List.copyOf(siblingFindings);
        if (compilation.model() == null) throw new IllegalArgumentException("targets run on clean compilations only");
        this.own = own == null ? Set.of(compilation.model().settings().dialect()) : Set.copyOf(own);
        this.compilation = compilation;
        this.options = options;
        this.reads = Set.copyOf(reads);
        this.siblings = Map.copyOf(siblings);
    }

    public Compilation compilation() { return compilation; }

    public Model model() { return compilation.model(); }

    /**
     * What the checks computed about the model (null when no check computed it), for a target
     * that declares {@link Target#readsAnalyses}: a run whose targets do not declare it lets the
     * analyses go before they start, so an undeclared read would see null there and the analyses
     * elsewhere; it is refused instead.
     */
    public dev.schemac.analysis.Analyses analyses() {
        if (!readsAnalyses) throw new IllegalStateException("a target reads the analyses only when it declares readsAnalyses()");
        return compilation.analyses();
    }

    public Catalog catalog() { return compilation.catalog(); }

    public TargetOptions options() { return options; }

    /** The dialects whose limits are errors in this run ({@link OwnDialects}), the same for every target of it. */
    public Set<Dialect> ownDialects() { return own; }

    /**
     * The files another target wrote for the same compilation and options, by path; empty when
     * that target is not registered in this build. Only targets this one declares in
     * {@link Target#reads} are handed over, so the declaration stays the whole truth.
     */
    public Optional<Map<String, String>> sibling(String target) {
        if (!reads.contains(target)) {
            throw new IllegalArgumentException("a target reads only the targets it declares in reads(); not " + target);
        }
        if (checking) {
            throw new IllegalStateException("a target's check() reads no sibling (nothing is rendered); override check(): "
                    + target);
        }
        return Optional.ofNullable(siblings.get(target));
    }

    /**
     * Whether the run writes the scripts of a dialect ({@link Sql#writes}: always for one of
     * {@link #ownDialects}, for another only when none of its limits is broken). The SQL,
     * migration and seed targets and the documents ask here, so they hand over and describe the
     * same dialects.
     */
    public boolean writes(Dialect d) {
        return Sql.writes(d, own, model(), catalog());
    }

    /**
     * Everything the compilation and the targets this one reads reported, each once, in the
     * order a run prints them: a document that lists the run's findings lists the per-target ones
     * (a dialect left out, fewer sample rows than asked) too.
     */
    public List<Diagnostic> findings() {
        var all = new java.util.LinkedHashSet<Diagnostic>(compilation.diagnostics());
        all.addAll(siblingFindings);
        var sorted = new ArrayList<>(all);
        sorted.sort(dev.schemac.diag.Diagnostics.ORDER);
        return List.copyOf(sorted);
    }

    public void report(Diagnostic d) { reported.add(d); }

    public List<Diagnostic> reported() { return List.copyOf(reported); }
}
