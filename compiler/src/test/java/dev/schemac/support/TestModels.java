package dev.schemac.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The models the target tests run over: the examples, and the stress models beside them. */
public final class TestModels {
    private TestModels() {}

    /** {@code examples/<name>/<name>.schema}, sorted. */
    public static List<Path> examples() {
        try (var dirs = Files.list(TestPaths.examples())) {
            return dirs.filter(Files::isDirectory).map(d -> d.resolve(d.getFileName() + ".schema"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The examples, then every model under {@code compiler/src/test/resources/sql-models}. */
    public static List<Path> relational() {
        var out = new ArrayList<>(examples());
        out.addAll(in("sql-models"));
        return out;
    }

    /** {@link #relational()}, then the reserved-word stress models. */
    public static List<Path> relationalAndReserved() {
        var out = new ArrayList<>(relational());
        out.addAll(reservedWords());
        return out;
    }

    /**
     * Whether the stress models also run in the slowest suites (the PostgreSQL and Alembic runs of
     * the SQLModel and migrations targets, seed data): {@code -Dschemac.reserved=all} or
     * {@code SCHEMAC_RESERVED=all}. In CI they run on every engine, through SQLModel, Prisma and
     * javac, and sql-models/reserved_names.schema carries the hardest words through every suite.
     */
    public static boolean everyReservedRun() {
        return "all".equals(System.getProperty("schemac.reserved", System.getenv("SCHEMAC_RESERVED")));
    }

    /** {@link #relational()}, with the stress models when {@link #everyReservedRun()}. */
    public static List<Path> relationalAndReservedOnDemand() {
        return everyReservedRun() ? relationalAndReserved() : relational();
    }

    /**
     * Every word of every reserved-word list as an entity, enum and field name
     * ({@code compiler/src/test/resources/reserved-models}, written by {@link ReservedWordModels}).
     * Several hundred tables each: they run where a name reaches an engine or a tool in a new way
     * (the DDL on every engine, SQLModel, Prisma's validator, javac), not in every engine test.
     */
    public static List<Path> reservedWords() {
        return in("reserved-models");
    }

    private static List<Path> in(String dir) {
        try (var files = Files.list(TestPaths.testResources().resolve(dir))) {
            return files.filter(p -> p.toString().endsWith(".schema")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
