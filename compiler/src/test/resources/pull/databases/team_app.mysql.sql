-- What a team's own MySQL 8 / MariaDB database holds that the sample databases do not, written by
-- hand for schemac's pull tests: unsigned integers (a foreign key to one), an ENUM two tables share,
-- SET, TINYINT(1) beside TINYINT, BIT(1) with a b'1' default, YEAR, TIMESTAMP and DATETIME(3) with
-- ON UPDATE CURRENT_TIMESTAMP, virtual and stored generated columns, JSON, a fulltext and a prefix
-- index, checks over one and two columns (kept by MariaDB; MySQL 8.0.15 keeps none), a column
-- collation, on MariaDB an INVISIBLE column (MySQL 8.0.15 has none), and rows. Each is in the model
-- or reported (SC966-SC975), never dropped silently.

CREATE TABLE accounts (
    id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email VARCHAR(191) NOT NULL COLLATE utf8mb4_bin,
    status ENUM('active','suspended','closed') NOT NULL DEFAULT 'active',
    roles SET('admin','editor','viewer') NOT NULL DEFAULT 'viewer',
    is_admin TINYINT(1) NOT NULL DEFAULT 0,
    level TINYINT NOT NULL DEFAULT 1,
    small_u SMALLINT UNSIGNED,
    big_u BIGINT UNSIGNED,
    active BIT(1) NOT NULL DEFAULT b'1',
    born YEAR,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    changed_at DATETIME(3) NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP(3),
    bio TEXT,
    api_token VARCHAR(40) /*M!100300 INVISIBLE */,
    profile JSON,
    first_name VARCHAR(50),
    last_name VARCHAR(50),
    full_name VARCHAR(101) AS (CONCAT(first_name, ' ', last_name)) VIRTUAL,
    name_len INT AS (CHAR_LENGTH(first_name)) STORED,
    price DECIMAL(10,2) UNSIGNED,
    score DOUBLE,
    ratio FLOAT,
    UNIQUE KEY uq_accounts_email (email),
    KEY idx_accounts_name (last_name(10), first_name),
    FULLTEXT KEY ft_accounts_bio (bio),
    CONSTRAINT ck_accounts_level CHECK (level BETWEEN 1 AND 10),
    CONSTRAINT ck_accounts_names CHECK (first_name <> last_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE orders (
    id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id INT UNSIGNED NOT NULL,
    status ENUM('active','suspended','closed') NOT NULL,
    total DECIMAL(12,2) NOT NULL DEFAULT 0.00,
    placed_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_orders_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO accounts (email, first_name, last_name, level, born) VALUES ('a@example.com', 'Ann', 'Lee', 2, 1990), ('b@example.com', 'Bob', 'Ray', 3, NULL);
INSERT INTO orders (account_id, status, total) VALUES (1, 'active', 9.50);
