"""Initial schema of Library: books, members.

Revision ID: 20250101000000
Revises:
Create Date: 2025-01-01 00:00:00 (the --timestamp option)
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql, postgresql

revision = "20250101000000"
down_revision = None
branch_labels = None
depends_on = None
GENRE_ENUM = postgresql.ENUM("FICTION", "SCIENCE", name="genre", create_type=False)


def _dialect() -> str:
    name = op.get_bind().dialect.name
    return "mysql" if name == "mariadb" else name


def _pick(sqlite: str | None, postgresql: str | None, mysql: str | None) -> str | None:
    return {"sqlite": sqlite, "postgresql": postgresql, "mysql": mysql}[_dialect()]


def _checks(*checks: tuple[str, str | None]) -> list[sa.CheckConstraint]:
    return [sa.CheckConstraint(sql, name=name) for name, sql in checks if sql is not None]


def upgrade() -> None:
    if _dialect() == "postgresql":
        GENRE_ENUM.create(op.get_bind(), checkfirst=True)
    op.create_table(
        "books",
        sa.Column("id", sa.Integer().with_variant(sa.Integer(), "sqlite"), sa.Identity(), nullable=False, autoincrement=True),
        sa.Column("isbn", sa.String(13), nullable=False),
        sa.Column("title", sa.String(120), nullable=False),
        sa.Column("genre", GENRE_ENUM, nullable=False, server_default=sa.text("'FICTION'")),
        sa.Column("copies", sa.Integer(), nullable=False, server_default=sa.text("1")),
        sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
        sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
        sa.PrimaryKeyConstraint("id", name="pk_books"),
        sa.UniqueConstraint("isbn", name="uq_books_isbn"),
        *_checks(
            ("ck_books_genre", _pick("genre IN ('FICTION', 'SCIENCE')", None, None)),
            ("ck_books_copies", "copies >= 0"),
        ),
        comment="A title the library owns copies of.",
        sqlite_autoincrement=True,
        mysql_engine="InnoDB",
        mysql_charset="utf8mb4",
        mysql_collate="utf8mb4_unicode_ci",
    )
    # Keeping books.updated_at current needs a trigger, which Alembic has no operation for;
    # MySQL does it with ON UPDATE in the column default instead.
    if _dialect() == "sqlite":
        op.execute("CREATE TRIGGER trg_books_updated_at AFTER UPDATE ON books FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE books SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND;")
    elif _dialect() == "postgresql":
        op.execute("CREATE FUNCTION trg_books_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$;")
        op.execute("CREATE TRIGGER trg_books_updated_at BEFORE UPDATE ON books FOR EACH ROW EXECUTE FUNCTION trg_books_updated_at();")
    op.create_table(
        "members",
        sa.Column("id", sa.Integer().with_variant(sa.Integer(), "sqlite"), sa.Identity(), nullable=False, autoincrement=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("email", sa.String(200), nullable=False, comment="PII: personal data."),
        sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
        sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
        sa.PrimaryKeyConstraint("id", name="pk_members"),
        sa.UniqueConstraint("email", name="uq_members_email"),
        comment="Someone who may borrow books.",
        sqlite_autoincrement=True,
        mysql_engine="InnoDB",
        mysql_charset="utf8mb4",
        mysql_collate="utf8mb4_unicode_ci",
    )
    # Keeping members.updated_at current needs a trigger, which Alembic has no operation for;
    # MySQL does it with ON UPDATE in the column default instead.
    if _dialect() == "sqlite":
        op.execute("CREATE TRIGGER trg_members_updated_at AFTER UPDATE ON members FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE members SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND;")
    elif _dialect() == "postgresql":
        op.execute("CREATE FUNCTION trg_members_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$;")
        op.execute("CREATE TRIGGER trg_members_updated_at BEFORE UPDATE ON members FOR EACH ROW EXECUTE FUNCTION trg_members_updated_at();")


def downgrade() -> None:
    op.drop_table("members")
    op.drop_table("books")
    if _dialect() == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS trg_members_updated_at()")
        op.execute("DROP FUNCTION IF EXISTS trg_books_updated_at()")
        GENRE_ENUM.drop(op.get_bind(), checkfirst=True)
