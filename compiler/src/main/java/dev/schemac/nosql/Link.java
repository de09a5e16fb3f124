package dev.schemac.nosql;

import dev.schemac.model.Entity;
import dev.schemac.model.Field;

/**
 * One relation between two entities, seen from the side that stores it: the to-one field
 * that holds the key ({@code holder} on {@code child}, pointing at {@code parent}) with its
 * back side on the parent, or null when the parent has none.
 */
record Link(Entity child, Field holder, Entity parent, Field back) {

    boolean required() { return !holder.nullable(); }

    boolean cascades() { return holder.relation().onDelete() == dev.schemac.model.ReferentialAction.CASCADE; }

    boolean self() { return child.name().equals(parent.name()); }
}
