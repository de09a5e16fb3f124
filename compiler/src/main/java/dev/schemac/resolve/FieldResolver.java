package dev.schemac.resolve;

import dev.schemac.ast.FieldDecl;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.model.Field;
import dev.schemac.model.FieldType;
import dev.schemac.model.Origin;
import dev.schemac.model.ScalarKind;

/**
 * One field: its type ({@link TypeResolver}), its attributes ({@link FieldAttributeReader}),
 * its default ({@link DefaultValueReader}), in that order, so its diagnostics come in the
 * order they are written.
 */
final class FieldResolver {
    private final Diagnostics diags;
    private final TypeResolver types;
    private final DefaultValueReader defaults;
    private final FieldCheckReader checks;
    private final StoreHintReader storeHints;

    FieldResolver(Symbols symbols, Diagnostics diags) {
        this.diags = diags;
        this.types = new TypeResolver(symbols, diags);
        this.defaults = new DefaultValueReader(symbols, diags);
        this.checks = new FieldCheckReader(diags);
        this.storeHints = new StoreHintReader(diags);
    }

    /** Returns null when the type cannot be resolved (already reported). */
    FieldDraft resolve(FieldDecl decl, Origin origin, String mixin) {
        String name = decl.name().text();
        FieldType type = types.resolve(decl.type(), name);
        if (type == null) return null;
        boolean relation = type instanceof FieldType.EntityRef;
        boolean list = relation && ((FieldType.EntityRef) type).list();
        var builder = Field.builder(decl.span(), name, type).doc(decl.doc()).nullable(decl.type().optional() && !list)
                .origin(origin).mixin(mixin);

        var attributes = new FieldAttributeReader(name, type, builder, diags, storeHints, checks);
        attributes.read(decl.attributes());
        if (decl.defaultValue() != null) {
            if (relation) diags.add(Messages.defaultOnRelation(decl.defaultValue().span(), name));
            else builder.defaultValue(defaults.read(decl.defaultValue(), name, type, decl.type().optional()));
        }
        FieldDraft draft = attributes.draft();
        Field field = draft.field();
        if ((field.unique() || field.indexed()) && type instanceof FieldType.Scalar s && s.kind() == ScalarKind.STRING
                && s.length() == null) {
            diags.add(Messages.unboundedStringIndexed(decl.name().span(), name));
        }
        return draft;
    }
}
