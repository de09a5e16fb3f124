package dev.schemac.render.sql;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What PostgreSQL holds on a generated column besides its definition, which dropping the column takes with it: the one
 * home of that list. Pull asks it of the adopted database (what the history records, {@code KeptSql#held}); the check a
 * script runs before it drops the column to make it again ({@link RemakeGuard}) asks it of the database as the script
 * runs, besides what only that check can see. Each kind is a query of its own, rendered for both; every holder is one
 * line of text, untranslated whatever {@code lc_messages} says, with the names quoted as PostgreSQL quotes identifiers.
 */
public final class GeneratedColumnHolds {
    private GeneratedColumnHolds() {}

    /** The kinds, in the order their lines are listed. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(rel|num)}");

    enum Kind {
        /**
         * Anything that depends on the column (an index, a constraint, a trigger, statistics, a policy), as
         * {@code pg_identify_object} names it; a view by itself rather than by its rule, once, and unqualified when it is
         * in the table's schema ({@link #viewOfTheSchema}), so a view of the same name in another schema is not taken for
         * it. The column's own definition ({@code pg_attrdef}) is made again with it.
         */
        DEPENDENT("SELECT CASE WHEN dep.classid = 'pg_rewrite'::regclass THEN (SELECT CASE WHEN i.type = 'view' AND "
                + "v.relnamespace = (SELECT tc.relnamespace FROM pg_class tc WHERE tc.oid = {rel}) THEN 'view ' || quote_ident(v.relname) "
                + "ELSE i.type || ' ' || i.identity END FROM pg_rewrite rw JOIN pg_class v ON v.oid = rw.ev_class, "
                + "pg_identify_object('pg_class'::regclass, rw.ev_class, 0) i WHERE rw.oid = dep.objid) "
                + "ELSE (SELECT i.type || ' ' || i.identity FROM pg_identify_object(dep.classid, dep.objid, dep.objsubid) i) END "
                + "FROM pg_depend dep WHERE dep.refclassid = 'pg_class'::regclass AND dep.refobjid = {rel} AND dep.refobjsubid = {num} "
                + "AND dep.classid <> 'pg_attrdef'::regclass"),
        NOT_NULL("SELECT 'NOT NULL' FROM pg_attribute ha WHERE ha.attrelid = {rel} AND ha.attnum = {num} AND ha.attnotnull"),
        /** A collation other than its type's. */
        COLLATION("SELECT 'collation ' || co.collname FROM pg_attribute ha JOIN pg_type ty ON ty.oid = ha.atttypid "
                + "JOIN pg_collation co ON co.oid = ha.attcollation WHERE ha.attrelid = {rel} AND ha.attnum = {num} "
                + "AND ha.attcollation <> ty.typcollation"),
        COMMENT("SELECT 'comment' WHERE col_description({rel}, {num}) IS NOT NULL"),
        PRIVILEGES("SELECT 'privileges' FROM pg_attribute ha WHERE ha.attrelid = {rel} AND ha.attnum = {num} AND ha.attacl IS NOT NULL");

        private final String sql;

        Kind(String sql) {
            this.sql = sql;
        }

        /**
         * The kind's query with {@code {rel}} and {@code {num}} filled in one pass, so text of {@code rel} is never read
         * as a placeholder; no query has a brace of its own.
         */
        String filled(String rel, String num) {
            return PLACEHOLDER.matcher(sql).replaceAll(m -> Matcher.quoteReplacement(m.group(1).equals("rel") ? rel : num));
        }
    }

    /**
     * A scalar subquery: the holders of column number {@code num} of table {@code rel} (SQL expressions of the outer
     * query), each kind's lines in C order, the kinds in their order, joined by {@code separator} (a SQL string); null
     * for none.
     */
    public static String sql(String rel, String num, String separator) {
        String kinds = Arrays.stream(Kind.values())
                .map(k -> "SELECT " + k.ordinal() + " AS k, h.h FROM (" + k.filled(rel, num) + ") AS h(h)")
                .collect(Collectors.joining(" UNION "));
        return "(SELECT string_agg(x.h, " + separator + " ORDER BY x.k, x.h COLLATE \"C\") FROM (" + kinds + ") x WHERE x.h IS NOT NULL)";
    }

    /**
     * The view {@code held} names when it is a view of the table's own schema ({@link Kind#DEPENDENT}: {@code view name},
     * the name as {@code quote_ident} writes it), or an earlier pull's {@code rule _RETURN on view name}; null for
     * anything else, a view of another schema ({@code view other.name}) included.
     */
    public static String viewOfTheSchema(String held) {
        if (held.startsWith("rule _RETURN on view ")) return viewOfTheSchema("view " + held.substring("rule _RETURN on view ".length()));
        if (!held.startsWith("view ")) return null;
        String id = held.substring("view ".length());
        if (!id.startsWith("\"")) return id.isEmpty() || id.contains(".") || id.contains(" ") ? null : id;
        var b = new StringBuilder();
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c != '"') {
                b.append(c);
            } else if (i + 1 < id.length() && id.charAt(i + 1) == '"') {
                b.append('"');
                i++;
            } else {
                return i == id.length() - 1 ? b.toString() : null;
            }
        }
        return null;
    }

    /**
     * The schema and name of the view {@code held} names qualified ({@code view schema.name}, each part as
     * {@code quote_ident} writes it, as {@code pg_identify_object} names a view), or null for anything else.
     */
    public static java.util.List<String> qualifiedView(String held) {
        if (held.startsWith("rule _RETURN on view ")) return qualifiedView("view " + held.substring("rule _RETURN on view ".length()));
        if (!held.startsWith("view ")) return null;
        String id = held.substring("view ".length());
        var parts = new java.util.ArrayList<String>();
        int i = 0;
        while (i <= id.length()) {
            var b = new StringBuilder();
            if (i < id.length() && id.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= id.length()) return null;
                    char c = id.charAt(i);
                    if (c == '"' && i + 1 < id.length() && id.charAt(i + 1) == '"') {
                        b.append('"');
                        i += 2;
                    } else if (c == '"') {
                        i++;
                        break;
                    } else {
                        b.append(c);
                        i++;
                    }
                }
            } else {
                while (i < id.length() && id.charAt(i) != '.' && id.charAt(i) != '"' && id.charAt(i) != ' ') b.append(id.charAt(i++));
            }
            if (b.isEmpty()) return null;
            parts.add(b.toString());
            if (i == id.length()) break;
            if (id.charAt(i) != '.') return null;
            i++;
        }
        return parts.size() == 2 ? java.util.List.copyOf(parts) : null;
    }

    /**
     * A view {@code held} names qualified ({@link #qualifiedView}) as pull names one of the table's own schema:
     * {@code view name}, the name as the entry spells it.
     */
    public static String unqualified(String held) {
        if (held.startsWith("rule _RETURN on view ")) return unqualified("view " + held.substring("rule _RETURN on view ".length()));
        String id = held.substring("view ".length());
        int i = 0;
        if (id.startsWith("\"")) {
            i = 1;
            while (!(id.charAt(i) == '"' && (i + 1 >= id.length() || id.charAt(i + 1) != '"'))) i += id.charAt(i) == '"' ? 2 : 1;
            i++;
        } else {
            while (id.charAt(i) != '.') i++;
        }
        return "view " + id.substring(i + 1);
    }
}
