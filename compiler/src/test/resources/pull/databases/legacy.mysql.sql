-- A legacy schema as MySQL 5 shops wrote it: unsigned keys, ENUM and SET, ON UPDATE stamps, prefix and FULLTEXT
-- indexes, a MyISAM table, tinyint(1) flags and display widths, and zero-date defaults, made under the sql_mode MySQL 5.6
-- ran with (MySQL 8's default refuses them). No model holds a zero date (pull says SC968); the history keeps them, so
-- the adoption's migration, an ALTER TABLE MySQL 8 refuses for such a table under its default sql_mode, runs without
-- NO_ZERO_DATE.
SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION';
CREATE TABLE customers (
  customer_id INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  email VARCHAR(191) NOT NULL,
  status ENUM('active','banned','deleted') NOT NULL DEFAULT 'active',
  perms SET('read','write','admin') NOT NULL DEFAULT 'read',
  is_vip TINYINT(1) NOT NULL DEFAULT 0,
  balance DECIMAL(10,2) UNSIGNED NOT NULL DEFAULT 0.00,
  born DATE NOT NULL DEFAULT '1970-01-01',
  created DATETIME NOT NULL DEFAULT '2000-01-01 00:00:00',
  closed DATE NOT NULL DEFAULT '0000-00-00',
  last_login DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  modified TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  bio TEXT,
  PRIMARY KEY (customer_id),
  UNIQUE KEY email (email),
  KEY email_prefix (email(20)),
  FULLTEXT KEY bio_text (bio)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE orders (
  order_id BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT,
  customer_id INT(10) UNSIGNED NOT NULL,
  total DOUBLE(8,2) NOT NULL DEFAULT '0.00',
  placed TIMESTAMP NULL DEFAULT NULL,
  PRIMARY KEY (order_id),
  KEY customer_id (customer_id),
  CONSTRAINT orders_ibfk_1 FOREIGN KEY (customer_id) REFERENCES customers (customer_id) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE hits (
  id MEDIUMINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  path VARCHAR(255) NOT NULL,
  at DATETIME NOT NULL
) ENGINE=MyISAM;
