"""Initial schema of Blog: authors, profiles, posts, comments, tags, revisions, post_tags.

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
POST_STATUS_ENUM = postgresql.ENUM("DRAFT", "PUBLISHED", "ARCHIVED", name="post_status", create_type=False)


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
            POST_STATUS_ENUM.create(op.get_bind(), checkfirst=True)
        op.create_table(
            "authors",
            sa.Column("id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False, autoincrement=False, server_default=sa.text(_pick("(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))", "gen_random_uuid()", "(UUID())"))),
            sa.Column("handle", sa.String(40), nullable=False),
            sa.Column("display_name", sa.String(100), nullable=False),
            sa.Column("email", sa.String(255), nullable=False, comment="PII: personal data."),
            sa.Column("bio", sa.Text().with_variant(mysql.LONGTEXT(), "mysql", "mariadb"), nullable=True),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
            sa.PrimaryKeyConstraint("id", name="pk_authors"),
            sa.UniqueConstraint("handle", name="uq_authors_handle"),
            sa.UniqueConstraint("email", name="uq_authors_email"),
            *_checks(
                ("ck_authors_handle", _pick(None, "handle ~ '^([a-z0-9_]+)$'", "handle REGEXP '(?s-i)^([a-z0-9_]+)\\\\z'")),
            ),
            comment="Someone who writes posts or comments.",
            mysql_engine="InnoDB",
            mysql_charset="utf8mb4",
            mysql_collate="utf8mb4_unicode_ci",
        )
        # Keeping authors.updated_at current needs a trigger, which Alembic has no operation for;
        # MySQL does it with ON UPDATE in the column default instead.
        if _dialect() == "sqlite":
            op.execute("CREATE TRIGGER trg_authors_updated_at AFTER UPDATE ON authors FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE authors SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND")
        elif _dialect() == "postgresql":
            op.execute("CREATE FUNCTION trg_authors_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$")
            op.execute("CREATE TRIGGER trg_authors_updated_at BEFORE UPDATE ON authors FOR EACH ROW EXECUTE FUNCTION trg_authors_updated_at()")
        op.create_table(
            "profiles",
            sa.Column("id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False, autoincrement=False, server_default=sa.text(_pick("(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))", "gen_random_uuid()", "(UUID())"))),
            sa.Column("author_id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False),
            sa.Column("website", sa.String(255), nullable=True),
            sa.Column("avatar", sa.LargeBinary().with_variant(mysql.LONGBLOB(), "mysql", "mariadb"), nullable=True),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
            sa.PrimaryKeyConstraint("id", name="pk_profiles"),
            sa.UniqueConstraint("author_id", name="uq_profiles_author_id"),
            sa.ForeignKeyConstraint(["author_id"], ["authors.id"], name="fk_profiles_authors", ondelete="CASCADE", onupdate="CASCADE"),
            comment="Public profile details, kept apart from the login data.",
            mysql_engine="InnoDB",
            mysql_charset="utf8mb4",
            mysql_collate="utf8mb4_unicode_ci",
        )
        # Keeping profiles.updated_at current needs a trigger, which Alembic has no operation for;
        # MySQL does it with ON UPDATE in the column default instead.
        if _dialect() == "sqlite":
            op.execute("CREATE TRIGGER trg_profiles_updated_at AFTER UPDATE ON profiles FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE profiles SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND")
        elif _dialect() == "postgresql":
            op.execute("CREATE FUNCTION trg_profiles_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$")
            op.execute("CREATE TRIGGER trg_profiles_updated_at BEFORE UPDATE ON profiles FOR EACH ROW EXECUTE FUNCTION trg_profiles_updated_at()")
        op.create_table(
            "posts",
            sa.Column("id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False, autoincrement=False, server_default=sa.text(_pick("(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))", "gen_random_uuid()", "(UUID())"))),
            sa.Column("author_id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False),
            sa.Column("slug", sa.String(160), nullable=False),
            sa.Column("title", sa.String(200), nullable=False),
            sa.Column("body", sa.Text().with_variant(mysql.LONGTEXT(), "mysql", "mariadb"), nullable=False),
            sa.Column("status", POST_STATUS_ENUM, nullable=False, server_default=sa.text("'DRAFT'")),
            sa.Column("published_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=True),
            sa.Column("view_count", sa.BigInteger(), nullable=False, server_default=sa.text("0")),
            sa.Column("deleted_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=True),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
            sa.PrimaryKeyConstraint("id", name="pk_posts"),
            sa.ForeignKeyConstraint(["author_id"], ["authors.id"], name="fk_posts_authors", ondelete="RESTRICT", onupdate="CASCADE"),
            *_checks(
                ("ck_posts_title", _pick("length(title) >= 1", "char_length(title) >= 1", "CHAR_LENGTH(title) >= 1")),
                ("ck_posts_status", _pick("status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')", None, None)),
                ("ck_posts_view_count", "view_count >= 0"),
            ),
            comment="An article; only published posts are visible to readers.",
            mysql_engine="InnoDB",
            mysql_charset="utf8mb4",
            mysql_collate="utf8mb4_unicode_ci",
        )
        op.create_index("uq_posts_slug", "posts", ["slug"], unique=True, sqlite_where=sa.text("deleted_at IS NULL"), postgresql_where=sa.text("deleted_at IS NULL"))
        op.create_index("idx_posts_status_published_at", "posts", ["status", "published_at"])
        op.create_index("idx_posts_deleted_at", "posts", ["deleted_at"])
        op.create_index("idx_posts_author_id", "posts", ["author_id"])
        # Keeping posts.updated_at current needs a trigger, which Alembic has no operation for;
        # MySQL does it with ON UPDATE in the column default instead.
        if _dialect() == "sqlite":
            op.execute("CREATE TRIGGER trg_posts_updated_at AFTER UPDATE ON posts FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE posts SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND")
        elif _dialect() == "postgresql":
            op.execute("CREATE FUNCTION trg_posts_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$")
            op.execute("CREATE TRIGGER trg_posts_updated_at BEFORE UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION trg_posts_updated_at()")
        op.create_table(
            "comments",
            sa.Column("id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False, autoincrement=False, server_default=sa.text(_pick("(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))", "gen_random_uuid()", "(UUID())"))),
            sa.Column("post_id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False),
            sa.Column("author_id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=True),
            sa.Column("parent_id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=True),
            sa.Column("body", sa.String(2000), nullable=False),
            sa.Column("deleted_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=True),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
            sa.PrimaryKeyConstraint("id", name="pk_comments"),
            sa.ForeignKeyConstraint(["post_id"], ["posts.id"], name="fk_comments_posts", ondelete="CASCADE", onupdate="CASCADE"),
            sa.ForeignKeyConstraint(["author_id"], ["authors.id"], name="fk_comments_authors", ondelete="SET NULL", onupdate="CASCADE"),
            sa.ForeignKeyConstraint(["parent_id"], ["comments.id"], name="fk_comments_comments", ondelete="CASCADE", onupdate="CASCADE"),
            comment="A reader's comment, optionally answering another comment.",
            mysql_engine="InnoDB",
            mysql_charset="utf8mb4",
            mysql_collate="utf8mb4_unicode_ci",
        )
        op.create_index("idx_comments_post_id_created_at", "comments", ["post_id", "created_at"])
        op.create_index("idx_comments_deleted_at", "comments", ["deleted_at"])
        op.create_index("idx_comments_author_id", "comments", ["author_id"])
        op.create_index("idx_comments_parent_id", "comments", ["parent_id"])
        # Keeping comments.updated_at current needs a trigger, which Alembic has no operation for;
        # MySQL does it with ON UPDATE in the column default instead.
        if _dialect() == "sqlite":
            op.execute("CREATE TRIGGER trg_comments_updated_at AFTER UPDATE ON comments FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE comments SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND")
        elif _dialect() == "postgresql":
            op.execute("CREATE FUNCTION trg_comments_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$")
            op.execute("CREATE TRIGGER trg_comments_updated_at BEFORE UPDATE ON comments FOR EACH ROW EXECUTE FUNCTION trg_comments_updated_at()")
        op.create_table(
            "tags",
            sa.Column("id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False, autoincrement=False, server_default=sa.text(_pick("(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))", "gen_random_uuid()", "(UUID())"))),
            sa.Column("name", sa.String(50), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
            sa.PrimaryKeyConstraint("id", name="pk_tags"),
            sa.UniqueConstraint("name", name="uq_tags_name"),
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
            "revisions",
            sa.Column("post_id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False, autoincrement=False),
            sa.Column("number", sa.Integer(), nullable=False, autoincrement=False),
            sa.Column("body", sa.Text().with_variant(mysql.LONGTEXT(), "mysql", "mariadb"), nullable=False),
            sa.PrimaryKeyConstraint("post_id", "number", name="pk_revisions"),
            sa.ForeignKeyConstraint(["post_id"], ["posts.id"], name="fk_revisions_posts", ondelete="CASCADE", onupdate="CASCADE"),
            *_checks(
                ("ck_revisions_number", "number >= 1"),
            ),
            comment="Every saved version of a post's body.",
            mysql_engine="InnoDB",
            mysql_charset="utf8mb4",
            mysql_collate="utf8mb4_unicode_ci",
        )
        op.create_table(
            "post_tags",
            sa.Column("post_id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False, autoincrement=False),
            sa.Column("tag_id", sa.CHAR(36).with_variant(postgresql.UUID(), "postgresql"), nullable=False, autoincrement=False),
            sa.PrimaryKeyConstraint("post_id", "tag_id", name="pk_post_tags"),
            sa.ForeignKeyConstraint(["post_id"], ["posts.id"], name="fk_post_tags_posts", ondelete="CASCADE", onupdate="CASCADE"),
            sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], name="fk_post_tags_tags", ondelete="CASCADE", onupdate="CASCADE"),
            comment="Links Post.tags and Tag.posts.",
            mysql_engine="InnoDB",
            mysql_charset="utf8mb4",
            mysql_collate="utf8mb4_unicode_ci",
        )
        op.create_index("idx_post_tags_tag_id", "post_tags", ["tag_id"])


def downgrade() -> None:
    op.drop_table("post_tags")
    op.drop_table("revisions")
    op.drop_table("tags")
    op.drop_table("comments")
    op.drop_table("posts")
    op.drop_table("profiles")
    op.drop_table("authors")
    if _dialect() == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS trg_tags_updated_at()")
        op.execute("DROP FUNCTION IF EXISTS trg_comments_updated_at()")
        op.execute("DROP FUNCTION IF EXISTS trg_posts_updated_at()")
        op.execute("DROP FUNCTION IF EXISTS trg_profiles_updated_at()")
        op.execute("DROP FUNCTION IF EXISTS trg_authors_updated_at()")
        POST_STATUS_ENUM.drop(op.get_bind(), checkfirst=True)
