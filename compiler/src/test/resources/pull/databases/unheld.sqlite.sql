-- Properties a model has no word for, which change what the database takes: a collation on a
-- column, in a check and in an index; a foreign key checked at commit; a BOOLEAN default SQLite
-- stores as text; a default longer than its column. Written by hand for schemac's pull tests:
-- generating the pulled model would build a database that takes other values, so pull reports
-- each one (SC975, SC969, SC970, SC968) and never carries it silently. Beside them, what a model
-- holds as it is: a BOOLEAN default SQLite stores as 1 or 0, and a BINARY collation.

CREATE TABLE words (
    id INTEGER NOT NULL PRIMARY KEY,
    -- 'A' passes this check (NOCASE), but not the same check without the COLLATE.
    q TEXT NOT NULL CONSTRAINT ck_words_q CHECK (q >= 'a' COLLATE NOCASE),
    -- 'x' and 'X' are duplicates here.
    tag VARCHAR(20) COLLATE NOCASE UNIQUE,
    code VARCHAR(20) NOT NULL,
    exact TEXT COLLATE BINARY,
    -- SQLite stores the text 'yes', which it reads as false.
    flag BOOLEAN NOT NULL DEFAULT 'yes',
    keyword_flag BOOLEAN NOT NULL DEFAULT TRUE,
    text_flag BOOLEAN NOT NULL DEFAULT '0',
    number_flag BOOLEAN NOT NULL DEFAULT 1,
    short VARCHAR(5) DEFAULT 'toolongvalue',
    n INTEGER CONSTRAINT ck_words_n CHECK (n REGEXP 'a'),
    parent_id INTEGER CONSTRAINT fk_words_parent_id REFERENCES words (id) DEFERRABLE INITIALLY DEFERRED,
    other_id INTEGER CONSTRAINT fk_words_other_id REFERENCES words (id) DEFERRABLE INITIALLY IMMEDIATE
);
CREATE INDEX idx_words_parent_id ON words (parent_id);
CREATE INDEX idx_words_other_id ON words (other_id);
CREATE UNIQUE INDEX uq_words_code_nocase ON words (code COLLATE NOCASE);

-- A column without a name: the table cannot be an entity, and the warning says why.
CREATE TABLE nameless (id INTEGER NOT NULL PRIMARY KEY, "" TEXT);
