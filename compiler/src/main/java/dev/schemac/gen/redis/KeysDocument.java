package dev.schemac.gen.redis;

import dev.schemac.model.AccessPattern;
import dev.schemac.model.Model;
import dev.schemac.nosql.KeyValueDesign;
import dev.schemac.nosql.KvEntity;
import dev.schemac.nosql.KvKey;
import dev.schemac.nosql.Reasons;
import dev.schemac.render.markdown.CodeSpan;

/**
 * {@code redis/keys.md}: the key design for people: how values are written, then per entity
 * a table of its keys with type, TTL, the command that reads one, and why it is there.
 */
final class KeysDocument {
    private KeysDocument() {}

    static String render(Model model, KeyValueDesign design) {
        var b = new StringBuilder();
        b.append("# Redis keys of schema ").append(model.settings().name()).append("\n\n");
        b.append("Every key starts with ").append(CodeSpan.of(design.app() + ":")).append(". ")
                .append("`redis/keys.json` holds the same design as data, and `redis/seed.redis` loads the sample rows ")
                .append("(`redis-cli < redis/seed.redis`).\n\n");
        b.append("Values are strings: numbers in plain notation, `true`/`false`, datetimes as ISO 8601 instants in UTC ")
                .append("(`2025-01-01T03:00:00Z`), dates and times as ISO text, UUIDs in canonical text. A null value is ")
                .append("a missing hash field and makes no index entry. Sorted-set scores are seconds since 1970 (UTC) for ")
                .append("datetimes and dates, seconds since midnight for times, the number itself for numbers. ")
                .append("A row's id in a set or unique key is its key columns' values joined by `:`.\n");
        for (KvEntity e : design.entities()) {
            b.append("\n## ").append(e.entity().name()).append("\n\n");
            if (e.expires()) {
                b.append("Rows of ").append(e.entity().name()).append(" expire");
                if (e.cacheTtl() != null) b.append(" ").append(Reasons.seconds(e.cacheTtl().seconds())).append(" after each write (`@@cache`)");
                if (e.cacheTtl() != null && e.fieldTtl() != null) b.append(" or");
                if (e.fieldTtl() != null) {
                    b.append(" ").append(Reasons.seconds(e.fieldTtl().seconds())).append(" after their ").append(CodeSpan.of(e.ttlColumn()))
                            .append(" (`@ttl`)");
                }
                b.append(", so ").append(e.entity().name()).append(" has no sets of ids: an entry would outlive the row it names.\n\n");
            }
            b.append("| key | type | TTL | read with | why |\n|---|---|---|---|---|\n");
            for (KvKey k : e.keys()) {
                b.append("| ").append(CodeSpan.of(k.pattern())).append(" | ").append(k.structure().type()).append(" | ")
                        .append(k.expires() ? "yes" : "none").append(" | ").append(CodeSpan.of(KeysFile.access(k))).append(" | ")
                        .append(Reasons.key(k, e, design)).append(" |\n");
            }
            var queries = e.entity().queries();
            if (!queries.isEmpty()) {
                b.append("\nDeclared access patterns (`@@query`): ");
                var qs = new java.util.ArrayList<String>();
                for (AccessPattern q : queries) qs.add(CodeSpan.of(q.description()));
                b.append(String.join(", ", qs)).append(".\n");
            }
        }
        return b.toString();
    }
}
