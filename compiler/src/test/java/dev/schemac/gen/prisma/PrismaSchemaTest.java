package dev.schemac.gen.prisma;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.model.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The renderer's decisions, read off its output: naming, what each provider can carry,
 * explicit join models, relation names and the header. Whether Prisma accepts and
 * understands the output is for {@link PrismaToolsTest} and {@link PrismaEngineParityTest}.
 */
class PrismaSchemaTest {
    @TempDir Path dir;

    private String render(String schema, Dialect d) throws IOException {
        Path file = dir.resolve("m.schema");
        Files.writeString(file, schema);
        Compilation c = Compiler.compile(List.of(file));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        return PrismaSchema.render(c.model(), c.catalog(), d);
    }

    private static String model(String name) {
        Compilation c = ParityModels.compile(ParityModels.all().stream().filter(p -> ParityModels.name(p).equals(name))
                .findFirst().orElseThrow());
        return PrismaSchema.render(c.model(), c.catalog(), c.model().settings().dialect());
    }

    @Test
    void outputIsTheSameForTheSameModelCompiledTwice() throws IOException {
        String text = "schema s { dialect = postgres }\nentity A { b B @relation(\"x\")\n c B? @relation(\"y\") }\n"
                + "entity B { xs A[] @relation(\"x\")\n ys A[] @relation(\"y\")\n tags T[] }\nentity T { bs B[] }\n";
        assertThat(render(text, Dialect.POSTGRES)).isEqualTo(render(text, Dialect.POSTGRES));
    }

    @Test
    void fieldsAreCamelCaseMappedToTheirColumns() throws IOException {
        String out = render("schema s { timestamps = false }\nentity Account { password_hash string(100)\n rank_no int? }\n", Dialect.SQLITE);
        assertThat(out).contains("  passwordHash String @map(\"password_hash\")\n")
                .contains("  rankNo       Int?   @map(\"rank_no\")\n")
                .contains("  @@map(\"accounts\")\n");
    }

    @Test
    void prismaNamesThatCollideGetASuffixAndKeepTheirColumns() throws IOException {
        String out = render("schema s { timestamps = false }\nentity A { user_id int\n userId int @map(\"uid\") }\n", Dialect.SQLITE);
        assertThat(out).contains("  userId  Int @map(\"user_id\")\n").contains("  userId2 Int @map(\"uid\")\n");
    }

    @Test
    void namesPrismaReservesAreRenamedAndMappedToTheDatabaseName() {
        String out = model("keywords");
        assertThat(out).contains("model RenamedDateTime {").contains("  @@map(\"order\")\n")
                .contains("enum RenamedBytes {").contains("  @@map(\"bytes\")\n")
                .contains("  where     RenamedBytes @default(A)\n")
                .contains("  class     String       @db.VarChar(10)\n");
    }

    @Test
    void primaryKeyNamesOnlyWherePrismaTakesThemAndForeignKeyNamesNotOnSqlite() throws IOException {
        String text = "schema s { timestamps = false }\nentity P { name string(10) }\nentity C { p P\n n int @id\n m int @id }\n";
        String sqlite = render(text, Dialect.SQLITE);
        String mysql = render(text, Dialect.MYSQL);
        String pg = render(text, Dialect.POSTGRES);
        assertThat(sqlite).contains("@id @default(autoincrement())").contains("@@id([n, m])").doesNotContain("map: \"fk_");
        assertThat(mysql).contains("@id @default(autoincrement())").contains("@@id([n, m])").contains("map: \"fk_cs_ps\")");
        assertThat(pg).contains("@id(map: \"pk_ps\") @default(autoincrement())").contains("@@id([n, m], map: \"pk_cs\")")
                .contains("map: \"fk_cs_ps\")");
    }

    @Test
    void aManyToManyIsAnExplicitJoinModelOnTheCatalogsJoinTable() {
        String out = model("shop");
        assertThat(out).contains("  tags      ProductTag[]\n").contains("  products  ProductTag[]\n")
                .contains("model ProductTag {\n"
                        + "  productId Int     @map(\"product_id\")\n"
                        + "  product   Product @relation(fields: [productId], references: [id], onDelete: Cascade, onUpdate: Cascade)\n"
                        + "  tagId     Int     @map(\"tag_id\")\n"
                        + "  tag       Tag     @relation(fields: [tagId], references: [id], onDelete: Cascade, onUpdate: Cascade)\n")
                .contains("  @@id([productId, tagId])\n  @@index([tagId], map: \"idx_product_tags_tag_id\")\n  @@map(\"product_tags\")\n");
    }

