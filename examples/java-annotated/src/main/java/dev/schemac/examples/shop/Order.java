package dev.schemac.examples.shop;

import dev.schemac.annotations.Action;
import dev.schemac.annotations.Check;
import dev.schemac.annotations.Column;
import dev.schemac.annotations.Default;
import dev.schemac.annotations.Entity;
import dev.schemac.annotations.Index;
import dev.schemac.annotations.OnDelete;
import dev.schemac.annotations.Query;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Entity
@Index({"user", "createdAt"})
@Query(value = "orders of a user, newest first", where = "user", order = "createdAt desc")
@Query(value = "a user's orders in one status", where = {"user", "status"})
public record Order(
        @OnDelete(Action.CASCADE) User user,                               // FK column user_id, indexed
        @Default("PENDING") @Index OrderStatus status,
        @Column(precision = 10, scale = 2) @Check(">= 0") BigDecimal totalAmount,
        @Nullable String note,
        List<OrderItem> items) {
}
