package dev.schemac.pull;

import dev.schemac.gen.sql.Introspector.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Random databases for pull, written as each engine's own DDL: tables with awkward names,
 * every common type, nullable columns, literal and current-time defaults, single and
 * composite keys, foreign keys with every action (self references included), uniques,
 * indexes (some partial or descending), checks (some the language cannot say), enums, and
 * now and then a table without a key. One database in three is hostile: names a model cannot
 * hold (a doubled or leading space, a combining mark, a dot in a table name; on PostgreSQL,
 * names that differ only in case) and an enum label it cannot hold. Deterministic for a seed.
 */
final class RandomDatabases {
    private RandomDatabases() {}

    private static final String[] WORDS = {"order", "item", "total", "name", "group", "select", "user", "status", "note",
            "created", "amount", "code", "key", "value", "size", "weight", "city", "from", "level", "rank"};

    private enum Type { INT, BIGINT, SMALLINT, VARCHAR, TEXT, DECIMAL, FLOAT, BOOL, DATE, TIMESTAMP, BLOB, CHAR, ENUM }

    private record Col(String name, Type type, int size, boolean nullable, String def) {}

    private record Table(String name, List<Col> cols, List<String> key, List<String> statements) {}

    /** The DDL of one random database for an engine (statements separated by ";\n"). */
    static String ddl(long seed, Kind kind) {
        var rnd = new Random(seed);
        var g = new Gen(rnd, kind);
        return g.database();
    }

    private static final class Gen {
        final Random rnd;
        final Kind kind;
        final boolean mysql;
        final List<Table> tables = new ArrayList<>();
        final Set<String> tableNames = new HashSet<>();
        final List<String> out = new ArrayList<>();
        final List<String> enumTypes = new ArrayList<>();
        /** A database of names and labels a model cannot hold, besides the awkward ones it can (one in three). */
        final boolean hostile;
        /** The enum's labels as SQL literals: in a hostile database, one more that a model cannot hold. */
        final String labels;

        Gen(Random rnd, Kind kind) {
            this.rnd = rnd;
            this.kind = kind;
            this.mysql = kind == Kind.MARIADB || kind == Kind.MYSQL;
            this.hostile = rnd.nextInt(3) == 0;
            // MySQL refuses two ENUM members that differ only in case; the other engines hold them apart.
            String[] refused = mysql ? new String[] {"'two\nlines'", "' padded'"} : new String[] {"'two\nlines'", "' padded'", "'New'"};
            this.labels = "'new', 'in progress', 'done'" + (hostile ? ", " + refused[rnd.nextInt(refused.length)] : "");
        }

        String q(String name) {
            return mysql ? "`" + name.replace("`", "``") + "`" : "\"" + name.replace("\"", "\"\"") + "\"";
        }

        String name(Set<String> taken) {
            for (int i = 0; ; i++) {
                String a = WORDS[rnd.nextInt(WORDS.length)];
                String b = WORDS[rnd.nextInt(WORDS.length)];
                String n = switch (rnd.nextInt(hostile ? 11 : 8)) {
                    case 0 -> a + b.substring(0, 1).toUpperCase(Locale.ROOT) + b.substring(1); // camelCase
                    case 1 -> a.substring(0, 1).toUpperCase(Locale.ROOT) + a.substring(1) + b.substring(0, 1).toUpperCase(Locale.ROOT) + b.substring(1);
                    case 2 -> a + " " + b;
                    case 3 -> a;
                    case 4 -> "2nd_" + a;
                    case 5 -> a + "_größe";
                    // A model cannot hold these: a doubled space, a leading one, a combining mark (in a table name, a dot).
                    case 8 -> a + "  " + b;
                    case 9 -> " " + a;
                    case 10 -> rnd.nextBoolean() ? a + "e\u0301" : a + "." + b;
                    default -> a + "_" + b;
                };
                if (i > 5) n = n + "_" + i;
                // PostgreSQL keeps apart names that differ only in case (orderItem, OrderItem), which a model cannot.
                if (taken.add(kind == Kind.POSTGRES && hostile ? n : n.toLowerCase(Locale.ROOT))) return n;
            }
        }

        String database() {
            int n = 2 + rnd.nextInt(6);
            for (int i = 0; i < n; i++) table();
            var all = new ArrayList<String>();
            all.addAll(enumTypes);
            all.addAll(out);
            return String.join(";\n", all) + ";\n";
        }

