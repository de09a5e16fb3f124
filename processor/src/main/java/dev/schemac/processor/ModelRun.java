package dev.schemac.processor;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Diagnostics;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.java.JavaTarget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
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
 * the manifest when nothing is wrong. A compilation with errors writes nothing: the
 * directory of {@code -Aschemac.out} is written when javac's compilation ends without one.
 */
final class ModelRun {
    private final ProcessingEnvironment env;
    private final Elements elements;
    /** javac's end of compilation, where {@code -Aschemac.out} is written; null with another compiler. */
    private final CompilationEnd end;

    ModelRun(ProcessingEnvironment env, CompilationEnd end) {
        this.env = env;
        this.end = end;
        this.elements = env.getElementUtils();
    }

    /**
     * One reading of the model, compiled and rendered, kept so that a later round can write
     * what is left: the Java sources must be written while rounds go on (javac compiles them
     * with the user's code), the resources and the manifest only once, in the last round.
     * {@code deferred}: a type of the model does not exist yet (another processor may write it
     * in this round), so nothing was reported and a later round reads again.
     */
    record Prepared(boolean deferred, boolean failed, Map<String, String> sources, Map<String, String> resources,
                    List<Manifest.Entry> manifest, Map<SourceRecord.Place, String> records, OutDir out, Set<String> reported) {
        static final Prepared DEFERRED = new Prepared(true, true, Map.of(), Map.of(), List.of(), Map.of(), null, Set.of());
    }

    /**
     * The folder of {@code -Aschemac.out}, with what writing it as {@code generate} writes its own needs:
     * which target wrote each file, the targets run (their stale files go), and the model that owns it.
     */
    record OutDir(Path dir, Map<String, String> owners, Set<String> targetsRun, String model, boolean force) {}

