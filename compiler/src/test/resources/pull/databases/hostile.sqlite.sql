-- Names and enum labels a model cannot hold, in SQLite, which folds only ASCII letters: CHECK IN
-- lists (which pull reads as enums) with a line break, a leading space, an empty label,
-- labels that differ only in case or accents; tables whose names differ only in accents, a
-- table two of whose columns do; table, column and constraint names the model's text rules
-- refuse (/ and . in a table name, spaces at an end or doubled, a combining mark, a character
-- NFKC changes, one outside the BMP). Beside them, labels a model holds as they are. Written
-- by hand for schemac's pull tests: pull keeps each refused object out of the model and names
-- it in a warning; a CHECK IN list of labels a model cannot hold stays a string with its check.

CREATE TABLE feelings (
    id INTEGER NOT NULL PRIMARY KEY,
    mood VARCHAR(9) NOT NULL DEFAULT 'calm' CONSTRAINT ck_feelings_mood CHECK (mood IN ('calm', 'two
lines')),
    padded VARCHAR(6) CONSTRAINT ck_feelings_padded CHECK (padded IN ('left', ' right')),
    blank VARCHAR(4) CONSTRAINT ck_feelings_blank CHECK (blank IN ('some', '')),
    level VARCHAR(3) CONSTRAINT ck_feelings_level CHECK (level IN ('Low', 'low')),
    accent VARCHAR(6) CONSTRAINT ck_feelings_accent CHECK (accent IN ('résumé', 'resume')),
    quoted VARCHAR(10) NOT NULL DEFAULT 'it''s' CONSTRAINT ck_feelings_quoted CHECK (quoted IN ('it''s', 'say "hi"', 'back\slash'))
);

-- Tables whose names differ only in accents: the first is pulled.
CREATE TABLE "café" (id INTEGER NOT NULL PRIMARY KEY);
CREATE TABLE cafe (id INTEGER NOT NULL PRIMARY KEY, total INTEGER);
CREATE TABLE cafe_visits (
    id INTEGER NOT NULL PRIMARY KEY,
    cafe_id INTEGER NOT NULL REFERENCES cafe (id)
);

-- A table two of whose columns differ only in accents.
CREATE TABLE contacts (id INTEGER NOT NULL PRIMARY KEY, "Émail" TEXT, "émail" TEXT);

-- Table names the text rules refuse.
CREATE TABLE "a/b" (id INTEGER NOT NULL PRIMARY KEY);
CREATE TABLE "v1.2" (id INTEGER NOT NULL PRIMARY KEY);
CREATE TABLE " lead" (id INTEGER NOT NULL PRIMARY KEY);
CREATE TABLE "trail " (id INTEGER NOT NULL PRIMARY KEY);
CREATE TABLE "two  spaces" (id INTEGER NOT NULL PRIMARY KEY);
CREATE TABLE "téte" (id INTEGER NOT NULL PRIMARY KEY);
CREATE TABLE "ﬁle" (id INTEGER NOT NULL PRIMARY KEY);
CREATE TABLE "star🌟" (id INTEGER NOT NULL PRIMARY KEY);

-- Column names the text rules refuse, one table each.
CREATE TABLE col_lead (id INTEGER NOT NULL PRIMARY KEY, " pad" TEXT);
CREATE TABLE col_doubled (id INTEGER NOT NULL PRIMARY KEY, "x  y" TEXT);
CREATE TABLE col_mark (id INTEGER NOT NULL PRIMARY KEY, "é" TEXT);
CREATE TABLE col_star (id INTEGER NOT NULL PRIMARY KEY, "star🌟" TEXT);

-- Constraint and index names the text rules refuse: generate names them itself.
CREATE TABLE named (
    id INTEGER NOT NULL,
    code VARCHAR(20),
    label VARCHAR(20),
    size INTEGER,
    CONSTRAINT "pk  named" PRIMARY KEY (id),
    CONSTRAINT " ck_size" CHECK (size > 0)
);
CREATE UNIQUE INDEX "uq🌟" ON named (code);
CREATE INDEX "idx_ﬁ" ON named (label);
