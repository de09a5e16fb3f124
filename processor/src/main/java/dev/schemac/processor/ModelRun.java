package dev.schemac.processor;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Diagnostics;
import dev.schemac.gen.Targets;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic.Kind;

/**
 * The last round's work: gather the model's types (this compilation's and, for a partial
 * recompilation, the last build's), read them, compile, report, and write the targets and
 * the manifest when nothing is wrong. A compilation with errors writes nothing.
 */
final class ModelRun {
    private final ProcessingEnvironment env;
    private final Elements elements;

    ModelRun(ProcessingEnvironment env) {
        this.env = env;
        this.elements = env.getElementUtils();
    }

    void run(Noted noted, RoundEnvironment round) throws IOException {
        var fromManifest = new java.util.TreeSet<String>();
        for (Manifest.Entry e : Manifest.read(env.getFiler())) {
            if (remember(e, noted)) fromManifest.add(e.name());
        }
        if (noted.isEmpty()) return;
        var holders = new ArrayList<Element>();
        noted.packageHolders.forEach(n -> add(holders, elements.getPackageElement(n), Annotations.SCHEMA));
        noted.typeHolders.forEach(n -> add(holders, elements.getTypeElement(n), Annotations.SCHEMA));
        var entities = types(noted.entities, Annotations.ENTITY);
        var mixins = types(noted.mixins, Annotations.MIXIN);

        var origins = new Origins();
        var reporter = new Reporter(env.getMessager(), TreeReporter.of(env), origins);
        var options = Options.parse(env.getOptions());
        FrontEnd.Result read = new FrontEnd(env, origins).read(holders, entities, mixins);
        Compilation compilation = Compiler.compileAst(read.files());

        var all = new ArrayList<Diagnostic>(options.problems());
        var model = new ArrayList<Diagnostic>(read.problems());
        compilation.diagnostics().stream().filter(d -> !read.muted().covers(d)).forEach(model::add);
        model.sort(Diagnostics.ORDER);
        all.addAll(model);
        all.forEach(reporter::report);
        noteClassFiles(read.types(), fromManifest, noted.sourceTypes);
        if (all.stream().anyMatch(Diagnostic::isError) || compilation.hasErrors() || round.errorRaised()
                || read.muted().anyUnresolved()) {
            return;
        }

        Manifest.write(env.getFiler(), entries(holders, entities, mixins));
        if (options.targets().isEmpty()) return;
        Targets.Result result = Targets.run(compilation, options.targets(), options.targetOptions());
        result.diagnostics().forEach(reporter::report);
        if (!result.hasErrors()) FilerOutput.write(env.getFiler(), options.out(), result.files());
    }

    /** Adds a manifest entry to what the rounds saw; true when the rounds had not seen it. */
    private static boolean remember(Manifest.Entry e, Noted noted) {
        return switch (e.kind()) {
            case "entity" -> noted.entities.add(e.name());
            case "mixin" -> noted.mixins.add(e.name());
            case "schema" -> noted.typeHolders.add(e.name());
            case "schema-package" -> noted.packageHolders.add(e.name());
            default -> false; // written by a newer schemac: not ours to guess
        };
    }

    /** Types from the manifest may have been deleted or lost their annotation since: those drop out. */
    private List<TypeElement> types(Set<String> names, String annotation) {
        var out = new ArrayList<TypeElement>();
        for (String n : names) add(out, elements.getTypeElement(n), annotation);
        return out;
    }

    private static <T extends Element> void add(List<? super T> into, T e, String annotation) {
        if (e != null && Mirrors.has(e, annotation)) into.add(e);
    }

    private static List<Manifest.Entry> entries(List<Element> holders, List<TypeElement> entities, List<TypeElement> mixins) {
        var out = new ArrayList<Manifest.Entry>();
        for (Element h : holders) {
            out.add(new Manifest.Entry(h instanceof PackageElement ? "schema-package" : "schema", ElementNames.qualifiedName(h)));
        }
        entities.forEach(t -> out.add(new Manifest.Entry("entity", t.getQualifiedName().toString())));
        mixins.forEach(t -> out.add(new Manifest.Entry("mixin", t.getQualifiedName().toString())));
        out.sort(java.util.Comparator.comparing(Manifest.Entry::kind).thenComparing(Manifest.Entry::name));
        return out;
    }

    /**
     * Javadoc exists only in sources: when a partial recompilation took model types from the
     * last build's class files, say that their doc comments are missing from the outputs.
     */
    private void noteClassFiles(List<TypeElement> types, Set<String> fromManifest, Set<String> sourceTypes) {
        var fromClassFiles = new ArrayList<String>();
        for (TypeElement t : types) {
            String name = t.getQualifiedName().toString();
            if (fromManifest.contains(name) && !sourceTypes.contains(outermost(t).getQualifiedName().toString())) {
                fromClassFiles.add(name);
            }
        }
        if (fromClassFiles.isEmpty()) return;
        env.getMessager().printMessage(Kind.NOTE, "schemac read " + fromClassFiles.size()
                + " model type(s) of the last build from class files, where Javadoc is not kept: their doc comments"
                + " are missing from the outputs until a full build (" + String.join(", ", fromClassFiles) + ")");
    }

    private static TypeElement outermost(TypeElement t) {
        Element e = t;
        while (e.getEnclosingElement() instanceof TypeElement parent) e = parent;
        return (TypeElement) e;
    }
}