    /**
     * Reads, compiles and renders the model; reports every diagnostic not in {@code reported}
     * already. Before the last round, a model with a type javac cannot find yet is deferred.
     */
    Prepared prepare(Noted noted, RoundEnvironment round, boolean last, Set<String> alreadyReported) throws IOException {
        for (Manifest.Entry e : Manifest.read(env.getFiler())) remember(e, noted);
        if (noted.isEmpty()) return null;
        var holders = new ArrayList<Element>();
        noted.packageHolders.forEach(n -> add(holders, elements.getPackageElement(n), Annotations.SCHEMA));
        noted.typeHolders.forEach(n -> add(holders, elements.getTypeElement(n), Annotations.SCHEMA));
        var entities = types(noted.entities, Jpa::isEntity);
        var mixins = types(noted.mixins, Jpa::isMixin);
        var converters = types(noted.converters, t -> Mirrors.has(t, Jpa.CONVERTER));

        var trees = SourceTrees.of(env);
        var facts = new SourceFacts(elements, trees, env.getFiler(), noted.sourceTypes);
        var origins = new Origins();
        FrontEnd.Result firstRead = new FrontEnd(origins, facts, env.getTypeUtils(), converters).read(holders, entities, mixins);
        // Diagnostics, and the documents that list them, are in source order: by unit, then by
        // offset. Each unit has the place a .schema file would give it (header, enums, mixins,
        // entities), whatever order fields and supertypes revealed them in. Only a type that is
        // two kinds of declaration at once (an error) and was read as the later kind first is
        // out of place: then the model is read again with every unit placed beforehand.
        var order = new ArrayList<Element>(holders);
        order.sort(java.util.Comparator.comparing(ElementNames::qualifiedName));
        order.addAll(firstRead.types());
        if (!origins.placedAsIn(order)) {
            origins = new Origins();
            origins.placeFirst(order);
            firstRead = new FrontEnd(origins, facts, env.getTypeUtils(), converters).read(holders, entities, mixins);
        }
        FrontEnd.Result read = firstRead;
        var reporter = new Reporter(env.getMessager(), trees, origins, facts);
        var options = Options.parse(env.getOptions());
        if (options.out() != null) dev.schemac.output.FileTransaction.guardStops(); // a stop from here on: no half-written folder
        if (!last && read.muted().anyUnresolved()) return Prepared.DEFERRED;
        var readUnits = new ArrayList<Element>(holders);
        readUnits.addAll(read.types());
        var nul = NulText.find(readUnits, origins, elements);
        if (!nul.isEmpty()) {
            var reported = new java.util.HashSet<>(alreadyReported);
            options.problems().forEach(d -> report(reporter, d, reported));
            nul.forEach(d -> report(reporter, d, reported));
            return new Prepared(false, true, Map.of(), Map.of(), List.of(), Map.of(), null, reported);
        }
        // Checked for the chosen targets, as `schemac check -t` checks: a finding about one target (a MySQL reserved word,
        // a decimal MongoDB narrows) speaks only when that target is chosen.
        Compilation compilation = Compiler.compileAst(read.files(),
                options.targets().stream().map(dev.schemac.gen.Target::name).collect(java.util.stream.Collectors.toSet()));

        var all = new ArrayList<Diagnostic>(options.problems());
        var model = new ArrayList<Diagnostic>(read.problems());
        compilation.diagnostics().stream().filter(d -> !read.muted().covers(d)).forEach(model::add);
        model.sort(Diagnostics.ORDER);
        // A model read without what some class files lack is not the model: what it says is beside the point.
        if (facts.missing().isEmpty()) all.addAll(model);
        else facts.missing().forEach(m -> all.add(Problems.fullBuildNeeded(m.unit(), m.stale())));
        var reported = new java.util.HashSet<>(alreadyReported);
        all.forEach(d -> report(reporter, d, reported));
        if (all.stream().anyMatch(Diagnostic::isError) || compilation.hasErrors() || round.errorRaised()
                || read.muted().anyUnresolved()) {
            return new Prepared(false, true, Map.of(), Map.of(), List.of(), Map.of(), null, reported);
        }
        var manifest = entries(holders, entities, mixins, converters);
        var units = new java.util.LinkedHashSet<Element>(holders);
        units.addAll(read.types());
        noted.sourceEnums.forEach(n -> units.add(elements.getTypeElement(n)));
        units.remove(null);
        var targetOptions = withJavaPackage(options.targetOptions(), holders, entities);
        var sourceTargets = options.targets().stream().filter(t -> t.name().equals(JAVA_TARGET)).toList();
        var resourceTargets = options.targets().stream().filter(t -> !t.name().equals(JAVA_TARGET)).toList();
        var both = Rendering.both(sourceTargets.isEmpty() || resourceTargets.isEmpty(),
                () -> Targets.run(compilation, sourceTargets, targetOptions), () -> Targets.run(compilation, resourceTargets, targetOptions));
        Targets.Result sources = both.sources(), resources = both.resources();
        var rendered = new ArrayList<>(sources.diagnostics());
        rendered.addAll(resources.diagnostics());
        rendered.sort(Diagnostics.ORDER);
        rendered.forEach(d -> report(reporter, d, reported));
        boolean failed = sources.hasErrors() || resources.hasErrors();
        for (String path : sources.files().keySet()) {
            String type = FilerOutput.typeName(path);
            if (noted.sourceTypes.contains(type)) {
                report(reporter, Problems.generatedTypeClash(type, targetOptions.extra().get(JavaTarget.PACKAGE_OPTION)), reported);
                failed = true;
            }
        }
        var out = options.out() == null ? null : new OutDir(options.out(), resources.owners(),
                resourceTargets.stream().filter(dev.schemac.gen.Target::removesStaleFiles).map(dev.schemac.gen.Target::name)
                        .collect(java.util.stream.Collectors.toSet()), compilation.model().settings().name(), options.force());
        return new Prepared(false, failed, sources.files(), resources.files(), manifest, facts.records(List.copyOf(units)), out,
                reported);
    }

    /** Reports once: a model read again in the last round repeats what was said already. */
    private static void report(Reporter reporter, Diagnostic d, Set<String> reported) {
        if (reported.add(reporter.key(d))) reporter.report(d);
    }

    void writeSources(Prepared p) throws IOException {
        if (!p.failed()) FilerOutput.sources(env.getFiler(), p.sources());
    }

