package dev.schemac.resolve;

/**
 * The rules of {@link TextRules} for text that comes from elsewhere than a model (a live
 * database's names and enum labels): what {@code check} would refuse in a model, said before
 * a model holding it is written, so a reader can keep such an object out of the model.
 */
public final class StoredText {
    private StoredText() {}

    /** Why a table name cannot be an {@code @@map}, or null when it can. */
    public static String tableNameProblem(String name) {
        return reason(TextKind.TABLE_NAME, name);
    }

    /** Why a column name cannot be a field's {@code @map}, or null. */
    public static String columnNameProblem(String name) {
        return reason(TextKind.COLUMN_NAME, name);
    }

    /** Why a constraint or index name cannot be a stored name ({@code name =}), or null. */
    public static String nameProblem(String name) {
        return reason(TextKind.NAME, name);
    }

    /** Why a name cannot be a {@code @relation} name (it also names the join table's Prisma model), or null. */
    public static String relationNameProblem(String name) {
        return reason(TextKind.RELATION, name);
    }

    /** Why a text cannot be an enum's stored label, or null. */
    public static String labelProblem(String label) {
        return reason(TextKind.LABEL, label);
    }

    private static String reason(TextKind kind, String text) {
        var p = TextRules.check(kind, text);
        if (p == null) return null;
        return p.codePoint() >= 0 ? p.reason() + " (" + TextRules.describe(p.codePoint()) + ")" : p.reason();
    }
}