        String sqlType(Col c) {
            return switch (c.type()) {
                case INT -> mysql ? "INT" : kind == Kind.SQLITE ? "INTEGER" : "integer";
                case BIGINT -> "BIGINT";
                case SMALLINT -> "SMALLINT";
                case VARCHAR -> "VARCHAR(" + c.size() + ")";
                case TEXT -> "TEXT";
                case DECIMAL -> (kind == Kind.POSTGRES ? "numeric(" : kind == Kind.SQLITE ? "NUMERIC(" : "DECIMAL(") + c.size() + ", 2)";
                case FLOAT -> mysql ? "DOUBLE" : kind == Kind.POSTGRES ? "double precision" : "REAL";
                case BOOL -> mysql ? "TINYINT(1)" : "BOOLEAN";
                case DATE -> "DATE";
                case TIMESTAMP -> mysql ? (rnd.nextBoolean() ? "DATETIME(6)" : "TIMESTAMP") : kind == Kind.POSTGRES
                        ? (rnd.nextBoolean() ? "timestamptz" : "timestamp") : "DATETIME";
                case BLOB -> mysql ? "LONGBLOB" : kind == Kind.POSTGRES ? "bytea" : "BLOB";
                case CHAR -> "CHAR(" + c.size() + ")";
                case ENUM -> mysql ? "ENUM(" + labels + ")" : kind == Kind.POSTGRES ? "stage"
                        : "VARCHAR(11)";
            };
        }

        Col column(Set<String> taken, boolean key) {
            Type[] keyTypes = {Type.INT, Type.BIGINT, Type.VARCHAR, Type.CHAR};
            Type t = key ? keyTypes[rnd.nextInt(keyTypes.length)] : Type.values()[rnd.nextInt(Type.values().length)];
            int size = switch (t) {
                case VARCHAR -> 5 + rnd.nextInt(60);
                case CHAR -> 1 + rnd.nextInt(12);
                case DECIMAL -> 4 + rnd.nextInt(10);
                default -> 0;
            };
            boolean nullable = !key && rnd.nextInt(3) == 0;
            String def = null;
            if (!key && rnd.nextInt(3) == 0) {
                def = switch (t) {
                    case INT, BIGINT, SMALLINT -> String.valueOf(rnd.nextInt(200) - 100);
                    case VARCHAR -> size >= 5 ? "'it''s'" : null;
                    case DECIMAL -> "1.25";
                    case BOOL -> mysql ? "1" : "TRUE";
                    case DATE -> "'2024-01-02'";
                    case TIMESTAMP -> "CURRENT_TIMESTAMP";
                    case ENUM -> "'new'";
                    default -> null;
                };
                if (mysql && t == Type.TEXT) def = null;
            }
            if (t == Type.ENUM && kind == Kind.POSTGRES && enumTypes.isEmpty()) {
                enumTypes.add("CREATE TYPE stage AS ENUM (" + labels + ")");
            }
            return new Col(name(taken), t, size, nullable, def);
        }

        String definition(Col c) {
            var b = new StringBuilder(q(c.name())).append(' ').append(sqlType(c));
            if (!c.nullable()) b.append(" NOT NULL");
            if (c.def() != null) {
                String d = c.def();
                if (mysql && c.type() == Type.TIMESTAMP) d = "CURRENT_TIMESTAMP" + (b.indexOf("DATETIME(6)") >= 0 ? "(6)" : "");
                b.append(" DEFAULT ").append(d);
            }
            return b.toString();
        }

