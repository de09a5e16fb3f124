package dev.schemac.processor;

import dev.schemac.ast.Declaration;
import dev.schemac.ast.SchemaFile;
import dev.schemac.diag.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * The Java front end: annotated elements in, syntax trees out, one file per type, in the
 * order the declarations would have in a {@code .schema} file (header, enums, mixins,
 * entities). A type that cannot be read is reported on its element and left out; the
 * others are still read, so one bad class never hides the problems of the rest.
 */
final class FrontEnd {
    /** The syntax trees, what the front end itself found wrong, and what the compiler need not repeat. */
    record Result(List<SchemaFile> files, List<Diagnostic> problems, Muted muted, List<TypeElement> types) {}

    private static final Comparator<Element> BY_NAME = Comparator.comparing(ElementNames::qualifiedName);

    private final Origins origins;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final Muted muted = new Muted();
    private final Declared declared = new Declared();
    private final SourceFacts facts;
    private final HeaderReader headers;
    private final EnumReader enums;
    private final TypeReader types;

    FrontEnd(Origins origins, SourceFacts facts) {
        this.origins = origins;
        this.facts = facts;
        var expressions = new Expressions(origins, problems::add);
        var bounds = new Bounds(facts, problems::add);
        var fields = new FieldReader(new TypeMapper(declared), new AttributeReader(expressions, bounds), expressions,
                problems::add, muted, new JpaFields(problems::add, new JpaRelations(), declared), facts);
        this.headers = new HeaderReader(facts);
        this.enums = new EnumReader(facts, problems::add);
        this.types = new TypeReader(declared, new MemberScanner(facts), fields, new BlockAttributeReader(expressions), facts,
                problems::add, new JpaTable(problems::add), new Placement(problems::add, facts));
    }

    Result read(List<Element> holders, List<TypeElement> entityRoots, List<TypeElement> mixinRoots) {
        var files = new ArrayList<SchemaFile>();
        var sortedHolders = new ArrayList<>(holders);
        sortedHolders.sort(BY_NAME);
        origins.placeFirst(sortedHolders);
        for (Element h : sortedHolders) listed(h, Mirrors.find(h, Annotations.SCHEMA));
        for (Element h : sortedHolders) {
            AnnotationMirror schema = Mirrors.find(h, Annotations.SCHEMA);
            if (schema != null) file(h, Origins.Unit.HEADER, files, n -> headers.read(h, schema, n));
        }
        entityRoots.stream().sorted(BY_NAME).forEach(declared::entity);

        var entityFiles = new ArrayList<SchemaFile>();
        var mixinFiles = new ArrayList<SchemaFile>();
        var mixinsRead = new java.util.LinkedHashSet<TypeElement>();
        int entitiesRead = 0;
        List<TypeElement> unusedMixins = new ArrayList<>(mixinRoots);
        unusedMixins.sort(BY_NAME);
        boolean progress;
        do {
            while (entitiesRead < declared.entityCount()) {
                TypeElement e = declared.entityAt(entitiesRead++);
                file(e, Origins.Unit.ENTITY, entityFiles, n -> types.entity(e, n));
            }
            progress = false;
            for (TypeElement m : declared.mixins()) {
                if (!mixinsRead.add(m)) continue;
                file(m, Origins.Unit.MIXIN, mixinFiles, n -> types.mixin(m, n));
                progress = true;
            }
            if (!progress && !unusedMixins.isEmpty()) {
                // Mixins no entity uses are still read, so their mistakes are reported too.
                unusedMixins.forEach(declared::mixin);
                unusedMixins.clear();
                progress = true;
            }
        } while (progress || entitiesRead < declared.entityCount());
        for (TypeElement e : declared.enums()) {
            file(e, Origins.Unit.ENUM, files, n -> enums.read(e, e.getSimpleName().toString(), n));
        }
        files.addAll(mixinFiles);
        files.addAll(entityFiles);
        var read = new ArrayList<TypeElement>(declared.enums());
        read.addAll(mixinsRead);
        for (int i = 0; i < declared.entityCount(); i++) read.add(declared.entityAt(i));
        return new Result(files, problems, muted, read);
    }

    /** {@code @Schema(types = {...})}: the declarations listed, in order, come first of their kind. */
    private void listed(Element holder, AnnotationMirror schema) {
        AnnotationValue list = schema == null ? null : Mirrors.explicit(schema).get("types");
        if (list == null) return;
        for (AnnotationValue item : Mirrors.items(list)) {
            if (!(item.getValue() instanceof DeclaredType d) || !(d.asElement() instanceof TypeElement t)) continue;
            if (Jpa.isEntity(t)) {
                declared.entity(t);
            } else if (Jpa.isMixin(t)) {
                declared.mixin(t);
            } else if (t.getKind() == ElementKind.ENUM) {
                declared.enumType(t);
            } else {
                var nodes = new Nodes(origins, origins.file(holder, Origins.Unit.HEADER));
                problems.add(Problems.notADeclaration(nodes.at(Origin.of(holder).with(schema, item)),
                        t.getQualifiedName().toString()));
            }
        }
    }

    /** Reads one type into a file of its own; a failure is reported on the type and leaves it out. */
    private void file(Element e, Origins.Unit unit, List<SchemaFile> into, Function<Nodes, Declaration> read) {
        facts.require(e);
        var nodes = new Nodes(origins, origins.file(e, unit));
        try {
            Declaration d = read.apply(nodes);
            if (d != null) into.add(new SchemaFile(nodes.file(), List.of(d)));
        } catch (Throwable t) {
            Failures.rethrowIfFatal(t);
            problems.add(Problems.internal(nodes.at(Origin.of(e)), ElementNames.qualifiedName(e), t));
        }
    }
}
