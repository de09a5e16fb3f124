package dev.schemac.lower;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.support.Models;
import org.junit.jupiter.api.Test;

/** {@code name = "..."} on keys, uniques, indexes and checks, {@code map = "..."} on foreign keys. */
class ExplicitConstraintNamesTest {

    static Catalog catalog(String text) {
        return Models.clean(text).catalog();
    }

    @Test
    void everyKindOfConstraintTakesTheGivenName() {
        var c = catalog("""
                schema s {
                  timestamps = false
                }
                entity Customer {
                  customer_id int        @id(name = "customer_pkey") @auto
                  email       string(80) @unique(name = "customer_email_key")
                  last_name   string(45) @index(name = "idx_last_name")
                  age         int?       @check(>= 0, name = "age_range") @max(150, name = "age_range") @check(!= 13)
                  rentals     Rental[]
                }
                entity Rental {
                  customer Customer @relation(map = "rental_customer_fk")
                  a        date
                  b        date?
                  @@id(customer, a, name = "rental_pk")
                  @@check(a <= b, name = "rental_dates")
                }
                """);
        var customers = c.table("customers").orElseThrow();
        assertThat(customers.primaryKey().name()).isEqualTo("customer_pkey");
        assertThat(customers.uniques()).extracting(UniqueConstraint::name).containsExactly("customer_email_key");
        assertThat(customers.indexes()).extracting(Index::name).containsExactly("idx_last_name");
        assertThat(customers.checks()).extracting(Check::name).containsExactly("ck_customers_age", "age_range");
        assertThat(customers.checks().get(1).terms()).hasSize(2);
        var rentals = c.table("rentals").orElseThrow();
        assertThat(rentals.primaryKey().name()).isEqualTo("rental_pk");
        assertThat(rentals.foreignKeys()).extracting(ForeignKey::name).containsExactly("rental_customer_fk");
        assertThat(rentals.checks()).extracting(Check::name).containsExactly("rental_dates");
    }

    @Test
    void unnamedConstraintsKeepTheirDerivedNames() {
        var c = catalog("""
                entity A {
                  code string(10) @unique @index @check(!= "")
                  bs   B[]
                }
                entity B {
                  a A
                }
                """);
        var a = c.table("as").orElseThrow();
        assertThat(a.primaryKey().name()).isEqualTo("pk_as");
        assertThat(a.uniques()).extracting(UniqueConstraint::name).containsExactly("uq_as_code");
        assertThat(a.indexes()).extracting(Index::name).containsExactly("idx_as_code");
        assertThat(a.checks()).extracting(Check::name).containsExactly("ck_as_code");
        assertThat(c.table("bs").orElseThrow().foreignKeys()).extracting(ForeignKey::name).containsExactly("fk_bs_as");
    }

    @Test
    void anExplicitNameThatIsTakenIsReported() {
        var c = Models.compile("""
                entity A {
                  x int @unique(name = "dup")
                  y int @index(name = "dup")
                }
                """);
        assertThat(c.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo("SC502"));
    }
}
