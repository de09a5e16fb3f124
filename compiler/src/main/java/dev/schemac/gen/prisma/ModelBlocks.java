package dev.schemac.gen.prisma;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.Model;
import dev.schemac.model.Relation;
import dev.schemac.render.sql.Sql;
import java.util.ArrayList;
import java.util.List;

/**
 * One model per Catalog table. An entity's fields keep the entity's order, each to-one
 * relation right after the scalar fields holding its key; a join table becomes an explicit
 * join model, because Prisma's implicit many-to-many needs a table {@code _AToB} with
 * columns {@code A} and {@code B}, which cannot be the Catalog's join table.
 */
final class ModelBlocks {
    private final Model model;
    private final PrismaNames names;
    private final PrismaProvider provider;
    private final RelationFields relations;

    ModelBlocks(Model model, PrismaNames names, PrismaProvider provider) {
        this.model = model;
        this.names = names;
        this.provider = provider;
        this.relations = new RelationFields(names, provider);
    }

    Block of(Table t) {
        var lines = t.isJoinTable() ? joinLines(t) : entityLines(t);
        for (Check c : t.checks()) {
            String text = CheckText.of(t, c, provider);
            if (text != null) lines.add(new Block.Comment(text));
        }
        return new Block(Docs.of(t.doc()), "model", names.model(t.name()), lines, blockAttributes(t));
    }

    private List<Block.Line> entityLines(Table t) {
        Entity e = model.requireEntity(t.entity());
        var lines = new ArrayList<Block.Line>();
        for (Field f : e.fields()) {
            Relation r = f.relation();
            if (r == null) {
                lines.add(column(t, t.columnsOf(f.name()).get(0), true));
            } else if (r.kind().holdsForeignKey()) {
                Link l = names.linkOf(t, f.name());
                for (String col : l.fk().columns()) lines.add(column(t, t.requireColumn(col), false));
                lines.add(relations.holding(l, Docs.of(f.doc())));
            } else {
                lines.add(relations.back(names.backLinkOf(t, f.name()), Docs.of(f.doc())));
            }
        }
        for (Link l : names.linksTo(t.name())) {
            if (l.backEntityField() == null) lines.add(relations.back(l, List.of()));
        }
        return lines;
    }

    private List<Block.Line> joinLines(Table t) {
        var lines = new ArrayList<Block.Line>();
        for (Link l : names.linksFrom(t.name())) {
            for (String col : l.fk().columns()) lines.add(column(t, t.requireColumn(col), false));
            lines.add(relations.holding(l, List.of()));
        }
        Table.JoinTable j = t.join();
        lines.add(new Block.Comment("Join model of the many-to-many " + j.leftEntity() + "." + j.leftField() + " / "
                + j.rightEntity() + "." + j.rightField() + ", explicit so that it maps to the table " + t.name() + "."));
        return lines;
    }

    private Block.Member column(Table t, Column c, boolean withDocs) {
        String name = names.field(t.name(), c.name());
        var attrs = new ArrayList<String>();
        if (t.primaryKey().columns().equals(List.of(c.name()))) attrs.add("@id" + mapArgument(provider.namedPrimaryKeys(), t.primaryKey().name(), true));
        String def = PrismaTypes.defaultAttribute(c, model, provider);
        if (def != null) attrs.add(def);
        UniqueConstraint u = fieldUnique(t, c.name());
        if (u != null) attrs.add("@unique(map: " + Psl.string(u.name()) + whereArgument(u, provider) + ")");
        if (c.updatedAt()) attrs.add("@updatedAt");
        if (!name.equals(c.name())) attrs.add("@map(" + Psl.string(c.name()) + ")");
        String nat = PrismaTypes.nativeAttribute(c.type(), provider);
        if (nat != null) attrs.add(nat);
        String type = PrismaTypes.scalar(c.type(), names) + (c.nullable() ? "?" : "");
        return new Block.Member(withDocs ? Docs.of(c.doc(), c.pii(), c.secret()) : List.of(), name, type, attrs);
    }

    /** The first unique constraint on exactly this column is written on the field; any other on the model. */
    private UniqueConstraint fieldUnique(Table t, String column) {
        return t.uniques().stream().filter(u -> u.columns().equals(List.of(column))).findFirst().orElse(null);
    }

    /**
     * Whether the provider's database makes this unique a partial unique index (the DDL's
     * {@code CREATE UNIQUE INDEX ... WHERE}). Prisma declares those with {@code where:}, behind
     * the preview feature {@link #PARTIAL_INDEXES} (checked with Prisma's validator: PostgreSQL
     * and SQLite only).
     */
    static boolean partialIndex(UniqueConstraint u, PrismaProvider p) {
        return u.partial() && Sql.partialIndexes(p.dialect());
    }

    /** The preview feature Prisma requires for a {@code where:} argument on {@code @unique}/{@code @@unique}. */
    static final String PARTIAL_INDEXES = "partialIndexes";

    /**
     * {@code , where: raw("deleted_at IS NULL")} for a partial unique index: the DDL's own filter
     * text, in the form Prisma's introspection writes for the index; nothing otherwise.
     */
    private static String whereArgument(UniqueConstraint u, PrismaProvider p) {
        if (!partialIndex(u, p)) return "";
        return ", where: raw(" + Psl.string(Sql.rowFilter(p.dialect(), u.where())) + ")";
    }

    /** Whether any unique of the catalog is a partial unique index on this provider (it then needs {@link #PARTIAL_INDEXES}). */
    static boolean anyPartialIndex(Catalog catalog, PrismaProvider p) {
        return catalog.tables().stream().flatMap(t -> t.uniques().stream()).anyMatch(u -> partialIndex(u, p));
    }

    private List<String> blockAttributes(Table t) {
        var out = new ArrayList<String>();
        if (t.primaryKey().columns().size() > 1) {
            out.add("@@id(" + fieldList(t, t.primaryKey().columns()) + mapArgument(provider.namedPrimaryKeys(), t.primaryKey().name(), false) + ")");
        }
        for (UniqueConstraint u : t.uniques()) {
            if (u.columns().size() == 1 && fieldUnique(t, u.columns().get(0)) == u) continue;
            out.add("@@unique(" + fieldList(t, u.columns()) + mapArgument(true, u.name(), false) + whereArgument(u, provider) + ")");
        }
        for (Index i : t.indexes()) out.add("@@index(" + fieldList(t, i.columns()) + mapArgument(true, i.name(), false) + ")");
        if (!names.model(t.name()).equals(t.name())) out.add("@@map(" + Psl.string(t.name()) + ")");
        return out;
    }

    private String fieldList(Table t, List<String> columns) {
        return "[" + String.join(", ", columns.stream().map(c -> names.field(t.name(), c)).toList()) + "]";
    }

    /** {@code (map: "name")} on a field, {@code , map: "name"} in a list of arguments; nothing where the provider takes no name. */
    private static String mapArgument(boolean supported, String name, boolean alone) {
        if (!supported) return "";
        return (alone ? "(" : ", ") + "map: " + Psl.string(name) + (alone ? ")" : "");
    }
}
