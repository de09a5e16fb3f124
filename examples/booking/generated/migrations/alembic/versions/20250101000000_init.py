"""Initial schema of Booking: tenants, members, addresses, venues, tags, rooms, holds, tag_venues.

Revision ID: 20250101000000
Revises:
Create Date: 2025-01-01 00:00:00 (the --timestamp option)
"""
import contextlib
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql, postgresql

revision = "20250101000000"
down_revision = None
branch_labels = None
depends_on = None
PLAN_ENUM = postgresql.ENUM("FREE", "pro", name="plan", create_type=False)


def _dialect() -> str:
    name = op.get_bind().dialect.name
    return "mysql" if name == "mariadb" else name


def _pick(sqlite: str | None, postgresql: str | None, mysql: str | None) -> str | None:
    return {"sqlite": sqlite, "postgresql": postgresql, "mysql": mysql}[_dialect()]


def _checks(*checks: tuple[str, str | None]) -> list[sa.CheckConstraint]:
    return [sa.CheckConstraint(sql, name=name) for name, sql in checks if sql is not None]


@contextlib.contextmanager
def _mysql_backslash_escapes() -> Iterator[None]:
    # Backslash escapes in string literals are read as escapes, whatever the server's sql_mode (given back after).
    if _dialect() != "mysql":
        yield
        return
    # Offline (--sql) there is no session to read: SQLAlchemy's literals then read escapes, as the printed guard has them.
    dialect: Any = None if op.get_context().as_sql else op.get_bind().dialect
    before = None if dialect is None else dialect._backslash_escapes
    op.execute(sa.text("SET @schemac_escapes_sql_mode = @@SESSION.sql_mode"))
    op.execute(sa.text("SET SESSION sql_mode = TRIM(BOTH ',' FROM REPLACE(CONCAT(',', @@SESSION.sql_mode, ','), ',NO_BACKSLASH_ESCAPES,', ','))"))
    try:
        if dialect is not None:
            # SQLAlchemy writes its own literals (comments, enum labels) by the sql_mode it read on connecting: now the session's.
            dialect._backslash_escapes = "NO_BACKSLASH_ESCAPES" not in str(op.get_bind().execute(sa.text("SELECT @@SESSION.sql_mode")).scalar())
        yield
    finally:
        if dialect is not None:
            dialect._backslash_escapes = before
        op.execute(sa.text("SET SESSION sql_mode = @schemac_escapes_sql_mode"))


