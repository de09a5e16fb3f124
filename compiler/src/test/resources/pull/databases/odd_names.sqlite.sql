-- Names and values a model cannot take as they are: spaces, accents, a leading digit, a
-- quote, SQL keywords, two tables whose singular is the same entity, a table and an enum
-- that would share a name, a column name with a line break, defaults with quotes, line
-- breaks and a control character. Written by hand for schemac's pull tests.

CREATE TABLE "Größe Tabelle" (
    "Nummer" INTEGER NOT NULL PRIMARY KEY,
    "a b" VARCHAR(10) NOT NULL DEFAULT 'it''s',
    "1st" INTEGER,
    "x""y" TEXT DEFAULT 'line one
line two',
    "select" VARCHAR(3),
    "Ünïcode" TEXT
);

CREATE TABLE person (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(40) NOT NULL CHECK (name <> 'O''Brien'),
    bell TEXT DEFAULT ('ding' || char(7))
);

CREATE TABLE people (
    id INTEGER NOT NULL PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id),
    person VARCHAR(10)
);

CREATE TABLE status (
    code VARCHAR(9) NOT NULL PRIMARY KEY,
    person_status VARCHAR(8) NOT NULL DEFAULT 'active',
    CONSTRAINT ck_status_person_status CHECK (person_status IN ('active', 'on leave', '2nd'))
);

CREATE TABLE "broken
name" (
    id INTEGER NOT NULL PRIMARY KEY
);

CREATE TABLE notes (
    id INTEGER NOT NULL PRIMARY KEY,
    "multi
line" TEXT
);

-- A table without a rowid.
CREATE TABLE settings (
    key TEXT NOT NULL PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;
