package dev.schemac.catalog;

import java.util.Objects;

/**
 * One column. {@code field} is the model field it stores (for foreign key columns, the
 * relation field; null in join tables). {@code referencedColumn} is set on foreign key
 * columns: the column of the referenced table it holds. {@code collation} is null but on a
 * text column of an adopted database that compares under a collation of its own (SQLite
 * {@code NOCASE}, PostgreSQL {@code "C"}, on MySQL and MariaDB one not its table's): a model has
 * none, so only the history carries it, and each later definition of the column (a SQLite
 * rebuild, PostgreSQL's ALTER COLUMN TYPE, MySQL's MODIFY COLUMN) keeps it.
 */
public record Column(String name, String field, ColumnType type, boolean nullable, ColumnDefault defaultValue,
                     boolean autoIncrement, boolean updatedAt, String doc, boolean pii, boolean secret,
                     String referencedColumn, String collation) {

    public Column(String name, String field, ColumnType type, boolean nullable, ColumnDefault defaultValue,
                  boolean autoIncrement, boolean updatedAt, String doc, boolean pii, boolean secret, String referencedColumn) {
        this(name, field, type, nullable, defaultValue, autoIncrement, updatedAt, doc, pii, secret, referencedColumn, null);
    }

    /** This column comparing its text under {@code collation} (null: its table's). */
    public Column withCollation(String collation) {
        return new Column(name, field, type, nullable, defaultValue, autoIncrement, updatedAt, doc, pii, secret, referencedColumn,
                collation);
    }

    /** This column, optional: a required column a migration fills is added so, and made required after its fill. */
    public Column optional() {
        return new Column(name, field, type, true, defaultValue, autoIncrement, updatedAt, doc, pii, secret, referencedColumn,
                collation);
    }

    /** This column with the type {@code type}. */
    public Column withType(ColumnType type) {
        return new Column(name, field, type, nullable, defaultValue, autoIncrement, updatedAt, doc, pii, secret, referencedColumn,
                collation);
    }

    /** Whether the column holds text, which a collation compares: only such a column keeps one. */
    public boolean collates() {
        return type.isEnum() || type.kind().isText();
    }

    public boolean isForeignKey() { return referencedColumn != null; }

    public static final String PII_NOTE = "PII: personal data.";
    public static final String SECRET_NOTE = "Secret: store only a hash or digest, never the readable value.";

    /**
     * The comment every output attaches to this column (SQL comments, ORM descriptions,
     * migrations): the doc comment, then what the model says about the data. Null when empty.
     */
    public String comment() {
        var parts = new java.util.ArrayList<String>();
        if (doc != null) parts.add(doc);
        if (pii) parts.add(PII_NOTE);
        if (secret) parts.add(SECRET_NOTE);
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    // Written out for the reason Span's are: a cold check links no record method.
    @Override public boolean equals(Object o) {
        return o instanceof Column that && Objects.equals(name, that.name) &&
                Objects.equals(field, that.field) && Objects.equals(type, that.type) &&
                nullable == that.nullable && Objects.equals(defaultValue, that.defaultValue) &&
                autoIncrement == that.autoIncrement && updatedAt == that.updatedAt &&
                Objects.equals(doc, that.doc) && pii == that.pii && secret == that.secret &&
                Objects.equals(referencedColumn, that.referencedColumn) && Objects.equals(collation, that.collation);
    }

    @Override public int hashCode() {
        return Objects.hash(name, field, type, nullable, defaultValue, autoIncrement, updatedAt, doc, pii, secret, referencedColumn,
                collation);
    }
}
