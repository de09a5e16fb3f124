package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.catalog.EnumDef;
import dev.schemac.model.Dialect;
import dev.schemac.render.sql.Sql;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sentences of a migration speak for every engine at once (the CLI's and Alembic's), so an
 * enum is a type only where PostgreSQL makes it one; and an enum's values are named as the
 * design document's enum line names them: the member, with its stored value where that differs.
 */
class DescribeTest {
    private static final EnumDef MOOD = new EnumDef("Mood", "mood", null, List.of("CALM", "wry"), List.of("CALM", "WRY"));
    private static final EnumDef MOOD_BEFORE = new EnumDef("Mood", "mood", null, List.of("CALM"), List.of("CALM"));

    @Test
    void anEnumIsATypeOnPostgresqlOnly() {
        assertThat(Describe.sentences(List.of(new Change.CreateEnum(MOOD), new Change.DropEnum(MOOD),
                new Change.RenameEnum(MOOD.withTypeName("Mood"), MOOD))))
                .containsExactly("Adds enum `Mood` (a type of its own on PostgreSQL only).",
                        "Drops enum `Mood` (a type of its own on PostgreSQL only).",
                        "Renames the PostgreSQL type of enum `Mood` from `Mood` to `mood`.")
                .noneMatch(s -> s.startsWith("Creates enum"));
    }

    /**
     * The sentence names exactly the dialects whose DDL makes an enum a type ({@code SqlDialect.enumTypes}), and no
     * other: a dialect that starts making enum types changes the sentence with no word of Describe changed.
     */
    @Test
    void theEnumSentenceNamesTheDialectsThatMakeEnumTypes() {
        String added = Describe.sentences(List.of(new Change.CreateEnum(MOOD))).get(0);
        String renamed = Describe.sentences(List.of(new Change.RenameEnum(MOOD.withTypeName("Mood"), MOOD))).get(0);
        assertThat(Sql.enumTypeDialects()).isNotEmpty();
        for (Dialect d : Dialect.values()) {
            assertThat(added.contains(d.displayName())).as("%s named in: %s", d, added).isEqualTo(Sql.enumTypes(d));
            assertThat(renamed.contains(d.displayName())).as("%s named in: %s", d, renamed).isEqualTo(Sql.enumTypes(d));
        }
    }

    @Test
    void aUniqueMadeUnderATemporaryNameInPlaceOfOneOfItsNameIsOneChange() {
        var old = new dev.schemac.catalog.UniqueConstraint("uq_x", List.of("author_id", "title"), dev.schemac.catalog.UniqueConstraint.Reason.ENTITY, null);
        var neu = new dev.schemac.catalog.UniqueConstraint("uq_x", List.of("author_id", "title", "year"), dev.schemac.catalog.UniqueConstraint.Reason.ENTITY, null);
        var early = new dev.schemac.catalog.UniqueConstraint(Renames.TEMPORARY + "index_1", neu.columns(), neu.reason(), null);
        assertThat(Describe.sentences(List.of(new Change.AddUnique("books", early, true), new Change.DropUnique("books", old),
                new Change.RenameConstraint("books", early, neu))))
                .containsExactly("Changes unique constraint `uq_x` on `books`.");
    }

    @Test
    void aValueIsNamedByItsMemberAndStoredValueWhereTheyDiffer() {
        assertThat(Describe.sentences(List.of(new Change.AlterEnum(MOOD_BEFORE, MOOD))))
                .containsExactly("Enum `Mood`: adds `WRY` (stored as `\"wry\"`).");
        assertThat(Describe.sentences(List.of(new Change.AlterEnum(MOOD, MOOD_BEFORE))))
                .containsExactly("Enum `Mood`: removes `WRY` (stored as `\"wry\"`).");
        var glad = new EnumDef("Mood", "mood", null, List.of("CALM", "GLAD"), List.of("CALM", "GLAD"));
        assertThat(Describe.sentences(List.of(new Change.AlterEnum(MOOD_BEFORE, glad)))).containsExactly("Enum `Mood`: adds `GLAD`.");
    }

    @Test
    void aValueOfAnEnumWhoseMembersAreUnknownIsNamedAsStored() {
        var read = new EnumDef("Mood", "mood", null, List.of("CALM", "wry"));
        assertThat(Describe.sentences(List.of(new Change.AlterEnum(read, MOOD_BEFORE))))
                .containsExactly("Enum `Mood`: removes stored value `\"wry\"`.");
    }

    @Test
    void aRelabelNamesTheMemberWhoseStoredValueChanges() {
        var renamed = new EnumDef("Mood", "mood", null, List.of("CALM", "dry"), List.of("CALM", "WRY"));
        assertThat(Describe.sentences(List.of(new Change.RelabelEnum(MOOD, renamed))))
                .containsExactly("Enum `Mood`: renames the stored value of `WRY` from `\"wry\"` to `\"dry\"`, rows and all.");
        var read = new EnumDef("Mood", "mood", null, List.of("CALM", "wry"));
        var unknown = new EnumDef("Mood", "mood", null, List.of("CALM", "dry"));
        assertThat(Describe.sentences(List.of(new Change.RelabelEnum(read, unknown))))
                .containsExactly("Enum `Mood`: renames the stored value `\"wry\"` to `\"dry\"`, rows and all.");
    }
}
