"""Library: loans and readers.

Enum `Genre`: adds `HISTORY`.
Renames table `members` to `readers`.
Renames column `readers.name` to `full_name`.
Renames `pk_members` to `pk_readers`.
Renames `uq_members_email` to `uq_readers_email`.
Creates table `loans`.
Changes column `books.title` (type).
Changes column `books.genre` (enum values).
Changes check `ck_books_genre` on `books`.
Adds foreign key `fk_loans_books` from `loans` to `books` (on delete restrict).
Adds foreign key `fk_loans_readers` from `loans` to `readers` (on delete cascade).

Revision ID: 20250102000000
Revises: 20250101000000
Create Date: 2025-01-02 00:00:00 (the --timestamp option)
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql, postgresql

revision = "20250102000000"
down_revision = "20250101000000"
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
            "DROP TRIGGER IF EXISTS trg_members_updated_at;",
        )
        op.rename_table("members", "readers")
        op.create_table(
            "loans",
            sa.Column("id", sa.Integer(), nullable=False, autoincrement=True),
            sa.Column("book_id", sa.Integer(), nullable=False),
            sa.Column("reader_id", sa.Integer(), nullable=False),
            sa.Column("due_on", sa.Date(), nullable=False),
            sa.Column("returned", sa.Boolean(), nullable=False, server_default=sa.text("FALSE")),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
            sa.PrimaryKeyConstraint("id", name="pk_loans"),
            sa.ForeignKeyConstraint(["book_id"], ["books.id"], name="fk_loans_books", ondelete="RESTRICT", onupdate="CASCADE"),
            sa.ForeignKeyConstraint(["reader_id"], ["readers.id"], name="fk_loans_readers", ondelete="CASCADE", onupdate="CASCADE"),
            comment="One book lent to one reader.",
            sqlite_autoincrement=True,
        )
        op.create_index("idx_loans_reader_id_due_on", "loans", ["reader_id", "due_on"])
        op.create_index("idx_loans_book_id", "loans", ["book_id"])
        _sql(
            "INSERT INTO sqlite_sequence (name, seq) SELECT '_schemac_seq_books', seq FROM sqlite_sequence WHERE name = 'books';",
        )
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
            "INSERT INTO sqlite_sequence (name, seq) SELECT '_schemac_seq_readers', seq FROM sqlite_sequence WHERE name = 'readers';",
        )
        with op.batch_alter_table("readers", recreate="always", copy_from=sa.Table(
            "readers",
            sa.MetaData(),
            sa.Column("id", sa.Integer(), nullable=False, autoincrement=True),
            sa.Column("name", sa.String(80), nullable=False),
            sa.Column("email", sa.String(200), nullable=False, comment="PII: personal data."),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
            sqlite_autoincrement=True,
        )) as batch_op:
            batch_op.alter_column("name", new_column_name="full_name")
            batch_op.create_primary_key("pk_readers", ["id"])
            batch_op.create_unique_constraint("uq_readers_email", ["email"])
        _sql(
            "DELETE FROM sqlite_sequence WHERE name = 'readers';",
            "UPDATE sqlite_sequence SET name = 'readers' WHERE name = '_schemac_seq_readers';",
            "CREATE TRIGGER trg_books_updated_at AFTER UPDATE ON books FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE books SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND;",
            "CREATE TRIGGER trg_readers_updated_at AFTER UPDATE ON readers FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE readers SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND;",
            "CREATE TRIGGER trg_loans_updated_at AFTER UPDATE ON loans FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE loans SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND;",
        )
        _sql(
            "CREATE TEMP TABLE _schemac_foreign_key_check (violations INTEGER NOT NULL CHECK (violations = 0));",
            "INSERT INTO _schemac_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;",
            "DROP TABLE _schemac_foreign_key_check;",
        )
    elif dialect == "postgresql":
        _outside_transaction(
            "ALTER TYPE genre ADD VALUE 'HISTORY' AFTER 'FICTION';",
        )
        _sql(
            "DO $$\nDECLARE\n  fn regprocedure \\:= (SELECT tgfoid FROM pg_trigger WHERE tgrelid = 'members'\\:\\:regclass AND tgname = 'trg_members_updated_at');\nBEGIN\n  DROP TRIGGER trg_members_updated_at ON members;\n  IF NOT EXISTS (SELECT FROM pg_trigger WHERE tgfoid = fn) THEN\n    EXECUTE 'DROP FUNCTION ' || fn;\n  END IF;\nEND;\n$$;",
        )
        op.rename_table("members", "readers")
        op.alter_column("readers", "name", new_column_name="full_name")
        _sql(
            "ALTER TABLE readers RENAME CONSTRAINT pk_members TO pk_readers;",
            "ALTER TABLE readers RENAME CONSTRAINT uq_members_email TO uq_readers_email;",
        )
        op.create_table(
            "loans",
            sa.Column("id", sa.Integer(), sa.Identity(), nullable=False, autoincrement=True),
            sa.Column("book_id", sa.Integer(), nullable=False),
            sa.Column("reader_id", sa.Integer(), nullable=False),
            sa.Column("due_on", sa.Date(), nullable=False),
            sa.Column("returned", sa.Boolean(), nullable=False, server_default=sa.text("FALSE")),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
            sa.PrimaryKeyConstraint("id", name="pk_loans"),
            comment="One book lent to one reader.",
        )
        op.create_index("idx_loans_reader_id_due_on", "loans", ["reader_id", "due_on"])
        op.create_index("idx_loans_book_id", "loans", ["book_id"])
        _sql(
            "ALTER TABLE books ALTER COLUMN title TYPE varchar(200) USING title\\:\\:varchar(200);",
        )
        op.create_foreign_key("fk_loans_books", "loans", "books", ["book_id"], ["id"], ondelete="RESTRICT", onupdate="CASCADE")
        op.create_foreign_key("fk_loans_readers", "loans", "readers", ["reader_id"], ["id"], ondelete="CASCADE", onupdate="CASCADE")
        _sql(
            "CREATE FUNCTION trg_readers_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$;",
            "CREATE TRIGGER trg_readers_updated_at BEFORE UPDATE ON readers FOR EACH ROW EXECUTE FUNCTION trg_readers_updated_at();",
            "CREATE FUNCTION trg_loans_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$;",
            "CREATE TRIGGER trg_loans_updated_at BEFORE UPDATE ON loans FOR EACH ROW EXECUTE FUNCTION trg_loans_updated_at();",
        )
    elif dialect == "mysql":
        op.rename_table("members", "readers")
        _sql(
            "ALTER TABLE readers RENAME COLUMN name TO full_name;",
            "ALTER TABLE readers RENAME INDEX uq_members_email TO uq_readers_email;",
        )
        op.create_table(
            "loans",
            sa.Column("id", sa.Integer(), nullable=False, autoincrement=True),
            sa.Column("book_id", sa.Integer(), nullable=False),
            sa.Column("reader_id", sa.Integer(), nullable=False),
            sa.Column("due_on", sa.Date(), nullable=False),
            sa.Column("returned", sa.Boolean(), nullable=False, server_default=sa.text("FALSE")),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP(6)")),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)")),
            sa.PrimaryKeyConstraint("id", name="pk_loans"),
            comment="One book lent to one reader.",
            mysql_engine="InnoDB", mysql_charset="utf8mb4", mysql_collate="utf8mb4_unicode_ci",
        )
        op.create_index("idx_loans_reader_id_due_on", "loans", ["reader_id", "due_on"])
        op.create_index("idx_loans_book_id", "loans", ["book_id"])
        _sql(
            "ALTER TABLE books MODIFY COLUMN title VARCHAR(200) NOT NULL;",
            "ALTER TABLE books MODIFY COLUMN genre ENUM('FICTION', 'HISTORY', 'SCIENCE') NOT NULL DEFAULT 'FICTION';",
        )
        op.create_foreign_key("fk_loans_books", "loans", "books", ["book_id"], ["id"], ondelete="RESTRICT", onupdate="CASCADE")
        op.create_foreign_key("fk_loans_readers", "loans", "readers", ["reader_id"], ["id"], ondelete="CASCADE", onupdate="CASCADE")


def downgrade() -> None:
    dialect = _dialect()
    if dialect == "sqlite":
        _sql(
            "DROP TRIGGER IF EXISTS trg_books_updated_at;",
            "DROP TRIGGER IF EXISTS trg_readers_updated_at;",
            "DROP TRIGGER IF EXISTS trg_loans_updated_at;",
        )
        # Destructive: the migration drops table `loans` and its rows.
        op.drop_table("loans")
        op.rename_table("readers", "members")
        _sql(
            "INSERT INTO sqlite_sequence (name, seq) SELECT '_schemac_seq_books', seq FROM sqlite_sequence WHERE name = 'books';",
        )
        # Destructive: the migration narrows `books.title`: length 200 to 120.
        with op.batch_alter_table("books", recreate="always", copy_from=sa.Table(
            "books",
            sa.MetaData(),
            sa.Column("id", sa.Integer(), nullable=False, autoincrement=True),
            sa.Column("isbn", sa.String(13), nullable=False),
            sa.Column("title", sa.String(120), nullable=False),
            sa.Column("genre", postgresql.ENUM("FICTION", "SCIENCE", name="genre", create_type=False), nullable=False, server_default=sa.text("'FICTION'")),
            sa.Column("copies", sa.Integer(), nullable=False, server_default=sa.text("1")),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
            sqlite_autoincrement=True,
        )) as batch_op:
            batch_op.create_primary_key("pk_books", ["id"])
            batch_op.create_unique_constraint("uq_books_isbn", ["isbn"])
            batch_op.create_check_constraint("ck_books_genre", sa.text("genre IN ('FICTION', 'SCIENCE')"))
            batch_op.create_check_constraint("ck_books_copies", sa.text("copies >= 0"))
        _sql(
            "DELETE FROM sqlite_sequence WHERE name = 'books';",
            "UPDATE sqlite_sequence SET name = 'books' WHERE name = '_schemac_seq_books';",
            "INSERT INTO sqlite_sequence (name, seq) SELECT '_schemac_seq_members', seq FROM sqlite_sequence WHERE name = 'members';",
        )
        with op.batch_alter_table("members", recreate="always", copy_from=sa.Table(
            "members",
            sa.MetaData(),
            sa.Column("id", sa.Integer(), nullable=False, autoincrement=True),
            sa.Column("full_name", sa.String(80), nullable=False),
            sa.Column("email", sa.String(200), nullable=False, comment="PII: personal data."),
            sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
            sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
            sqlite_autoincrement=True,
        )) as batch_op:
            batch_op.alter_column("full_name", new_column_name="name")
            batch_op.create_primary_key("pk_members", ["id"])
            batch_op.create_unique_constraint("uq_members_email", ["email"])
        _sql(
            "DELETE FROM sqlite_sequence WHERE name = 'members';",
            "UPDATE sqlite_sequence SET name = 'members' WHERE name = '_schemac_seq_members';",
            "CREATE TRIGGER trg_books_updated_at AFTER UPDATE ON books FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE books SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND;",
            "CREATE TRIGGER trg_members_updated_at AFTER UPDATE ON members FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE members SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND;",
        )
        _sql(
            "CREATE TEMP TABLE _schemac_foreign_key_check (violations INTEGER NOT NULL CHECK (violations = 0));",
            "INSERT INTO _schemac_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;",
            "DROP TABLE _schemac_foreign_key_check;",
        )
    elif dialect == "postgresql":
        _sql(
            "DO $$\nDECLARE\n  fn regprocedure \\:= (SELECT tgfoid FROM pg_trigger WHERE tgrelid = 'readers'\\:\\:regclass AND tgname = 'trg_readers_updated_at');\nBEGIN\n  DROP TRIGGER trg_readers_updated_at ON readers;\n  IF NOT EXISTS (SELECT FROM pg_trigger WHERE tgfoid = fn) THEN\n    EXECUTE 'DROP FUNCTION ' || fn;\n  END IF;\nEND;\n$$;",
            "DO $$\nDECLARE\n  fn regprocedure \\:= (SELECT tgfoid FROM pg_trigger WHERE tgrelid = 'loans'\\:\\:regclass AND tgname = 'trg_loans_updated_at');\nBEGIN\n  DROP TRIGGER trg_loans_updated_at ON loans;\n  IF NOT EXISTS (SELECT FROM pg_trigger WHERE tgfoid = fn) THEN\n    EXECUTE 'DROP FUNCTION ' || fn;\n  END IF;\nEND;\n$$;",
        )
        op.drop_constraint("fk_loans_books", "loans", type_="foreignkey")
        op.drop_constraint("fk_loans_readers", "loans", type_="foreignkey")
        # Destructive: the migration drops table `loans` and its rows.
        op.drop_table("loans")
        _sql(
            "-- Destructive\\: the migration drops value `HISTORY` of enum `Genre`.\nALTER TYPE genre RENAME TO genre__schemac_old;",
            "-- Destructive\\: the migration drops value `HISTORY` of enum `Genre`.\nCREATE TYPE genre AS ENUM ('FICTION', 'SCIENCE');",
        )
        op.rename_table("readers", "members")
        op.alter_column("members", "full_name", new_column_name="name")
        _sql(
            "ALTER TABLE members RENAME CONSTRAINT pk_readers TO pk_members;",
            "ALTER TABLE members RENAME CONSTRAINT uq_readers_email TO uq_members_email;",
            "-- Destructive\\: the migration narrows `books.title`\\: length 200 to 120.\nALTER TABLE books ALTER COLUMN title TYPE varchar(120) USING title\\:\\:text;",
            "ALTER TABLE books ALTER COLUMN genre DROP DEFAULT;",
            "ALTER TABLE books ALTER COLUMN genre TYPE genre USING genre\\:\\:text\\:\\:genre;",
            "ALTER TABLE books ALTER COLUMN genre SET DEFAULT 'FICTION';",
            "DROP TYPE genre__schemac_old;",
            "CREATE FUNCTION trg_members_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$;",
            "CREATE TRIGGER trg_members_updated_at BEFORE UPDATE ON members FOR EACH ROW EXECUTE FUNCTION trg_members_updated_at();",
        )
    elif dialect == "mysql":
        _sql(
            "-- Strict mode, whatever the server's\\: a value that no longer fits fails its statement instead of being changed to fit.\nSET @schemac_sql_mode = @@SESSION.sql_mode;",
            "SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), 'STRICT_ALL_TABLES');",
        )
        op.drop_constraint("fk_loans_books", "loans", type_="foreignkey")
        op.drop_constraint("fk_loans_readers", "loans", type_="foreignkey")
        # Destructive: the migration drops table `loans` and its rows.
        op.drop_table("loans")
        op.rename_table("readers", "members")
        _sql(
            "ALTER TABLE members RENAME COLUMN full_name TO name;",
            "ALTER TABLE members RENAME INDEX uq_readers_email TO uq_members_email;",
            "-- Destructive\\: the migration narrows `books.title`\\: length 200 to 120.\nALTER TABLE books MODIFY COLUMN title VARCHAR(120) NOT NULL;",
            "ALTER TABLE books MODIFY COLUMN genre ENUM('FICTION', 'SCIENCE') NOT NULL DEFAULT 'FICTION';",
            "SET SESSION sql_mode = @schemac_sql_mode;",
        )
