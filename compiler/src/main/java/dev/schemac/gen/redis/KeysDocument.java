package dev.schemac.gen.redis;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Table;
import dev.schemac.model.AccessPattern;
import dev.schemac.model.Model;
import dev.schemac.nosql.KeyValueDesign;
import dev.schemac.nosql.KvEntity;
import dev.schemac.nosql.KvKey;
import dev.schemac.nosql.KvValues;
import dev.schemac.nosql.Reasons;
import dev.schemac.render.markdown.Md;
import dev.schemac.render.markdown.Quoted;

/**
 * {@code redis/keys.md}: the key design for people: how values are written, then per entity
 * a table of its keys with type, TTL, the command that reads one, and why it is there.
 */
final class KeysDocument {
    private KeysDocument() {}

    /** How this model's values are written, one line per type it uses, naming its columns. */
    private static void encodings(Model model, Catalog catalog, KeyValueDesign design, StringBuilder b) {
        var byKind = new java.util.LinkedHashMap<String, java.util.LinkedHashSet<String>>();
        var nullable = new java.util.LinkedHashSet<String>();
        for (KvEntity e : design.entities()) {
            for (Column c : e.table().columns()) {
                String kind = c.type().isEnum() ? "enum" : c.type().kind().keyword();
                byKind.computeIfAbsent(kind, k -> new java.util.LinkedHashSet<>()).add(c.name());
                if (c.nullable()) nullable.add(e.table().name() + "." + c.name());
            }
        }
        b.append("Every value of ").append(Md.code(design.app())).append(" is a string:\n\n");
        for (var k : byKind.entrySet()) {
            var cols = new java.util.ArrayList<>(k.getValue());
            String shown = String.join(", ", cols.subList(0, Math.min(4, cols.size())).stream().map(Md::code).toList())
                    + (cols.size() > 4 ? " and " + (cols.size() - 4) + " more" : "");
            b.append("- ").append(k.getKey()).append(" (").append(shown).append("): ").append(ENCODING.get(k.getKey())).append("\n");
        }
        if (!nullable.isEmpty()) {
            var cols = new java.util.ArrayList<>(nullable);
            b.append("\nA null (").append(String.join(", ", cols.subList(0, Math.min(4, cols.size())).stream().map(Md::code).toList()))
                    .append(cols.size() > 4 ? " and " + (cols.size() - 4) + " more" : "")
                    .append(") is a missing hash field and makes no index entry.\n");
        }
        var keys = new java.util.LinkedHashSet<String>();
        var composite = new java.util.ArrayList<String>();
        for (KvEntity e : design.entities()) {
            keys.add(String.join(", ", e.rowKeyColumns().stream().map(Md::code).toList()));
            if (e.rowKeyColumns().size() > 1) composite.add(e.entity().name());
        }
        b.append("\nIn sets and unique keys a row is named by its id, the value of its key (").append(String.join("; ", keys)).append(")");
        if (!composite.isEmpty()) b.append("; the key columns of ").append(String.join(", ", composite)).append(" are joined by `:`");
        b.append(".\n");
        var escaped = new java.util.TreeSet<String>();
        for (KvEntity e : design.entities()) {
            for (KvKey k : e.keys()) {
                Table source = catalog.table(k.source()).orElseThrow();
                for (String c : k.keyColumns()) if (KvValues.mayNeedEscaping(model, source.requireColumn(c))) escaped.add(source.name() + "." + c);
            }
            for (String c : e.rowKeyColumns()) if (KvValues.mayNeedEscaping(model, e.table().requireColumn(c))) escaped.add(e.table().name() + "." + c);
        }
        if (!escaped.isEmpty()) {
            var cols = new java.util.ArrayList<>(escaped);
            b.append("\nIn a key or an id each value is one segment: a `\\` in it is written `\\\\` and a `:` `\\:`")
                    .append(" (the values of ").append(String.join(", ", cols.subList(0, Math.min(4, cols.size())).stream().map(Md::code).toList()))
                    .append(cols.size() > 4 ? " and " + (cols.size() - 4) + " more" : "")
                    .append(" can hold them), so two rows with different values never share a key. Read left to right, a `\\` takes the character after it as it is and any other `:` separates two values.\n");
        }
    }

