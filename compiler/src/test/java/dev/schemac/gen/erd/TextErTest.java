package dev.schemac.gen.erd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compiler;
import dev.schemac.support.TestPaths;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text diagram states each relationship of the shop with the cardinality its keys imply. */
class TextErTest {

    @Test
    void shopRelationshipsReadAsTheModelSaysThem() {
        var c = Compiler.compile(List.of(TestPaths.examples().resolve("shop/shop.schema")));
        String er = Targets.run(c, List.of(Targets.byName("erd").orElseThrow()), TargetOptions.defaults())
                .files().get("erd/er.txt");
        assertThat(er).contains("[users] 1----* [orders]", "orders(user_id) -> users(id), ON DELETE CASCADE")
                .contains("[products] 1----* [order_items]", "ON DELETE RESTRICT")
                .contains("[employees] 0..1----* [employees]", "employees(manager_id) -> employees(id), ON DELETE SET NULL")
                .contains("[products] *----* [tags]", "through product_tags")
                .contains("| order_id  PK FK", "| sku  UK", "| deleted_at  null");
        // users.email is unique among live rows only, order_items' key is two columns: neither column alone is marked so.
        assertThat(er).contains("| UK (email) where deleted_at is null |", "| PK (order_id, product_id) |")
                .doesNotContain("| email  UK");
        assertThat(er).doesNotContain("[products] 1----* [product_tags]");
    }
}
