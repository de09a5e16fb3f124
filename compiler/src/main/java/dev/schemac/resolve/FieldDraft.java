package dev.schemac.resolve;

import dev.schemac.model.Field;
import dev.schemac.model.FieldType;
import dev.schemac.model.ReferentialAction;
import dev.schemac.source.Span;

/**
 * A field resolved except for its relation pairing, with the relation attributes the
 * pairing needs (and their spans, for its diagnostics; null where not given).
 */
record FieldDraft(Field field, String relationName, Span relationSpan, ReferentialAction onDelete,
                  Span onDeleteSpan, ReferentialAction onUpdate, Span onUpdateSpan) {

    /** A field that says nothing about a relation. */
    FieldDraft(Field field) {
        this(field, null, null, null, null, null, null);
    }

    String name() { return field.name(); }

    boolean isRelation() { return field.type() instanceof FieldType.EntityRef; }

    String target() { return ((FieldType.EntityRef) field.type()).entity(); }

    boolean isList() { return field.isList(); }
}
