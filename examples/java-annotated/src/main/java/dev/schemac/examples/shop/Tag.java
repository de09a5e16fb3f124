package dev.schemac.examples.shop;

import dev.schemac.annotations.Column;
import dev.schemac.annotations.Entity;
import dev.schemac.annotations.Unique;
import java.util.Set;

@Entity
public record Tag(
        @Column(length = 50) @Unique String name,
        Set<Product> products) {
}
