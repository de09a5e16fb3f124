package dev.schemac.gen.sqlmodel;

import dev.schemac.render.python.Py;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The naming convention {@code models.py} gives {@code SQLModel.metadata}: the Catalog's
 * own pattern for keys, uniques and indexes, so that a {@code Field(primary_key=True)},
 * {@code foreign_key=...}, {@code unique=True} or {@code index=True} makes the name the
 * DDL has. A constraint whose Catalog name is not the pattern's (a second key to the same
 * table, a shortened or explicit name) keeps its name in {@code __table_args__}. The
 * templates are SQLAlchemy's; {@link #name} applies them as SQLAlchemy does.
 */
final class Convention {
    private Convention() {}

    static final Map<String, String> TEMPLATES = new LinkedHashMap<>();

    static {
        TEMPLATES.put("pk", "pk_%(table_name)s");
        TEMPLATES.put("fk", "fk_%(table_name)s_%(referred_table_name)s");
        TEMPLATES.put("uq", "uq_%(table_name)s_%(column_0_N_name)s");
        TEMPLATES.put("ix", "idx_%(table_name)s_%(column_0_N_name)s");
    }

    /** The name SQLAlchemy gives an unnamed constraint of {@code kind} under the convention. */
    static String name(String kind, String table, String referredTable, List<String> columns) {
        return TEMPLATES.get(kind)
                .replace("%(table_name)s", table)
                .replace("%(referred_table_name)s", referredTable == null ? "" : referredTable)
                .replace("%(column_0_N_name)s", String.join("_", columns));
    }

    /** The assignment in models.py. */
    static String python() {
        var b = new StringBuilder("SQLModel.metadata.naming_convention = {\n");
        for (var e : TEMPLATES.entrySet()) b.append("    ").append(Py.str(e.getKey())).append(": ").append(Py.str(e.getValue())).append(",\n");
        return b.append("}\n").toString();
    }
}
