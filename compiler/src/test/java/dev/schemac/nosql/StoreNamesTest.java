package dev.schemac.nosql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.nosql.KvKey.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The names an entity gets in MongoDB and Redis, which follow the table-name derivation and
 * so changed with it (docs/targets/mongo.md and redis.md, "Names across releases"): the new
 * derived names, and the attribute that keeps a collection's old name.
 */
class StoreNamesTest {

    @ParameterizedTest(name = "{0} → {1}, {2}")
    @CsvSource({"Virus,viruses,virus", "Genus,genera,genus", "PDFs,pdfs,pdfs", "SKU,skus,sku", "OAuth2Token,oauth2_tokens,oauth2_token",
            "IPv6Address,ipv6_addresses,ipv6_address", "GraphQLQuery,graphql_queries,graphql_query", "OrderItem,order_items,order_item"})
    void theCollectionIsTheTableAndTheKeySegmentTheEntityInSnakeCase(String entity, String collection, String segment) {
        var c = DesignTest.compile("entity " + entity + " {\n  label string(20)\n}\n");
        assertThat(DocumentDesign.of(c.model(), c.catalog()).collections()).extracting(DocCollection::name).containsExactly(collection);
        var kv = KeyValueDesign.of(c.model(), c.catalog());
        assertThat(kv.entity(entity).orElseThrow().keys()).filteredOn(k -> k.kind() == Kind.ROW).extracting(KvKey::pattern)
                .containsExactly(kv.app() + ":" + segment + ":{id}");
    }

    /** An upgrade keeps a collection named under the earlier derivation with {@code @@map} (the table too) or {@code @@collection} (the collection only). */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {"Virus|@@map(\"viri\")|viri", "PDFs|@@map(\"pd_fs\")|pd_fs",
            "OAuth2Token|@@map(\"o_auth2_tokens\")|o_auth2_tokens", "Virus|@@collection(\"viri\")|viri",
            "IPv6Address|@@collection(\"i_pv6_addresses\")|i_pv6_addresses"})
    void anOldCollectionNameIsKeptByNamingIt(String entity, String attribute, String collection) {
        var c = DesignTest.compile("entity " + entity + " {\n  label string(20)\n  " + attribute + "\n}\n");
        assertThat(DocumentDesign.of(c.model(), c.catalog()).collections()).extracting(DocCollection::name).containsExactly(collection);
    }

    /** In Redis, {@code @@map} keeps the table name a unique key holds; the entity segment stays the entity's snake_case. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {"Virus||virus.uq_viruses_code", "Virus|@@map(\"viri\")|virus.uq_viri_code",
            "OAuth2Token||oauth2_token.uq_oauth2_tokens_code", "OAuth2Token|@@map(\"o_auth2_tokens\")|oauth2_token.uq_o_auth2_tokens_code"})
    void aUniqueKeyHoldsTheTableNameWhichMapKeeps(String entity, String attribute, String segment) {
        var c = DesignTest.compile("entity " + entity + " {\n  code string(20) @unique\n  " + (attribute == null ? "" : attribute) + "\n}\n");
        var kv = KeyValueDesign.of(c.model(), c.catalog());
        assertThat(kv.entity(entity).orElseThrow().keys()).filteredOn(k -> k.kind() == Kind.UNIQUE).extracting(KvKey::pattern)
                .containsExactly(kv.app() + ":" + segment + ":{code}");
    }

    /**
     * A unique's or index's name of no letter or digit is spelled in its key's segment as a placeholder
     * is, by its characters' Unicode names, never a bare {@code _}; two such names stay apart.
     */
    @Test
    void aConstraintNamedByPunctuationIsSpelledInItsKey() {
        var c = DesignTest.compile("""
                entity Part {
                  code  string(20)
                  label string(20)
                  @@unique(code, name = "€")
                  @@index(label, name = "-")
                }
                """);
        var kv = KeyValueDesign.of(c.model(), c.catalog());
        var keys = kv.entity("Part").orElseThrow().keys();
        assertThat(keys).filteredOn(k -> k.kind() == Kind.UNIQUE).extracting(KvKey::pattern)
                .containsExactly(kv.app() + ":part.euro_sign:{code}");
        assertThat(keys).filteredOn(k -> k.kind() == Kind.INDEX).extracting(KvKey::pattern).singleElement().asString()
                .contains(".hyphen_minus");
    }

    /**
     * A placeholder names its column recognisably in any script: a letter of Cyrillic, Greek or
     * Japanese is kept, and only what would split or end the placeholder (a {@code :}, a brace, a
     * space) becomes {@code _}.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"код|{код}", "κωδικός|{κωδικός}", "コード|{コード}", "a:b|{a_b}", "x{y}|{x_y_}", "en gros|{en_gros}"})
    void aKeyPatternNamesANonAsciiColumnAsWritten(String column, String placeholder) {
        var c = DesignTest.compile("entity Part {\n  code string(20) @unique @map(" + dev.schemac.lang.ModelString.quote(column) + ")\n}\n");
        var kv = KeyValueDesign.of(c.model(), c.catalog());
        assertThat(kv.entity("Part").orElseThrow().keys()).filteredOn(k -> k.kind() == Kind.UNIQUE).extracting(KvKey::pattern)
                .singleElement().asString().endsWith(":" + placeholder);
    }

    /**
     * The placeholders of one key are told apart: a column written exactly as its label keeps it,
     * one whose label would meet it gets {@code _2} past every label of the key, and a name of no
     * letter or digit is spelled by its characters' Unicode names, never {@code {_}}.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"a-b,a_b|{a_b_2}:{a_b}", "a_b,a-b|{a_b}:{a_b_2}", "a-b,a b|{a_b}:{a_b_2}",
            "a-b,a b,a_b_2|{a_b}:{a_b_3}:{a_b_2}", "€,-|{euro_sign}:{hyphen_minus}", "€,euro_sign|{euro_sign_2}:{euro_sign}",
            "x:y,x_y,x-y|{x_y_2}:{x_y}:{x_y_3}", "код,код-|{код}:{код_}"})
    void thePlaceholdersOfOneKeyAreToldApart(String columns, String placeholders) {
        var names = java.util.List.of(columns.split(","));
        var fields = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            fields.append("  f").append(i).append(" string(10) @id @map(").append(dev.schemac.lang.ModelString.quote(names.get(i))).append(")\n");
        }
        var c = DesignTest.compile("entity Part {\n" + fields + "}\n");
        var kv = KeyValueDesign.of(c.model(), c.catalog());
        var row = kv.entity("Part").orElseThrow().keys().stream().filter(k -> k.kind() == Kind.ROW).findFirst().orElseThrow();
        assertThat(row.pattern()).isEqualTo(kv.app() + ":part:" + placeholders);
        assertThat(row.placeholders()).doesNotHaveDuplicates().hasSize(names.size());
        assertThat(row.keyColumns()).containsExactlyElementsOf(names);
    }
}
