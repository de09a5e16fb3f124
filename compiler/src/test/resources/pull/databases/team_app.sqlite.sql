-- What a team's own SQLite database holds that the sample databases do not, written by hand for
-- schemac's pull tests: AUTOINCREMENT, a column with no type, affinity-only and odd type names
-- (NUMERIC, INT2, UNSIGNED BIG INT, CLOB, NVARCHAR(100), DATETIME), COLLATE NOCASE, a generated
-- column, a partial unique over the live rows beside a unique over every row on a soft-deleting table
-- (generate makes that one over the live rows, so pull says so), a partial index on another filter,
-- rows (an adoption that rebuilds a table keeps them),
-- WITHOUT ROWID and STRICT tables (both reported: generate makes neither), and a foreign key to a
-- unique column that is not the primary key, with no name. Each is in the model or reported
-- (SC966-SC975), never dropped silently.

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email VARCHAR(10) NOT NULL COLLATE NOCASE,
    handle TEXT NOT NULL,
    created DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    misc,
    score REAL,
    amount NUMERIC,
    flags INT2,
    big_n UNSIGNED BIG INT,
    doc CLOB,
    title NVARCHAR(100),
    active BOOLEAN NOT NULL DEFAULT 1,
    full TEXT GENERATED ALWAYS AS (handle || '@' || email) VIRTUAL,
    CONSTRAINT uq_accounts_handle UNIQUE (handle)
);
CREATE INDEX idx_accounts_active ON accounts (created) WHERE active = 1;

-- A soft-deleting table: a unique over the live rows, and one over every row, which generate would
-- make over the live rows (SC975; adopting it rebuilds the table, which keeps its rows).
CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    email VARCHAR(100) NOT NULL,
    nickname VARCHAR(30) NOT NULL,
    deleted_at DATETIME,
    CONSTRAINT uq_members_email UNIQUE (email)
);
CREATE UNIQUE INDEX uq_members_nickname_live ON members (nickname) WHERE deleted_at IS NULL;
CREATE TABLE kv (
    k TEXT NOT NULL PRIMARY KEY,
    v BLOB
) WITHOUT ROWID;
CREATE TABLE strict_items (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    qty INTEGER NOT NULL CHECK (qty >= 0),
    price REAL,
    data ANY
) STRICT;
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    account_handle TEXT NOT NULL REFERENCES accounts (handle) ON DELETE CASCADE,
    starts DATE NOT NULL,
    ends DATE,
    CHECK (ends IS NULL OR ends >= starts)
);

INSERT INTO accounts (email, handle, misc, active) VALUES ('a@example.com', 'ann', 42, 1), ('b@example.com', 'bob', 'x', 0);
INSERT INTO members (email, nickname, deleted_at) VALUES ('a@example.com', 'ann', NULL), ('c@example.com', 'ann', '2024-01-01');
INSERT INTO orders (account_handle, starts) VALUES ('ann', '2024-01-01');
INSERT INTO strict_items (name, qty, data) VALUES ('bolt', 3, x'00');
