"""Initial schema of SaaS workspace: organizations, accounts, memberships, projects, invoices.

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
ROLE_ENUM = postgresql.ENUM("OWNER", "ADMIN", "MEMBER", "VIEWER", name="role", create_type=False)
INVOICE_STATUS_ENUM = postgresql.ENUM("OPEN", "PAID", "VOID", name="invoice_status", create_type=False)


def _dialect() -> str:
    name = op.get_bind().dialect.name
    return "mysql" if name == "mariadb" else name


def _pick(sqlite: str | None, postgresql: str | None, mysql: str | None) -> str | None:
    return {"sqlite": sqlite, "postgresql": postgresql, "mysql": mysql}[_dialect()]


def _checks(*checks: tuple[str, str | None]) -> list[sa.CheckConstraint]:
    return [sa.CheckConstraint(sql, name=name) for name, sql in checks if sql is not None]


def upgrade() -> None:
    if _dialect() == "postgresql":
        ROLE_ENUM.create(op.get_bind(), checkfirst=True)
        INVOICE_STATUS_ENUM.create(op.get_bind(), checkfirst=True)
    op.create_table(
        "organizations",
        sa.Column("id", sa.Integer().with_variant(sa.Integer(), "sqlite"), sa.Identity(), nullable=False, autoincrement=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("slug", sa.String(60), nullable=False),
        sa.Column("plan", sa.String(30), nullable=False, server_default=sa.text("'free'")),
        sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
        sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
        sa.PrimaryKeyConstraint("id", name="pk_organizations"),
        sa.UniqueConstraint("slug", name="uq_organizations_slug"),
        comment="A customer account; every other row belongs to one.",
        sqlite_autoincrement=True,
        mysql_engine="InnoDB",
        mysql_charset="utf8mb4",
        mysql_collate="utf8mb4_unicode_ci",
    )
    # Keeping organizations.updated_at current needs a trigger, which Alembic has no operation for;
    # MySQL does it with ON UPDATE in the column default instead.
    if _dialect() == "sqlite":
        op.execute("CREATE TRIGGER trg_organizations_updated_at AFTER UPDATE ON organizations FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE organizations SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND")
    elif _dialect() == "postgresql":
        op.execute("CREATE FUNCTION trg_organizations_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$")
        op.execute("CREATE TRIGGER trg_organizations_updated_at BEFORE UPDATE ON organizations FOR EACH ROW EXECUTE FUNCTION trg_organizations_updated_at()")
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer().with_variant(sa.Integer(), "sqlite"), sa.Identity(), nullable=False, autoincrement=True),
        sa.Column("email", sa.String(255), nullable=False, comment="PII: personal data."),
        sa.Column("full_name", sa.String(150), nullable=False, comment="PII: personal data."),
        sa.Column("password_hash", sa.String(255), nullable=False, comment="Secret: store only a hash or digest, never the readable value."),
        sa.Column("last_login_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
        sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
        sa.PrimaryKeyConstraint("id", name="pk_accounts"),
        sa.UniqueConstraint("email", name="uq_accounts_email"),
        comment="A person who can sign in.",
        sqlite_autoincrement=True,
        mysql_engine="InnoDB",
        mysql_charset="utf8mb4",
        mysql_collate="utf8mb4_unicode_ci",
    )
    # Keeping accounts.updated_at current needs a trigger, which Alembic has no operation for;
    # MySQL does it with ON UPDATE in the column default instead.
    if _dialect() == "sqlite":
        op.execute("CREATE TRIGGER trg_accounts_updated_at AFTER UPDATE ON accounts FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE accounts SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND")
    elif _dialect() == "postgresql":
        op.execute("CREATE FUNCTION trg_accounts_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$")
        op.execute("CREATE TRIGGER trg_accounts_updated_at BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION trg_accounts_updated_at()")
    op.create_table(
        "memberships",
        sa.Column("organization_id", sa.Integer(), nullable=False, autoincrement=False),
        sa.Column("account_id", sa.Integer(), nullable=False, autoincrement=False),
        sa.Column("role", ROLE_ENUM, nullable=False, server_default=sa.text("'MEMBER'")),
        sa.Column("invited_by", sa.String(255), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
        sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
        sa.PrimaryKeyConstraint("organization_id", "account_id", name="pk_memberships"),
        sa.ForeignKeyConstraint(["organization_id"], ["organizations.id"], name="fk_memberships_organizations", ondelete="CASCADE", onupdate="CASCADE"),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], name="fk_memberships_accounts", ondelete="CASCADE", onupdate="CASCADE"),
        *_checks(
            ("ck_memberships_role", _pick("role IN ('OWNER', 'ADMIN', 'MEMBER', 'VIEWER')", None, None)),
        ),
        comment="Which accounts belong to which organizations, and with which role.",
        mysql_engine="InnoDB",
        mysql_charset="utf8mb4",
        mysql_collate="utf8mb4_unicode_ci",
    )
    op.create_index("idx_memberships_account_id", "memberships", ["account_id"])
    # Keeping memberships.updated_at current needs a trigger, which Alembic has no operation for;
    # MySQL does it with ON UPDATE in the column default instead.
    if _dialect() == "sqlite":
        op.execute("CREATE TRIGGER trg_memberships_updated_at AFTER UPDATE ON memberships FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE memberships SET updated_at = CURRENT_TIMESTAMP WHERE organization_id = NEW.organization_id AND account_id = NEW.account_id;\nEND")
    elif _dialect() == "postgresql":
        op.execute("CREATE FUNCTION trg_memberships_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$")
        op.execute("CREATE TRIGGER trg_memberships_updated_at BEFORE UPDATE ON memberships FOR EACH ROW EXECUTE FUNCTION trg_memberships_updated_at()")
    op.create_table(
        "projects",
        sa.Column("id", sa.Integer().with_variant(sa.Integer(), "sqlite"), sa.Identity(), nullable=False, autoincrement=True),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("budget", sa.Numeric(12, 2), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
        sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
        sa.PrimaryKeyConstraint("id", name="pk_projects"),
        sa.UniqueConstraint("organization_id", "name", name="uq_projects_organization_id_name"),
        sa.ForeignKeyConstraint(["organization_id"], ["organizations.id"], name="fk_projects_organizations", ondelete="CASCADE", onupdate="CASCADE"),
        sa.ForeignKeyConstraint(["owner_id"], ["accounts.id"], name="fk_projects_accounts", ondelete="SET NULL", onupdate="CASCADE"),
        *_checks(
            ("ck_projects_budget", "budget >= 0"),
            ("ck_projects_starts_on_ends_on", "starts_on <= ends_on"),
        ),
        sqlite_autoincrement=True,
        mysql_engine="InnoDB",
        mysql_charset="utf8mb4",
        mysql_collate="utf8mb4_unicode_ci",
    )
    op.create_index("idx_projects_owner_id", "projects", ["owner_id"])
    # Keeping projects.updated_at current needs a trigger, which Alembic has no operation for;
    # MySQL does it with ON UPDATE in the column default instead.
    if _dialect() == "sqlite":
        op.execute("CREATE TRIGGER trg_projects_updated_at AFTER UPDATE ON projects FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE projects SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND")
    elif _dialect() == "postgresql":
        op.execute("CREATE FUNCTION trg_projects_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$")
        op.execute("CREATE TRIGGER trg_projects_updated_at BEFORE UPDATE ON projects FOR EACH ROW EXECUTE FUNCTION trg_projects_updated_at()")
    op.create_table(
        "invoices",
        sa.Column("id", sa.Integer().with_variant(sa.Integer(), "sqlite"), sa.Identity(), nullable=False, autoincrement=True),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(20), nullable=False),
        sa.Column("status", INVOICE_STATUS_ENUM, nullable=False, server_default=sa.text("'OPEN'")),
        sa.Column("currency", sa.CHAR(3), nullable=False, server_default=sa.text("'EUR'")),
        sa.Column("amount", sa.Numeric(12, 2), nullable=False),
        sa.Column("tax_amount", sa.Numeric(12, 2), nullable=False, server_default=sa.text("0")),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
        sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
        sa.PrimaryKeyConstraint("id", name="pk_invoices"),
        sa.UniqueConstraint("number", name="uq_invoices_number"),
        sa.ForeignKeyConstraint(["organization_id"], ["organizations.id"], name="fk_invoices_organizations", ondelete="RESTRICT", onupdate="CASCADE"),
        *_checks(
            ("ck_invoices_status", _pick("status IN ('OPEN', 'PAID', 'VOID')", None, None)),
            ("ck_invoices_amount", "amount >= 0"),
            ("ck_invoices_tax_amount", "tax_amount >= 0"),
            ("ck_invoices_issued_on_due_on", "issued_on <= due_on"),
        ),
        comment="A monthly bill; amounts are exact decimals in the organization's currency.",
        sqlite_autoincrement=True,
        mysql_engine="InnoDB",
        mysql_charset="utf8mb4",
        mysql_collate="utf8mb4_unicode_ci",
    )
    op.create_index("idx_invoices_status", "invoices", ["status"])
    op.create_index("idx_invoices_organization_id_issued_on", "invoices", ["organization_id", "issued_on"])
    # Keeping invoices.updated_at current needs a trigger, which Alembic has no operation for;
    # MySQL does it with ON UPDATE in the column default instead.
    if _dialect() == "sqlite":
        op.execute("CREATE TRIGGER trg_invoices_updated_at AFTER UPDATE ON invoices FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE invoices SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND")
    elif _dialect() == "postgresql":
        op.execute("CREATE FUNCTION trg_invoices_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$")
        op.execute("CREATE TRIGGER trg_invoices_updated_at BEFORE UPDATE ON invoices FOR EACH ROW EXECUTE FUNCTION trg_invoices_updated_at()")


def downgrade() -> None:
    op.drop_table("invoices")
    op.drop_table("projects")
    op.drop_table("memberships")
    op.drop_table("accounts")
    op.drop_table("organizations")
    if _dialect() == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS trg_invoices_updated_at()")
        op.execute("DROP FUNCTION IF EXISTS trg_projects_updated_at()")
        op.execute("DROP FUNCTION IF EXISTS trg_memberships_updated_at()")
        op.execute("DROP FUNCTION IF EXISTS trg_accounts_updated_at()")
        op.execute("DROP FUNCTION IF EXISTS trg_organizations_updated_at()")
        INVOICE_STATUS_ENUM.drop(op.get_bind(), checkfirst=True)
        ROLE_ENUM.drop(op.get_bind(), checkfirst=True)
