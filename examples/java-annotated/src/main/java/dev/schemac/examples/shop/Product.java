package dev.schemac.examples.shop;

import dev.schemac.annotations.Check;
import dev.schemac.annotations.Column;
import dev.schemac.annotations.Entity;
import dev.schemac.annotations.Query;
import dev.schemac.annotations.Unique;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
@Query("products of a category page")
public class Product {
    @Column(length = 32) @Unique
    private String sku = "";

    @Column(length = 200)
    private String name = "";

    @Column(precision = 10, scale = 2) @Check(">= 0")
    private BigDecimal price = BigDecimal.ZERO;

    private Set<Tag> tags = new HashSet<>();          // many-to-many with Tag.products

    private List<OrderItem> items = List.of();

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public Set<Tag> getTags() {
        return tags;
    }

    public List<OrderItem> getItems() {
        return items;
    }
}
