"""Initial schema of Lending: members, items.

Revision ID: 20250101000000
Revises:
Create Date: 2025-01-01 00:00:00 (the --timestamp option)
"""
import sqlalchemy as sa
from alembic import op

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
        "members",
        sa.Column("id", sa.Integer().with_variant(sa.Integer(), "sqlite"), sa.Identity(), nullable=False, autoincrement=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("email", sa.String(255), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_members"),
        sa.UniqueConstraint("email", name="uq_members_email"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "items",
        sa.Column("id", sa.Integer().with_variant(sa.Integer(), "sqlite"), sa.Identity(), nullable=False, autoincrement=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("holder_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_items"),
        sa.ForeignKeyConstraint(["holder_id"], ["members.id"], name="fk_items_members", ondelete="SET NULL", onupdate="CASCADE"),
        sqlite_autoincrement=True,
    )
    op.create_index("idx_items_holder_id", "items", ["holder_id"])


def downgrade() -> None:
    op.drop_table("items")
    op.drop_table("members")
