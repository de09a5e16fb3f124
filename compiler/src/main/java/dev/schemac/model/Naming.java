package dev.schemac.model;

/** How table names are derived from entity names. */
public enum Naming {
    /** {@code OrderItem} becomes {@code order_items}. */
    SNAKE_PLURAL,
    /** {@code OrderItem} becomes {@code order_item}. */
    SNAKE,
    /** {@code OrderItem} stays {@code OrderItem}. */
    PRESERVE
}
