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
 * The schemac annotation processor. Each round it notes the names of annotated types; in
 * the first round in which every type of the model exists (including those other processors
 * generated), it reads them into syntax trees once, compiles them with the same compiler as
 * {@code .schema} files and reports every diagnostic on the element it is about; when there
 * is no error it writes the Java sources then (javac compiles them in the next round) and
 * the other targets once, in the last round.
 */
@AutoService(Processor.class)
public final class SchemacProcessor extends AbstractProcessor {
    private final Noted noted = new Noted();
    /** The model as compiled when the Java sources were written, and the types it had. */
    private ModelRun.Prepared early;
    private CompilationEnd end;
    private boolean listening;
    private Set<String> earlyNoted;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Annotations.PACKAGE + "*", Jpa.PERSISTENCE + "*");
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

    /** Listens to javac's compilation from the first round on (one listener per processor). */
    private CompilationEnd end() {
        if (!listening) {
            end = CompilationEnd.of(processingEnv);
            listening = true;
        }
        return end;
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            if (round.processingOver()) last(round);
            else during(annotations, round);
        } catch (Throwable t) {
            Failures.rethrowIfFatal(t);
            processingEnv.getMessager().printMessage(Kind.ERROR, "[SC910] schemac failed: " + dev.schemac.render.text.PlainText.visible(String.valueOf(t))
                    + "\n  help: this is a bug in schemac; please report it with the classes that trigger it");
        }
        // schemac's own annotations are claimed, which keeps -Xlint:processing quiet; never
        // Jakarta's, which other processors (Hibernate's metamodel generator) read too.
        return annotations.stream().allMatch(a -> a.getQualifiedName().toString().startsWith(Annotations.PACKAGE));
    }

    /**
     * While rounds go on: note the types, and as soon as every type of the model exists,
     * compile it and write the Java sources, which javac then compiles with the user's code
     * (a source written in the last round would come too late for code that uses it).
     */
    private void during(Set<? extends TypeElement> annotations, RoundEnvironment round) throws java.io.IOException {
        note(annotations, round);
        if (early != null || noted.isEmpty()) return;
        var run = new ModelRun(processingEnv, end());
        var p = run.prepare(noted, round, false, Set.of());
        if (p == null || p.deferred()) return;
        run.writeSources(p);
        early = p;
        earlyNoted = noted.snapshot();
    }

    /**
     * The last round writes the resources and the manifest. When another processor added a
     * model type after the sources were written, the model is read again, and sources that
     * would now differ are an error instead of a silent mismatch.
     */
    private void last(RoundEnvironment round) throws java.io.IOException {
        var run = new ModelRun(processingEnv, end());
        if (early == null) {
            var p = run.prepare(noted, round, true, Set.of());
            if (p == null) return;
            run.writeSources(p);
            run.writeResources(p);
        } else if (noted.snapshot().equals(earlyNoted)) {
            run.writeResources(early);
        } else {
            var p = run.prepare(noted, round, true, early.reported());
            if (p == null) return;
            if (!p.failed() && !p.sources().equals(early.sources())) {
                var added = noted.snapshot();
                added.removeAll(earlyNoted);
                processingEnv.getMessager().printMessage(Kind.ERROR, Problems.lateModelType(added));
                return;
            }
            run.writeResources(p);
        }
    }

    /**
     * {@code present}: the annotation types javac found in this round's sources; one it did
     * not find annotates nothing here, and looking for it would scan every element again.
     */
    private void note(Set<? extends TypeElement> present, RoundEnvironment round) {
        for (Element e : round.getRootElements()) {
            name(e, noted.sourceTypes);
            enums(e);
        }
        var byName = new java.util.HashMap<String, TypeElement>();
        for (TypeElement a : present) byName.put(a.getQualifiedName().toString(), a);
        noteAnnotated(round, byName.get(Annotations.ENTITY), noted.entities);
        noteAnnotated(round, byName.get(Annotations.MIXIN), noted.mixins);
        noteAnnotated(round, byName.get(Jpa.ENTITY), noted.entities);
        noteAnnotated(round, byName.get(Jpa.MAPPED_SUPERCLASS), noted.mixins);
        noteAnnotated(round, byName.get(Jpa.EMBEDDABLE), noted.mixins);
        noteAnnotated(round, byName.get(Jpa.CONVERTER), noted.converters);
        TypeElement schema = byName.get(Annotations.SCHEMA);
        if (schema == null) return;
        for (Element e : round.getElementsAnnotatedWith(schema)) {
            if (e instanceof PackageElement p) noted.packageHolders.add(p.getQualifiedName().toString());
            else name(e, noted.typeHolders);
        }
    }

    private static void noteAnnotated(RoundEnvironment round, TypeElement annotation, Set<String> into) {
        if (annotation == null) return;
        for (Element e : round.getElementsAnnotatedWith(annotation)) name(e, into);
    }

    private void enums(Element e) {
        if (e.getKind() == javax.lang.model.element.ElementKind.ENUM) name(e, noted.sourceEnums);
        for (Element inner : e.getEnclosedElements()) if (inner instanceof TypeElement) enums(inner);
    }

    private static void name(Element e, Set<String> into) {
        if (e instanceof TypeElement t && !t.getQualifiedName().isEmpty()) into.add(t.getQualifiedName().toString());
        if (e instanceof PackageElement p) into.add(p.getQualifiedName().toString());
    }
}
