package dev.schemac.processor;

import dev.schemac.ast.Attribute;
import dev.schemac.ast.EnumDecl;
import dev.schemac.ast.EnumValueDecl;
import dev.schemac.diag.Diagnostic;
import dev.schemac.lang.Attributes;
import dev.schemac.parse.SchemaReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/** A Java enum as an enum declaration: its constants in order, {@code @Column(name)} as the stored value. */
final class EnumReader {
    private final SourceFacts docs;
    private final Consumer<Diagnostic> report;
    /** Names refused as SC919: the compiler's naming rules would only suggest the same name back. */
    private final Muted muted;

    EnumReader(SourceFacts docs, Consumer<Diagnostic> report, Muted muted) {
        this.muted = muted;
        this.docs = docs;
        this.report = report;
    }

    EnumDecl read(TypeElement type, String name, Nodes nodes) {
        Origin at = Origin.of(type);
        var span = nodes.at(at);
        var enumName = nodes.ident(name, at);
        if (!SchemaReader.isName(name)) {
            report.accept(Problems.notAName(nodes.at(at), "enum", name, "rename the enum"));
            muted.addRefusedName(span);
        }
        var values = new ArrayList<EnumValueDecl>();
        for (VariableElement c : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (c.getKind() != ElementKind.ENUM_CONSTANT) continue;
            Origin o = Origin.of(c);
            var valueSpan = nodes.at(o);
            var valueName = nodes.ident(c.getSimpleName().toString(), o);
            if (!SchemaReader.isName(valueName.text())) {
                report.accept(Problems.notAName(nodes.at(o), "enum value", valueName.text(),
                        "rename the constant; @Column(name = \"...\") on it gives the stored value"));
                muted.addRefusedName(valueSpan);
            }
            values.add(new EnumValueDecl(valueSpan, valueName, docs.doc(c), storedValue(c, nodes)));
        }
        return new EnumDecl(span, enumName, docs.doc(type), values);
    }

    private List<Attribute> storedValue(VariableElement c, Nodes nodes) {
        AnnotationMirror column = Mirrors.find(c, Annotations.COLUMN);
        if (column == null) return List.of();
        Map<String, AnnotationValue> v = Mirrors.explicit(column);
        Origin at = Origin.of(c).with(column);
        if (!v.keySet().stream().allMatch("name"::equals)) {
            report.accept(Problems.enumConstantColumn(nodes.at(at), c.getSimpleName().toString()));
        }
        AnnotationValue name = v.get("name");
        if (name == null) return List.of();
        Origin o = at.with(column, name);
        return List.of(nodes.attribute(Attributes.MAP, false, List.of(Nodes.positional(nodes.str(AttributeReader.string(name), o))), at));
    }
}
