package dev.schemac.model;

/**
 * Constraint names a field gives explicitly ({@code @id(name = ...)}, {@code @unique(name = ...)},
 * {@code @index(name = ...)}, {@code @relation(map = ...)}); each is null when the lowering
 * derives it. They exist so a model can describe a database whose names it did not choose
 * (what {@code schemac pull} writes).
 */
public record ConstraintNames(String primaryKey, String unique, String index, String foreignKey) {
    public static final ConstraintNames NONE = new ConstraintNames(null, null, null, null);

    public boolean isEmpty() {
        return primaryKey == null && unique == null && index == null && foreignKey == null;
    }
}
