package dev.schemac.processor;

import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Type details in which Hibernate's column differs from the language's type the same way for
 * every field of a kind: a warning on each of a codebase's 200 timestamps would bury the one
 * that matters, and the decision (accept it, or change the Java type) is taken once for the
 * model. So each kind is one SC916 for the whole model, at its first field in reading order,
 * naming how many fields it covers and the first few.
 */
final class ModelNotes {
    /** How many further fields a summary names before it only counts them. */
    static final int NAMED = 3;

    enum Kind {
        ZONELESS("Hibernate creates a timestamp without time zone for them, and the language's datetime is a timestamp "
                + "with time zone (PostgreSQL's timestamptz)",
                "write OffsetDateTime or Instant (Hibernate's timestamp with time zone) where the outputs must describe "
                        + "Hibernate's column; the values agree while the application and the database share a time zone"),
        WHOLE_SECONDS("Hibernate creates them time(0), whole seconds, and the language's time keeps fractions of a second",
                "the columns agree for values in whole seconds; keep a time with fractions of a second as a LocalDateTime "
                        + "or an OffsetDateTime"),
        LARGE_OBJECT("on PostgreSQL Hibernate keeps them in large objects (oid columns), and the language's text or bytes "
                + "column holds the value itself",
                "give it @Column(columnDefinition = \"text\") (\"bytea\" for a byte[]): Hibernate then creates that "
                        + "column, which the outputs describe; or drop @Lob (Hibernate's varchar(255) for a String, sized "
                        + "with @Column(length), and bytea for a byte[]); or keep it and read the outputs' column as the oid");

        final String consequence;
        final String help;

        Kind(String consequence, String help) {
            this.consequence = consequence;
            this.help = help;
        }
    }

    private record Seen(Span at, String element) {}

    private final Map<Kind, List<Seen>> seen = new EnumMap<>(Kind.class);
    private final Map<Kind, LinkedHashSet<String>> what = new EnumMap<>(Kind.class);

    /** {@code element} is {@code Type.member}; {@code written} what the user wrote ({@code LocalDateTime}, {@code @Lob}). */
    void note(Kind kind, Span at, String element, String written) {
        seen.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Seen(at, element));
        what.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(written);
    }

    /** One warning per kind seen, in the order of the kinds. */
    List<Diagnostic> summaries() {
        var out = new ArrayList<Diagnostic>();
        for (var e : seen.entrySet()) {
            List<Seen> all = e.getValue();
            var others = all.subList(1, all.size()).stream().map(Seen::element).toList();
            String rest = others.isEmpty() ? "" : " and " + others.size() + " other field" + (others.size() == 1 ? "" : "s") + " ("
                    + String.join(", ", others.subList(0, Math.min(NAMED, others.size())))
                    + (others.size() > NAMED ? ", ..." : "") + ")";
            String written = String.join(", ", what.get(e.getKey()));
            out.add(new Diagnostic("SC916", Severity.WARNING, all.get(0).at(), written + " on `" + all.get(0).element() + "`" + rest
                    + " cannot be said in the language: " + e.getKey().consequence + "; said once for the model",
                    e.getKey().help, List.of()));
        }
        return out;
    }
}
