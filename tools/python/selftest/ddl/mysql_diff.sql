-- Deliberately DIFFERENT from selftest/models.py (MariaDB 10.11); every difference is listed in
-- run_selftest.py (EXPECTED_MYSQL_DIFFS) and must be reported by `compare`.
CREATE TABLE employees (
    id INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    manager_id INTEGER,
    INDEX ix_employees_manager_id (manager_id),
    FOREIGN KEY (manager_id) REFERENCES employees (id) ON DELETE SET NULL
);

CREATE TABLE products (
    id INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sku VARCHAR(32) NOT NULL,
    name VARCHAR(120) NOT NULL,
    description TEXT,
    price DECIMAL(10, 2) NOT NULL,
    weight_kg FLOAT,
    thumbnail BLOB,
    `class` VARCHAR(20) NOT NULL DEFAULT 'basic',                      -- other server default
    CONSTRAINT uq_products_sku UNIQUE (sku),
    CONSTRAINT ck_products_price_nonneg CHECK (price >= 0),
    CONSTRAINT ck_products_class CHECK (`class` IN ('standard', 'media', 'bulk')),
    INDEX idx_products_name (name)
);

CREATE TABLE tags (
    id INTEGER NOT NULL PRIMARY KEY,                                   -- no AUTO_INCREMENT
    label VARCHAR(40) NOT NULL UNIQUE
);

CREATE TABLE users (
    id INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
    public_id UUID NOT NULL,
    email VARCHAR(255),                                                -- nullable
    display_name VARCHAR(100),
    is_active BOOLEAN NOT NULL DEFAULT FALSE,                          -- false, models true
    metadata JSON,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_users_email UNIQUE (email),
    CONSTRAINT uq_users_public_id UNIQUE (public_id)
);

CREATE TABLE addresses (
    id INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id INTEGER,
    street VARCHAR(200) NOT NULL,
    city VARCHAR(100) NOT NULL,
    country_code CHAR(2) NOT NULL,
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE product_tags (
    product_id INTEGER NOT NULL,
    tag_id INTEGER NOT NULL,
    PRIMARY KEY (product_id, tag_id),
    FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE,
    FOREIGN KEY (tag_id) REFERENCES tags (id) ON DELETE CASCADE
);

CREATE TABLE orders (
    id INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id INTEGER NOT NULL,
    status ENUM('pending', 'paid', 'shipped') NOT NULL,                  -- 'cancelled' missing
    placed_at DATETIME NOT NULL,
    total DECIMAL(12, 2) NOT NULL,
    shipping_address_id INTEGER,
    billing_address_id INTEGER,
    note TEXT,
    CONSTRAINT ck_orders_total_nonneg CHECK (total >= 0),
    INDEX idx_orders_user_id (user_id),
    INDEX idx_orders_status_placed (status, placed_at),
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    FOREIGN KEY (shipping_address_id) REFERENCES addresses (id),
    FOREIGN KEY (billing_address_id) REFERENCES addresses (id)
);

CREATE TABLE order_items (
    order_id INTEGER NOT NULL,
    line_no INTEGER NOT NULL,
    product_id INTEGER NOT NULL,
    quantity INTEGER NOT NULL,
    unit_price DECIMAL(10, 2) NOT NULL,
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT ck_order_items_quantity_pos CHECK (quantity >= 0),       -- models: quantity > 0
    FOREIGN KEY (order_id) REFERENCES orders (id),                     -- no ON DELETE CASCADE
    FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE RESTRICT
);
