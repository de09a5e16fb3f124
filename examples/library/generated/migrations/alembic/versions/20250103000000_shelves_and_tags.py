"""Library: shelves and tags.

Enum `Genre`: adds `POETRY`.
Creates table `tags`.
Creates table `book_tags`.
Adds column `books.shelf`.
Adds column `loans.note`.
Changes column `books.genre` (enum values).
Changes check `ck_books_genre` on `books`.
Adds index `idx_books_genre` on `books`.
Changes foreign key `fk_loans_books` from `loans` to `books` (on delete cascade).
Adds foreign key `fk_book_tags_books` from `book_tags` to `books` (on delete cascade).
Adds foreign key `fk_book_tags_tags` from `book_tags` to `tags` (on delete cascade).

Revision ID: 20250103000000
Revises: 20250102000000
Create Date: 2025-01-03 00:00:00 (the --timestamp option)
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql, postgresql

revision = "20250103000000"
down_revision = "20250102000000"
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
        _sql(
            "DROP TRIGGER IF EXISTS trg_books_updated_at;",
            "DROP TRIGGER IF EXISTS trg_loans_updated_at;",
        )
        op.create_table(
            "tags",
            sa.Column("id", sa.Integer(), nullable=False, autoincrement=True),
            sa.Column("name", sa.String(40), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
            sa.PrimaryKeyConstraint("id", name="pk_tags"),
            sa.UniqueConstraint("name", name="uq_tags_name"),
            comment="A label readers can search books by.",
            sqlite_autoincrement=True,
        )
        op.create_table(
            "book_tags",
            sa.Column("book_id", sa.Integer(), nullable=False, autoincrement=False),
            sa.Column("tag_id", sa.Integer(), nullable=False, autoincrement=False),
            sa.PrimaryKeyConstraint("book_id", "tag_id", name="pk_book_tags"),
            sa.ForeignKeyConstraint(["book_id"], ["books.id"], name="fk_book_tags_books", ondelete="CASCADE", onupdate="CASCADE"),
            sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], name="fk_book_tags_tags", ondelete="CASCADE", onupdate="CASCADE"),
            comment="Links Book.tags and Tag.books.",
        )
        op.create_index("idx_book_tags_tag_id", "book_tags", ["tag_id"])
        _sql(
            "INSERT INTO sqlite_sequence (name, seq) SELECT '_schemac_seq_loans', seq FROM sqlite_sequence WHERE name = 'loans';",
        )
        with op.batch_alter_table("loans", recreate="always", copy_from=sa.Table(
            "loans",
            sa.MetaData(),
            sa.Column("id", sa.Integer(), nullable=False, autoincrement=True),
            sa.Column("book_id", sa.Integer(), nullable=False),
            sa.Column("reader_id", sa.Integer(), nullable=False),
            sa.Column("due_on", sa.Date(), nullable=False),
            sa.Column("returned", sa.Boolean(), nullable=False, server_default=sa.text("FALSE")),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
            sqlite_autoincrement=True,
        )) as batch_op:
            batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))
            batch_op.create_primary_key("pk_loans", ["id"])
            batch_op.create_foreign_key("fk_loans_books", "books", ["book_id"], ["id"], ondelete="CASCADE", onupdate="CASCADE")
            batch_op.create_foreign_key("fk_loans_readers", "readers", ["reader_id"], ["id"], ondelete="CASCADE", onupdate="CASCADE")
            batch_op.create_index("idx_loans_reader_id_due_on", ["reader_id", "due_on"])
            batch_op.create_index("idx_loans_book_id", ["book_id"])
        _sql(
            "DELETE FROM sqlite_sequence WHERE name = 'loans';",
            "UPDATE sqlite_sequence SET name = 'loans' WHERE name = '_schemac_seq_loans';",
            "INSERT INTO sqlite_sequence (name, seq) SELECT '_schemac_seq_books', seq FROM sqlite_sequence WHERE name = 'books';",
        )
        with op.batch_alter_table("books", recreate="always", copy_from=sa.Table(
            "books",
            sa.MetaData(),
            sa.Column("id", sa.Integer(), nullable=False, autoincrement=True),
            sa.Column("isbn", sa.String(13), nullable=False),
            sa.Column("title", sa.String(200), nullable=False),
            sa.Column("genre", postgresql.ENUM("FICTION", "HISTORY", "SCIENCE", "POETRY", name="genre", create_type=False), nullable=False, server_default=sa.text("'FICTION'")),
            sa.Column("copies", sa.Integer(), nullable=False, server_default=sa.text("1")),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
            sqlite_autoincrement=True,
        )) as batch_op:
            batch_op.add_column(sa.Column("shelf", sa.String(10), nullable=True))
            batch_op.create_primary_key("pk_books", ["id"])
            batch_op.create_unique_constraint("uq_books_isbn", ["isbn"])
            batch_op.create_check_constraint("ck_books_genre", sa.text("genre IN ('FICTION', 'HISTORY', 'SCIENCE', 'POETRY')"))
            batch_op.create_check_constraint("ck_books_copies", sa.text("copies >= 0"))
            batch_op.create_index("idx_books_genre", ["genre"])
        _sql(
            "DELETE FROM sqlite_sequence WHERE name = 'books';",
            "UPDATE sqlite_sequence SET name = 'books' WHERE name = '_schemac_seq_books';",
            "CREATE TRIGGER trg_books_updated_at AFTER UPDATE ON books FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE books SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND;",
            "CREATE TRIGGER trg_loans_updated_at AFTER UPDATE ON loans FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE loans SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND;",
            "CREATE TRIGGER trg_tags_updated_at AFTER UPDATE ON tags FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE tags SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND;",
        )
        _sql(
            "CREATE TEMP TABLE _schemac_foreign_key_check (violations INTEGER NOT NULL CHECK (violations = 0));",
            "INSERT INTO _schemac_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;",
            "DROP TABLE _schemac_foreign_key_check;",
        )
    elif dialect == "postgresql":
        _outside_transaction(
            "ALTER TYPE genre ADD VALUE 'POETRY' AFTER 'SCIENCE';",
        )
        op.drop_constraint("fk_loans_books", "loans", type_="foreignkey")
        op.create_table(
            "tags",
            sa.Column("id", sa.Integer(), sa.Identity(), nullable=False, autoincrement=True),
            sa.Column("name", sa.String(40), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
            sa.PrimaryKeyConstraint("id", name="pk_tags"),
            sa.UniqueConstraint("name", name="uq_tags_name"),
            comment="A label readers can search books by.",
        )
        op.create_table(
            "book_tags",
            sa.Column("book_id", sa.Integer(), nullable=False, autoincrement=False),
            sa.Column("tag_id", sa.Integer(), nullable=False, autoincrement=False),
            sa.PrimaryKeyConstraint("book_id", "tag_id", name="pk_book_tags"),
            comment="Links Book.tags and Tag.books.",
        )
        op.create_index("idx_book_tags_tag_id", "book_tags", ["tag_id"])
        op.add_column("books", sa.Column("shelf", sa.String(10), nullable=True))
        op.add_column("loans", sa.Column("note", sa.Text(), nullable=True))
        op.create_index("idx_books_genre", "books", ["genre"])
        op.create_foreign_key("fk_loans_books", "loans", "books", ["book_id"], ["id"], ondelete="CASCADE", onupdate="CASCADE")
        op.create_foreign_key("fk_book_tags_books", "book_tags", "books", ["book_id"], ["id"], ondelete="CASCADE", onupdate="CASCADE")
        op.create_foreign_key("fk_book_tags_tags", "book_tags", "tags", ["tag_id"], ["id"], ondelete="CASCADE", onupdate="CASCADE")
        _sql(
            "CREATE FUNCTION trg_tags_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$;",
            "CREATE TRIGGER trg_tags_updated_at BEFORE UPDATE ON tags FOR EACH ROW EXECUTE FUNCTION trg_tags_updated_at();",
        )
    elif dialect == "mysql":
        op.drop_constraint("fk_loans_books", "loans", type_="foreignkey")
        op.create_table(
            "tags",
            sa.Column("id", sa.Integer(), nullable=False, autoincrement=True),
            sa.Column("name", sa.String(40), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP(6)")),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)")),
            sa.PrimaryKeyConstraint("id", name="pk_tags"),
            sa.UniqueConstraint("name", name="uq_tags_name"),
            comment="A label readers can search books by.",
            mysql_engine="InnoDB", mysql_charset="utf8mb4", mysql_collate="utf8mb4_unicode_ci",
        )
        op.create_table(
            "book_tags",
            sa.Column("book_id", sa.Integer(), nullable=False, autoincrement=False),
            sa.Column("tag_id", sa.Integer(), nullable=False, autoincrement=False),
            sa.PrimaryKeyConstraint("book_id", "tag_id", name="pk_book_tags"),
            comment="Links Book.tags and Tag.books.",
            mysql_engine="InnoDB", mysql_charset="utf8mb4", mysql_collate="utf8mb4_unicode_ci",
        )
        op.create_index("idx_book_tags_tag_id", "book_tags", ["tag_id"])
        op.add_column("books", sa.Column("shelf", sa.String(10), nullable=True))
        op.add_column("loans", sa.Column("note", sa.Text(), nullable=True))
        _sql(
            "ALTER TABLE books MODIFY COLUMN genre ENUM('FICTION', 'HISTORY', 'SCIENCE', 'POETRY') NOT NULL DEFAULT 'FICTION';",
        )
        op.create_index("idx_books_genre", "books", ["genre"])
        op.create_foreign_key("fk_loans_books", "loans", "books", ["book_id"], ["id"], ondelete="CASCADE", onupdate="CASCADE")
        op.create_foreign_key("fk_book_tags_books", "book_tags", "books", ["book_id"], ["id"], ondelete="CASCADE", onupdate="CASCADE")
        op.create_foreign_key("fk_book_tags_tags", "book_tags", "tags", ["tag_id"], ["id"], ondelete="CASCADE", onupdate="CASCADE")


def downgrade() -> None:
    dialect = _dialect()
    if dialect == "sqlite":
        _sql(
            "DROP TRIGGER IF EXISTS trg_books_updated_at;",
            "DROP TRIGGER IF EXISTS trg_loans_updated_at;",
            "DROP TRIGGER IF EXISTS trg_tags_updated_at;",
        )
        op.drop_index("idx_books_genre", table_name="books")
        # Destructive: the migration drops table `book_tags` and its rows.
        op.drop_table("book_tags")
        # Destructive: the migration drops table `tags` and its rows.
        op.drop_table("tags")
        _sql(
            "INSERT INTO sqlite_sequence (name, seq) SELECT '_schemac_seq_loans', seq FROM sqlite_sequence WHERE name = 'loans';",
        )
        # Destructive: the migration drops column `loans.note` and its values.
        with op.batch_alter_table("loans", recreate="always", copy_from=sa.Table(
            "loans",
            sa.MetaData(),
            sa.Column("id", sa.Integer(), nullable=False, autoincrement=True),
            sa.Column("book_id", sa.Integer(), nullable=False),
            sa.Column("reader_id", sa.Integer(), nullable=False),
            sa.Column("due_on", sa.Date(), nullable=False),
            sa.Column("returned", sa.Boolean(), nullable=False, server_default=sa.text("FALSE")),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
            sqlite_autoincrement=True,
        )) as batch_op:
            batch_op.create_primary_key("pk_loans", ["id"])
            batch_op.create_foreign_key("fk_loans_books", "books", ["book_id"], ["id"], ondelete="RESTRICT", onupdate="CASCADE")
            batch_op.create_foreign_key("fk_loans_readers", "readers", ["reader_id"], ["id"], ondelete="CASCADE", onupdate="CASCADE")
            batch_op.create_index("idx_loans_reader_id_due_on", ["reader_id", "due_on"])
            batch_op.create_index("idx_loans_book_id", ["book_id"])
        _sql(
            "DELETE FROM sqlite_sequence WHERE name = 'loans';",
            "UPDATE sqlite_sequence SET name = 'loans' WHERE name = '_schemac_seq_loans';",
            "INSERT INTO sqlite_sequence (name, seq) SELECT '_schemac_seq_books', seq FROM sqlite_sequence WHERE name = 'books';",
        )
        # Destructive: the migration drops column `books.shelf` and its values.
        with op.batch_alter_table("books", recreate="always", copy_from=sa.Table(
            "books",
            sa.MetaData(),
            sa.Column("id", sa.Integer(), nullable=False, autoincrement=True),
            sa.Column("isbn", sa.String(13), nullable=False),
            sa.Column("title", sa.String(200), nullable=False),
            sa.Column("genre", postgresql.ENUM("FICTION", "HISTORY", "SCIENCE", name="genre", create_type=False), nullable=False, server_default=sa.text("'FICTION'")),
            sa.Column("copies", sa.Integer(), nullable=False, server_default=sa.text("1")),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
            sqlite_autoincrement=True,
        )) as batch_op:
            batch_op.create_primary_key("pk_books", ["id"])
            batch_op.create_unique_constraint("uq_books_isbn", ["isbn"])
            batch_op.create_check_constraint("ck_books_genre", sa.text("genre IN ('FICTION', 'HISTORY', 'SCIENCE')"))
            batch_op.create_check_constraint("ck_books_copies", sa.text("copies >= 0"))
        _sql(
            "DELETE FROM sqlite_sequence WHERE name = 'books';",
            "UPDATE sqlite_sequence SET name = 'books' WHERE name = '_schemac_seq_books';",
            "CREATE TRIGGER trg_books_updated_at AFTER UPDATE ON books FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE books SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND;",
            "CREATE TRIGGER trg_loans_updated_at AFTER UPDATE ON loans FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE loans SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND;",
        )
        _sql(
            "CREATE TEMP TABLE _schemac_foreign_key_check (violations INTEGER NOT NULL CHECK (violations = 0));",
            "INSERT INTO _schemac_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;",
            "DROP TABLE _schemac_foreign_key_check;",
        )
    elif dialect == "postgresql":
        _sql(
            "DO $$\nDECLARE\n  fn regprocedure \\:= (SELECT tgfoid FROM pg_trigger WHERE tgrelid = 'tags'\\:\\:regclass AND tgname = 'trg_tags_updated_at');\nBEGIN\n  DROP TRIGGER trg_tags_updated_at ON tags;\n  IF NOT EXISTS (SELECT FROM pg_trigger WHERE tgfoid = fn) THEN\n    EXECUTE 'DROP FUNCTION ' || fn;\n  END IF;\nEND;\n$$;",
        )
        op.drop_constraint("fk_loans_books", "loans", type_="foreignkey")
        op.drop_constraint("fk_book_tags_books", "book_tags", type_="foreignkey")
        op.drop_constraint("fk_book_tags_tags", "book_tags", type_="foreignkey")
        op.drop_index("idx_books_genre", table_name="books")
        # Destructive: the migration drops column `books.shelf` and its values.
        op.drop_column("books", "shelf")
        # Destructive: the migration drops column `loans.note` and its values.
        op.drop_column("loans", "note")
        # Destructive: the migration drops table `book_tags` and its rows.
        op.drop_table("book_tags")
        # Destructive: the migration drops table `tags` and its rows.
        op.drop_table("tags")
        _sql(
            "-- Destructive\\: the migration drops value `POETRY` of enum `Genre`.\nALTER TYPE genre RENAME TO genre__schemac_old;",
            "-- Destructive\\: the migration drops value `POETRY` of enum `Genre`.\nCREATE TYPE genre AS ENUM ('FICTION', 'HISTORY', 'SCIENCE');",
            "ALTER TABLE books ALTER COLUMN genre DROP DEFAULT;",
            "ALTER TABLE books ALTER COLUMN genre TYPE genre USING genre\\:\\:text\\:\\:genre;",
            "ALTER TABLE books ALTER COLUMN genre SET DEFAULT 'FICTION';",
            "DROP TYPE genre__schemac_old;",
        )
        op.create_foreign_key("fk_loans_books", "loans", "books", ["book_id"], ["id"], ondelete="RESTRICT", onupdate="CASCADE")
    elif dialect == "mysql":
        _sql(
            "-- Strict mode, whatever the server's\\: a value that no longer fits fails its statement instead of being changed to fit.\nSET @schemac_sql_mode = @@SESSION.sql_mode;",
            "SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), 'STRICT_ALL_TABLES');",
        )
        op.drop_constraint("fk_loans_books", "loans", type_="foreignkey")
        op.drop_constraint("fk_book_tags_books", "book_tags", type_="foreignkey")
        op.drop_constraint("fk_book_tags_tags", "book_tags", type_="foreignkey")
        op.drop_index("idx_books_genre", table_name="books")
        # Destructive: the migration drops column `books.shelf` and its values.
        op.drop_column("books", "shelf")
        # Destructive: the migration drops column `loans.note` and its values.
        op.drop_column("loans", "note")
        # Destructive: the migration drops table `book_tags` and its rows.
        op.drop_table("book_tags")
        # Destructive: the migration drops table `tags` and its rows.
        op.drop_table("tags")
        _sql(
            "ALTER TABLE books MODIFY COLUMN genre ENUM('FICTION', 'HISTORY', 'SCIENCE') NOT NULL DEFAULT 'FICTION';",
        )
        op.create_foreign_key("fk_loans_books", "loans", "books", ["book_id"], ["id"], ondelete="RESTRICT", onupdate="CASCADE")
        _sql(
            "SET SESSION sql_mode = @schemac_sql_mode;",
        )
