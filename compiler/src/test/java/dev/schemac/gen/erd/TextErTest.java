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

    /**
     * Names the database takes as written (`@@map`, `@map`) that the diagram's own signs could split: a space, a `]`,
     * a mark's word, a `"`, wide letters. Each is quoted, so it reads as one name, and the boxes close in line.
     */
    @Test
    void namesThatAreNotOneWordAreQuotedAndBoxesStayInLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        var model = java.nio.file.Files.writeString(dir.resolve("odd.schema"), """
                /// A customer.
                entity Customer {
                  name string(40) @map("id PK")
                  note string(40)? @map("say \\"hi\\"")
                  @@map("a] 1----* [b")
                }

                /// An order.
                entity Order {
                  customer Customer @map("客户编号")
                  @@map("注文")
                }
                """);
        var c = Compiler.compile(List.of(model));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        String er = Targets.run(c, List.of(Targets.byName("erd").orElseThrow()), TargetOptions.defaults())
                .files().get("erd/er.txt");
        // A name in letters of any script is one plain word; a space or a sign makes it quoted.
        assertThat(er).contains("[\"a] 1----* [b\"] 1----* [注文]", "注文(客户编号) -> \"a] 1----* [b\"(id)")
                .contains("| \"id PK\"", "| \"say \"\"hi\"\"\"  null", "| id  PK")
                .contains("A name in double quotes is one name as the database holds it");
        // Every line of a box is as wide as its rules, counted in the columns a fixed-width font gives each letter.
        int rule = 0;
        for (String line : er.split("\n")) {
            if (line.startsWith("+")) rule = line.length();
            if (line.startsWith("|")) assertThat(dev.schemac.render.text.DiagramText.width(line)).as(line).isEqualTo(rule);
        }
        var plain = Compiler.compile(List.of(TestPaths.examples().resolve("shop/shop.schema")));
        assertThat(Targets.run(plain, List.of(Targets.byName("erd").orElseThrow()), TargetOptions.defaults()).files().get("erd/er.txt"))
                .as("a model of plain names needs no word on quotes").doesNotContain("double quotes");
    }

    /**
     * An emoji shown as a picture takes two columns, as a CJK letter does; one shown as text (the thermometer) one. A name
     * holds only those of the Basic Multilingual Plane (MySQL's names, SC510): the box is drawn with those.
     */
    @Test
    void emojiNamesKeepTheBoxesInLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        assertThat(dev.schemac.render.text.DiagramText.width("\uD83C\uDF55")).as("U+1F355 pizza").isEqualTo(2);
        assertThat(dev.schemac.render.text.DiagramText.width("\uD83E\uDD84")).as("U+1F984 unicorn").isEqualTo(2);
        assertThat(dev.schemac.render.text.DiagramText.width("\uD83C\uDF21")).as("U+1F321 thermometer").isEqualTo(1);
        assertThat(dev.schemac.render.text.DiagramText.width("\u26A1")).as("U+26A1 high voltage").isEqualTo(2);
        assertThat(dev.schemac.render.text.DiagramText.width("\u2764")).as("U+2764 heart, as text").isEqualTo(1);
        assertThat(dev.schemac.render.text.DiagramText.width("\u2764\uFE0F")).as("heart + VS16, a picture").isEqualTo(2);
        assertThat(dev.schemac.render.text.DiagramText.width("\u26A1\uFE0F")).as("VS16 after a picture").isEqualTo(2);
        assertThat(dev.schemac.render.text.DiagramText.width("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"))
                .as("family: three pictures joined by ZWJ").isEqualTo(2);
        assertThat(dev.schemac.render.text.DiagramText.width("\uD83D\uDC4D\uD83C\uDFFD")).as("thumbs up, skin tone").isEqualTo(2);
        assertThat(dev.schemac.render.text.DiagramText.width("\uD83C\uDDEB\uD83C\uDDF7x")).as("flag FR then x").isEqualTo(3);
        assertThat(dev.schemac.render.text.DiagramText.width("\uD83C\uDDEB\uD83C\uDDF7\uD83C\uDDE9\uD83C\uDDEA"))
                .as("two flags").isEqualTo(4);
        assertThat(dev.schemac.render.text.DiagramText.width("a\u200Db")).as("ZWJ between letters joins nothing").isEqualTo(2);
        assertThat(dev.schemac.render.text.DiagramText.width("\u2764\uFE0F\u200D\uD83D\uDD25")).as("heart on fire").isEqualTo(2);
        var model = java.nio.file.Files.writeString(dir.resolve("emoji.schema"), """
                /// A pizza.
                entity Pizza {
                  name string(40) @map("name \u2615")
                  size int @map("\u26A1\u26A1")
                  @@map("pizzas \u231A")
                }
                """);
        var c = Compiler.compile(List.of(model));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        String er = Targets.run(c, List.of(Targets.byName("erd").orElseThrow()), TargetOptions.defaults()).files().get("erd/er.txt");
        assertThat(er).contains("\u2615", "\u26A1\u26A1", "\u231A");
        int rule = 0;
        for (String line : er.split("\n")) {
            if (line.startsWith("+")) rule = line.length();
            if (line.startsWith("|")) assertThat(dev.schemac.render.text.DiagramText.width(line)).as(line).isEqualTo(rule);
        }
    }
}
