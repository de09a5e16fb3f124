package dev.schemac.processor;

import dev.schemac.ast.Declaration;
import dev.schemac.ast.SchemaFile;
import dev.schemac.diag.Diagnostic;
import dev.schemac.source.Span;
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
    private final ModelNotes notes = new ModelNotes();
    /** The model name each Java type took, and where (for the note on a second type that wants it). */
    private final java.util.Map<String, TypeElement> names = new java.util.HashMap<>();
    private final java.util.Map<TypeElement, Span> spans = new java.util.HashMap<>();
    private final SourceFacts facts;
    private final HeaderReader headers;
    private final EnumReader enums;
    private final TypeReader types;

    FrontEnd(Origins origins, SourceFacts facts, javax.lang.model.util.Types typeUtils, List<TypeElement> converters) {
        this.origins = origins;
        this.facts = facts;
        var expressions = new Expressions(origins, problems::add);
        var bounds = new Bounds(facts, problems::add);
        var relations = new JpaRelations();
        var mapper = new TypeMapper(declared, facts);
        var fields = new FieldReader(mapper, new AttributeReader(expressions, bounds), expressions,
                problems::add, muted, new JpaFields(problems::add, relations, declared, notes), facts,
                new AutoConverters(converters, typeUtils, declared));
        this.headers = new HeaderReader(facts);
        this.enums = new EnumReader(facts, problems::add, muted);
        this.types = new TypeReader(declared, new MemberScanner(facts), fields, new BlockAttributeReader(expressions), facts,
                problems::add, new JpaTable(problems::add, relations), new Placement(problems::add, facts), muted, typeUtils,
                new JpaForeignKeyTwins(problems::add, relations, typeUtils, mapper));
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
                if (claims(e, "entity", Declared.entityName0(e))) file(e, Origins.Unit.ENTITY, entityFiles, n -> types.entity(e, n));
            }
            progress = false;
            for (TypeElement m : declared.mixins()) {
                if (!mixinsRead.add(m)) continue;
                if (claims(m, "mixin", Declared.declaredName(m, Annotations.MIXIN))) {
                    file(m, Origins.Unit.MIXIN, mixinFiles, n -> types.mixin(m, n));
                }
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
            if (claims(e, "enum", e.getSimpleName().toString())) {
                file(e, Origins.Unit.ENUM, files, n -> enums.read(e, e.getSimpleName().toString(), n));
            }
        }
        files.addAll(mixinFiles);
        files.addAll(entityFiles);
        var read = new ArrayList<TypeElement>(declared.enums());
        read.addAll(mixinsRead);
        for (int i = 0; i < declared.entityCount(); i++) read.add(declared.entityAt(i));
        problems.addAll(notes.summaries());
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

    /**
     * Whether {@code type} may take {@code name} in the model: no other Java type took it before
     * (entities, mixins and enums share one namespace). A second one is reported on its class
     * (SC925) and not read, so that its fields do not follow as a duplicate declaration.
     */
    private boolean claims(TypeElement type, String kind, String name) {
        Span at = new Nodes(origins, origins.file(type, unitOf(kind))).at(Origin.of(type));
        TypeElement first = names.putIfAbsent(name, type);
        if (first == null) spans.put(type, at);
        if (first == null || first.equals(type)) return true;
        String help = switch (kind) {
            case "enum" -> "rename one of the enums";
            case "mixin" -> "rename one of the classes, or name this one with @Mixin(name = \"...\")";
            default -> "rename one of the classes, or name this one with @Entity(name = \"...\")";
        };
        problems.add(Problems.sharedModelName(at, ElementNames.qualifiedName(type), kind, name, ElementNames.qualifiedName(first),
                spans.get(first), help));
        return false;
    }

    private static Origins.Unit unitOf(String kind) {
        return switch (kind) {
            case "enum" -> Origins.Unit.ENUM;
            case "mixin" -> Origins.Unit.MIXIN;
            default -> Origins.Unit.ENTITY;
        };
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
