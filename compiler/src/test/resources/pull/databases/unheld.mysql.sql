-- Properties a model has no word for, which change what the database takes: a column collation
-- other than the one generate gives every column (utf8mb4_unicode_ci), which decides which
-- values are duplicates; a check comparing under a collation; a BOOLEAN default, which MySQL
-- and MariaDB hold as 1 or 0. Written by hand for schemac's pull tests: pull reports each
-- property a model cannot carry (SC975, SC969) and never drops it silently.

CREATE TABLE words (
    id INT NOT NULL PRIMARY KEY,
    tag VARCHAR(20) COLLATE utf8mb4_bin,
    plain VARCHAR(20),
    q VARCHAR(20) NOT NULL,
    flag BOOLEAN NOT NULL DEFAULT TRUE,
    off_flag BOOLEAN NOT NULL DEFAULT 0,
    CONSTRAINT uq_words_tag UNIQUE (tag),
    CONSTRAINT ck_words_q CHECK (q >= 'a' COLLATE utf8mb4_bin)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Indexes a model cannot hold as they are: one the optimizer does not use (MySQL's INVISIBLE,
-- MariaDB's IGNORED), a descending one, a prefix one and (MySQL 8 only) one on an expression;
-- the comment pull writes keeps each definition whole. A BIT default is shown as the literal it is.
CREATE TABLE visits (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(100) NOT NULL,
    name VARCHAR(100) NOT NULL,
    seen_at DATETIME(6) NOT NULL,
    flagged BIT(1) NOT NULL DEFAULT b'0',
    KEY idx_visits_seen_at (seen_at) /*M!100600 IGNORED */ /*!80000 INVISIBLE */,
    KEY idx_visits_name_desc (name DESC),
    KEY idx_visits_email_prefix (email(10)) /*!80013 , KEY idx_visits_lower_email ((lower(email))) */
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
