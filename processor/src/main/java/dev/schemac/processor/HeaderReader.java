package dev.schemac.processor;

import dev.schemac.ast.SchemaDecl;
import dev.schemac.ast.Setting;
import dev.schemac.ast.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * {@code @Schema} as the schema header. Only the elements written become settings, so the
 * compiler applies its defaults to the rest exactly as for a {@code .schema} header.
 */
final class HeaderReader {
    private final SourceFacts docs;

    HeaderReader(SourceFacts docs) { this.docs = docs; }

    SchemaDecl read(Element holder, AnnotationMirror schema, Nodes nodes) {
        Origin at = Origin.of(holder).with(schema);
        Map<String, AnnotationValue> v = Mirrors.explicit(schema);
        AnnotationValue name = v.get("name");
        var settings = new ArrayList<Setting>();
        for (var e : v.entrySet()) {
            String key = e.getKey();
            if (key.equals("name") || key.equals("types")) continue;
            Origin o = at.with(schema, e.getValue());
            settings.add(new Setting(nodes.at(o), nodes.ident(key, o), value(e.getValue(), o, nodes)));
        }
        String schemaName = name == null ? holder.getSimpleName().toString() : AttributeReader.string(name);
        // An entity or mixin that also carries the header keeps its Javadoc for itself.
        boolean declaration = Jpa.isEntity(holder) || Jpa.isMixin(holder);
        return new SchemaDecl(nodes.at(at), nodes.ident(schemaName, name == null ? at : at.with(schema, name)),
                declaration ? null : docs.doc(holder), settings);
    }

    /** Strings stay strings; enum constants and booleans are the words the language uses. */
    private static Value value(AnnotationValue v, Origin o, Nodes nodes) {
        Object x = v.getValue();
        if (x instanceof String s) return nodes.str(s, o);
        if (x instanceof Boolean b) return nodes.ref(b.toString(), o);
        if (x instanceof List<?>) {
            var items = new ArrayList<Value>();
            for (AnnotationValue item : Mirrors.items(v)) items.add(value(item, o.with(o.annotation(), item), nodes));
            return new Value.ListOf(nodes.at(o), items);
        }
        return nodes.ref(AttributeReader.enumConstant(v), o);
    }
}
