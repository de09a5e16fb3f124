package dev.schemac.gen.prisma;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The allow-list's own rules: it matches what it says and nothing else, drift entries need
 * their explanation on the same table, and every entry is documented with its id in
 * docs/parity-allowlist.md.
 */
class AllowListTest {

    @Test
    void globsMatchWholeValuesOnly() {
        assertThat(AllowList.glob("ck_*", "ck_orders_total")).isTrue();
        assertThat(AllowList.glob("ck_*", "xck_orders")).isFalse();
        assertThat(AllowList.glob("a(*)b", "a(x.y)b")).as("regex characters are literal").isTrue();
        assertThat(AllowList.glob("a.b", "axb")).isFalse();
        assertThat(AllowList.glob("*", "")).isTrue();
        assertThat(AllowList.glob(null, "anything")).as("an absent glob matches anything").isTrue();
        assertThat(AllowList.glob("x", null)).isFalse();
    }

    @Test
    void aDifferenceOfAnotherKindProviderOrValueIsNotAllowed() {
        var check = new Difference("catalog", "postgresql", "check", "t", "ck_t_a", "ck_t_a", Difference.NONE);
        var list = AllowList.get();
        assertThat(list.unexplained("prisma", List.of(check), (e, d) -> false)).isEmpty();
        assertThat(list.unexplained("sqlmodel", List.of(check), (e, d) -> false)).as("another tool").hasSize(1);
        assertThat(list.unexplained("prisma", List.of(new Difference("catalog", "mysql", "check", "t", "ck_t_a", "ck_t_a",
                Difference.NONE)), (e, d) -> false)).as("another provider").hasSize(1);
        assertThat(list.unexplained("prisma", List.of(new Difference("catalog", "postgresql", "check", "t", "ck_t_a", Difference.NONE,
                "ck_t_a")), (e, d) -> false)).as("a check only Prisma's database has").hasSize(1);
        assertThat(list.unexplained("prisma", List.of(new Difference("pull", "postgresql", "check", "t", "ck_t_a", "ck_t_a",
                Difference.NONE)), (e, d) -> false)).as("another comparison").hasSize(1);
    }

    @Test
    void aDriftStepNeedsAnExplainedDifferenceOfTheSameTable() {
        var defaultOfA = new Difference("pull", "sqlite", "column-default", "a", "id", "dbgenerated(\"(random())\")", "\"random()\"");
        var rebuildA = new Difference("drift", "sqlite", "drift:RedefineTables", "a", "RedefineTables", "db", "CREATE TABLE \"new_a\" ...");
        var rebuildB = new Difference("drift", "sqlite", "drift:RedefineTables", "b", "RedefineTables", "db", "CREATE TABLE \"new_b\" ...");
        var verdict = new Verdict("prisma", List.of(defaultOfA), List.of(rebuildA, rebuildB));
        assertThat(verdict.unexplained).containsExactly(rebuildB);
        assertThat(verdict.allowed).containsKeys("sqlite-expression-default", "sqlite-redefined-tables-drift");
    }

    @Test
    void sqliteAffinityFollowsSqlitesRules() {
        assertThat(SnapshotDiff.affinity("SMALLINT")).isEqualTo("INTEGER");
        assertThat(SnapshotDiff.affinity("VARCHAR(255)")).isEqualTo("TEXT");
        assertThat(SnapshotDiff.affinity("CHAR(36)")).isEqualTo("TEXT");
        assertThat(SnapshotDiff.affinity("DOUBLE")).isEqualTo("REAL");
        assertThat(SnapshotDiff.affinity("NUMERIC(10, 2)")).isEqualTo("NUMERIC");
        assertThat(SnapshotDiff.affinity("JSONB")).isEqualTo("NUMERIC");
        assertThat(SnapshotDiff.affinity("BLOB")).isEqualTo("BLOB");
        assertThat(SnapshotDiff.affinity("POINT")).as("rule order: INT before anything else").isEqualTo("INTEGER");
    }

    @Test
    void everyEntryIsDocumentedUnderItsId() throws IOException {
        String doc = Files.readString(TestPaths.root().resolve("docs/parity-allowlist.md"));
        var entries = AllowList.get().entries();
        var ids = new HashSet<String>();
        for (AllowList.Entry e : entries) assertThat(ids.add(e.id())).as("id %s is unique", e.id()).isTrue();
        for (AllowList.Entry e : entries) {
            assertThat(doc).as("docs/parity-allowlist.md documents %s", e.id()).contains("`" + e.id() + "`");
            assertThat(e.reason()).as("%s has a reason", e.id()).isNotBlank();
            assertThat(Set.of("catalog", "pull", "drift")).as("comparisons of %s", e.id()).containsAll(e.comparisons());
            assertThat(ids).as("entries explaining %s", e.id()).containsAll(e.explainedBy());
        }
    }
}
