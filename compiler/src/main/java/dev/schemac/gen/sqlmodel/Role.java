package dev.schemac.gen.sqlmodel;

import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnDefault;

/**
 * Which models of an entity declare a column. A column is generated when the database or
 * the ORM makes its value as the row is written (an autoincrement key, a {@code uuid()} or
 * {@code now()} default, an {@code @updated} timestamp): a client never sends it. A
 * {@code @secret} column is never returned.
 */
enum Role {
    /** Written by a client and returned: in the base (so the table, create and public models) and update. */
    SHARED,
    /** Written by a client, never returned: the table, create and update models. */
    SECRET,
    /** Made by the database or the ORM, returned: the table and public models. */
    GENERATED,
    /** Made by the database or the ORM and secret: the table model only. */
    INTERNAL;

    static Role of(Column c) {
        boolean generated = c.autoIncrement() || c.updatedAt() || c.defaultValue() instanceof ColumnDefault.Now
                || c.defaultValue() instanceof ColumnDefault.Uuid;
        if (generated) return c.secret() ? INTERNAL : GENERATED;
        return c.secret() ? SECRET : SHARED;
    }

    boolean written() { return this == SHARED || this == SECRET; }
}
