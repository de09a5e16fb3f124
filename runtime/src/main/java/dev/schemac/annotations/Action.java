package dev.schemac.annotations;

/** Referential actions of {@link OnDelete} and {@link OnUpdate}. */
public enum Action {
    /** {@code cascade}: delete (or update) the referencing rows too. */
    CASCADE,
    /** {@code restrict}: refuse while referencing rows exist. */
    RESTRICT,
    /** {@code set_null}: clear the foreign key; the field must be nullable. */
    SET_NULL,
    /** {@code no_action}: like restrict, checked at the end of the statement. */
    NO_ACTION
}