    private static final java.util.Map<String, String> ENCODING = java.util.Map.ofEntries(
            java.util.Map.entry("bool", "`true` or `false`"),
            java.util.Map.entry("smallint", "the number"), java.util.Map.entry("int", "the number"),
            java.util.Map.entry("bigint", "the number"), java.util.Map.entry("float", "the number, in plain notation"),
            java.util.Map.entry("double", "the number, in plain notation"), java.util.Map.entry("decimal", "the exact number, in plain notation"),
            java.util.Map.entry("string", "the text"), java.util.Map.entry("text", "the text"), java.util.Map.entry("char", "the text"),
            java.util.Map.entry("date", "ISO `YYYY-MM-DD`; as a score, seconds since 1970 at 00:00 UTC"),
            java.util.Map.entry("time", "ISO `HH:MM:SS`; as a score, seconds since midnight"),
            java.util.Map.entry("datetime", "an ISO 8601 instant in UTC, `2025-01-01T03:00:00Z`; as a score, seconds since 1970"),
            java.util.Map.entry("uuid", "the canonical text"), java.util.Map.entry("json", "the JSON text"),
            java.util.Map.entry("bytes", "the bytes as they are; in a key or a set, as hex"), java.util.Map.entry("enum", "the stored value"));

    static String render(Model model, Catalog catalog, KeyValueDesign design) {
        var b = new StringBuilder();
        b.append("# Redis keys of schema ").append(model.settings().name()).append("\n\n");
        b.append("Every key starts with ").append(Md.code(design.app() + ":")).append(". ")
                .append("`redis/keys.json` holds the same design as data, and `redis/seed.redis` loads the sample rows ")
                .append("(`redis-cli < redis/seed.redis`).\n\n");
        encodings(model, catalog, design, b);
        for (KvEntity e : design.entities()) {
            b.append("\n## ").append(e.entity().name()).append("\n\n");
            if (e.expires()) {
                b.append("Rows of ").append(e.entity().name()).append(" expire");
                if (e.cacheTtl() != null) b.append(" ").append(Reasons.seconds(e.cacheTtl().seconds())).append(" after each write (`@@cache`)");
                if (e.cacheTtl() != null && e.fieldTtl() != null) b.append(" or");
                if (e.fieldTtl() != null) {
                    b.append(" ").append(Reasons.seconds(e.fieldTtl().seconds())).append(" after their ").append(Md.name(e.ttlColumn()))
                            .append(" (`@ttl`)");
                }
                if (e.fieldTtl() != null && e.table().requireColumn(e.ttlColumn()).nullable()) {
                    b.append(" (a row whose ").append(Md.name(e.ttlColumn())).append(" is null never expires, and only its id or")
                            .append(" unique values reach it)");
                }
                b.append(", so ").append(e.entity().name()).append(" has no sets of ids: an entry would outlive the row it names.");
                if (e.cacheTtl() != null) {
                    b.append(" A write renews the TTL only with its own `EXPIRE`: `HSET` keeps the old one, so the writer")
                            .append(" sends `EXPIRE` for the row and its unique keys with each write.");
                }
                b.append("\n\n");
            }
            b.append("| ").append(e.entity().name()).append(" key | type | TTL | read with | why |\n| --- | --- | --- | --- | --- |\n");
            for (KvKey k : e.keys()) {
                b.append("| ").append(Md.codeCell(k.pattern())).append(" | ").append(k.structure().type()).append(" | ")
                        .append(k.expires() ? "yes" : "none").append(" | ").append(Md.codeCell(KeysFile.access(k))).append(" | ")
                        .append(Quoted.cell(Reasons.key(k, e, design))).append(" |\n");
            }
            var queries = e.entity().queries();
            if (!queries.isEmpty()) {
                b.append("\nDeclared access patterns (`@@query`): ");
                var qs = new java.util.ArrayList<String>();
                for (AccessPattern q : queries) qs.add(Md.code(q.description()));
                b.append(String.join(", ", qs)).append(".\n");
            }
        }
        return b.toString();
    }
}
