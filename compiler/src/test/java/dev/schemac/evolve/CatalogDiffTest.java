package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Table;
import dev.schemac.compile.Compiler;
import dev.schemac.evolve.Change.*;
import dev.schemac.support.TestModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The diff as a pure function, without engines: a Catalog against itself is no change;
 * a snapshot reads back as the Catalog written; the down list holds exactly the inverses of
 * the up list; foreign keys come after every table, so reference cycles need nothing
 * special; the phases are in order. Over every example and SQL test model, and over
 * seeded random pairs.
 */
class CatalogDiffTest {

    static List<Path> models() {
        return TestModels.relational();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void aCatalogAgainstItselfIsNoChangeAndItsSnapshotReadsBack(Path model) {
        var c = Compiler.compile(List.of(model));
        assertThat(c.hasErrors()).isFalse();
        Catalog cat = c.catalog();
        assertThat(CatalogDiff.diff(cat, cat, RenameHints.NONE)).isEmpty();
        assertThat(SnapshotJson.readCatalog(History.readTree(SnapshotHashTest.printed(cat)))).isEqualTo(cat);
        var fromEmpty = CatalogDiff.diff(CatalogDiff.EMPTY, cat, RenameHints.NONE);
        assertThat(fromEmpty.stream().filter(x -> x instanceof CreateTable)).hasSize(cat.tables().size());
        assertPhasesInOrder(fromEmpty);
        int lastTable = lastIndex(fromEmpty, CreateTable.class);
        int firstKey = firstIndex(fromEmpty, AddForeignKey.class);
        if (firstKey >= 0) assertThat(firstKey).as("foreign keys after every table").isGreaterThan(lastTable);
        assertThat(multiset(CatalogDiff.down(CatalogDiff.EMPTY, cat, RenameHints.NONE)))
                .isEqualTo(multiset(fromEmpty.stream().map(Change::inverse).toList()));
    }

    private static List<Change> enumDiff(dev.schemac.catalog.EnumDef a, dev.schemac.catalog.EnumDef b) {
        return CatalogDiff.diff(Catalog.of(List.of(), List.of(a)), Catalog.of(List.of(), List.of(b)), RenameHints.NONE);
    }

    private static dev.schemac.catalog.EnumDef plan(List<String> values, List<String> members) {
        return new dev.schemac.catalog.EnumDef("Plan", "plan", null, values, members);
    }

    /**
     * A member known on both sides by its name whose stored value changes is renamed in place
     * (followed by what else changes); with the members unknown, a member renamed too, a change
     * of case only, or a value another member had or has, it is a value dropped and one added.
     */
    @Test
    void aMemberWhoseStoredValueChangesIsRenamedInPlaceOnlyWhenThatIsUnambiguous() {
        var members = List.of("FREE", "PRO");
        var old = plan(List.of("FREE", "pro"), members);
        var up = enumDiff(old, plan(List.of("FREE", "premium", "TEAM"), List.of("FREE", "PRO", "TEAM")));
        assertThat(up).hasSize(2);
        assertThat(up.get(0)).isInstanceOf(RelabelEnum.class);
        assertThat(((RelabelEnum) up.get(0)).labels()).isEqualTo(Map.of("pro", "premium"));
        assertThat(up.get(1)).isEqualTo(new AlterEnum(plan(List.of("FREE", "premium"), members),
                plan(List.of("FREE", "premium", "TEAM"), List.of("FREE", "PRO", "TEAM"))));
        assertThat(((AlterEnum) up.get(1)).onlyAdds()).isTrue();
        var back = enumDiff(plan(List.of("FREE", "premium"), members), old);
        assertThat(back).containsExactly(new RelabelEnum(plan(List.of("FREE", "premium"), members), old));

        var dropAndAdd = new AlterEnum(old, plan(List.of("FREE", "premium"), members));
        assertThat(enumDiff(new dev.schemac.catalog.EnumDef("Plan", "plan", null, List.of("FREE", "pro")), plan(List.of("FREE", "premium"), members)))
                .as("members unknown (an earlier release's snapshot)")
                .containsExactly(new AlterEnum(new dev.schemac.catalog.EnumDef("Plan", "plan", null, List.of("FREE", "pro")),
                        plan(List.of("FREE", "premium"), members)));
        assertThat(enumDiff(old, plan(List.of("FREE", "premium"), List.of("FREE", "PREMIUM")))).as("the member renamed too")
                .hasSize(1).first().isInstanceOf(AlterEnum.class);
        assertThat(enumDiff(old, plan(List.of("FREE", "PRO"), members))).as("case only").hasSize(1).first().isInstanceOf(AlterEnum.class);
        assertThat(enumDiff(old, plan(List.of("pro", "FREE"), members))).as("two members trade values")
                .containsExactly(new AlterEnum(old, plan(List.of("pro", "FREE"), members)));
        assertThat(enumDiff(old, plan(List.of("FREE", "plus", "pro"), List.of("FREE", "PRO", "OLD")))).as("another member takes the old value")
                .hasSize(1).first().isInstanceOf(AlterEnum.class);
        assertThat(enumDiff(old, plan(List.of("FREE", "premium"), members))).containsExactly(
                new RelabelEnum(old, plan(List.of("FREE", "premium"), members)));
        assertThat(dropAndAdd.onlyAdds()).isFalse();
    }

    /**
     * Whether PostgreSQL retypes a column of an enum ({@link AlterColumn#retypesOnPostgres}), the one answer the SQL writer
     * and SC573 share: a relabel renames in place and an added value goes in place, also after a relabel; a value removed
     * or two values traded makes the type anew; another type is another type.
     */
    @Test
    void anEnumColumnIsRetypedOnlyWhereItsTypeIsMadeAnew() {
        var members = List.of("FREE", "PRO");
        var old = plan(List.of("FREE", "pro"), members);
        var col = new dev.schemac.catalog.Column("plan", "plan", dev.schemac.catalog.ColumnType.ofEnum("Plan"), false, null, false,
                false, null, false, false, null);
        var alter = new AlterColumn("accounts", col, col);
        assertThat(alter.retypesOnPostgres(enumDiff(old, plan(List.of("FREE", "premium"), members)))).as("relabelled").isFalse();
        assertThat(alter.retypesOnPostgres(enumDiff(old, plan(List.of("FREE", "premium", "TEAM"), List.of("FREE", "PRO", "TEAM")))))
                .as("relabelled, then a value added").isFalse();
        assertThat(alter.retypesOnPostgres(enumDiff(old, plan(List.of("premium"), List.of("PRO"))))).as("relabelled, then one removed")
                .isTrue();
        assertThat(alter.retypesOnPostgres(enumDiff(old, plan(List.of("pro", "FREE"), members)))).as("two values traded").isTrue();
        assertThat(alter.retypesOnPostgres(List.of())).as("the enum unchanged").isFalse();
        var text = new dev.schemac.catalog.Column("plan", "plan", new dev.schemac.catalog.ColumnType(dev.schemac.model.ScalarKind.STRING,
                40, null, null, null), false, null, false, false, null, false, false, null);
        assertThat(new AlterColumn("accounts", col, text).retypesOnPostgres(List.of())).as("another type").isTrue();
    }

    /**
     * A migration appends a new {@code @updated} column after the others, so a database's order of them is
     * not the model's; the trigger sets each alike, so the order is no change (diff reported a trigger
     * dropped and made again on every such database).
     */
    @Test
    void theOrderOfUpdatedColumnsChangesNoTrigger(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path model = dir.resolve("m.schema");
        java.nio.file.Files.writeString(model, "schema s { dialect = postgres }\n/// A visit.\nentity Visit {\n"
                + "  page string(40)\n  seen datetime @updated\n  noted datetime? @updated\n}\n");
        var c = Compiler.compile(List.of(model));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        Catalog cat = c.catalog();
        Table t = cat.tables().get(0);
        var reordered = new java.util.ArrayList<>(t.columns());
        int seen = reordered.indexOf(t.column("seen").orElseThrow());
        reordered.add(reordered.remove(seen));
        var live = Catalog.of(List.of(new Table(t.name(), t.entity(), t.doc(), reordered, t.primaryKey(), t.foreignKeys(),
                t.uniques(), t.indexes(), t.checks(), t.updatedAtTrigger(), t.join())), cat.enums());
        assertThat(t.updatedAtTrigger()).isNotNull();
        assertThat(live.tables().get(0).columns()).isNotEqualTo(t.columns());
        assertThat(CatalogDiff.diff(live, cat, RenameHints.NONE)).isEmpty();
        assertThat(CatalogDiff.diff(cat, live, RenameHints.NONE)).isEmpty();
    }

    @Test
    void randomPairsGoDownByTheInverseOfTheirUpList() throws Exception {
        int checked = 0;
        for (long seed = 1; seed <= 200; seed++) {
            var pair = ModelPairs.pair(seed, true);
            var old = EvolutionHarness.compile(pair.oldText());
            var neu = EvolutionHarness.compile(pair.newText());
            if (old.compilation().hasErrors() || neu.compilation().hasErrors()) continue;
            Catalog a = old.compilation().catalog();
            Catalog b = neu.compilation().catalog();
            var history = History.read(EvolutionHarness.relative(
                    EvolutionHarness.migrate(History.EMPTY, Map.of(), old, "20250101000000", "init").files()));
            var plan = Evolution.plan(neu.compilation().model(), b, history, neu.hints());
            assertThat(plan.diagnostics().stream().filter(d -> d.isError())).as("seed %d", seed).isEmpty();
            assertPhasesInOrder(plan.up());
            assertPhasesInOrder(plan.down());
            assertThat(multiset(plan.down())).as("seed %d: down is the inverse of up", seed)
                    .isEqualTo(multiset(plan.up().stream().map(Change::inverse).toList()));
            assertThat(CatalogDiff.diff(b, b, RenameHints.NONE)).isEmpty();
            assertThat(plan.up().isEmpty()).as("seed %d: no change only when the catalogs agree", seed)
                    .isEqualTo(a.equals(b) || CatalogDiff.diff(a, b, plan.applied()).isEmpty());
            checked++;
        }
        assertThat(checked).isGreaterThan(180);
    }

    @Test
    void aReferenceCycleIsCreatedTablesFirstAndKeysAfter() throws Exception {
        var v = EvolutionHarness.compile("""
                schema cyc {
                  dialect = postgres
                }
                entity Team {
                  name    string(40)
                  captain Player? @relation("captain") @on_delete(set_null)
                  players Player[] @relation("members")
                }
                entity Player {
                  name    string(40)
                  team    Team @relation("members") @on_delete(cascade)
                  leads   Team[] @relation("captain")
                }
                """);
        assertThat(v.compilation().hasErrors()).as("%s", v.compilation().diagnostics()).isFalse();
        var up = CatalogDiff.diff(CatalogDiff.EMPTY, v.compilation().catalog(), RenameHints.NONE);
        assertThat(up.stream().map(c -> c.getClass().getSimpleName()).toList())
                .containsSubsequence("CreateTable", "CreateTable", "AddForeignKey", "AddForeignKey");
        assertThat(lastIndex(up, CreateTable.class)).isLessThan(firstIndex(up, AddForeignKey.class));
        var down = CatalogDiff.down(CatalogDiff.EMPTY, v.compilation().catalog(), RenameHints.NONE);
        assertThat(lastIndex(down, DropForeignKey.class)).isLessThan(firstIndex(down, DropTable.class));
    }

    @Test
    void renameHintsRenameInsteadOfDroppingAndAdding() throws Exception {
        var old = EvolutionHarness.compile("""
                schema r {
                  dialect = postgres
                }
                entity Customer {
                  name string(40) @unique
                }
                """);
        var neu = EvolutionHarness.compile("""
                schema r {
                  dialect = postgres
                }
                entity Client {
                  @@renamed_from("Customer")
                  full_name string(40) @unique @renamed_from("name")
                }
                """);
        var up = CatalogDiff.diff(old.compilation().catalog(), neu.compilation().catalog(), neu.hints());
        assertThat(up).contains(new RenameTable("customers", "clients"), new RenameColumn("clients", "name", "full_name"));
        assertThat(up).noneMatch(c -> c instanceof DropTable || c instanceof CreateTable || c instanceof DropColumn);
        var without = CatalogDiff.diff(old.compilation().catalog(), neu.compilation().catalog(), RenameHints.NONE);
        assertThat(without).anyMatch(c -> c instanceof DropTable).anyMatch(c -> c instanceof CreateTable);
    }

    static void assertPhasesInOrder(List<Change> changes) {
        for (int i = 1; i < changes.size(); i++) {
            assertThat(changes.get(i).phase()).as("change %d of %s", i, changes).isGreaterThanOrEqualTo(changes.get(i - 1).phase());
        }
    }

    static int firstIndex(List<Change> xs, Class<?> type) {
        for (int i = 0; i < xs.size(); i++) if (type.isInstance(xs.get(i))) return i;
        return -1;
    }

    static int lastIndex(List<Change> xs, Class<?> type) {
        int last = -1;
        for (int i = 0; i < xs.size(); i++) if (type.isInstance(xs.get(i))) last = i;
        return last;
    }

    /**
     * The changes by kind and subject (which table, column, constraint or enum, from what to
     * what). Tables are left out where a change names them: the down list names a table as
     * it is when the statement runs, which after a rename is not the name the up list used.
     */
    static Map<String, Integer> multiset(List<Change> xs) {
        var m = new java.util.TreeMap<String, Integer>();
        for (Change c : xs) m.merge(key(c), 1, Integer::sum);
        return m;
    }

    static String key(Change c) {
        String kind = c.getClass().getSimpleName();
        if (c instanceof CreateTable t) return kind + " " + t.t().name();
        if (c instanceof DropTable t) return kind + " " + t.t().name();
        if (c instanceof RenameTable r) return kind + " " + r.from() + ">" + r.to();
        if (c instanceof AddColumn a) return kind + " " + a.column();
        if (c instanceof DropColumn a) return kind + " " + a.column();
        if (c instanceof RenameColumn r) return kind + " " + r.from() + ">" + r.to();
        if (c instanceof AlterColumn a) return kind + " " + a.from().type() + a.from().nullable() + a.from().defaultValue() + ">"
                + a.to().type() + a.to().nullable() + a.to().defaultValue();
        if (c instanceof RenameConstraint r) return kind + " " + r.fromName() + ">" + r.toName();
        // Named as the table is when the comment changes: after the renames, in either direction.
        if (c instanceof SetTableComment t) return kind + " " + t.from() + ">" + t.to();
        if (c instanceof AddForeignKey f) return kind + " " + f.key().name() + f.key().columns() + f.key().onDelete();
        if (c instanceof DropForeignKey f) return kind + " " + f.key().name() + f.key().columns() + f.key().onDelete();
        if (c instanceof AddUnique u) return kind + " " + u.unique().name();
        if (c instanceof DropUnique u) return kind + " " + u.unique().name();
        if (c instanceof AddCheck k) return kind + " " + k.check().name();
        if (c instanceof DropCheck k) return kind + " " + k.check().name();
        if (c instanceof AddIndex i) return kind + " " + i.index().name() + i.index().columns();
        if (c instanceof DropIndex i) return kind + " " + i.index().name() + i.index().columns();
        if (c instanceof AddPrimaryKey p) return kind + " " + p.key();
        if (c instanceof DropPrimaryKey p) return kind + " " + p.key();
        if (c instanceof DropTrigger t) return kind + " " + t.t().updatedAtTrigger();
        if (c instanceof CreateTrigger t) return kind + " " + t.t().updatedAtTrigger();
        return kind + " " + c;
    }
}
