package dev.schemac.gen.prisma;

import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.ColumnType;
import dev.schemac.model.EnumType;
import dev.schemac.model.Model;
import dev.schemac.types.TypeTable;

/**
 * A column's Prisma type, native type attribute and default, all read from the Catalog and
 * the shared {@link TypeTable}; nothing here spells a type of its own.
 */
final class PrismaTypes {
    private PrismaTypes() {}

    /** The Prisma type of a column without the {@code ?}: a scalar, or the enum's Prisma name. */
    static String scalar(ColumnType t, PrismaNames names) {
        return t.isEnum() ? names.enumName(t.enumName()) : TypeTable.prisma(t);
    }

    /** {@code @db.VarChar(255)}, or null where Prisma's default mapping is already the column's type. */
    static String nativeAttribute(ColumnType t, PrismaProvider p) {
        if (t.isEnum()) return null;
        String n = TypeTable.prismaNative(t, p.dialect());
        return n.isEmpty() ? null : "@db." + n;
    }

    /** {@code @default(...)}, or null when the column has none. */
    static String defaultAttribute(Column c, Model model, PrismaProvider p) {
        String v = defaultValue(c, model, p);
        return v == null ? null : "@default(" + v + ")";
    }

    private static String defaultValue(Column c, Model model, PrismaProvider p) {
        if (c.autoIncrement()) return "autoincrement()";
        ColumnDefault d = c.defaultValue();
        if (d == null) return null;
        if (d instanceof ColumnDefault.Number n) return n.value().toPlainString();
        if (d instanceof ColumnDefault.Text t) return Psl.string(t.value());
        if (d instanceof ColumnDefault.Bool b) return Boolean.toString(b.value());
        if (d instanceof ColumnDefault.EnumValue e) return enumMember(model, c.type().enumName(), e.value());
        if (d instanceof ColumnDefault.Now) {
            String sql = DatabaseDefaults.now(c.type().kind(), p);
            return sql == null ? "now()" : dbGenerated(sql);
        }
        return dbGenerated(DatabaseDefaults.uuid(p));
    }

    private static String dbGenerated(String sql) {
        return "dbgenerated(" + Psl.string(sql) + ")";
    }

    /** Prisma writes an enum default as the value's name; the Catalog holds the stored value. */
    private static String enumMember(Model model, String enumName, String stored) {
        EnumType type = model.enumType(enumName).orElseThrow();
        var names = Identifiers.enumValues(type);
        return type.values().stream().filter(v -> v.dbValue().equals(stored)).map(v -> names.get(v.name())).findFirst()
                .orElseThrow(() -> new IllegalStateException(enumName + " stores no value " + stored));
    }
}
