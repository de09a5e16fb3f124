package dev.schemac.gen.prisma;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.testing.NodeHarness;
import org.junit.jupiter.api.Test;

/**
 * Why every join table is an explicit join model: Prisma's implicit many-to-many cannot map
 * the Catalog's join table. Asked through Prisma's own schema engine, an implicit relation
 * named after the join table ({@code @relation("post_tags")}, the most a schema can say) makes
 * a table {@code _post_tags} with columns {@code A} and {@code B}, and the schema language
 * has no {@code @@map} or {@code @map} for it; the Catalog's is {@code post_tags(post_id,
 * tag_id)} with its own key, foreign key and index names. If a Prisma release lets the
 * implicit form be mapped, this test fails and the target should use it.
 */
class ImplicitManyToManyTest {
    static final String IMPLICIT = """
            datasource db {
              provider = "sqlite"
            }

            model Post {
              id   Int   @id @default(autoincrement())
              tags Tag[] @relation("post_tags")

              @@map("posts")
            }

            model Tag {
              id    Int    @id @default(autoincrement())
              posts Post[] @relation("post_tags")

              @@map("tags")
            }
            """;

    @Test
    void prismasImplicitFormMakesATableOfItsOwn() {
        String sql = NodeHarness.get().callWithStdin(IMPLICIT, "prisma-migrate-sql", "-").get("sql").asText();
        assertThat(sql).contains("CREATE TABLE \"_post_tags\"").contains("\"A\" INTEGER NOT NULL")
                .contains("\"B\" INTEGER NOT NULL").doesNotContain("CREATE TABLE \"post_tags\"");
    }

    @Test
    void noMapAttributeReachesTheImplicitTable() {
        String mapped = IMPLICIT.replace("tags Tag[] @relation(\"post_tags\")", "tags Tag[] @relation(\"post_tags\", map: \"post_tags\")");
        var verdict = NodeHarness.get().callWithStdin(mapped, "prisma-validate", "-");
        assertThat(verdict.get("ok").asBoolean()).as("Prisma takes no name for an implicit relation's table").isFalse();
    }
}
