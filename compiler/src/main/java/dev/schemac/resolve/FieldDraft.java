package dev.schemac.resolve;

import dev.schemac.ast.Attribute;
import dev.schemac.model.Field;
import dev.schemac.model.ReferentialAction;
import dev.schemac.source.Span;

/**
 * A field resolved except for its relation pairing, with the relation attributes the
 * pairing needs (and their spans, for its diagnostics).
 */
record FieldDraft(Field field, String relationName, Span relationSpan, ReferentialAction onDelete,
                  Attribute onDeleteAttr, ReferentialAction onUpdate, Attribute onUpdateAttr) {

    String name() { return field.name(); }

    boolean isRelation() { return field.type() instanceof dev.schemac.model.FieldType.EntityRef; }

    String target() { return ((dev.schemac.model.FieldType.EntityRef) field.type()).entity(); }

    boolean isList() { return field.isList(); }
}
