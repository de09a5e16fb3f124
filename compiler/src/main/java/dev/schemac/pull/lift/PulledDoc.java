package dev.schemac.pull.lift;

import dev.schemac.model.Dialect;
import dev.schemac.pull.Leftover;
import dev.schemac.render.sql.Sql;
import dev.schemac.resolve.TextRules;
import java.util.List;

/** A database comment as a pulled doc comment, when a model can carry it. */
final class PulledDoc {
    private PulledDoc() {}

    /**
     * The comment as it is, or null with a note (SC975) when a line holds what no model may (a
     * bidirectional control, another hidden character, a line break other than a line feed):
     * the model then has no comment there, and the note keeps the text with those characters
     * escaped ({@link Leftover#shown}). {@code table}, {@code column} and {@code name} place the note.
     */
    static String writable(String doc, String table, String column, String name, Dialect dialect, List<Leftover> notes) {
        if (doc == null) return null;
        for (String line : doc.replace("\r", "").split("\n", -1)) {
            String problem = TextRules.docLineProblem(line);
            if (problem == null) continue;
            notes.add(new Leftover(Leftover.Kind.DIFFERENCE, table, column, name, "COMMENT " + Sql.string(dialect, doc),
                    "the comment is left out: " + problem));
            return null;
        }
        return doc;
    }
}
