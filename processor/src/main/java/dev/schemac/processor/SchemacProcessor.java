package dev.schemac.processor;

import com.google.auto.service.AutoService;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Diagnostics;
import dev.schemac.target.Targets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * The schemac annotation processor. Each round it only notes the names of annotated
 * types; in the last round, when every type of the compilation exists (including those
 * other processors generated), it reads them into syntax trees, compiles them with the same
 * compiler as {@code .schema} files, reports every diagnostic on the element it is about,
 * and, when there is no error, writes the chosen targets once.
 */
@AutoService(Processor.class)
public final class SchemacProcessor extends AbstractProcessor {
    private final Set<String> entities = new LinkedHashSet<>();
    private final Set<String> mixins = new LinkedHashSet<>();
    private final Set<String> typeHolders = new LinkedHashSet<>();
    private final Set<String> packageHolders = new LinkedHashSet<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Annotations.PACKAGE + "*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    /** The known options, and every {@code schemac.*} given, so that javac leaves judging them to {@link Options}. */
    @Override
    public Set<String> getSupportedOptions() {
        var out = new HashSet<>(Options.KNOWN);
        if (processingEnv != null) {
            for (String k : processingEnv.getOptions().keySet()) if (k.startsWith(Options.PREFIX)) out.add(k);
        }
        return out;
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            if (round.processingOver()) finish(round);
            else note(round);
        } catch (Throwable t) {
            Failures.rethrowIfFatal(t);
            processingEnv.getMessager().printMessage(Kind.ERROR, "[SC910] schemac failed: " + t
                    + "\n  help: this is a bug in schemac; please report it with the classes that trigger it");
        }
        // The annotations are schemac's own: claiming them keeps -Xlint:processing quiet.
        return true;
    }

    private void note(RoundEnvironment round) {
        for (Element e : round.getElementsAnnotatedWith(dev.schemac.annotations.Entity.class)) name(e, entities);
        for (Element e : round.getElementsAnnotatedWith(dev.schemac.annotations.Mixin.class)) name(e, mixins);
        for (Element e : round.getElementsAnnotatedWith(dev.schemac.annotations.Schema.class)) {
            if (e instanceof PackageElement p) packageHolders.add(p.getQualifiedName().toString());
            else name(e, typeHolders);
        }
    }

    /** Types are kept by name: elements of one round must not be used in another. */
    private static void name(Element e, Set<String> into) {
        if (e instanceof TypeElement t && !t.getQualifiedName().isEmpty()) into.add(t.getQualifiedName().toString());
    }

    private void finish(RoundEnvironment round) throws java.io.IOException {
        if (entities.isEmpty() && mixins.isEmpty() && typeHolders.isEmpty() && packageHolders.isEmpty()) return;
        var elements = processingEnv.getElementUtils();
        var holders = new ArrayList<Element>();
        packageHolders.forEach(n -> add(holders, elements.getPackageElement(n)));
        typeHolders.forEach(n -> add(holders, elements.getTypeElement(n)));
        var entityTypes = types(entities);
        var mixinTypes = types(mixins);

        var origins = new Origins();
        var reporter = new Reporter(processingEnv.getMessager(), TreeReporter.of(processingEnv), origins);
        var options = Options.parse(processingEnv.getOptions());
        FrontEnd.Result read = new FrontEnd(processingEnv, origins).read(holders, entityTypes, mixinTypes);
        Compilation compilation = Compiler.compileAst(read.files());

        var all = new ArrayList<Diagnostic>(read.problems());
        compilation.diagnostics().stream().filter(d -> !read.muted().covers(d)).forEach(all::add);
        all.sort(Diagnostics.ORDER);
        options.problems().forEach(reporter::report);
        all.forEach(reporter::report);
        boolean errors = all.stream().anyMatch(Diagnostic::isError) || options.problems().stream().anyMatch(Diagnostic::isError);
        if (errors || compilation.hasErrors() || round.errorRaised() || options.targets().isEmpty()) return;

        Targets.Result result = Targets.run(compilation, options.targets(), options.targetOptions());
        result.diagnostics().forEach(reporter::report);
        if (result.hasErrors()) return;
        FilerOutput.write(processingEnv.getFiler(), options.out(), result.files());
    }

    private List<TypeElement> types(Set<String> names) {
        var out = new ArrayList<TypeElement>();
        for (String n : names) add(out, processingEnv.getElementUtils().getTypeElement(n));
        return out;
    }

    private static <T> void add(List<? super T> into, T e) {
        if (e != null) into.add(e);
    }
}
