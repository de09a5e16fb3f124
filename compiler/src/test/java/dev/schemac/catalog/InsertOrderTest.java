package dev.schemac.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.support.Models;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Only an optional reference that closes a cycle between tables is set after both rows exist
 * (the seed data's UPDATE, SQLAlchemy's post_update), and only such a key is the DDL's forward
 * key; a reference into a cycle from outside it, or between tables in no cycle, never is.
 */
class InsertOrderTest {
    private static Catalog catalog(String entities) {
        return Models.clean("schema s { dialect = postgres }\n" + entities).catalog();
    }

    /** "Entity.field" of every key set later, in the order rows go in. */
    private static List<String> setLater(Catalog c) {
        var order = InsertOrder.of(c);
        var out = new ArrayList<String>();
        for (Table t : order.tables()) {
            for (ForeignKey fk : t.foreignKeys()) if (order.setLater(t, fk)) out.add(t.entity() + "." + fk.field());
        }
        return out;
    }

    private static List<String> forward(Catalog c) {
        var out = new ArrayList<String>();
        for (Table t : c.tables()) for (ForeignKey fk : t.foreignKeys()) if (fk.forward()) out.add(t.entity() + "." + fk.field());
        return out;
    }

    private static List<String> entities(List<Table> tables) {
        return tables.stream().map(Table::entity).toList();
    }

    @Test
    void aReferenceIntoACycleFromOutsideItIsNoCycleKey() {
        Catalog c = catalog("""
                entity Note { subject Department? }
                entity Department { name string(20)  head Instructor? @unique @relation("heads")  staff Instructor[] @relation("staff") }
                entity Instructor { department Department @relation("staff")  heads Department? @relation("heads") }
                """);
        assertThat(setLater(c)).containsExactly("Department.head");
        assertThat(entities(InsertOrder.of(c).tables())).containsExactly("Department", "Note", "Instructor");
        assertThat(forward(c)).containsExactly("Department.head");
    }

    @Test
    void tablesInNoCycleGoInAfterEveryTableTheyReferTo() {
        Catalog c = catalog("""
                entity Comment { post Post?  author Author? }
                entity Post { author Author? }
                entity Author { name string(20) }
                """);
        assertThat(setLater(c)).isEmpty();
        assertThat(entities(InsertOrder.of(c).tables())).containsExactly("Author", "Post", "Comment");
        assertThat(forward(c)).isEmpty();
    }

    @Test
    void aCycleOfThreeTablesIsClosedByItsOptionalReference() {
        Catalog c = catalog("""
                entity A { b B  prev A? @relation("chain")  next A[] @relation("chain")  cs C[]  ds D[] }
                entity B { c C  owners A[] }
                entity C { a A?  bs B[] }
                entity D { a A? }
                """);
        // The self reference A.prev is in no cycle between tables; D refers into the cycle from outside.
        assertThat(setLater(c)).containsExactly("C.a");
        assertThat(entities(InsertOrder.of(c).tables())).containsExactly("C", "B", "A", "D");
    }

    @Test
    void ofTwoOptionalReferencesInOneCycleTheOnePointingAtTheLaterTableIsSetLater() {
        // Both optional: the earlier declared table goes in first, so its reference is the one set later; one suffices.
        Catalog two = catalog("""
                entity A { b B? @relation("ab")  bs B[] @relation("ba") }
                entity B { a A? @relation("ba")  owners A[] @relation("ab") }
                """);
        assertThat(setLater(two)).containsExactly("A.b");
        // With a required reference C.a in the cycle: the Catalog puts C right after A (the DDL's order), so A.b alone
        // points at a table filled later and is the one set later; B.c points back at C, already in.
        Catalog three = catalog("""
                entity A { b B?  cs C[] }
                entity B { c C?  owners A[] }
                entity C { a A  bs B[] }
                """);
        assertThat(entities(InsertOrder.of(three).tables())).containsExactly("A", "C", "B");
        assertThat(setLater(three)).containsExactly("A.b");
    }
}
