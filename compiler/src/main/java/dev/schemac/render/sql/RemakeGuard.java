package dev.schemac.render.sql;

import dev.schemac.catalog.KeptSql;

/**
 * The check a PostgreSQL script runs before it drops a generated column of an adopted table to make it again
 * ({@code GeneratedThrough}): the history says what pull read on the column ({@link KeptSql#held}), but a history adopted
 * before it recorded that, an index made since, or a child table's column, is not in it, and dropping the column would
 * take such a thing without a word. So the database itself is asked, as the script runs: anything that depends on the
 * column (an index, a constraint, a view, a trigger, statistics, a policy), its NOT NULL, collation, privileges and
 * comment, a table that inherits from the table or that it inherits from, and a type or definition other than the one
 * the history carries (or none: no longer generated). Any of them raises an exception naming it, which rolls the script's one transaction back.
 * Names reach the message only as arguments of RAISE, never inside its format; the model's text only as string literals.
 */
final class RemakeGuard {
    private RemakeGuard() {}

    static String sql(SqlDialect d, String table, KeptSql k) {
        String t = d.string(table);
        String c = d.string(k.generatedColumn());
        String expr = k.generatedExpression();
        String type = k.generatedType();
        String body = "\nDECLARE\n"
                + "  t regclass := to_regclass(quote_ident(" + t + "));\n"
                + "  n smallint;\n"
                + "  held text;\n"
                + "BEGIN\n"
                + "  SELECT a.attnum INTO n FROM pg_attribute a WHERE a.attrelid = t AND a.attname = " + c + " AND NOT a.attisdropped;\n"
                + "  IF n IS NULL THEN RETURN; END IF;\n"
                // What pull records on the column (GeneratedColumnHolds), asked again as the script runs, then what only
                // this check can see: inheritance, and a type or definition other than the history's.
                + "  SELECT NULLIF(concat_ws(', ', " + GeneratedColumnHolds.sql("t", "n", "', '") + ", (SELECT string_agg(x.h, ', ' "
                + "ORDER BY x.h COLLATE \"C\") FROM (\n"
                + "    SELECT 'inheriting table ' || i.inhrelid::regclass::text AS h FROM pg_inherits i WHERE i.inhparent = t\n"
                + "    UNION SELECT 'inherited table ' || i.inhparent::regclass::text FROM pg_inherits i WHERE i.inhrelid = t\n"
                + "    UNION SELECT 'type ' || format_type(a.atttypid, a.atttypmod) FROM pg_attribute a WHERE a.attrelid = t AND a.attnum = n\n"
                + "      AND format_type(a.atttypid, a.atttypmod) IS DISTINCT FROM " + (type == null ? "NULL" : d.string(type)) + "\n"
                // No longer generated (DROP EXPRESSION): its values are the rows' own, which dropping it would lose.
                + "    UNION SELECT 'definition ' || coalesce(pg_get_expr(ad.adbin, ad.adrelid), 'none') FROM pg_attribute a\n"
                + "      LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum WHERE a.attrelid = t AND a.attnum = n\n"
                + "      AND (a.attgenerated = '' OR pg_get_expr(ad.adbin, ad.adrelid) IS DISTINCT FROM "
                + (expr == null ? "NULL" : d.string(expr)) + ")\n"
                + "  ) x)), '') INTO held;\n"
                + "  IF held IS NOT NULL THEN\n"
                + "    RAISE EXCEPTION 'schemac: generated column % of table % is not dropped and made again around the change of type: "
                + "dropping it would take what the database has on it that the migration history does not know (%); nothing was changed',\n"
                + "      " + c + ", " + t + ", held;\n"
                + "  END IF;\n"
                + "END\n";
        return "DO " + PostgresDialect.dollarQuoted(body) + ";";
    }
}
