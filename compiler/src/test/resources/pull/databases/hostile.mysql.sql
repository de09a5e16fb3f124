-- Names and enum labels a model cannot hold, in MySQL and MariaDB: ENUM members with a line
-- break, a tab, a leading space, an empty member; tables whose names differ only in case or
-- accents (the servers of these tests keep table names as written); table, column and
-- constraint names the model's text rules refuse (/ and . in a table name, a leading or
-- doubled space, a combining mark, a character NFKC changes). Beside them, members a model
-- holds as they are (quotes, a backslash). Written by hand for schemac's pull tests: pull
-- keeps each refused object out of the model and names it in a warning.

CREATE TABLE feelings (
  id INT NOT NULL,
  mood ENUM('calm', 'two\nlines') NOT NULL DEFAULT 'calm',
  tabbed ENUM('flat', 'tab\there'),
  padded ENUM('left', ' right'),
  blank ENUM('some', ''),
  quoted ENUM('it''s', 'say "hi"', 'back\\slash') NOT NULL DEFAULT 'it''s',
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tables whose names differ only in case or accents: the first of each pair is pulled.
CREATE TABLE `Orders` (id INT NOT NULL, PRIMARY KEY (id)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE orders (id INT NOT NULL, total INT, PRIMARY KEY (id)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE order_lines (
  id INT NOT NULL,
  order_id INT NOT NULL,
  PRIMARY KEY (id),
  KEY idx_order_lines_order_id (order_id),
  CONSTRAINT fk_order_lines_order_id FOREIGN KEY (order_id) REFERENCES orders (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `café` (id INT NOT NULL, PRIMARY KEY (id)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE cafe (id INT NOT NULL, PRIMARY KEY (id)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Table names the text rules refuse.
CREATE TABLE `a/b` (id INT NOT NULL, PRIMARY KEY (id)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `v1.2` (id INT NOT NULL, PRIMARY KEY (id)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE ` lead` (id INT NOT NULL, PRIMARY KEY (id)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `two  spaces` (id INT NOT NULL, PRIMARY KEY (id)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `téte` (id INT NOT NULL, PRIMARY KEY (id)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `ﬁle` (id INT NOT NULL, PRIMARY KEY (id)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Column names the text rules refuse, one table each.
CREATE TABLE col_lead (id INT NOT NULL, ` pad` TEXT, PRIMARY KEY (id)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE col_doubled (id INT NOT NULL, `x  y` TEXT, PRIMARY KEY (id)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE col_mark (id INT NOT NULL, `é` TEXT, PRIMARY KEY (id)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Constraint and index names the text rules refuse: generate names them itself.
CREATE TABLE named (
  id INT NOT NULL,
  code VARCHAR(20),
  label VARCHAR(20),
  size INT,
  PRIMARY KEY (id),
  UNIQUE KEY `uq  code` (code),
  KEY ` idx_label` (label),
  CONSTRAINT `ﬁ_size` CHECK (size > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Names generate derives for `named` above, kept by other tables (MySQL keeps index names per
-- table): on `labels`, pulled first, in another case, and on `zones`, pulled after, as they
-- are; they take derived names (kept, they would make generate number `named`'s, or refuse
-- the model). An index named as a table (MySQL keeps them apart, schemac does not).
CREATE TABLE labels (id INT NOT NULL, label VARCHAR(20), PRIMARY KEY (id), KEY `IDX_NAMED_LABEL` (label)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE zones (id INT NOT NULL, code VARCHAR(20), size INT, region VARCHAR(20), PRIMARY KEY (id), KEY `uq_named_code` (code),
  KEY `labels` (region), CONSTRAINT `CK_NAMED_SIZE` CHECK (size > 1)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A key of an ENUM a model cannot hold.
CREATE TABLE moods (
  m ENUM('calm', 'two\nlines') NOT NULL,
  note TEXT,
  PRIMARY KEY (m)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
