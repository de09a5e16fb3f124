package dev.schemac.gen.prisma;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.gen.prisma.PrismaView.ColumnView;
import dev.schemac.gen.prisma.PrismaView.ModelView;
import dev.schemac.render.sql.Sql;
import dev.schemac.types.TypeTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;

/**
 * What the Catalog says a Prisma schema for a provider must describe, as a
 * {@link PrismaView}: every table, column, type (from the TypeTable), default, key, index,
 * foreign key and enum with its database name. Derived from the Catalog alone, not from the
 * generator, so comparing it with the DMMF of the generated schema tests the generator.
 * Where the provider cannot carry a name (primary keys outside PostgreSQL), none is expected.
 */
final class CatalogExpectation {
    private CatalogExpectation() {}

    static PrismaView of(Catalog catalog, PrismaProvider p) {
        var enums = new TreeMap<String, List<String>>();
        for (EnumDef e : catalog.enums()) enums.put(e.typeName(), e.values());
        var models = new TreeMap<String, ModelView>();
        for (Table t : catalog.tables()) models.put(t.name(), model(catalog, t, p));
        return new PrismaView(models, enums);
    }

    private static ModelView model(Catalog catalog, Table t, PrismaProvider p) {
        var columns = new LinkedHashMap<String, ColumnView>();
        for (Column c : t.columns()) {
            String type = c.type().isEnum() ? "enum:" + catalog.enumDef(c.type().enumName()).orElseThrow().typeName()
                    : TypeTable.prisma(c.type());
            String nat = c.type().isEnum() ? "" : TypeTable.prismaNative(c.type(), p.dialect()).replace(" ", "");
            columns.put(c.name(), new ColumnView(type, nat.isEmpty() ? null : nat, !c.nullable(), defaultValue(c, p), c.updatedAt()));
        }
        var uniques = new TreeMap<String, String>();
        for (UniqueConstraint u : t.uniques()) {
            // a partial unique index where the database has them (render/sql decides), with the DDL's filter
            boolean partial = u.partial() && Sql.partialIndexes(p.dialect());
            uniques.put(u.columns() + (partial ? " where " + Sql.rowFilter(p.dialect(), u.where()) : ""), u.name());
        }
        var indexes = new TreeMap<String, String>();
        for (Index i : t.indexes()) indexes.put(i.name(), i.columns().toString());
        var relations = new TreeMap<String, String>();
        for (ForeignKey fk : t.foreignKeys()) {
            relations.put(fk.columns().toString(), PrismaView.relation(fk.referencedTable(), fk.referencedColumns(),
                    RelationFields.action(fk.onDelete()), RelationFields.action(fk.onUpdate())));
        }
        var backs = new ArrayList<String>();
        for (Table holder : catalog.tables()) {
            for (ForeignKey fk : holder.foreignKeys()) {
                if (fk.referencedTable().equals(t.name())) backs.add(holder.name() + " " + (unique(holder, fk) ? "optional" : "list"));
            }
        }
        backs.sort(null);
        String pkName = p.namedPrimaryKeys() ? t.primaryKey().name() : null;
        return new ModelView(columns, t.primaryKey().columns(), pkName, uniques, indexes, relations, backs);
    }

    /** A foreign key whose columns are unique makes a one-to-one: its back side is a single optional field. */
    private static boolean unique(Table holder, ForeignKey fk) {
        if (holder.isJoinTable()) return false;
        return holder.primaryKey().columns().equals(fk.columns())
                || holder.uniques().stream().anyMatch(u -> u.columns().equals(fk.columns()));
    }

    private static String defaultValue(Column c, PrismaProvider p) {
        if (c.autoIncrement()) return "autoincrement()";
        ColumnDefault d = c.defaultValue();
        if (d == null) return null;
        if (d instanceof ColumnDefault.Number n) return DmmfReader.number(n.value().toPlainString());
        if (d instanceof ColumnDefault.Text s) return Psl.string(s.value());
        if (d instanceof ColumnDefault.Bool b) return Boolean.toString(b.value());
        if (d instanceof ColumnDefault.EnumValue e) return Psl.string(e.value());
        if (d instanceof ColumnDefault.Now) {
            String sql = DatabaseDefaults.now(c.type().kind(), p);
            return sql == null ? "now()" : "dbgenerated(" + Psl.string(sql) + ")";
        }
        return "dbgenerated(" + Psl.string(DatabaseDefaults.uuid(p)) + ")";
    }
}
