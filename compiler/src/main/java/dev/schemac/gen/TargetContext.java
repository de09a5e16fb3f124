package dev.schemac.gen;

import dev.schemac.catalog.Catalog;
import dev.schemac.compile.Compilation;
import dev.schemac.diag.Diagnostic;
import dev.schemac.model.Model;
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
    private final List<Diagnostic> reported = new ArrayList<>();

    TargetContext(Compilation compilation, TargetOptions options, Set<String> reads,
                  Map<String, Map<String, String>> siblings) {
        if (compilation.model() == null) throw new IllegalArgumentException("targets run on clean compilations only");
        this.compilation = compilation;
        this.options = options;
        this.reads = Set.copyOf(reads);
        this.siblings = Map.copyOf(siblings);
    }

    public Compilation compilation() { return compilation; }

    public Model model() { return compilation.model(); }

    public Catalog catalog() { return compilation.catalog(); }

    public TargetOptions options() { return options; }

    /**
     * The files another target wrote for the same compilation and options, by path; empty when
     * that target is not registered in this build. Only targets this one declares in
     * {@link Target#reads} are handed over, so the declaration stays the whole truth.
     */
    public Optional<Map<String, String>> sibling(String target) {
        if (!reads.contains(target)) {
            throw new IllegalArgumentException("a target reads only the targets it declares in reads(); not " + target);
        }
        return Optional.ofNullable(siblings.get(target));
    }

    public void report(Diagnostic d) { reported.add(d); }

    public List<Diagnostic> reported() { return List.copyOf(reported); }
}
