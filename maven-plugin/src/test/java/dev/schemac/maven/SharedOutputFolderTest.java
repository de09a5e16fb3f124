package dev.schemac.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.output.FileTransaction;
import dev.schemac.output.OutputFolder;
import dev.schemac.output.OutputLocks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code outputDirectory} equal to {@code resourcesDirectory}: the folder's one manifest names the
 * java sources and the other outputs alike, so the next run neither refuses (SC137) nor removes
 * what the other half wrote.
 */
class SharedOutputFolderTest {
    @TempDir
    Path tmp;

    private static final Set<String> REMOVABLE = Set.of("java", "sqlite");

    private List<OutputFolder.Plan> run(Path sources, Path resources, String java, String sql) throws Exception {
        var claim = GenerateMojo.claim("shop", false, List.of());
        try (var locks = OutputLocks.take(List.of(sources, resources), null)) {
            assertThat(locks.problem()).isNull();
            var plans = GenerateMojo.plans(sources, Map.of("com/acme/User.java", java), Map.of("com/acme/User.java", "java"),
                    resources, Map.of("sql/sqlite/schema.sql", sql), Map.of("sql/sqlite/schema.sql", "sqlite"), claim, REMOVABLE);
            for (var plan : plans) assertThat(plan.problem()).as("%s", plan.root()).isNull();
            var tx = new FileTransaction(null);
            for (var plan : plans) plan.addTo(tx, locks);
            assertThat(tx.commit().failure()).isNull();
            return plans;
        }
    }

    @Test
    void oneFolderNamedTwiceIsOnePlanWhoseManifestNamesEveryFile() throws Exception {
        Path dir = tmp.resolve("generated");
        assertThat(run(dir, dir, "record User() {}\n", "create table user;\n")).hasSize(1);
        assertThat(dir.resolve(".schemac-manifest")).content()
                .contains(" java com/acme/User.java\n").contains(" sqlite sql/sqlite/schema.sql\n");
        // A change to either half is the folder's own output again: replaced, the other half kept.
        run(dir, dir, "record User(int id) {}\n", "create table user;\n");
        run(dir, dir, "record User(int id) {}\n", "create table users;\n");
        assertThat(dir.resolve("com/acme/User.java")).content().isEqualTo("record User(int id) {}\n");
        assertThat(dir.resolve("sql/sqlite/schema.sql")).content().isEqualTo("create table users;\n");
    }

    @Test
    void theRefusalsNameThePluginsOwnForce() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("generated/sql/sqlite"));
        Files.writeString(dir.resolve("schema.sql"), "-- mine\n");
        var plan = new OutputFolder(tmp.resolve("generated"), GenerateMojo.claim("shop", false, List.of()))
                .plan(Map.of("sql/sqlite/schema.sql", "create table user;\n"), Map.of("sql/sqlite/schema.sql", "sqlite"), REMOVABLE);
        assertThat(plan.problem().code()).isEqualTo("SC137");
        assertThat(plan.problem().help()).contains("run again with `-Dschemac.force` to replace it").doesNotContain("--force");
    }

    @Test
    void twoFoldersKeepAPlanAndAManifestEach() throws Exception {
        Path sources = tmp.resolve("src");
        Path resources = tmp.resolve("res");
        assertThat(run(sources, resources, "record User() {}\n", "create table user;\n")).hasSize(2);
        assertThat(sources.resolve(".schemac-manifest")).content().contains(" java com/acme/User.java\n")
                .doesNotContain("sql/sqlite");
        assertThat(resources.resolve(".schemac-manifest")).content().contains(" sqlite sql/sqlite/schema.sql\n")
                .doesNotContain("User.java");
    }
}
