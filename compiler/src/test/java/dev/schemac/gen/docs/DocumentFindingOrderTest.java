package dev.schemac.gen.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The design document lists the checks' findings in the model's order, not by where they are
 * written: the annotated-Java front end numbers positions by unit and node, a {@code .schema}
 * file by character, so only an order both share gives one document for a model and its twin.
 * Here one model is written twice with its declarations placed differently (the enum before and
 * after the entities, {@code @@map} before and after the fields): the lists must be the same.
 * Within an entity they go by code, as a class's annotations and a block's attributes stand apart.
 */
class DocumentFindingOrderTest {
    private static final String LABEL = "L".repeat(70);

    private static final String ENUM = "enum Size {\n  SMALL\n  BIG @map(\"" + LABEL + "\")\n}\n";

    private static final String FIRST = """
            entity Order {
              @@map("order")
              id int @id @auto
              select string(40)
              Size Size
              @@timestamps(false)
            }
            """;

    private static final String FIRST_MAP_LAST = """
            entity Order {
              id int @id @auto
              select string(40)
              Size Size
              @@timestamps(false)
              @@map("order")
            }
            """;

    private static final String SECOND = """
            entity Group {
              id int @id @auto
              limit int
              @@timestamps(false)
            }
            """;

    private static final String HEADER = "schema shop {\n  dialect = sqlite\n}\n\n";

    private static List<String> findings(String model) {
        String design = DocumentTruthOnRealEnginesTest.generate("shop", model).file("Database_Design.md");
        return design.lines().filter(l -> l.matches("- SC\\d{3} .*")).toList();
    }

    @Test
    void whereADeclarationIsWrittenDoesNotMoveItsFindings() {
        List<String> enumFirst = findings(HEADER + ENUM + "\n" + FIRST + "\n" + SECOND);
        List<String> enumLast = findings(HEADER + FIRST_MAP_LAST + "\n" + SECOND + "\n" + ENUM);
        assertThat(enumFirst).as("findings of both entities and the enum").hasSizeGreaterThanOrEqualTo(4)
                .anyMatch(l -> l.startsWith("- SC544 ")).anyMatch(l -> l.startsWith("- SC607 "));
        assertThat(enumLast).containsExactlyElementsOf(enumFirst);
    }

    @Test
    void entitiesComeInTheirOrderThenTheEnumsAndOnesFindingsByCode() {
        List<String> said = findings(HEADER + ENUM + "\n" + FIRST + "\n" + SECOND);
        int select = index(said, "`select`"), limit = index(said, "`limit`"), label = index(said, "SC544");
        assertThat(List.of(select, limit, label)).as("%s", said).doesNotContain(-1);
        assertThat(select).as("the first entity's before the second's: %s", said).isLessThan(limit);
        assertThat(limit).as("the entities' before the enum's: %s", said).isLessThan(label);
        var first = said.stream().filter(l -> l.contains("`order`") || l.contains("`select`")).map(l -> l.substring(2, 7)).toList();
        assertThat(first).as("one entity's by code: %s", said).hasSizeGreaterThanOrEqualTo(2).isSorted();
    }

    private static int index(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(part)) return i;
        return -1;
    }
}
