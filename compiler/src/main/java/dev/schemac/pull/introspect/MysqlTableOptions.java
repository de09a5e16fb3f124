package dev.schemac.pull.introspect;

import dev.schemac.render.sql.Sql;

/**
 * The options generate gives every MySQL and MariaDB table ({@link Sql#mysqlTableOptions}), which pull compares a
 * table's own with: its default collation ({@link Collations#table}) and its storage engine.
 */
public final class MysqlTableOptions {
    private MysqlTableOptions() {}

    /** The collation generate gives every table, and so every text column that declares none. */
    public static String collation() {
        return option("collate");
    }

    /** The storage engine generate gives every table. */
    static String engine() {
        return option("engine");
    }

    private static String option(String key) {
        for (var o : Sql.mysqlTableOptions()) if (o.getKey().equals(key)) return o.getValue();
        throw new IllegalStateException("MySQL table options without " + key);
    }
}
