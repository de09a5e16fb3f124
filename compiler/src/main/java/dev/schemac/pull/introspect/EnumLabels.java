package dev.schemac.pull.introspect;

import dev.schemac.naming.CaseFold;
import dev.schemac.naming.Lookalikes;
import dev.schemac.pull.Leftover;
import dev.schemac.resolve.StoredText;
import java.util.HashMap;
import java.util.List;

/**
 * Whether a database's enum (a PostgreSQL enum type, a MySQL ENUM, a SQLite CHECK IN list)
 * can be a model enum: {@code check} refuses a label its text rules refuse and two labels
 * MySQL's ENUM holds as one, so a reader keeps such an enum out of the model instead.
 */
final class EnumLabels {
    private EnumLabels() {}

    /**
     * Why a model cannot hold these labels, naming the first at fault, to follow "its"
     * ({@code label `a\nb`: ...}, {@code labels `Low` and `low` differ ...}); null when it holds them all.
     */
    static String problem(List<String> labels) {
        var seen = new HashMap<String, String>();
        for (String v : labels) {
            String why = StoredText.labelProblem(v);
            if (why != null) return "label " + Leftover.quoted(v) + ": " + why;
            String other = seen.putIfAbsent(Lookalikes.key(v), v);
            if (other != null) {
                return "labels " + Leftover.quoted(other) + " and " + Leftover.quoted(v) + " " + Lookalikes.howAlike(other, v)
                        + (CaseFold.key(other).equals(CaseFold.key(v)) ? ", which MySQL's ENUM holds as one label" : "");
            }
        }
        return null;
    }
}