    @Test
    void relationsBetweenTheSameModelsAreNamedDeclaredNamesFirst() {
        String out = model("keys");
        assertThat(out).contains("@relation(\"author\", fields: [authorId]")
                .contains("@relation(\"TicketReviewer\", fields: [reviewerId]")
                .contains("  reviewerTickets Ticket[]      @relation(\"TicketReviewer\")\n")
                .contains("  follows         Follow[]      @relation(\"FollowFan\")\n")
                .contains("  fans            Follow[]      @relation(\"FollowFollow\")\n");
        assertThat(out).as("a single relation between two models needs no name")
                .contains("  teams           AccountTeam[]\n");
    }

    @Test
    void whatPrismaCannotExpressIsSaidInTheHeaderAndWhereItApplies() {
        String shop = model("shop");
        assertThat(shop).startsWith("// Prisma schema (provider sqlite) generated by schemac from schema \"shop\".\n")
                .contains("// - CHECK constraints (each is listed as a comment in its model);\n")
                .contains("// - the triggers that keep @updated columns current")
                .contains("// SQLite stores decimals as 8-byte floating point")
                .contains("  // CHECK ck_orders_total_amount: total_amount >= 0\n")
                .contains("  // CHECK ck_orders_status: status IN ('PENDING', 'PAID', 'SHIPPED', 'CANCELLED')\n");
        String keys = model("keys");
        assertThat(keys).as("no checks, no @updated columns").doesNotContain("CHECK").doesNotContain("triggers");
        String blog = model("blog");
        assertThat(blog).as("PostgreSQL: enum membership is the enum type's, and the regex is kept")
                .contains("// CHECK ck_authors_handle: handle matches \"[a-z0-9_]+\"").doesNotContain("status IN")
                .contains("// - table and column comments (COMMENT ON; here they are /// doc comments).");
    }

    @Test
    void partialUniquesAreDeclaredWithTheirFilterAndThePreviewFeatureOnlyWhereTheModelHasOne() throws IOException {
        String text = "schema s {}\nmixin SoftDelete { deleted_at datetime? }\n"
                + "entity Account with SoftDelete { email string(255) @unique\n handle string(40)\n region string(10)\n @@unique(handle, region) }\n"
                + "entity Tag { label string(40) @unique }\n";
        for (Dialect d : List.of(Dialect.SQLITE, Dialect.POSTGRES)) {
            assertThat(render(text, d)).as(d.id())
                    .contains("  previewFeatures = [\"partialIndexes\"]\n")
                    .contains("@unique(map: \"uq_accounts_email\", where: raw(\"deleted_at IS NULL\"))")
                    .contains("@@unique([handle, region], map: \"uq_accounts_handle_region\", where: raw(\"deleted_at IS NULL\"))")
                    .contains("@unique(map: \"uq_tags_label\")")
                    .contains("// A unique with where: raw(...) holds among the rows it selects only");
        }
        assertThat(render(text, Dialect.MYSQL)).as("MySQL: no partial indexes, the unique holds over every row (SC731)")
                .doesNotContain("where:").doesNotContain("previewFeatures").contains("@unique(map: \"uq_accounts_email\")");
        assertThat(render(text.replace(" with SoftDelete", ""), Dialect.POSTGRES)).as("no soft delete, no partial unique")
                .doesNotContain("where:").doesNotContain("previewFeatures").contains("generator client {\n  provider = \"prisma-client\"\n  output   = \"./client\"\n}\n");
    }

    @Test
    void docCommentsAndDataMarkingsBecomeTripleSlashComments() {
        String out = model("saas");
        assertThat(out).contains("/// A person who can sign in.\nmodel Account {")
                .contains("  /// PII: personal data.\n  email ")
                .contains("  /// Secret: store only a hash or digest, never the readable value.\n  passwordHash ");
    }

    @Test
    void defaultsTheDatabaseComputesAreTheDdlsExpressions() {
        String out = model("scalars");
        assertThat(out).contains("@default(dbgenerated(\"gen_random_uuid()\")) @db.Uuid")
                .contains("  day       DateTime  @default(dbgenerated(\"CURRENT_DATE\")) @db.Date\n")
                .contains("  label     String    @default(\"it's \\\"quoted\\\" \\\\ back\") @db.VarChar(80)\n")
                .contains("  priority  Priority  @default(NORMAL)\n")
                .contains("  NORMAL @map(\"normal\")\n");
    }
}
