package dev.schemac.gen.docs;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.gen.TargetContext;
import dev.schemac.model.Model;
import dev.schemac.lang.HashEncoding;
import dev.schemac.model.ScalarKind;
import dev.schemac.model.ReferentialAction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Security as this model meets it: its personal data and secrets, what is stored hashed, the
 * encryption at rest recommended for the tables holding personal data, and an audit trail for
 * the operations the model makes sensitive. Both documents carry it.
 */
final class Security {
    private final Model model;
    private final Catalog catalog;

    Security(TargetContext ctx) {
        this.model = ctx.model();
        this.catalog = ctx.catalog();
    }

    void render(StringBuilder b) {
        var pii = columns(Column::pii);
        var secrets = columns(Column::secret);
        if (pii.isEmpty()) {
            b.append("- Personal data: no field of the ").append(Words.title(model)).append(" schema is marked `@pii`.\n");
        } else {
            // A column that is personal and secret holds a hash: it is not stored readable.
            var readable = pii.stream().filter(c -> !c.column().secret()).toList();
            var hashed = pii.stream().filter(c -> c.column().secret()).toList();
            b.append("- Personal data (`@pii`): ").append(Words.list(pii.stream().map(Security::name).toList())).append(".");
            if (!readable.isEmpty()) {
                b.append(" The database stores ").append(readable.size() == pii.size() ? Words.agree(pii, "it", "them")
                        : Words.list(readable.stream().map(Security::column).toList()))
                        .append(Words.agree(readable, " as a readable value", " as readable values")).append(", and the column comments flag ")
                        .append(Words.agree(pii, "it", "them")).append(".");
            }
            if (!hashed.isEmpty()) {
                b.append(" ").append(Words.list(hashed.stream().map(Security::column).toList())).append(Words.agree(hashed, " is", " are"))
                        .append(" also `@secret`, so ").append(Words.agree(hashed, "it holds", "they hold")).append(" a hash or digest of the personal value, never the value itself.");
            }
            b.append("\n");
            var tables = new LinkedHashSet<String>();
            pii.forEach(c -> tables.add(Words.name(c.table().name())));
            b.append("- Encryption at rest is recommended for ").append(Words.list(List.copyOf(tables)))
                    .append(": encrypted storage on the database server (volume or tablespace encryption) covers the rows, their indexes and the backups");
            var searched = new ArrayList<String>();
            for (TableColumn c : pii) {
                for (UniqueConstraint u : c.table().uniques()) if (u.columns().contains(c.column().name())) searched.add(Words.name(u.name()));
                c.table().indexes().stream().filter(i -> i.columns().contains(c.column().name())).forEach(i -> searched.add(Words.name(i.name())));
            }
            if (!searched.isEmpty()) {
                b.append(". Encrypting the columns in the application instead would leave ").append(Words.list(searched))
                        .append(" unable to compare values, unless the encryption is deterministic");
            }
            b.append(". Keep these columns out of logs and error messages.\n");
        }
        if (secrets.isEmpty()) {
            b.append("- Secrets: no field of the ").append(Words.title(model)).append(" schema is marked `@secret`, so no column is meant to hold a hash.\n");
        } else {
            b.append("- Secrets (`@secret`): ").append(Words.list(secrets.stream().map(Security::name).toList()))
                    .append(Words.agree(secrets, " holds", " hold"))
                    .append(" a hash or digest only, never the readable value: the application hashes before it writes (a slow password hash such as Argon2id or bcrypt for a password, an HMAC for a token).");
            for (TableColumn c : secrets) b.append(fit(c));
            b.append("\n");
        }
        audit(b, pii, secrets);
        b.append("\n");
    }

