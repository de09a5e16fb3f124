-- Names and enum labels a model cannot hold, in PostgreSQL, which keeps a quoted name as
-- written: enum labels with a line break, a control character, a leading space, an empty
-- label, labels that differ only in case or accents (one to MySQL); tables whose names differ
-- only in case or accents, a table two of whose columns do; table, column and constraint
-- names the model's text rules refuse (/ and . in a table name, spaces at an end or doubled,
-- a combining mark, a character NFKC changes, one outside the BMP); index names of two tables
-- that differ only in case; a key of such an enum type; an enum type whose name differs
-- from a table's only in case (the model renames the enum). Beside them, labels and
-- names a model holds as they are (quotes, a backslash). Written by hand for schemac's pull
-- tests: pull keeps each refused object out of the model and names it in a warning.

CREATE TYPE mood AS ENUM ('calm', E'two\nlines');
CREATE TYPE bell AS ENUM ('ding', E'ring\x07');
CREATE TYPE padded AS ENUM ('left', ' right');
CREATE TYPE blank AS ENUM ('some', '');
CREATE TYPE level AS ENUM ('Low', 'low');
CREATE TYPE accent AS ENUM ('résumé', 'resume');
CREATE TYPE quoted AS ENUM ('it''s', 'say "hi"', 'back\slash');

CREATE TABLE feelings (
    id integer PRIMARY KEY,
    mood mood NOT NULL DEFAULT 'calm',
    bell bell,
    padded padded,
    blank blank,
    level level,
    accent accent,
    quoted quoted NOT NULL DEFAULT 'it''s'
);

-- Tables whose names differ only in case or accents: the first of each pair is pulled.
CREATE TABLE "Orders" (id integer PRIMARY KEY);
CREATE TABLE orders (id integer PRIMARY KEY, total integer);
CREATE TABLE order_lines (
    id integer PRIMARY KEY,
    order_id integer NOT NULL REFERENCES orders (id)
);
CREATE TABLE "café" (id integer PRIMARY KEY);
CREATE TABLE cafe (id integer PRIMARY KEY);

-- A table two of whose columns differ only in case.
CREATE TABLE contacts (id integer PRIMARY KEY, "Email" text, email text);

-- Table names the text rules refuse.
CREATE TABLE "a/b" (id integer PRIMARY KEY);
CREATE TABLE "v1.2" (id integer PRIMARY KEY);
CREATE TABLE " lead" (id integer PRIMARY KEY);
CREATE TABLE "trail " (id integer PRIMARY KEY);
CREATE TABLE "two  spaces" (id integer PRIMARY KEY);
CREATE TABLE U&"te\0301te" (id integer PRIMARY KEY);
CREATE TABLE U&"\FB01le" (id integer PRIMARY KEY);
CREATE TABLE U&"star\+01F31F" (id integer PRIMARY KEY);

-- Column names the text rules refuse, one table each.
CREATE TABLE col_lead (id integer PRIMARY KEY, " pad" text);
CREATE TABLE col_doubled (id integer PRIMARY KEY, "x  y" text);
CREATE TABLE col_mark (id integer PRIMARY KEY, U&"e\0301" text);
CREATE TABLE col_star (id integer PRIMARY KEY, U&"star\+01F31F" text);

-- Constraint and index names the text rules refuse: generate names them itself.
CREATE TABLE named (
    id integer,
    code varchar(20),
    label varchar(20),
    size integer,
    CONSTRAINT "pk  named" PRIMARY KEY (id),
    CONSTRAINT U&"uq\+01F31F" UNIQUE (code),
    CONSTRAINT " ck_size" CHECK (size > 0)
);
CREATE INDEX U&"idx_\FB01" ON named (label);

-- Names generate derives for `named` above, in another case: on `labels`, pulled first, and on
-- `zones`, pulled after, they take derived names (kept, they would make generate number
-- `named`'s, or refuse the model). An index named as a table, in another case (PostgreSQL's
-- relations share one namespace).
CREATE TABLE labels (id integer, label varchar(20), CONSTRAINT "PK_NAMED" PRIMARY KEY (id));
CREATE INDEX "IDX_NAMED_LABEL" ON labels (label);
CREATE TABLE zones (id integer PRIMARY KEY, code varchar(20), size integer, region varchar(20),
    CONSTRAINT "CK_NAMED_SIZE" CHECK (size > 1));
CREATE INDEX "UQ_NAMED_CODE" ON zones (code);
CREATE INDEX "Labels" ON zones (region);

-- Index names of two tables that differ only in case: the second takes the derived name.
CREATE INDEX idx_shared ON "Orders" (id);
CREATE INDEX "IDX_SHARED" ON order_lines (order_id);

-- A key of an enum type a model cannot hold; an enum type whose name differs from a table's
-- only in case (PostgreSQL keeps them apart, the model's types do not).
CREATE TABLE moods (m mood PRIMARY KEY, note text);
CREATE TYPE "Stage" AS ENUM ('new', 'done');
CREATE TABLE stage (id integer PRIMARY KEY, state "Stage" NOT NULL DEFAULT 'new');
