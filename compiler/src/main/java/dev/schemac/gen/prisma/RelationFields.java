package dev.schemac.gen.prisma;

import dev.schemac.catalog.Table;
import dev.schemac.model.ReferentialAction;
import java.util.ArrayList;
import java.util.List;

/**
 * The two fields of a relation: the one holding the key ({@code @relation} with fields,
 * references, both referential actions and the Catalog's foreign key name) and the back
 * field on the referenced model. Referential actions are always written out, so the
 * database gets the Catalog's actions whatever Prisma's defaults are.
 */
final class RelationFields {
    private final PrismaNames names;
    private final PrismaProvider provider;

    RelationFields(PrismaNames names, PrismaProvider provider) {
        this.names = names;
        this.provider = provider;
    }

    Block.Member holding(Link l, List<String> docs) {
        Table t = l.holder();
        boolean optional = l.fk().columns().stream().allMatch(c -> t.requireColumn(c).nullable());
        var args = new ArrayList<String>();
        String name = names.relationName(l);
        if (name != null) args.add(Psl.string(name));
        args.add("fields: " + list(t.name(), l.fk().columns()));
        args.add("references: " + list(l.target().name(), l.fk().referencedColumns()));
        args.add("onDelete: " + action(l.fk().onDelete()));
        args.add("onUpdate: " + action(l.fk().onUpdate()));
        if (provider.namedForeignKeys()) args.add("map: " + Psl.string(l.fk().name()));
        return new Block.Member(docs, names.relationField(l), names.model(l.target().name()) + (optional ? "?" : ""),
                List.of("@relation(" + String.join(", ", args) + ")"));
    }

    Block.Member back(Link l, List<String> docs) {
        String name = names.relationName(l);
        return new Block.Member(docs, names.backField(l), names.model(l.holder().name()) + (l.backIsList() ? "[]" : "?"),
                name == null ? List.of() : List.of("@relation(" + Psl.string(name) + ")"));
    }

    private String list(String table, List<String> columns) {
        return "[" + String.join(", ", columns.stream().map(c -> names.field(table, c)).toList()) + "]";
    }

    static String action(ReferentialAction a) {
        return switch (a) {
            case CASCADE -> "Cascade";
            case RESTRICT -> "Restrict";
            case SET_NULL -> "SetNull";
            case NO_ACTION -> "NoAction";
        };
    }
}
