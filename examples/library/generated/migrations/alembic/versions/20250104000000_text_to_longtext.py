"""Library: text to longtext.

Changes column `loans.note` on MySQL and MariaDB only, from TEXT to LONGTEXT (SQLite and PostgreSQL have nothing to change).

Revision ID: 20250104000000
Revises: 20250103000000
Create Date: 2025-01-04 00:00:00 (the --timestamp option)
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql, postgresql

revision = "20250104000000"
down_revision = "20250103000000"
branch_labels = None
depends_on = None


def _dialect() -> str:
    name = op.get_bind().dialect.name
    return "mysql" if name == "mariadb" else name


def _sql(*statements: str) -> None:
    # Each statement's colons are escaped where it is written: text() runs it as it is, with no bind parameters.
    for sql in statements:
        op.execute(sa.text(sql))


def _outside_transaction(*statements: str) -> None:
    # ALTER TYPE ... ADD VALUE: a new enum value cannot be used in the transaction that adds it.
    with op.get_context().autocommit_block():
        _sql(*statements)


def upgrade() -> None:
    dialect = _dialect()
    if dialect == "sqlite":
        pass
    elif dialect == "postgresql":
        pass
    elif dialect == "mysql":
        _sql(
            "ALTER TABLE loans MODIFY COLUMN note LONGTEXT",
        )


def downgrade() -> None:
    dialect = _dialect()
    if dialect == "sqlite":
        pass
    elif dialect == "postgresql":
        pass
    elif dialect == "mysql":
        _sql(
            "-- Strict mode, whatever the server's\\: a value that no longer fits fails its statement instead of being changed to fit.\nSET @schemac_sql_mode = @@SESSION.sql_mode",
            "SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), 'STRICT_ALL_TABLES')",
            "-- Destructive\\: the migration narrows `loans.note`\\: on MySQL and MariaDB only, LONGTEXT to TEXT, which holds at most 65,535 bytes.\nALTER TABLE loans MODIFY COLUMN note TEXT",
            "SET SESSION sql_mode = @schemac_sql_mode",
        )