        void table() {
            String name = name(tableNames);
            var taken = new HashSet<String>();
            var cols = new ArrayList<Col>();
            var lines = new ArrayList<String>();
            var key = new ArrayList<String>();
            int shape = rnd.nextInt(10);
            if (shape < 6) {
                Col id = column(taken, true);
                id = new Col(id.name(), Type.INT, 0, false, null);
                cols.add(id);
                key.add(id.name());
            } else if (shape < 9) {
                cols.add(column(taken, true));
                cols.add(column(taken, true));
                key.add(cols.get(0).name());
                key.add(cols.get(1).name());
            }
            int extra = 1 + rnd.nextInt(6);
            for (int i = 0; i < extra; i++) cols.add(column(taken, false));
            var fks = new ArrayList<String>();
            var fkColumns = new HashSet<String>();
            // Foreign keys to earlier tables (and sometimes to itself) with a one-column integer key.
            var targets = new ArrayList<Table>();
            for (Table t : tables) if (t.key().size() == 1) targets.add(t);
            int nfk = targets.isEmpty() ? 0 : rnd.nextInt(3);
            for (int i = 0; i < nfk; i++) {
                Table target = targets.get(rnd.nextInt(targets.size()));
                boolean nullable = rnd.nextBoolean();
                Col c = new Col(name(taken), Type.INT, 0, nullable, null);
                cols.add(c);
                fkColumns.add(c.name());
                String[] actions = nullable ? new String[] {"NO ACTION", "CASCADE", "SET NULL", "RESTRICT"}
                        : new String[] {"NO ACTION", "CASCADE", "RESTRICT"};
                String fk = "FOREIGN KEY (" + q(c.name()) + ") REFERENCES " + q(target.name()) + " (" + q(target.key().get(0))
                        + ") ON DELETE " + actions[rnd.nextInt(actions.length)];
                if (rnd.nextBoolean()) fk = "CONSTRAINT " + q(name + "_fk" + i) + " " + fk;
                fks.add(fk);
                if (rnd.nextBoolean()) lines.add("INDEX");
            }
            if (key.size() == 1 && rnd.nextInt(4) == 0) {
                Col c = new Col(name(taken), Type.INT, 0, true, null);
                cols.add(c);
                fkColumns.add(c.name());
                fks.add("FOREIGN KEY (" + q(c.name()) + ") REFERENCES " + q(name) + " (" + q(key.get(0)) + ")");
            }
            for (Col c : cols) lines.add(definition(c));
            lines.removeIf("INDEX"::equals);
            if (!key.isEmpty()) {
                lines.add((rnd.nextBoolean() ? "CONSTRAINT " + q(name + "_pk") + " " : "") + "PRIMARY KEY ("
                        + String.join(", ", key.stream().map(this::q).toList()) + ")");
            }
            lines.addAll(fks);
            var plain = cols.stream().filter(c -> !key.contains(c.name()) && c.type() != Type.TEXT && c.type() != Type.BLOB).toList();
            if (!plain.isEmpty() && rnd.nextInt(3) == 0) {
                Col u = plain.get(rnd.nextInt(plain.size()));
                lines.add("CONSTRAINT " + q(name + "_uq") + " UNIQUE (" + q(u.name()) + ")");
            }
            for (Col c : cols) {
                // MariaDB refuses a check on a column whose foreign key has a referential action.
                if (key.contains(c.name()) || fkColumns.contains(c.name()) || rnd.nextInt(4) != 0) continue;
                String check = switch (c.type()) {
                    case INT, SMALLINT, BIGINT, DECIMAL -> q(c.name()) + " >= 0";
                    case VARCHAR -> (mysql ? "CHAR_LENGTH(" : kind == Kind.POSTGRES ? "char_length(" : "length(") + q(c.name()) + ") > 0";
                    case DATE -> q(c.name()) + " > '2000-01-01' OR " + q(c.name()) + " IS NULL";
                    case ENUM -> kind == Kind.SQLITE ? q(c.name()) + " IN (" + labels + ")" : null;
                    default -> null;
                };
                if (check != null) lines.add("CONSTRAINT " + q(name + "_ck_" + c.name()) + " CHECK (" + check + ")");
            }
            String tail = mysql ? " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4" : "";
            out.add("CREATE TABLE " + q(name) + " (\n  " + String.join(",\n  ", lines) + "\n)" + tail);
            // Indexes: plain, composite, and (where the engine has them) partial or descending.
            var indexable = cols.stream().filter(c -> c.type() != Type.TEXT && c.type() != Type.BLOB).toList();
            int nidx = indexable.isEmpty() ? 0 : rnd.nextInt(3);
            for (int i = 0; i < nidx; i++) {
                Col c = indexable.get(rnd.nextInt(indexable.size()));
                String idx = q(name + "_ix" + i);
                String how = switch (rnd.nextInt(6)) {
                    case 0 -> " (" + q(c.name()) + " DESC)";
                    case 1 -> " (" + q(c.name()) + ")" + (mysql ? "" : " WHERE " + q(c.name()) + " IS NOT NULL");
                    default -> " (" + q(c.name()) + ")";
                };
                out.add("CREATE " + (rnd.nextInt(5) == 0 ? "UNIQUE " : "") + "INDEX " + idx + " ON " + q(name) + how);
            }
            tables.add(new Table(name, cols, key, List.of()));
        }
    }
}
