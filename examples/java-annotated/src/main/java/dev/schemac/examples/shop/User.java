package dev.schemac.examples.shop;

import dev.schemac.annotations.Column;
import dev.schemac.annotations.Entity;
import dev.schemac.annotations.Pii;
import dev.schemac.annotations.Secret;
import dev.schemac.annotations.Unique;
import dev.schemac.annotations.Volume;
import java.util.ArrayList;
import java.util.List;

/**
 * A registered customer.
 */
@Entity
@Volume(rows = 10_000, growth = "20%/month")
public class User extends SoftDelete {
    @Column(length = 255) @Unique @Pii
    private String email = "";

    @Column(length = 100)
    private String name = "";

    @Column(length = 255) @Secret
    private String passwordHash = "";

    private List<Order> orders = new ArrayList<>();

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public List<Order> getOrders() {
        return orders;
    }
}
