package dev.schemac.examples.shop;

import dev.schemac.annotations.Action;
import dev.schemac.annotations.Check;
import dev.schemac.annotations.Column;
import dev.schemac.annotations.Entity;
import dev.schemac.annotations.Id;
import dev.schemac.annotations.OnDelete;
import java.math.BigDecimal;

@Entity
public record OrderItem(
        @Id @OnDelete(Action.CASCADE) Order order,
        @Id @OnDelete(Action.RESTRICT) Product product,
        @Check("> 0") int quantity,
        @Column(precision = 10, scale = 2) BigDecimal unitPrice) {
}
