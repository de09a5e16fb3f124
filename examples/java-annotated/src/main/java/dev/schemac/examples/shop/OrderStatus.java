package dev.schemac.examples.shop;

public enum OrderStatus {
    PENDING,
    PAID,
    SHIPPED,
    CANCELLED
}
