-- Names and values a model cannot take as they are, in MySQL and MariaDB: spaces, accents,
-- a leading digit, a quote, SQL keywords, two tables whose singular is the same entity,
-- enum values that are no identifiers, an index name used on two tables, defaults with
-- quotes and backslashes, a check with a quote, a table name of 64 characters. Written by
-- hand for schemac's pull tests.

CREATE TABLE `Größe Tabelle` (
  `Nummer` INT NOT NULL,
  `a b` VARCHAR(10) NOT NULL DEFAULT 'it''s',
  `1st` INT DEFAULT NULL,
  `x"y` VARCHAR(20) DEFAULT 'back\\slash',
  `select` VARCHAR(3) DEFAULT NULL,
  `Ünïcode` TEXT,
  PRIMARY KEY (`Nummer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE person (
  id INT NOT NULL AUTO_INCREMENT,
  name VARCHAR(40) NOT NULL,
  state ENUM('active','on leave','2nd','active!') NOT NULL DEFAULT 'on leave',
  PRIMARY KEY (id),
  KEY idx_name (name),
  CONSTRAINT person_name CHECK (name <> 'O''Brien')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE people (
  id INT NOT NULL AUTO_INCREMENT,
  person_id INT NOT NULL,
  person VARCHAR(10) DEFAULT NULL,
  name VARCHAR(40) DEFAULT NULL,
  PRIMARY KEY (id),
  KEY idx_people_person_id (person_id),
  KEY idx_name (name),
  CONSTRAINT people_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE a_table_name_that_is_exactly_sixty_four_characters_long_for_mysq (
  id INT NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A UUID key defaulting to UUID(): MySQL 8.0.15 shows the default nowhere, MariaDB does.
CREATE TABLE tokens (
  id CHAR(36) NOT NULL DEFAULT (UUID()),
  label VARCHAR(20) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