    private void audit(StringBuilder b, List<TableColumn> pii, List<TableColumn> secrets) {
        var sensitive = new ArrayList<String>();
        if (!pii.isEmpty()) sensitive.add("changes to personal data (" + Words.list(pii.stream().map(Security::column).toList()) + ")");
        if (!secrets.isEmpty()) sensitive.add("changes to secrets (" + Words.list(secrets.stream().map(Security::column).toList()) + ")");
        // Every cascading key, a join table's links and a tree's own rows too: "no delete cascades" must hold of all of them.
        // One clause a table deleted from, naming each table it cascades into once (two keys into one table by their columns).
        var into = new java.util.LinkedHashMap<String, java.util.LinkedHashMap<String, List<ForeignKey>>>();
        for (Table t : catalog.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.onDelete() != ReferentialAction.CASCADE) continue;
                into.computeIfAbsent(fk.referencedTable(), r -> new java.util.LinkedHashMap<>()).computeIfAbsent(t.name(), n -> new ArrayList<>()).add(fk);
            }
        }
        var cascades = new ArrayList<String>();
        into.forEach((from, children) -> {
            var phrases = new ArrayList<String>();
            children.forEach((name, keys) -> {
                Table t = catalog.table(name).orElseThrow();
                String through = Words.either(keys.stream().map(k -> Words.names(k.columns())).toList());
                if (name.equals(from)) {
                    phrases.add("the rows of " + Words.name(name) + " that refer to a deleted row through " + through + ", and theirs in turn"
                            + CascadeChain.unless(catalog, name));
                } else {
                    // Two keys to one table (from and to) are two ways in, even where only one cascades: the columns tell them apart.
                    boolean twin = t.foreignKeys().stream().filter(f -> f.referencedTable().equals(from)).count() > 1;
                    phrases.add((t.isJoinTable() ? "the deleted row's links in " : "rows of ") + Words.name(name) + (twin ? " through " + through : "")
                            + CascadeChain.inTurn(catalog, name) + CascadeChain.unless(catalog, name));
                }
            });
            // Each table deleted from is an item of its own; within it, commas part the tables it cascades into unless a
            // phrase holds commas of its own (the rest of the cascade, what refuses it): then semicolons do.
            boolean commas = phrases.stream().anyMatch(p -> p.contains(","));
            String all = !commas ? Words.list(phrases)
                    : String.join("; ", phrases.subList(0, phrases.size() - 1)) + (phrases.size() > 1 ? "; and " : "") + phrases.get(phrases.size() - 1);
            cascades.add("A delete from " + Words.name(from) + " deletes " + all + ".");
        });
        if (!cascades.isEmpty()) sensitive.add("deletes that cascade (listed below)");
        // What each table records: its creation time only where it has a created_at, its last change only where a column is @updated.
        var both = new ArrayList<String>();
        var changed = new ArrayList<String>();
        var created = new ArrayList<String>();
        var neither = new ArrayList<String>();
        for (Table t : catalog.tables()) {
            boolean c = RequiredFields.recordsCreation(model, t), u = t.columns().stream().anyMatch(Column::updatedAt);
            if (c && u) both.add(Words.name(t.name()));
            else if (u) changed.add(Words.name(t.name()));
            else if (c) created.add(Words.name(t.name()));
            else neither.add(Words.name(t.name()));
        }
        var records = new ArrayList<String>();
        if (!both.isEmpty()) records.add(Words.list(both) + Words.agree(both, " records", " record") + " when each row was created and last changed");
        if (!changed.isEmpty()) records.add(Words.list(changed) + Words.agree(changed, " records", " record") + " when each row was last changed");
        if (!created.isEmpty()) records.add(Words.list(created) + Words.agree(created, " records", " record") + " when each row was created");
        // The tables that record no time are named too (join tables among them), so no table is left out of what is said.
        if (!neither.isEmpty() && !records.isEmpty()) {
            // Not "no time": a table may hold a time of its own (`bids.placed_at`), just not one the database keeps for it.
            records.add(Words.list(neither) + Words.agree(neither, " records neither when its rows were created nor when they last changed",
                    " record neither when their rows were created nor when they last changed"));
        }
        String when = records.isEmpty() ? "No table records when its rows change"
                : String.join("; ", records) + "; no table records who changed a row or what it held before";
        if (sensitive.isEmpty()) {
            b.append("- Audit trail: the model marks no data personal or secret and no delete cascades, so no operation stands out as sensitive. ")
                    .append(when).append(".\n");
            return;
        }
        b.append("- Audit trail: the model makes these operations sensitive: ").append(String.join("; ", sensitive)).append(". ")
                .append(when).append(". Recommended: an append-only audit table (table, row key, operation, who, when, and the old and new values of the changed columns), written in the same transaction by triggers or by the application, for these operations.\n");
        for (String c : cascades) b.append("  - ").append(c).append('\n');
    }

    /**
     * What a bounded secret column holds of the common hash encodings ({@link HashEncoding}, their one home). A longer
     * value is refused on PostgreSQL and MySQL; SQLite keeps it, checking no length. A {@code char(n)} column holds
     * exactly n characters: PostgreSQL pads a shorter value with spaces on read, so only an encoding of exactly n
     * comes back as written there, and {@code string(n)} is the type for a shorter one.
     */
    private static String fit(TableColumn c) {
        var ty = c.column().type();
        if (ty.isEnum() || ty.length() == null || (ty.kind() != ScalarKind.STRING && ty.kind() != ScalarKind.CHAR)) return "";
        int n = ty.length();
        boolean padded = ty.kind() == ScalarKind.CHAR;
        var fits = new ArrayList<String>();
        var shorter = new ArrayList<String>();
        var not = new ArrayList<String>();
        for (HashEncoding e : HashEncoding.values()) {
            if (e.length() > n) not.add(e.described());
            else if (padded && (e.length() < n || !e.fixed())) shorter.add(e.described());
            else fits.add(e.described());
        }
        if (not.isEmpty() && shorter.isEmpty()) return "";
        var parts = new ArrayList<String>();
        if (!fits.isEmpty()) parts.add(Words.list(fits) + Words.agree(fits, " fits", " fit"));
        if (!shorter.isEmpty()) {
            parts.add(Words.list(shorter) + Words.agree(shorter, " comes", " come") + " back from PostgreSQL padded with spaces to "
                    + Words.plural(n, "character", "characters") + " (" + Words.code("string(" + n + ")") + " keeps a shorter value as written)");
        }
        if (!not.isEmpty()) parts.add(Words.list(not) + Words.agree(not, " does not fit", " do not fit") + " (PostgreSQL and MySQL refuse a longer value)");
        return " " + Words.qualified(c.table().name(), c.column().name()) + " holds " + (padded ? "exactly " : "at most ")
                + Words.plural(n, "character", "characters") + ": " + String.join("; ", parts) + ".";
    }

    private record TableColumn(Table table, Column column) {}

    private List<TableColumn> columns(java.util.function.Predicate<Column> p) {
        var out = new ArrayList<TableColumn>();
        for (Table t : catalog.tables()) for (Column c : t.columns()) if (p.test(c)) out.add(new TableColumn(t, c));
        return out;
    }

    /** {@code User.email} ({@code users.email}). */
    private static String name(TableColumn c) {
        String field = c.table().entity() != null && c.column().field() != null ? c.table().entity() + "." + c.column().field() : null;
        String column = Words.qualified(c.table().name(), c.column().name());
        return field == null ? column : Words.code(field) + " (" + column + ")";
    }

    private static String column(TableColumn c) {
        return Words.qualified(c.table().name(), c.column().name());
    }
}
