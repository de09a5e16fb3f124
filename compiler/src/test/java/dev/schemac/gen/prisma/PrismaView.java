package dev.schemac.gen.prisma;

import java.util.List;
import java.util.Map;

/**
 * A Prisma schema reduced to what reaches the database, keyed by database names: the
 * common form in which Prisma's DMMF of our schema, the DMMF of Prisma's {@code db pull},
 * and what the Catalog says the schema must be are compared. Client-side names (models,
 * fields, relation names) and doc comments are not part of it.
 *
 * <p>Normal forms: a type is the Prisma scalar, {@code enum:<database type name>}, or
 * {@code Unsupported("<type>")}; a native type is {@code Name(args)} without spaces; a
 * default is {@code fn(args)} for functions, a plain number, {@code true}/{@code false}, or
 * a JSON-quoted string (an enum default is its stored value, quoted).
 *
 * @param models by table name
 * @param enums  by database type name, to the stored values in order
 * @param ignored by table name, the tables Prisma marks {@code @@ignore} (absent from its DMMF and from
 *                {@code models}), to why, as Prisma's introspection says it above the model
 */
record PrismaView(Map<String, ModelView> models, Map<String, List<String>> enums, Map<String, String> ignored) {

    PrismaView(Map<String, ModelView> models, Map<String, List<String>> enums) {
        this(models, enums, Map.of());
    }

    /**
     * @param columns   by column name, in field order
     * @param pkName    null where the provider takes no primary key name
     * @param uniques   by columns ({@code [a, b]}) to the index name
     * @param indexes   by index name to the columns
     * @param relations by the holding columns
     * @param backs     the back relation fields as {@code table list|optional}, sorted
     */
    record ModelView(Map<String, ColumnView> columns, List<String> pk, String pkName, Map<String, String> uniques,
                     Map<String, String> indexes, Map<String, String> relations, List<String> backs) {}

    record ColumnView(String type, String nativeType, boolean required, String defaultValue, boolean updatedAt) {
        boolean unsupported() { return type.startsWith("Unsupported("); }
    }

    /** A relation as its foreign key: {@code table[columns] onDelete onUpdate}. */
    static String relation(String target, List<String> targetColumns, String onDelete, String onUpdate) {
        return target + targetColumns + " onDelete: " + onDelete + " onUpdate: " + onUpdate;
    }

    static String nativeType(String name, List<String> args) {
        return args.isEmpty() ? name : name + "(" + String.join(",", args) + ")";
    }
}
