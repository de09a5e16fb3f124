package dev.schemac.processor;

import dev.schemac.ast.FieldDecl;
import dev.schemac.ast.Ident;
import dev.schemac.ast.TypeRef;
import dev.schemac.ast.Value;
import dev.schemac.diag.Diagnostic;
import dev.schemac.parse.SchemaReader;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/** One Java member as a field declaration: name, type (with {@code @Column}'s arguments), default, attributes. */
final class FieldReader {
    private final TypeMapper types;
    private final AttributeReader attributes;
    private final Expressions expressions;
    private final Consumer<Diagnostic> report;
    private final Muted muted;
    private final JpaFields jpa;
    private final SourceFacts facts;
    private final AutoConverters autoConverters;

    FieldReader(TypeMapper types, AttributeReader attributes, Expressions expressions, Consumer<Diagnostic> report,
                Muted muted, JpaFields jpa, SourceFacts facts, AutoConverters autoConverters) {
        this.facts = facts;
        this.autoConverters = autoConverters;
        this.jpa = jpa;
        this.types = types;
        this.attributes = attributes;
        this.expressions = expressions;
        this.report = report;
        this.muted = muted;
    }

    /**
     * {@code twinColumn}: whether the member's column is nullable when something beside the member decides it (a raw
     * foreign key field's, see {@link JpaForeignKeyTwins}), or null for what the member's own mapping says. Decided
     * once, before anything is said of it.
     */
    FieldDecl read(JavaMember m, Boolean twinColumn, Nodes nodes) {
        Origin at = Origin.of(m.element());
        Span span = nodes.at(at); // before the type's and attributes' spans, as in a .schema file
        Ident name = nodes.ident(m.name(), at);
        if (!SchemaReader.isName(m.name())) {
            AnnotationMirror column = Mirrors.find(m.element(), Annotations.COLUMN);
            AnnotationValue given = column == null ? null : Mirrors.explicit(column).get("field");
            report.accept(Problems.notAName(nodes.at(given == null ? at : at.with(column, given)), "field", m.name(),
                    "name the field with @Column(field = \"...\")"));
            muted.addRefusedName(span);
        }
        // The type's spans and schemac's @Default come before what the JPA reading makes (its attributes, reported at
        // the annotations that gave them), as a .schema field is written: name, type, default, attributes.
        Span typeSpan = nodes.at(at);
        Span typeNameSpan = nodes.at(at);
        Value defaultValue = defaultValue(m, nodes);
        boolean jpaType = Jpa.isJpaType(m.element().getEnclosingElement());
        // An @Convert's column has the converter's database type, as Hibernate creates it.
        javax.lang.model.type.TypeMirror stored = jpaType ? JpaConverters.databaseType(m.element()) : null;
        // So does a converter Hibernate applies by itself (@Converter(autoApply = true)) to the attribute's type.
        AutoConverters.Match auto = jpaType && stored == null && !JpaConverters.json(m.element()) ? autoConverters.find(m) : null;
        if (auto != null && auto.one()) stored = auto.converters().get(0).database();
        JavaType t = jpaType && JpaConverters.json(m.element()) ? JavaType.named("json")
                : jpaType && (JpaFields.byOrdinal(m, stored != null) || JpaConverters.byOrdinal(m.element()))
                        ? JavaType.named("smallint")
                : jpaType && JpaRelations.keyedBackSide(m.element()) ? types.mapValues(m.type())
                : jpaType && basic(m) && (auto == null || auto.one()) ? types.basic(stored != null ? stored : m.type(), Mirrors.has(m.element(), Jpa.LOB))
                : types.map(stored != null ? stored : m.type());
        // A member of a Jakarta Persistence type is read with JPA's defaults; schemac's own annotations win.
        JpaFields.Reading r = jpaType ? jpa.read(m, t, stored, auto, nodes) : null;
        boolean nullable = Nullability.marked(m.element(), m.type(), facts);
        // On a JPA member the mark is judged as Hibernate judges it, by the column (below): `@Nullable @Column int n` is
        // Hibernate's nullable column, and Hibernate reads no @Nullable.
        if (nullable && m.type().getKind().isPrimitive() && r == null) {
            report.accept(Problems.nullablePrimitive(nodes.at(at), m.name(), m.type().toString()));
            nullable = false;
        }
        boolean columnNullable = r != null && (twinColumn != null ? twinColumn : r.nullable());
        if (r != null && nullable && !columnNullable && !t.list()
                && !Mirrors.has(m.element(), Jpa.ID) && !Mirrors.has(m.element(), Jpa.EMBEDDED_ID)) {
            // Hibernate reads no @Nullable: the column is what the JPA mapping makes it.
            AnnotationMirror mark = m.element().getAnnotationMirrors().stream()
                    .filter(a -> a.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")).findFirst().orElse(null);
            // A primitive's column is NOT NULL by its type alone when no @Column or mark says otherwise.
            String primitive = m.type().getKind().isPrimitive() && !JpaFields.markedNotNull(m)
                    ? m.type().toString() : null;
            report.accept(JpaProblems.nullableNotNullColumn(nodes.at(mark == null ? at : at.with(mark)), m.name(), primitive));
            nullable = false;
        }
        if (r != null && twinColumn != null) nullable = twinColumn;
        else if (columnNullable) nullable = true;
        TypeRef type = typeRef(m, t, nullable || t.optional(), nodes, at, r, typeSpan, typeNameSpan);
        if (r != null && r.refused()) { // the JPA error said it; what the compiler adds follows from it
            muted.add(span);
            muted.add(type.span());
            // A class the refusal leaves without its converted type is no unknown type of the model (SC208) besides.
            muted.add(type.name().span());
        }
        if (defaultValue == null && r != null) defaultValue = r.defaultValue();
        var own = attributes.field(m, nodes);
        var all = new java.util.ArrayList<dev.schemac.ast.Attribute>();
        if (r != null) {
            var ownNames = own.stream().map(a -> a.name().text()).collect(java.util.stream.Collectors.toSet());
            r.attributes().stream().filter(a -> !ownNames.contains(a.name().text())).forEach(all::add);
        }
        all.addAll(own);
        return new FieldDecl(span, name, m.doc(), type, defaultValue, all);
    }

    /**
     * A member Hibernate maps as a basic value: no relation or element collection (embedded ones are expanded before).
     * One several auto-applied converters match is refused for that (SC924) and not read as a type besides.
     */
    private static boolean basic(JavaMember m) {
        return java.util.stream.Stream.of(Jpa.MANY_TO_ONE, Jpa.ONE_TO_ONE, Jpa.ONE_TO_MANY, Jpa.MANY_TO_MANY,
                Jpa.ELEMENT_COLLECTION).noneMatch(a -> Mirrors.has(m.element(), a));
    }

    private TypeRef typeRef(JavaMember m, JavaType t, boolean optional, Nodes nodes, Origin at, JpaFields.Reading r,
                            Span typeSpan, Span typeNameSpan) {
        AnnotationMirror column = Mirrors.find(m.element(), Annotations.COLUMN);
        Map<String, AnnotationValue> col = column == null ? Map.of() : Mirrors.explicit(column);
        // A type with no logical type gets a name no declaration can have, so the compiler
        // sees an unknown type (muted below) and drops the field without further errors.
        String name = t.ok() ? t.name() : "java:" + m.type();
        if (t.problem() != null) {
            report.accept(m.type().getKind() == javax.lang.model.type.TypeKind.TYPEVAR
                    ? Problems.typeVariable(nodes.at(at), m.name(), m.type().toString(), m.element().getEnclosingElement().getSimpleName().toString())
                    : Problems.unsupportedType(nodes.at(at), m.name(), m.type().toString(), t.problem(), t.help()));
        }
        if (t.text() && t.ok()) {
            String chosen = col.containsKey("type") ? AttributeReader.enumConstant(col.get("type")) : "default";
            name = !chosen.equals("default") ? chosen : col.containsKey("length") ? "string" : "text";
        } else if (col.containsKey("type") && t.ok()) {
            report.accept(Problems.columnTypeMismatch(nodes.at(at.with(column, col.get("type"))), m.name(),
                    AttributeReader.enumConstant(col.get("type")).toUpperCase(Locale.ROOT), m.type().toString()));
        }
        var args = new ArrayList<Value>();
        for (String arg : new String[] {"length", "precision", "scale"}) {
            AnnotationValue v = col.get(arg);
            if (AttributeReader.isNumber(v)) args.add(nodes.num(AttributeReader.integer(v), at.with(column, v)));
        }
        if (r != null && r.typeName() != null && t.ok() && args.isEmpty() && !col.containsKey("type")) {
            name = r.typeName();
            args.addAll(r.typeArgs());
        }
        if (args.isEmpty() && t.ok() && (r == null || r.typeName() == null)) {
            for (Long n : t.sizes()) args.add(nodes.num(n, at));
        }
        var typeName = new Ident(typeNameSpan, name);
        if (t.unresolved()) muted.addUnresolved(typeName.span());
        else if (!t.ok()) muted.add(typeName.span());
        return new TypeRef(typeSpan, typeName, args, t.list(), optional);
    }

    private Value defaultValue(JavaMember m, Nodes nodes) {
        AnnotationMirror d = Mirrors.find(m.element(), Annotations.DEFAULT);
        if (d == null) return null;
        Map<String, AnnotationValue> v = Mirrors.explicit(d);
        Origin at = Origin.of(m.element()).with(d);
        AnnotationValue literal = v.get("value");
        AnnotationValue text = v.get("text");
        if ((literal == null) == (text == null)) {
            report.accept(Problems.defaultForm(nodes.at(at), m.name(), literal == null ? "gives neither `value` nor `text`"
                    : "gives both `value` and `text`"));
            return null;
        }
        if (text != null) return nodes.str(AttributeReader.string(text), at.with(d, text));
        return expressions.defaultValue(AttributeReader.string(literal), at.with(d, literal), nodes);
    }
}
