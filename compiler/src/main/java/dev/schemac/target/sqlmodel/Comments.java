package dev.schemac.target.sqlmodel;

import dev.schemac.catalog.Column;
import java.util.ArrayList;

/**
 * Column comments, worded exactly as the SQL targets write them (PostgreSQL's
 * COMMENT ON COLUMN), because Alembic compares comments: the doc, then what the model
 * says about personal or secret data.
 */
final class Comments {
    static final String PII = "PII: personal data.";
    static final String SECRET = "Secret: store only a hash or digest, never the readable value.";

    private Comments() {}

    static String column(Column c) {
        var parts = new ArrayList<String>();
        if (c.doc() != null) parts.add(c.doc());
        if (c.pii()) parts.add(PII);
        if (c.secret()) parts.add(SECRET);
        return parts.isEmpty() ? null : String.join(" ", parts);
    }
}
