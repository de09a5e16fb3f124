package dev.schemac.model;

/**
 * What a relation field means once paired. {@code inverse} is the field on {@code target}
 * that pairs with this one, or null when the relation has no back side.
 */
public record Relation(String name, Kind kind, String target, String inverse, ReferentialAction onDelete,
                       ReferentialAction onUpdate) {

    public enum Kind {
        /** A to-one field holding the foreign key; many of these rows may point at one target. */
        MANY_TO_ONE,
        /** A unique to-one field holding the foreign key. */
        ONE_TO_ONE,
        /** The list side of a many-to-one. */
        ONE_TO_MANY,
        /** The optional single side of a one-to-one; holds no key. */
        ONE_TO_ONE_BACK,
        /** A list paired with a list: stored in an implicit join table. */
        MANY_TO_MANY;

        public boolean holdsForeignKey() { return this == MANY_TO_ONE || this == ONE_TO_ONE; }
    }
}
