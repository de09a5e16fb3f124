package dev.schemac.gen.migrations;

import dev.schemac.catalog.Catalog;
import dev.schemac.evolve.Change;
import dev.schemac.model.Dialect;
import dev.schemac.render.python.Py;
import dev.schemac.render.sql.MigrationSql;
import dev.schemac.render.sql.MigrationSql.Statement;
import java.util.List;
import java.util.function.Function;

/**
 * An Alembic revision after the first: it runs the statements the SQL renderer makes of
 * the change list for the connection's dialect, so Alembic, the SQL migrations and Prisma
 * Migrate apply the same DDL by construction (SQLite's table rebuilds, PostgreSQL's enum
 * changes and the {@code @updated} triggers have no Alembic operation of their own).
 * {@code down_revision} is the previous migration, so the chain always has one head.
 */
final class AlembicStep {
    private AlembicStep() {}

    static String render(String title, String revision, String previous, String name, String summary, List<Change> up,
                         List<Change> down, Catalog from, Catalog to, Function<Change, String> notes) {
        var b = new StringBuilder();
        b.append("\"\"\"").append(title).append(": ").append(name.replace('_', ' ')).append(".\n\n");
        for (String line : summary.split("\n")) b.append(line.isBlank() ? "" : line.replace("\\", "/").replace("\"\"\"", "'''")).append('\n');
        b.append("\nRevision ID: ").append(revision).append("\nRevises: ").append(previous).append("\nCreate Date: ")
                .append(AlembicRevision.date(revision)).append("\n\"\"\"\n");
        b.append("import sqlalchemy as sa\nfrom alembic import op\n\n");
        b.append("revision = ").append(Py.str(revision)).append("\ndown_revision = ").append(Py.str(previous))
                .append("\nbranch_labels = None\ndepends_on = None\n\n");
        statements(b, "_UP", up, from, to, notes);
        statements(b, "_DOWN", down, to, from, c -> null);
        b.append("""


                def _dialect() -> str:
                    name = op.get_bind().dialect.name
                    return "mysql" if name == "mariadb" else name


                def _run(statements: dict[str, tuple[list[str], list[str]]]) -> None:
                    outside, inside = statements[_dialect()]
                    if outside:
                        # ALTER TYPE ... ADD VALUE: a new enum value cannot be used in the transaction that adds it.
                        with op.get_context().autocommit_block():
                            for sql in outside:
                                op.execute(sa.text(sql.replace(":", "\\\\:")))
                    for sql in inside:
                        # Colons escaped: the SQL is taken as it is, never as bind parameters.
                        op.execute(sa.text(sql.replace(":", "\\\\:")))


                def upgrade() -> None:
                    _run(_UP)


                def downgrade() -> None:
                    _run(_DOWN)
                """);
        return b.toString();
    }

    private static void statements(StringBuilder b, String var, List<Change> changes, Catalog from, Catalog to,
                                   Function<Change, String> notes) {
        b.append(var).append(" = {\n");
        for (Dialect d : List.of(Dialect.SQLITE, Dialect.POSTGRES, Dialect.MYSQL)) {
            List<Statement> all = MigrationSql.statements(d, changes, from, to, notes);
            b.append("    ").append(Py.str(PrismaMigration.provider(d))).append(": (\n        [");
            list(b, all.stream().filter(Statement::outsideTransaction).toList(), List.of());
            b.append("],\n        [");
            // SQLite: the connection Alembic uses enforces no foreign keys, so only the final check is added.
            list(b, all.stream().filter(s -> !s.outsideTransaction()).toList(),
                    d == Dialect.SQLITE ? MigrationSql.SQLITE_END.subList(1, 4) : List.of());
            b.append("],\n    ),\n");
        }
        b.append("}\n");
    }

    private static void list(StringBuilder b, List<Statement> statements, List<String> more) {
        var all = new java.util.ArrayList<String>();
        for (Statement s : statements) all.add(s.note() == null ? s.sql() : "-- Destructive: " + s.note().replace("\n", " ") + "\n" + s.sql());
        all.addAll(more);
        if (all.isEmpty()) return;
        b.append('\n');
        for (String s : all) b.append("            ").append(Py.str(s)).append(",\n");
        b.append("        ");
    }
}
