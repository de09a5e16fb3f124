package dev.schemac.analysis;

import dev.schemac.model.DefaultValue;
import dev.schemac.render.markdown.Quoted;
import dev.schemac.model.Field;
import dev.schemac.model.FieldType;
import dev.schemac.model.Origin;
import dev.schemac.model.ScalarKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a hand-declared {@code created_at} / {@code updated_at} is the timestamp it names. The
 * one rule for it: the check SC702 reports what this finds, and the documents call a table's
 * timestamps present only when it finds nothing.
 */
public final class TimestampFields {
    private TimestampFields() {}

    /** The fields a table's timestamps are, implicit or declared by hand. */
    public static final List<String> NAMES = List.of("created_at", "updated_at");

    /** What keeps {@code f} from being the timestamp its name says; empty when it is one (the implicit ones always are). */
    public static List<String> problems(Field f) {
        if (f.origin() == Origin.IMPLICIT) return List.of();
        var out = new ArrayList<String>();
        boolean datetime = f.type() instanceof FieldType.Scalar s && s.kind() == ScalarKind.DATETIME;
        if (!datetime) out.add("is " + Quoted.name(f.type().display()) + ", not `datetime`");
        if (f.nullable()) out.add("is optional");
        if (!(f.defaultValue() instanceof DefaultValue.Now)) out.add("has no `= now()` default");
        if (f.name().equals("updated_at") && !f.updatedAt() && datetime) out.add("is not `@updated`");
        return out;
    }
}
