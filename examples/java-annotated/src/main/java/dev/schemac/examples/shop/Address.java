package dev.schemac.examples.shop;

import dev.schemac.annotations.Column;
import dev.schemac.annotations.Depends;
import dev.schemac.annotations.Entity;

@Entity
@Depends(from = "zip", to = {"city", "state"})   // declared functional dependency: a 3NF violation to report
public record Address(
        @Column(length = 200) String street,
        @Column(length = 10) String zip,
        @Column(length = 100) String city,
        @Column(length = 2) String state) {
}
