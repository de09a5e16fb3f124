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

revision = "20250102000000"
down_revision = "20250101000000"
branch_labels = None
depends_on = None

_UP = {
    "sqlite": (
        [],
        [
            "DROP TRIGGER IF EXISTS trg_books_updated_at;",
            "DROP TRIGGER IF EXISTS trg_members_updated_at;",
            "ALTER TABLE members RENAME TO readers;",
            "-- One book lent to one reader.\nCREATE TABLE loans (\n  id INTEGER NOT NULL CONSTRAINT pk_loans PRIMARY KEY AUTOINCREMENT,\n  book_id INTEGER NOT NULL,\n  reader_id INTEGER NOT NULL,\n  due_on DATE NOT NULL,\n  returned BOOLEAN NOT NULL DEFAULT FALSE,\n  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,\n  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,\n  CONSTRAINT fk_loans_books FOREIGN KEY (book_id) REFERENCES books (id) ON DELETE RESTRICT ON UPDATE CASCADE,\n  CONSTRAINT fk_loans_readers FOREIGN KEY (reader_id) REFERENCES readers (id) ON DELETE CASCADE ON UPDATE CASCADE\n);",
            "CREATE INDEX idx_loans_reader_id_due_on ON loans (reader_id, due_on);",
            "CREATE INDEX idx_loans_book_id ON loans (book_id);",
            "-- Rebuilding books: SQLite's ALTER TABLE cannot make this change in place.\n-- A title the library owns copies of.\nCREATE TABLE _schemac_new_books (\n  id INTEGER NOT NULL CONSTRAINT pk_books PRIMARY KEY AUTOINCREMENT,\n  isbn VARCHAR(13) NOT NULL,\n  title VARCHAR(200) NOT NULL,\n  genre VARCHAR(7) NOT NULL DEFAULT 'FICTION',\n  copies INTEGER NOT NULL DEFAULT 1,\n  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,\n  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,\n  CONSTRAINT uq_books_isbn UNIQUE (isbn),\n  CONSTRAINT ck_books_genre CHECK (genre IN ('FICTION', 'HISTORY', 'SCIENCE')),\n  CONSTRAINT ck_books_copies CHECK (copies >= 0)\n);",
            "INSERT INTO _schemac_new_books (id, isbn, title, genre, copies, created_at, updated_at) SELECT id, isbn, title, genre, copies, created_at, updated_at FROM books;",
            "DROP TABLE books;",
            "ALTER TABLE _schemac_new_books RENAME TO books;",
            "-- Rebuilding readers: SQLite's ALTER TABLE cannot make this change in place.\n-- Someone who may borrow books.\nCREATE TABLE _schemac_new_readers (\n  id INTEGER NOT NULL CONSTRAINT pk_readers PRIMARY KEY AUTOINCREMENT,\n  full_name VARCHAR(80) NOT NULL,\n  -- PII: personal data.\n  email VARCHAR(200) NOT NULL,\n  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,\n  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,\n  CONSTRAINT uq_readers_email UNIQUE (email)\n);",
            "INSERT INTO _schemac_new_readers (id, full_name, email, created_at, updated_at) SELECT id, name, email, created_at, updated_at FROM readers;",
            "DROP TABLE readers;",
            "ALTER TABLE _schemac_new_readers RENAME TO readers;",
            "CREATE TRIGGER trg_books_updated_at AFTER UPDATE ON books FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE books SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND;",
            "CREATE TRIGGER trg_readers_updated_at AFTER UPDATE ON readers FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE readers SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND;",
            "CREATE TRIGGER trg_loans_updated_at AFTER UPDATE ON loans FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE loans SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND;",
            "CREATE TEMP TABLE _schemac_foreign_key_check (violations INTEGER NOT NULL CHECK (violations = 0));",
            "INSERT INTO _schemac_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;",
            "DROP TABLE _schemac_foreign_key_check;",
        ],
    ),
    "postgresql": (
        [
            "ALTER TYPE genre ADD VALUE 'HISTORY' AFTER 'FICTION';",
        ],
        [
            "DROP TRIGGER trg_books_updated_at ON books;",
            "DROP FUNCTION trg_books_updated_at();",
            "DROP TRIGGER trg_members_updated_at ON members;",
            "DROP FUNCTION trg_members_updated_at();",
            "ALTER TABLE members RENAME TO readers;",
            "ALTER TABLE readers RENAME COLUMN name TO full_name;",
            "ALTER TABLE readers RENAME CONSTRAINT pk_members TO pk_readers;",
            "ALTER TABLE readers RENAME CONSTRAINT uq_members_email TO uq_readers_email;",
            "CREATE TABLE loans (\n  id integer NOT NULL GENERATED BY DEFAULT AS IDENTITY,\n  book_id integer NOT NULL,\n  reader_id integer NOT NULL,\n  due_on date NOT NULL,\n  returned boolean NOT NULL DEFAULT FALSE,\n  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,\n  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,\n  CONSTRAINT pk_loans PRIMARY KEY (id)\n);",
            "CREATE INDEX idx_loans_reader_id_due_on ON loans (reader_id, due_on);",
            "CREATE INDEX idx_loans_book_id ON loans (book_id);",
            "COMMENT ON TABLE loans IS 'One book lent to one reader.';",
            "ALTER TABLE books ALTER COLUMN title TYPE varchar(200) USING title::varchar(200);",
            "ALTER TABLE loans ADD CONSTRAINT fk_loans_books FOREIGN KEY (book_id) REFERENCES books (id) ON DELETE RESTRICT ON UPDATE CASCADE;",
            "ALTER TABLE loans ADD CONSTRAINT fk_loans_readers FOREIGN KEY (reader_id) REFERENCES readers (id) ON DELETE CASCADE ON UPDATE CASCADE;",
            "CREATE FUNCTION trg_books_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at := CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$;",
            "CREATE TRIGGER trg_books_updated_at BEFORE UPDATE ON books FOR EACH ROW EXECUTE FUNCTION trg_books_updated_at();",
            "CREATE FUNCTION trg_readers_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at := CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$;",
            "CREATE TRIGGER trg_readers_updated_at BEFORE UPDATE ON readers FOR EACH ROW EXECUTE FUNCTION trg_readers_updated_at();",
            "CREATE FUNCTION trg_loans_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at := CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$;",
            "CREATE TRIGGER trg_loans_updated_at BEFORE UPDATE ON loans FOR EACH ROW EXECUTE FUNCTION trg_loans_updated_at();",
        ],
    ),
    "mysql": (
        [],
        [
            "ALTER TABLE members RENAME TO readers;",
            "ALTER TABLE readers RENAME COLUMN name TO full_name;",
            "ALTER TABLE readers RENAME INDEX uq_members_email TO uq_readers_email;",
            "CREATE TABLE loans (\n  id INT NOT NULL AUTO_INCREMENT,\n  book_id INT NOT NULL,\n  reader_id INT NOT NULL,\n  due_on DATE NOT NULL,\n  returned BOOLEAN NOT NULL DEFAULT FALSE,\n  created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),\n  updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),\n  CONSTRAINT pk_loans PRIMARY KEY (id),\n  INDEX idx_loans_reader_id_due_on (reader_id, due_on),\n  INDEX idx_loans_book_id (book_id)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='One book lent to one reader.';",
            "ALTER TABLE books MODIFY COLUMN title VARCHAR(200) NOT NULL;",
            "ALTER TABLE books MODIFY COLUMN genre ENUM('FICTION', 'HISTORY', 'SCIENCE') NOT NULL DEFAULT 'FICTION';",
            "ALTER TABLE loans ADD CONSTRAINT fk_loans_books FOREIGN KEY (book_id) REFERENCES books (id) ON DELETE RESTRICT ON UPDATE CASCADE;",
            "ALTER TABLE loans ADD CONSTRAINT fk_loans_readers FOREIGN KEY (reader_id) REFERENCES readers (id) ON DELETE CASCADE ON UPDATE CASCADE;",
        ],
    ),
}
_DOWN = {
    "sqlite": (
        [],
        [
            "DROP TRIGGER IF EXISTS trg_books_updated_at;",
            "DROP TRIGGER IF EXISTS trg_readers_updated_at;",
            "DROP TRIGGER IF EXISTS trg_loans_updated_at;",
            "DROP TABLE loans;",
            "ALTER TABLE readers RENAME TO members;",
            "-- Rebuilding books: SQLite's ALTER TABLE cannot make this change in place.\n-- A title the library owns copies of.\nCREATE TABLE _schemac_new_books (\n  id INTEGER NOT NULL CONSTRAINT pk_books PRIMARY KEY AUTOINCREMENT,\n  isbn VARCHAR(13) NOT NULL,\n  title VARCHAR(120) NOT NULL,\n  genre VARCHAR(7) NOT NULL DEFAULT 'FICTION',\n  copies INTEGER NOT NULL DEFAULT 1,\n  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,\n  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,\n  CONSTRAINT uq_books_isbn UNIQUE (isbn),\n  CONSTRAINT ck_books_genre CHECK (genre IN ('FICTION', 'SCIENCE')),\n  CONSTRAINT ck_books_copies CHECK (copies >= 0)\n);",
            "INSERT INTO _schemac_new_books (id, isbn, title, genre, copies, created_at, updated_at) SELECT id, isbn, title, genre, copies, created_at, updated_at FROM books;",
            "DROP TABLE books;",
            "ALTER TABLE _schemac_new_books RENAME TO books;",
            "-- Rebuilding members: SQLite's ALTER TABLE cannot make this change in place.\n-- Someone who may borrow books.\nCREATE TABLE _schemac_new_members (\n  id INTEGER NOT NULL CONSTRAINT pk_members PRIMARY KEY AUTOINCREMENT,\n  name VARCHAR(80) NOT NULL,\n  -- PII: personal data.\n  email VARCHAR(200) NOT NULL,\n  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,\n  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,\n  CONSTRAINT uq_members_email UNIQUE (email)\n);",
            "INSERT INTO _schemac_new_members (id, name, email, created_at, updated_at) SELECT id, full_name, email, created_at, updated_at FROM members;",
            "DROP TABLE members;",
            "ALTER TABLE _schemac_new_members RENAME TO members;",
            "CREATE TRIGGER trg_books_updated_at AFTER UPDATE ON books FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE books SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND;",
            "CREATE TRIGGER trg_members_updated_at AFTER UPDATE ON members FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE members SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND;",
            "CREATE TEMP TABLE _schemac_foreign_key_check (violations INTEGER NOT NULL CHECK (violations = 0));",
            "INSERT INTO _schemac_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;",
            "DROP TABLE _schemac_foreign_key_check;",
        ],
    ),
    "postgresql": (
        [],
        [
            "DROP TRIGGER trg_books_updated_at ON books;",
            "DROP FUNCTION trg_books_updated_at();",
            "DROP TRIGGER trg_readers_updated_at ON readers;",
            "DROP FUNCTION trg_readers_updated_at();",
            "DROP TRIGGER trg_loans_updated_at ON loans;",
            "DROP FUNCTION trg_loans_updated_at();",
            "ALTER TABLE loans DROP CONSTRAINT fk_loans_books;",
            "ALTER TABLE loans DROP CONSTRAINT fk_loans_readers;",
            "DROP TABLE loans;",
            "ALTER TYPE genre RENAME TO genre__schemac_old;",
            "CREATE TYPE genre AS ENUM ('FICTION', 'SCIENCE');",
            "ALTER TABLE readers RENAME TO members;",
            "ALTER TABLE members RENAME COLUMN full_name TO name;",
            "ALTER TABLE members RENAME CONSTRAINT pk_readers TO pk_members;",
            "ALTER TABLE members RENAME CONSTRAINT uq_readers_email TO uq_members_email;",
            "ALTER TABLE books ALTER COLUMN title TYPE varchar(120) USING title::varchar(120);",
            "ALTER TABLE books ALTER COLUMN genre DROP DEFAULT;",
            "ALTER TABLE books ALTER COLUMN genre TYPE genre USING genre::text::genre;",
            "ALTER TABLE books ALTER COLUMN genre SET DEFAULT 'FICTION';",
            "DROP TYPE genre__schemac_old;",
            "CREATE FUNCTION trg_books_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at := CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$;",
            "CREATE TRIGGER trg_books_updated_at BEFORE UPDATE ON books FOR EACH ROW EXECUTE FUNCTION trg_books_updated_at();",
            "CREATE FUNCTION trg_members_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at := CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$;",
            "CREATE TRIGGER trg_members_updated_at BEFORE UPDATE ON members FOR EACH ROW EXECUTE FUNCTION trg_members_updated_at();",
        ],
    ),
    "mysql": (
        [],
        [
            "ALTER TABLE loans DROP FOREIGN KEY fk_loans_books;",
            "ALTER TABLE loans DROP FOREIGN KEY fk_loans_readers;",
            "DROP TABLE loans;",
            "ALTER TABLE readers RENAME TO members;",
            "ALTER TABLE members RENAME COLUMN full_name TO name;",
            "ALTER TABLE members RENAME INDEX uq_readers_email TO uq_members_email;",
            "ALTER TABLE books MODIFY COLUMN title VARCHAR(120) NOT NULL;",
            "ALTER TABLE books MODIFY COLUMN genre ENUM('FICTION', 'SCIENCE') NOT NULL DEFAULT 'FICTION';",
        ],
    ),
}


def _dialect() -> str:
    name = op.get_bind().dialect.name
    return "mysql" if name == "mariadb" else name


def _run(statements: dict[str, tuple[list[str], list[str]]]) -> None:
    outside, inside = statements[_dialect()]
    if outside:
        # ALTER TYPE ... ADD VALUE: a new enum value cannot be used in the transaction that adds it.
        with op.get_context().autocommit_block():
            for sql in outside:
                op.execute(sa.text(sql.replace(":", "\\:")))
    for sql in inside:
        # Colons escaped: the SQL is taken as it is, never as bind parameters.
        op.execute(sa.text(sql.replace(":", "\\:")))


def upgrade() -> None:
    _run(_UP)


def downgrade() -> None:
    _run(_DOWN)
