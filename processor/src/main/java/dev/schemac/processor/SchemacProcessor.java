package dev.schemac.processor;

import com.google.auto.service.AutoService;
import java.util.HashSet;
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
    private final Noted noted = new Noted();

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
            if (round.processingOver()) new ModelRun(processingEnv).run(noted, round);
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
        for (Element e : round.getRootElements()) name(e, noted.sourceTypes);
        for (Element e : round.getElementsAnnotatedWith(dev.schemac.annotations.Entity.class)) name(e, noted.entities);
        for (Element e : round.getElementsAnnotatedWith(dev.schemac.annotations.Mixin.class)) name(e, noted.mixins);
        for (Element e : round.getElementsAnnotatedWith(dev.schemac.annotations.Schema.class)) {
            if (e instanceof PackageElement p) noted.packageHolders.add(p.getQualifiedName().toString());
            else name(e, noted.typeHolders);
        }
    }

    private static void name(Element e, Set<String> into) {
        if (e instanceof TypeElement t && !t.getQualifiedName().isEmpty()) into.add(t.getQualifiedName().toString());
    }
}
