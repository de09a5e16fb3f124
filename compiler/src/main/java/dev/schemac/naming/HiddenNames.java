package dev.schemac.naming;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names an engine gives objects of its own that share a namespace with the model's tables
 * and indexes. PostgreSQL makes a sequence for each identity column, a relation beside the
 * tables and indexes, and names it the way its {@code ChooseRelationName} does: table and
 * column cut together to fit 63 bytes (the longer one loses a byte first, each then cut back
 * to a whole character), then {@code _seq}, or {@code _seq1}, {@code _seq2}... when the name is
 * taken. (Its other objects need no name here: a unique or primary key's index has the
 * constraint's name, a table's row type the table's, checked with the enum types, and its
 * array type is moved out of the way by PostgreSQL itself.)
 */
public final class HiddenNames {
    private HiddenNames() {}

    /** A sequence PostgreSQL makes for {@code table.column}. */
    public record Sequence(String name, String table, String column) {}

    /** An identity column, in the order the script creates its table. */
    public record Identity(String table, String column) {}

    /**
     * The sequences of these identity columns, named in order as PostgreSQL names them when each
     * table is created: a name another of them took gets the next number.
     */
    public static List<Sequence> postgresSequences(List<Identity> identities) {
        var taken = new HashSet<String>();
        var out = new ArrayList<Sequence>();
        for (Identity i : identities) {
            String name = firstFree(i, taken);
            taken.add(name);
            out.add(new Sequence(name, i.table(), i.column()));
        }
        return out;
    }

    /**
     * Every name a sequence of these columns can take, whatever the order of their tables: a column
     * whose name is shared by k columns can take its first k names.
     */
    public static List<Sequence> possibleSequences(List<Identity> identities) {
        var counts = new java.util.HashMap<String, Integer>();
        for (Identity i : identities) counts.merge(postgresName(i.table(), i.column(), "seq"), 1, Integer::sum);
        var out = new ArrayList<Sequence>();
        for (Identity i : identities) {
            int k = counts.get(postgresName(i.table(), i.column(), "seq"));
            for (int pass = 0; pass < k; pass++) out.add(new Sequence(label(i, pass), i.table(), i.column()));
        }
        return out;
    }

    private static String firstFree(Identity i, Set<String> taken) {
        for (int pass = 0; ; pass++) {
            String name = label(i, pass);
            if (!taken.contains(name)) return name;
        }
    }

    private static String label(Identity i, int pass) {
        return postgresName(i.table(), i.column(), pass == 0 ? "seq" : "seq" + pass);
    }

    /**
     * The name PostgreSQL 18 gives the NOT NULL constraint of {@code table.column} when the script
     * names none: {@code {table}_{column}_not_null}, cut as {@link #postgresName} cuts. (Before 18 a
     * NOT NULL has no name.) Its constraint only meets the table's own constraints, so this is the
     * first name; PostgreSQL steps its own around a name already taken, but a constraint added after
     * it under its name fails, so the derived constraint names step around it.
     */
    public static String postgresNotNull(String table, String column) {
        return postgresName(table, column, "not_null");
    }

    /**
     * PostgreSQL's {@code makeObjectName}: {@code name1_name2_label} in at most 63 bytes, the longer
     * of the two names losing a byte at a time (the second on a tie), each then cut back to a whole
     * character.
     */
    static String postgresName(String name1, String name2, String label) {
        int room = Names.MAX_IDENTIFIER - (label.length() + 1) - 1;
        int n1 = Names.bytes(name1);
        int n2 = Names.bytes(name2);
        while (n1 + n2 > room) {
            if (n1 > n2) n1--;
            else n2--;
        }
        return Names.prefixOfBytes(name1, n1) + "_" + Names.prefixOfBytes(name2, n2) + "_" + label;
    }
}
