package dev.schemac.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.check.Words;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The table name an entity gets by default, as a reader of the model expects it, and the two
 * naming rules reading English as the derivation does: the derived name of a singular entity is
 * no finding of SC602 or SC604, the entity named with that plural is SC602's with the entity's
 * own name as the fix, and the entity's own word as a mapped table is SC604's with the derived
 * name as the fix.
 */
class TableNamesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"Virus,viruses", "Status,statuses", "Bus,buses", "Campus,campuses", "Corpus,corpuses", "Genus,genera",
            "Axis,axes", "Analysis,analyses", "Index,indices", "Matrix,matrices", "Person,people", "Child,children",
            "Datum,data", "Media,media", "Software,software", "Equipment,equipment", "News,news", "Species,species",
            "Canvas,canvases", "Lens,lenses", "Bias,biases", "Agenda,agendas", "OrderItem,order_items",
            "PDF,pdfs", "PDFs,pdfs", "URL,urls", "URLs,urls", "SKU,skus", "SKUs,skus", "UserIDs,user_ids",
            "APIKey,api_keys", "HTTPRequest,http_requests", "OAuth2Token,oauth2_tokens", "IPv6Address,ipv6_addresses",
            "APIv2Key,apiv2_keys", "GitHubUser,github_users", "MySQLServer,mysql_servers", "ATeam,a_teams",
            "TeamMember,team_members", "Kurs,kurs"})
    void anEntitysTableIsTheEnglishPlural(String entity, String table) throws Exception {
        var c = Compiler.compile(List.of(model("entity " + entity + " {\n  label string(20)\n}\n")));
        assertThat(c.catalog().tables()).extracting(t -> t.name()).containsExactly(table);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"clientIPv6,client_ipv6", "URLsByHost,urls_by_host", "userIDs,user_ids", "HTTPServer,http_server",
            "oauthToken,oauth_token", "myOAuthApp,my_oauth_app", "iOSVersion,ios_version", "iPhones,iphones",
            "XMLHttpRequest,xml_http_request", "ASet,a_set", "ItemS,item_s", "order_item,order_item",
            // a word spelled with a capital inside, for each letter such a word begins with
            "legacyMySQLHost,legacy_mysql_host", "myGitHubRepo,my_github_repo", "YouTubeChannelId,youtube_channel_id",
            "LinkedInUrl,linkedin_url", "homeWiFiName,home_wifi_name", "eBayListing,ebay_listing", "PayPalEmail,paypal_email",
            "GraphQLSchema,graphql_schema", "NoSQLStore,nosql_store", "JavaScriptSource,javascript_source",
            "TypeScriptFile,typescript_file", "PostgreSQLVersion,postgresql_version", "macOSBuild,macos_build",
            "iPadModel,ipad_model", "GitLabToken,gitlab_token", "OAuth,oauth",
            // the same letters beginning no such word
            "linkedInUrl,linked_in_url", "payPalEmail,pay_pal_email", "postgreSQLVersion,postgre_sql_version"})
    void snakeCaseKeepsAnAcronymsPluralVersionAndTheWordsSpelledWithACapitalInside(String name, String snake) {
        assertThat(Names.snake(name)).isEqualTo(snake);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Virus,Viruses", "Status,Statuses", "Campus,Campuses", "Matrix,Matrices", "Person,People", "Child,Children",
            "Canvas,Canvases", "Lens,Lenses", "Agenda,Agendas", "Analysis,Analyses", "OrderItem,OrderItems", "Genus,Genera"})
    void sc602AndSc604AgreeWithTheDerivation(String singular, String plural) throws Exception {
        String table = Names.table(singular, dev.schemac.model.Naming.SNAKE_PLURAL);
        assertThat(codes("entity " + singular + " {\n  label string(20)\n}\n")).as(singular).doesNotContain("SC602", "SC604");
        assertThat(codes("entity " + singular + " {\n  label string(20)\n  @@map(\"" + table + "\")\n}\n")).as(singular)
                .doesNotContain("SC602", "SC604");

        var sc602 = find("entity " + plural + " {\n  label string(20)\n}\n", "SC602");
        assertThat(sc602.help()).isEqualTo("name the entity in the singular: `" + singular + "`");

        String own = Words.last(singular);
        String mapped = Names.snake(singular).substring(0, Names.snake(singular).length() - own.length()) + own;
        var sc604 = find("entity " + singular + " {\n  label string(20)\n  @@map(\"" + mapped + "\")\n}\n", "SC604");
        assertThat(sc604.help()).startsWith("use `@@map(\"" + table + "\")`");
    }

    /** The acronym's plural is SC602's, its singular keeping the capitals; its table is the plural as written. */
    @Test
    void anAcronymsPluralIsNamedInTheSingularWithItsCapitals() throws Exception {
        assertThat(find("entity URLs {\n  label string(20)\n}\n", "SC602").help()).isEqualTo("name the entity in the singular: `URL`");
        assertThat(find("entity PDFs {\n  label string(20)\n}\n", "SC602").help()).isEqualTo("name the entity in the singular: `PDF`");
    }

    /** Each word's plural reads back as a plural whose singular is the word: what SC602 and SC604 rely on. */
    @Test
    void aWordsPluralSingularisesBackToIt() {
        for (String w : List.of("virus", "status", "bus", "campus", "genus", "analysis", "index", "matrix", "person",
                "child", "canvas", "lens", "bias", "agenda", "ibis", "item", "category", "box", "leaf", "quiz", "crisis")) {
            String p = English.plural(w);
            assertThat(English.singular(p)).as("%s → %s", w, p).isEqualTo(w);
            assertThat(English.isSingular(w)).as(w).isTrue();
            if (!p.equals(w)) assertThat(Words.isPlural(p)).as(p).isTrue();
            assertThat(English.singular(w)).as("a singular is its own singular: %s", w).isEqualTo(w);
        }
        assertThat(English.plural("Virus")).isEqualTo("Viruses");
        assertThat(English.plural("VIRUS")).isEqualTo("VIRUSES");
    }

    /**
     * A history holds each table under the name it was created with, and {@code migrate} matches
     * a table by its entity: an entity whose derived name changed (as `Virus`'s did, from `viri`,
     * simulated here by the history's `@@map`) gets a table rename, rows kept and nothing to
     * refuse, so the database follows the name the regenerated code uses; mapping the old name
     * keeps it, with no migration at all.
     */
    @Test
    void aHistoryUnderAnEarlierDerivationGetsARenameOrKeepsTheNameItMaps() throws Exception {
        String v1 = "schema lab {\n  dialect = postgres\n}\n\nentity Virus {\n  name string(40)\n  @@map(\"viri\")\n}\n";
        Path m = Files.writeString(dir.resolve("lab.schema"), v1, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        assertThat(migrate(m, out, "init", "20260101000000").code()).isZero();
        var same = migrate(m, out, "same", "20260102000000");
        assertThat(same.out() + same.err()).contains("no changes");
        Files.writeString(m, v1.replace("  @@map(\"viri\")\n", ""), StandardCharsets.UTF_8);
        var renamed = migrate(m, out, "derived", "20260103000000");
        assertThat(renamed.code()).as(renamed.err()).isZero();
        assertThat(renamed.out() + renamed.err()).contains("Renames table `viri` to `viruses`.").doesNotContain("Creates table", "Drops table");
        assertThat(Files.readString(out.resolve("migrations/sql/postgres/20260103000000_derived.up.sql")))
                .contains("ALTER TABLE viri RENAME TO viruses").doesNotContain("DROP TABLE");
    }

    record Run(int code, String out, String err) {}

    private static Run migrate(Path model, Path out, String name, String ts) {
        var o = new java.io.StringWriter();
        var e = new java.io.StringWriter();
        int code = dev.schemac.cli.Main.run(new java.io.PrintWriter(o), new java.io.PrintWriter(e), "migrate", model.toString(),
                "--out", out.toString(), "--color", "never", "--no-settings", "--name", name, "--timestamp", ts);
        return new Run(code, o.toString(), e.toString());
    }

    private Path model(String body) throws Exception {
        return Files.writeString(dir.resolve("m.schema"), "schema lab {\n  dialect = postgres\n}\n\n" + body, StandardCharsets.UTF_8);
    }

    private List<String> codes(String body) throws Exception {
        return Compiler.compile(List.of(model(body))).diagnostics().stream().map(Diagnostic::code).toList();
    }

    private Diagnostic find(String body, String code) throws Exception {
        var ds = Compiler.compile(List.of(model(body))).diagnostics().stream().filter(d -> d.code().equals(code)).toList();
        assertThat(ds).as("%s in %s", code, body).hasSize(1);
        return ds.get(0);
    }
}
