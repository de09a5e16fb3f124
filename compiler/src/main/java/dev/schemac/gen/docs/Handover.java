package dev.schemac.gen.docs;

import dev.schemac.gen.TargetContext;
import dev.schemac.model.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the other targets handed over for this run, read from their files so that the
 * documents name exactly what the hand-over holds: which targets wrote files, the DDL of
 * which dialects, and the datasource provider written in {@code schema.prisma}.
 */
final class Handover {
    /** {@code provider = "postgresql"} inside the datasource block. */
    private static final Pattern PROVIDER = Pattern.compile("datasource\\s+\\w+\\s*\\{[^}]*?provider\\s*=\\s*\"([^\"]+)\"");

    private final TargetContext ctx;

    Handover(TargetContext ctx) {
        this.ctx = ctx;
    }

    boolean has(String target) {
        return ctx.sibling(target).map(files -> !files.isEmpty()).orElse(false);
    }

    /** The dialects whose DDL ({@code sql/<dialect>/schema.sql}) is part of the hand-over, primary first. */
    List<Dialect> ddl() {
        var out = new ArrayList<Dialect>();
        Dialect primary = ctx.model().settings().dialect();
        if (has(primary.id())) out.add(primary);
        for (Dialect d : Dialect.values()) if (d != primary && has(d.id())) out.add(d);
        return out;
    }

    /** The provider {@code prisma/schema.prisma} names, as Prisma spells it; empty without the Prisma schema. */
    Optional<String> prismaProvider() {
        return ctx.sibling("prisma").map(f -> f.get("prisma/schema.prisma")).flatMap(Handover::provider);
    }

    /** The provider {@code migrations/prisma/migration_lock.toml} pins, as Prisma spells it. */
    Optional<String> migrateProvider() {
        return ctx.sibling("migrations").map(f -> f.get("migrations/prisma/migration_lock.toml")).flatMap(Handover::provider);
    }

    /** The provider a Prisma file names in its datasource block ({@code schema.prisma}) or lock ({@code migration_lock.toml}). */
    static Optional<String> provider(String prismaFile) {
        if (prismaFile == null) return Optional.empty();
        var m = PROVIDER.matcher(prismaFile);
        if (m.find()) return Optional.of(m.group(1));
        var lock = Pattern.compile("(?m)^provider\\s*=\\s*\"([^\"]+)\"").matcher(prismaFile);
        return lock.find() ? Optional.of(lock.group(1)) : Optional.empty();
    }

    /** Whether any handed-over file of {@code target} lies under {@code prefix}. */
    boolean hasUnder(String target, String prefix) {
        return ctx.sibling(target).map(f -> f.keySet().stream().anyMatch(p -> p.startsWith(prefix))).orElse(false);
    }
}
