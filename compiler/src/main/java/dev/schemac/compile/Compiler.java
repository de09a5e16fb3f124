package dev.schemac.compile;

import dev.schemac.analysis.Analyses;
import dev.schemac.ast.SchemaFile;
import dev.schemac.catalog.Catalog;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Diagnostics;
import dev.schemac.lower.Lowering;
import dev.schemac.model.Model;
import dev.schemac.model.Settings;
import dev.schemac.parse.ParseResult;
import dev.schemac.resolve.Loader;
import dev.schemac.resolve.Resolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The pipeline: load, resolve, lower, check. Each phase runs only when the previous ones
 * reported no errors, so no phase ever sees broken input. Both front ends enter here: the
 * DSL with files, the annotation processor with AST it built itself.
 */
public final class Compiler {
    private Compiler() {}

    public static Compilation compile(List<Path> inputs) {
        return compile(inputs, Loader.FILES);
    }

    public static Compilation compile(List<Path> inputs, Loader.Source source) {
        return compile(inputs, source, Map.of(), false);
    }

    /**
     * With rule severities and strictness from the command line, which win over the schema
     * header's (see {@link Settings#withOverrides}).
     */
    public static Compilation compile(List<Path> inputs, Map<String, String> severities, boolean strict) {
        return compile(inputs, Loader.FILES, severities, strict);
    }

    public static Compilation compile(List<Path> inputs, Loader.Source source, Map<String, String> severities,
                                      boolean strict) {
        return compile(inputs, source, severities, strict, null);
    }

    /**
     * For the targets named in {@code targets} (null: every target): checks about what one
     * target does with a name (a Python keyword for the SQLModel target) run only when that
     * target is chosen.
     */
    public static Compilation compile(List<Path> inputs, Loader.Source source, Map<String, String> severities,
                                      boolean strict, Set<String> targets) {
        return compile(inputs, source, severities, strict, targets, catalog -> {});
    }

    /**
     * As {@link #compile(List, Loader.Source, Map, boolean, Set)}, handing the Catalog to
     * {@code lowered} as soon as lowering succeeded, before the model's checks run: a caller
     * can start work that needs only the Catalog (the sample rows) beside the checks. The
     * Catalog is the one the compilation returns when the checks pass.
     */
    public static Compilation compile(List<Path> inputs, Loader.Source source, Map<String, String> severities,
                                      boolean strict, Set<String> targets, Consumer<Catalog> lowered) {
        var diags = new Diagnostics();
        var loader = new Loader(source, diags);
        // The syntax trees go straight into resolving and no frame keeps them: a large model's
        // trees are garbage before lowering and the checks, which then run on a smaller heap.
        Model resolved = resolve(loader.load(inputs), diags, loader.habits());
        return lowerAndCheck(resolved, diags, s -> s.withOverrides(severities, strict), targets, lowered);
    }

    public static Compilation compileAst(List<SchemaFile> files) {
        return compileAst(files, null);
    }

    /** For the targets named in {@code targets} (null: every target), as {@link #compile(List, Loader.Source, Map, boolean, Set)}. */
    public static Compilation compileAst(List<SchemaFile> files, Set<String> targets) {
        var diags = new Diagnostics();
        return lowerAndCheck(resolve(files, diags, List.of()), diags, UnaryOperator.identity(), targets, catalog -> {});
    }

    /**
     * The habits of one parsed file that resolving the file confirms: those that explain an
     * error the resolver finds in it, which is when {@code check} reports them. Empty when the
     * file has none or the text they looked at was valid after all. The file's imports are not
     * read (their names are unknown here), but a habit only explains errors on its own lines.
     */
    public static List<Diagnostic> confirmedHabits(ParseResult parsed) {
        if (parsed.habits().found().isEmpty() || parsed.file() == null) return List.of();
        var resolving = new Diagnostics();
        new Resolver(resolving).resolve(List.of(parsed.file()));
        var reconciled = ParseResult.reconcile(List.of(parsed.habits()), resolving.sorted());
        return parsed.habits().found().stream().filter(reconciled::contains).toList();
    }

    /** The model the files declare, or null when loading or resolving reported an error. */
    private static Model resolve(List<SchemaFile> files, Diagnostics diags, List<ParseResult.Tentative> habits) {
        if (diags.hasErrors()) return null;
        var resolving = new Diagnostics();
        Model resolved = new Resolver(resolving).resolve(files);
        diags.addAll(ParseResult.reconcile(habits, resolving.sorted()));
        return diags.hasErrors() ? null : resolved;
    }

    private static Compilation lowerAndCheck(Model resolved, Diagnostics diags, UnaryOperator<Settings> overrides,
                                             Set<String> targets, Consumer<Catalog> lowered) {
        if (resolved == null) return failed(diags);
        Settings settings = overrides.apply(resolved.settings());
        Model model = settings == resolved.settings() ? resolved : Model.of(settings, resolved.origin(), resolved.enums(), resolved.entities());
        Catalog catalog = new Lowering(model, diags).lower();
        if (diags.hasErrors()) return failed(diags);
        lowered.accept(catalog);
        Analyses analyses = null;
        for (ModelCheck check : CHECKS) {
            var f = check.run(model, catalog, targets);
            diags.addAll(f.diagnostics());
            if (f.analyses() == null) continue;
            if (analyses != null) throw new IllegalStateException("two checks computed the analyses: " + CHECKS);
            analyses = f.analyses();
        }
        // Errors from the checks (--strict) keep the analyses: they say why the model failed.
        boolean clean = !diags.hasErrors();
        return new Compilation(clean ? model : null, clean ? catalog : null, diags.sorted(), analyses);
    }

    private static Compilation failed(Diagnostics diags) {
        return new Compilation(null, null, diags.sorted(), null);
    }

    /** Loaded once: the registered checks cannot change while the JVM runs. */
    private static final List<ModelCheck> CHECKS = loadChecks();

    private static List<ModelCheck> loadChecks() {
        var out = new ArrayList<ModelCheck>();
        ServiceLoader.load(ModelCheck.class, Compiler.class.getClassLoader()).forEach(out::add);
        out.sort(java.util.Comparator.comparing(c -> c.getClass().getName()));
        return List.copyOf(out);
    }
}
