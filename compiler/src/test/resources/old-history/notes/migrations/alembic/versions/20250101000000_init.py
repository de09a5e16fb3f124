"""Initial schema of Notes: notes.

Revision ID: 20250101000000
Revises:
Create Date: 2025-01-01 00:00:00 (the --timestamp option)
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision = "20250101000000"
down_revision = None
branch_labels = None
depends_on = None


def _dialect() -> str:
    name = op.get_bind().dialect.name
    return "mysql" if name == "mariadb" else name


def _pick(sqlite: str | None, postgresql: str | None, mysql: str | None) -> str | None:
    return {"sqlite": sqlite, "postgresql": postgresql, "mysql": mysql}[_dialect()]


def _checks(*checks: tuple[str, str | None]) -> list[sa.CheckConstraint]:
    return [sa.CheckConstraint(sql, name=name) for name, sql in checks if sql is not None]


def upgrade() -> None:
    op.create_table(
        "notes",
        sa.Column("id", sa.Integer().with_variant(sa.Integer(), "sqlite"), sa.Identity(), nullable=False, autoincrement=True),
        sa.Column("title", sa.String(120), nullable=False),
        sa.Column("body", sa.Text(), nullable=False, comment="The note itself, as written."),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("status", sa.Text(), nullable=False, server_default=sa.text(_pick("'draft'", "'draft'", "('draft')"))),
        sa.Column("tags", sa.Text(), nullable=True),
        sa.Column("aside", sa.Text(), nullable=True, comment="PII: personal data."),
        sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
        sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
        sa.PrimaryKeyConstraint("id", name="pk_notes"),
        comment="A note; its body may be long.",
        sqlite_autoincrement=True,
        mysql_engine="InnoDB",
        mysql_charset="utf8mb4",
        mysql_collate="utf8mb4_unicode_ci",
    )
    op.create_index("idx_notes_title", "notes", ["title"])
    # Keeping notes.updated_at current needs a trigger, which Alembic has no operation for;
    # MySQL does it with ON UPDATE in the column default instead.
    if _dialect() == "sqlite":
        op.execute("CREATE TRIGGER trg_notes_updated_at AFTER UPDATE ON notes FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE notes SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND;")
    elif _dialect() == "postgresql":
        op.execute("CREATE FUNCTION trg_notes_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$;")
        op.execute("CREATE TRIGGER trg_notes_updated_at BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION trg_notes_updated_at();")


def downgrade() -> None:
    op.drop_table("notes")
    if _dialect() == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS trg_notes_updated_at()")
