package dev.schemac.lower;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.naming.Names;
import dev.schemac.support.Models;
import org.junit.jupiter.api.Test;

class LoweringTest {

    static Catalog catalog(String text) {
        return Models.clean(text).catalog();
    }

    @Test
    void tableNamesArePluralSnakeCase() {
        var c = catalog("""
                entity OrderItem {
                  x int
                }
                entity Person {
                  x int
                }
                entity Category {
                  x int
                }
                entity Address {
                  x int
                }
                entity Status {
                  x int
                }
                """);
        assertThat(c.tables()).extracting(Table::name)
                .containsExactly("order_items", "people", "categories", "addresses", "statuses");
    }

    @Test
    void namingSettings() {
        assertThat(catalog("schema s {\n  naming = snake\n}\nentity OrderItem {\n  x int\n}\n").tables())
                .extracting(Table::name).containsExactly("order_item");
        assertThat(catalog("schema s {\n  naming = preserve\n}\nentity OrderItem {\n  x int\n}\n").tables())
                .extracting(Table::name).containsExactly("OrderItem");
    }

    @Test
    void foreignKeysTakeTheTypeAndColumnsOfTheReferencedKey() {
        var c = catalog("""
                entity Season {
                  team string(20) @id
                  year int        @id
                }
                entity Fixture {
                  season Season?
                }
                """);
        Table f = c.tableOf("Fixture").orElseThrow();
        assertThat(f.columnsOf("season")).extracting(Column::name).containsExactly("season_team", "season_year");
        assertThat(f.requireColumn("season_team").type().length()).isEqualTo(20);
        assertThat(f.requireColumn("season_year").nullable()).isTrue();
        ForeignKey fk = f.foreignKeyOf("season").orElseThrow();
        assertThat(fk.name()).isEqualTo("fk_fixtures_seasons");
        assertThat(fk.referencedColumns()).containsExactly("team", "year");
        assertThat(f.indexes()).extracting(Index::name).containsExactly("idx_fixtures_season_team_season_year");
    }

    @Test
    void everyForeignKeyIsIndexedUnlessAKeyOrIndexStartsWithIt() {
        var c = catalog("""
                entity User {
                  x int
                }
                entity Order {
                  user   User
                  helper User? @relation("help")
                  note   string(10)
                  @@index(user, note)
                }
                entity Membership {
                  user User @id
                  role int  @id
                }
                """);
        Table order = c.tableOf("Order").orElseThrow();
        assertThat(order.indexes()).extracting(Index::name, Index::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("idx_orders_user_id_note", Index.Reason.ENTITY),
                org.assertj.core.groups.Tuple.tuple("idx_orders_helper_id", Index.Reason.FOREIGN_KEY));
        assertThat(order.foreignKeys()).extracting(ForeignKey::name)
                .containsExactly("fk_orders_users_user_id", "fk_orders_users_helper_id");
        assertThat(c.tableOf("Membership").orElseThrow().indexes()).isEmpty();
    }

    @Test
    void manyToManyGetsAJoinTable() {
        var c = catalog("""
                entity Tag {
                  products Product[]
                }
                entity Product {
                  tags Tag[]
                }
                """);
        Table join = c.table("product_tags").orElseThrow();
        assertThat(join.columns()).extracting(Column::name).containsExactly("product_id", "tag_id");
        assertThat(join.primaryKey().columns()).containsExactly("product_id", "tag_id");
        assertThat(join.foreignKeys()).extracting(ForeignKey::name, f -> f.onDelete().keyword()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("fk_product_tags_products", "cascade"),
                org.assertj.core.groups.Tuple.tuple("fk_product_tags_tags", "cascade"));
        assertThat(join.indexes()).extracting(Index::name).containsExactly("idx_product_tags_tag_id");
        assertThat(join.join().leftEntity()).isEqualTo("Product");
        assertThat(c.tables()).extracting(Table::name).containsExactly("tags", "products", "product_tags");
    }

    @Test
    void selfManyToManyNamesColumnsAfterTheFields() {
        var c = catalog("""
                entity User {
                  following User[] @relation("follows")
                  followers User[] @relation("follows")
                }
                """);
        Table join = c.table("follows").orElseThrow();
        // A row (a, b) says b follows a: each column is named after the list its user appears in.
        assertThat(join.columns()).extracting(Column::name).containsExactly("following_id", "follower_id");
    }

    @Test
    void uniquesAndChecksCarryConventionalNames() {
        var c = catalog("""
                entity Product {
                  sku   string(32) @unique
                  price decimal(10, 2) @check(>= 0) @max(1000)
                  a     int
                  b     int
                  @@unique(a, b)
                  @@check(a <= b)
                }
                """);
        Table t = c.tableOf("Product").orElseThrow();
        assertThat(t.uniques()).extracting(UniqueConstraint::name).containsExactly("uq_products_sku", "uq_products_a_b");
        assertThat(t.checks()).extracting(dev.schemac.catalog.Check::name).containsExactly("ck_products_price", "ck_products_a_b");
        assertThat(t.checks().get(0).terms()).hasSize(2);
        assertThat(t.primaryKey().name()).isEqualTo("pk_products");
    }

    @Test
    void longNamesShortenDeterministically() {
        String name = "idx_" + "a".repeat(70);
        String s = Names.shorten(name);
        assertThat(s).hasSize(Names.MAX_IDENTIFIER).isEqualTo(Names.shorten(name)).startsWith("idx_aaa");
        assertThat(Names.shorten(name + "b")).isNotEqualTo(s).hasSize(Names.MAX_IDENTIFIER);
        assertThat(Names.shorten("idx_short")).isEqualTo("idx_short");
    }

    @Test
    void tablesComeAfterWhatTheyReferenceAndCyclesMarkForwardKeys() {
        var c = catalog("""
                entity Child {
                  parent Parent
                }
                entity Parent {
                  favourite Child? @relation("fav")
                  x int
                }
                """);
        assertThat(c.tables()).extracting(Table::name).containsExactly("children", "parents");
        var forward = c.tables().stream().flatMap(t -> t.foreignKeys().stream()).filter(ForeignKey::forward).toList();
        assertThat(forward).extracting(ForeignKey::name).containsExactly("fk_children_parents");
    }
}
