package dev.schemac.pull.lift;

import dev.schemac.pull.Leftover;
import java.util.ArrayList;
import java.util.List;

/**
 * A pulled model before it is text: the header settings, enums and entities, each member
 * already spelled in the language, and the leftovers at the place they are kept.
 */
final class Draft {
    String schemaName;
    final List<String> settings = new ArrayList<>();
    final List<EnumDraft> enums = new ArrayList<>();
    final List<Object> entities = new ArrayList<>(); // EntityDraft, or Leftover (a table not pulled) in table order
    final List<Leftover> trailing = new ArrayList<>();

    record EnumValueDraft(String name, String stored) {}

    record EnumDraft(String name, String doc, List<EnumValueDraft> values, List<Leftover> notes) {}

    /** A line in an entity body: a field, an entity attribute, or a leftover kept as a comment. */
    sealed interface Member {}

    record FieldLine(String name, String type, String defaultValue, List<String> attributes, String doc,
                     List<Leftover> notes) implements Member {}

    record BlockLine(String text) implements Member {}

    record Note(Leftover leftover) implements Member {}

    static final class EntityDraft {
        final String name;
        /** The @@map argument, or null when the table name is derived. */
        final String table;
        final String sourceTable;
        String doc;
        final List<Member> members = new ArrayList<>();
        final List<String> blocks = new ArrayList<>();
        final List<Leftover> notes = new ArrayList<>();

        EntityDraft(String name, String table, String sourceTable) {
            this.name = name;
            this.table = table;
            this.sourceTable = sourceTable;
        }
    }
}
