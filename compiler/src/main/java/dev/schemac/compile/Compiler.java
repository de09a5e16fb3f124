package dev.schemac.compile;

import dev.schemac.ast.SchemaFile;
import dev.schemac.catalog.Catalog;
import dev.schemac.diag.Diagnostics;
import dev.schemac.lower.Lowering;
import dev.schemac.model.Model;
import dev.schemac.model.Settings;
import dev.schemac.resolve.Loader;
import dev.schemac.resolve.Resolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
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
        var diags = new Diagnostics();
        List<SchemaFile> files = new Loader(source, diags).load(inputs);
        return compileAst(files, diags, s -> s.withOverrides(severities, strict));
    }

    public static Compilation compileAst(List<SchemaFile> files) {
        return compileAst(files, new Diagnostics(), UnaryOperator.identity());
    }

    private static Compilation compileAst(List<SchemaFile> files, Diagnostics diags, UnaryOperator<Settings> overrides) {
        var analyses = new LinkedHashMap<String, Object>();
        if (diags.hasErrors()) return done(null, null, diags, analyses);
        Model resolved = new Resolver(diags).resolve(files);
        if (diags.hasErrors()) return done(null, null, diags, analyses);
        Settings settings = overrides.apply(resolved.settings());
        Model model = settings == resolved.settings() ? resolved : Model.of(settings, resolved.enums(), resolved.entities());
        Catalog catalog = new Lowering(model, diags).lower();
        if (diags.hasErrors()) return done(null, null, diags, analyses);
        for (ModelCheck check : checks()) {
            var f = check.run(model, catalog);
            diags.addAll(f.diagnostics());
            analyses.putAll(f.analyses());
        }
        return diags.hasErrors() ? done(null, null, diags, analyses) : done(model, catalog, diags, analyses);
    }

    private static Compilation done(Model m, Catalog c, Diagnostics diags, LinkedHashMap<String, Object> analyses) {
        return new Compilation(m, c, diags.sorted(), analyses);
    }

    private static List<ModelCheck> checks() {
        var out = new ArrayList<ModelCheck>();
        ServiceLoader.load(ModelCheck.class, Compiler.class.getClassLoader()).forEach(out::add);
        out.sort(java.util.Comparator.comparing(c -> c.getClass().getName()));
        return out;
    }
}