    void writeResources(Prepared p) throws IOException {
        if (p.failed()) return;
        Manifest.write(env.getFiler(), p.manifest());
        for (var r : p.records().entrySet()) SourceRecord.write(env.getFiler(), r.getKey(), r.getValue());
        if (p.out() != null && end != null) {
            // A directory outside javac's outputs is written only by a compilation that succeeds (see CompilationEnd).
            end.whenSucceeded(() -> {
                try {
                    writeFiles(p);
                } catch (IOException | RuntimeException e) {
                    env.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR, "[SC910] schemac failed: "
                            + dev.schemac.render.text.PlainText.visible(String.valueOf(e))
                            + "\n  help: this is a bug in schemac; please report it with the classes that trigger it");
                }
            });
            return;
        }
        writeFiles(p);
    }

    private void writeFiles(Prepared p) throws IOException {
        try {
            FilerOutput.write(env.getFiler(), p.out(), p.resources());
        } catch (dev.schemac.output.DiskWriter.Refused r) {
            // -Aschemac.out refused as the command line refuses --out (SC130-SC138): the user's to fix, not a bug.
            env.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR, Reporter.withHelp(r.diagnostic(), JavaSpelling.INSTANCE));
        }
    }

    /** The target whose files are Java sources, compiled in this same javac run. */
    private static final String JAVA_TARGET = "java";

    /**
     * The generated sources go beside the model, in {@code db} under its package: the
     * package of the {@code @Schema} holder, else the package the entities share
     * ({@code com.acme.shop.User} gives {@code com.acme.shop.db.User}). Not the model's own
     * package: the records and enums are named as the annotated classes are, and
     * {@code User_} is JPA's metamodel's name too. {@code -Aschemac.java.package} overrides it.
     */
    private TargetOptions withJavaPackage(TargetOptions o, List<Element> holders, List<TypeElement> entities) {
        if (o.extra().containsKey(JavaTarget.PACKAGE_OPTION)) return o;
        String common = null;
        var owners = new ArrayList<Element>(holders);
        if (owners.isEmpty()) owners.addAll(entities);
        for (Element t : owners) {
            String p = elements.getPackageOf(t).getQualifiedName().toString();
            common = common == null ? p : commonPackage(common, p);
        }
        var extra = new java.util.TreeMap<>(o.extra());
        extra.put(JavaTarget.PACKAGE_OPTION, common == null || common.isEmpty() ? "db" : common + ".db");
        return o.withExtra(extra);
    }

    private static String commonPackage(String a, String b) {
        String[] x = a.split("\\."), y = b.split("\\.");
        var out = new StringBuilder();
        for (int i = 0; i < Math.min(x.length, y.length) && x[i].equals(y[i]); i++) {
            if (out.length() > 0) out.append('.');
            out.append(x[i]);
        }
        return out.toString();
    }

    /** Adds a manifest entry to what the rounds saw. */
    private static void remember(Manifest.Entry e, Noted noted) {
        switch (e.kind()) {
            case "entity" -> noted.entities.add(e.name());
            case "mixin" -> noted.mixins.add(e.name());
            case "schema" -> noted.typeHolders.add(e.name());
            case "schema-package" -> noted.packageHolders.add(e.name());
            case "converter" -> noted.converters.add(e.name());
            default -> { } // written by a newer schemac: not ours to guess
        }
    }

    /** Types from the manifest may have been deleted or lost their annotation since: those drop out. */
    private List<TypeElement> types(Set<String> names, java.util.function.Predicate<Element> kind) {
        var out = new ArrayList<TypeElement>();
        for (String n : names) {
            TypeElement t = elements.getTypeElement(n);
            if (t != null && kind.test(t)) out.add(t);
        }
        return out;
    }

    private static <T extends Element> void add(List<? super T> into, T e, String annotation) {
        if (e != null && Mirrors.has(e, annotation)) into.add(e);
    }

    private static List<Manifest.Entry> entries(List<Element> holders, List<TypeElement> entities, List<TypeElement> mixins,
                                                List<TypeElement> converters) {
        var out = new ArrayList<Manifest.Entry>();
        for (Element h : holders) {
            out.add(new Manifest.Entry(h instanceof PackageElement ? "schema-package" : "schema", ElementNames.qualifiedName(h)));
        }
        entities.forEach(t -> out.add(new Manifest.Entry("entity", t.getQualifiedName().toString())));
        mixins.forEach(t -> out.add(new Manifest.Entry("mixin", t.getQualifiedName().toString())));
        converters.forEach(t -> out.add(new Manifest.Entry("converter", t.getQualifiedName().toString())));
        out.sort(java.util.Comparator.comparing(Manifest.Entry::kind).thenComparing(Manifest.Entry::name));
        return out;
    }
}