def upgrade() -> None:
    with _mysql_backslash_escapes():
        if _dialect() == "postgresql":
            PLAN_ENUM.create(op.get_bind(), checkfirst=True)
        op.create_table(
            "tenants",
            sa.Column("id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False, autoincrement=False, server_default=sa.text(_pick("(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))", "gen_random_uuid()", "(UUID())"))),
            sa.Column("name", sa.String(100), nullable=False),
            sa.Column("plan", PLAN_ENUM, nullable=False, server_default=sa.text("'FREE'")),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
            sa.PrimaryKeyConstraint("id", name="pk_tenants"),
            *_checks(
                ("ck_tenants_plan", _pick("plan IN ('FREE', 'pro')", None, None)),
            ),
            comment="A customer account; its members live inside it.",
            mysql_engine="InnoDB",
            mysql_charset="utf8mb4",
            mysql_collate="utf8mb4_unicode_ci",
        )
        # Keeping tenants.updated_at current needs a trigger, which Alembic has no operation for;
        # MySQL does it with ON UPDATE in the column default instead.
        if _dialect() == "sqlite":
            op.execute("CREATE TRIGGER trg_tenants_updated_at AFTER UPDATE ON tenants FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE tenants SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND")
        elif _dialect() == "postgresql":
            op.execute("CREATE FUNCTION trg_tenants_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$")
            op.execute("CREATE TRIGGER trg_tenants_updated_at BEFORE UPDATE ON tenants FOR EACH ROW EXECUTE FUNCTION trg_tenants_updated_at()")
        op.create_table(
            "members",
            sa.Column("id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False, autoincrement=False, server_default=sa.text(_pick("(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))", "gen_random_uuid()", "(UUID())"))),
            sa.Column("tenant_id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False),
            sa.Column("email", sa.String(255), nullable=False, comment="PII: personal data."),
            sa.Column("role", sa.String(20), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
            sa.PrimaryKeyConstraint("id", name="pk_members"),
            sa.UniqueConstraint("tenant_id", "email", name="uq_members_tenant_id_email"),
            sa.ForeignKeyConstraint(["tenant_id"], ["tenants.id"], name="fk_members_tenants", ondelete="CASCADE", onupdate="CASCADE"),
            *_checks(
                ("ck_members_role", _pick(None, "role ~ '^([a-z]+)$'", "role REGEXP '(?s-i)^([a-z]+)\\\\z'")),
            ),
            mysql_engine="InnoDB",
            mysql_charset="utf8mb4",
            mysql_collate="utf8mb4_unicode_ci",
        )
        # Keeping members.updated_at current needs a trigger, which Alembic has no operation for;
        # MySQL does it with ON UPDATE in the column default instead.
        if _dialect() == "sqlite":
            op.execute("CREATE TRIGGER trg_members_updated_at AFTER UPDATE ON members FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE members SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND")
        elif _dialect() == "postgresql":
            op.execute("CREATE FUNCTION trg_members_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$")
            op.execute("CREATE TRIGGER trg_members_updated_at BEFORE UPDATE ON members FOR EACH ROW EXECUTE FUNCTION trg_members_updated_at()")
        op.create_table(
            "addresses",
            sa.Column("id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False, autoincrement=False, server_default=sa.text(_pick("(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))", "gen_random_uuid()", "(UUID())"))),
            sa.Column("street", sa.String(200), nullable=False),
            sa.Column("city", sa.String(100), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
            sa.PrimaryKeyConstraint("id", name="pk_addresses"),
            mysql_engine="InnoDB",
            mysql_charset="utf8mb4",
            mysql_collate="utf8mb4_unicode_ci",
        )
        # Keeping addresses.updated_at current needs a trigger, which Alembic has no operation for;
        # MySQL does it with ON UPDATE in the column default instead.
        if _dialect() == "sqlite":
            op.execute("CREATE TRIGGER trg_addresses_updated_at AFTER UPDATE ON addresses FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE addresses SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND")
        elif _dialect() == "postgresql":
            op.execute("CREATE FUNCTION trg_addresses_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$")
            op.execute("CREATE TRIGGER trg_addresses_updated_at BEFORE UPDATE ON addresses FOR EACH ROW EXECUTE FUNCTION trg_addresses_updated_at()")
        op.create_table(
            "venues",
            sa.Column("id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False, autoincrement=False, server_default=sa.text(_pick("(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))", "gen_random_uuid()", "(UUID())"))),
            sa.Column("tenant_id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False),
            sa.Column("name", sa.String(120), nullable=False),
            sa.Column("capacity", sa.Integer(), nullable=False),
            sa.Column("address_id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=True),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
            sa.PrimaryKeyConstraint("id", name="pk_venues"),
            sa.UniqueConstraint("address_id", name="uq_venues_address_id"),
            sa.UniqueConstraint("tenant_id", "name", name="uq_venues_tenant_id_name"),
            sa.ForeignKeyConstraint(["tenant_id"], ["tenants.id"], name="fk_venues_tenants", ondelete="RESTRICT", onupdate="CASCADE"),
            sa.ForeignKeyConstraint(["address_id"], ["addresses.id"], name="fk_venues_addresses", ondelete="SET NULL", onupdate="CASCADE"),
            *_checks(
                ("ck_venues_name", _pick("length(name) >= 2", "char_length(name) >= 2", "CHAR_LENGTH(name) >= 2")),
                ("ck_venues_capacity", "capacity >= 1 AND capacity <= 5000"),
            ),
            mysql_engine="InnoDB",
            mysql_charset="utf8mb4",
            mysql_collate="utf8mb4_unicode_ci",
        )
        # Keeping venues.updated_at current needs a trigger, which Alembic has no operation for;
        # MySQL does it with ON UPDATE in the column default instead.
        if _dialect() == "sqlite":
            op.execute("CREATE TRIGGER trg_venues_updated_at AFTER UPDATE ON venues FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE venues SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND")
        elif _dialect() == "postgresql":
            op.execute("CREATE FUNCTION trg_venues_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$")
            op.execute("CREATE TRIGGER trg_venues_updated_at BEFORE UPDATE ON venues FOR EACH ROW EXECUTE FUNCTION trg_venues_updated_at()")
        op.create_table(
            "tags",
            sa.Column("id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False, autoincrement=False, server_default=sa.text(_pick("(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))", "gen_random_uuid()", "(UUID())"))),
            sa.Column("label", sa.String(40), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
            sa.PrimaryKeyConstraint("id", name="pk_tags"),
            sa.UniqueConstraint("label", name="uq_tags_label"),
            mysql_engine="InnoDB",
            mysql_charset="utf8mb4",
            mysql_collate="utf8mb4_unicode_ci",
        )
        # Keeping tags.updated_at current needs a trigger, which Alembic has no operation for;
        # MySQL does it with ON UPDATE in the column default instead.
        if _dialect() == "sqlite":
            op.execute("CREATE TRIGGER trg_tags_updated_at AFTER UPDATE ON tags FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE tags SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND")
        elif _dialect() == "postgresql":
            op.execute("CREATE FUNCTION trg_tags_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$")
            op.execute("CREATE TRIGGER trg_tags_updated_at BEFORE UPDATE ON tags FOR EACH ROW EXECUTE FUNCTION trg_tags_updated_at()")
        op.create_table(
            "rooms",
            sa.Column("id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False, autoincrement=False, server_default=sa.text(_pick("(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))", "gen_random_uuid()", "(UUID())"))),
            sa.Column("venue_id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False),
            sa.Column("label", sa.String(20), nullable=False),
            sa.Column("floor", sa.SmallInteger(), nullable=False),
            sa.Column("price", sa.Numeric(8, 2), nullable=False),
            sa.Column("opens", sa.Time(), nullable=True),
            sa.Column("day", sa.Date(), nullable=True),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
            sa.PrimaryKeyConstraint("id", name="pk_rooms"),
            sa.ForeignKeyConstraint(["venue_id"], ["venues.id"], name="fk_rooms_venues", ondelete="CASCADE", onupdate="CASCADE"),
            *_checks(
                ("ck_rooms_floor", "floor >= -3"),
                ("ck_rooms_price", "price > 0"),
            ),
            mysql_engine="InnoDB",
            mysql_charset="utf8mb4",
            mysql_collate="utf8mb4_unicode_ci",
        )
        op.create_index("idx_rooms_venue_id", "rooms", ["venue_id"])
        # Keeping rooms.updated_at current needs a trigger, which Alembic has no operation for;
        # MySQL does it with ON UPDATE in the column default instead.
        if _dialect() == "sqlite":
            op.execute("CREATE TRIGGER trg_rooms_updated_at AFTER UPDATE ON rooms FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE rooms SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND")
        elif _dialect() == "postgresql":
            op.execute("CREATE FUNCTION trg_rooms_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$")
            op.execute("CREATE TRIGGER trg_rooms_updated_at BEFORE UPDATE ON rooms FOR EACH ROW EXECUTE FUNCTION trg_rooms_updated_at()")
        op.create_table(
            "holds",
            sa.Column("id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False, autoincrement=False, server_default=sa.text(_pick("(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))", "gen_random_uuid()", "(UUID())"))),
            sa.Column("room_id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False),
            sa.Column("token", sa.String(64), nullable=False, comment="Secret: store only a hash or digest, never the readable value."),
            sa.Column("expires_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
            sa.PrimaryKeyConstraint("id", name="pk_holds"),
            sa.UniqueConstraint("token", name="uq_holds_token"),
            sa.ForeignKeyConstraint(["room_id"], ["rooms.id"], name="fk_holds_rooms", ondelete="CASCADE", onupdate="CASCADE"),
            comment="A short reservation while a customer pays: cached, and gone 30 minutes after it expires.",
            mysql_engine="InnoDB",
            mysql_charset="utf8mb4",
            mysql_collate="utf8mb4_unicode_ci",
        )
        op.create_index("idx_holds_room_id", "holds", ["room_id"])
        # Keeping holds.updated_at current needs a trigger, which Alembic has no operation for;
        # MySQL does it with ON UPDATE in the column default instead.
        if _dialect() == "sqlite":
            op.execute("CREATE TRIGGER trg_holds_updated_at AFTER UPDATE ON holds FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE holds SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND")
        elif _dialect() == "postgresql":
            op.execute("CREATE FUNCTION trg_holds_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$")
            op.execute("CREATE TRIGGER trg_holds_updated_at BEFORE UPDATE ON holds FOR EACH ROW EXECUTE FUNCTION trg_holds_updated_at()")
        op.create_table(
            "tag_venues",
            sa.Column("tag_id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False, autoincrement=False),
            sa.Column("venue_id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False, autoincrement=False),
            sa.PrimaryKeyConstraint("tag_id", "venue_id", name="pk_tag_venues"),
            sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], name="fk_tag_venues_tags", ondelete="CASCADE", onupdate="CASCADE"),
            sa.ForeignKeyConstraint(["venue_id"], ["venues.id"], name="fk_tag_venues_venues", ondelete="CASCADE", onupdate="CASCADE"),
            comment="Links Tag.venues and Venue.tags.",
            mysql_engine="InnoDB",
            mysql_charset="utf8mb4",
            mysql_collate="utf8mb4_unicode_ci",
        )
        op.create_index("idx_tag_venues_venue_id", "tag_venues", ["venue_id"])


def downgrade() -> None:
    op.drop_table("tag_venues")
    op.drop_table("holds")
    op.drop_table("rooms")
    op.drop_table("tags")
    op.drop_table("venues")
    op.drop_table("addresses")
    op.drop_table("members")
    op.drop_table("tenants")
    if _dialect() == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS trg_holds_updated_at()")
        op.execute("DROP FUNCTION IF EXISTS trg_rooms_updated_at()")
        op.execute("DROP FUNCTION IF EXISTS trg_tags_updated_at()")
        op.execute("DROP FUNCTION IF EXISTS trg_venues_updated_at()")
        op.execute("DROP FUNCTION IF EXISTS trg_addresses_updated_at()")
        op.execute("DROP FUNCTION IF EXISTS trg_members_updated_at()")
        op.execute("DROP FUNCTION IF EXISTS trg_tenants_updated_at()")
        PLAN_ENUM.drop(op.get_bind(), checkfirst=True)
