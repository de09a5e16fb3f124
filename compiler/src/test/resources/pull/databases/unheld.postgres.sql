-- Properties a model has no word for, which change what the database takes: a collation on a
-- column and in a check; a BOOLEAN default spelt as PostgreSQL's text ('yes', which it reads as
-- true); a default longer than its column. Written by hand for schemac's pull tests: generating
-- the pulled model would build a database that takes other values, so pull reports each one
-- (SC975, SC969, SC968) and never carries it silently.

CREATE TABLE words (
    id integer NOT NULL PRIMARY KEY,
    q text NOT NULL CONSTRAINT ck_words_q CHECK (q >= 'a' COLLATE "C"),
    tag varchar(20) COLLATE "C" UNIQUE,
    flag boolean NOT NULL DEFAULT 'yes',
    off_flag boolean NOT NULL DEFAULT 'off',
    parent_id integer CONSTRAINT fk_words_parent_id REFERENCES words (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX idx_words_parent_id ON words (parent_id);
