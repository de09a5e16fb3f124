-- Deliberately DIFFERENT from selftest/models.py; every difference is listed in
-- run_selftest.py (EXPECTED_SQLITE_DIFFS) and must be reported by `compare`.
-- (employees is missing entirely)
CREATE TABLE legacy (id INTEGER PRIMARY KEY);                        -- extra table

CREATE TABLE products (
    id INTEGER NOT NULL PRIMARY KEY,
    sku VARCHAR(32) NOT NULL,
    name VARCHAR(120) NOT NULL,
    description TEXT,
    price NUMERIC(10, 2) NOT NULL,
    thumbnail BLOB,                                                    -- weight_kg missing
    "class" VARCHAR(20) NOT NULL DEFAULT 'basic',                      -- other server default
    CONSTRAINT uq_products_sku UNIQUE (sku),
    CONSTRAINT ck_products_price_nonneg CHECK (price >= 0),
    CONSTRAINT ck_products_class CHECK ("class" IN ('standard', 'media', 'bulk'))
);
CREATE INDEX ix_products_name ON products (name);                     -- index name differs

CREATE TABLE tags (
    id INT NOT NULL PRIMARY KEY,                                       -- INT is no rowid alias: no autoincrement
    label VARCHAR(40) NOT NULL UNIQUE
);

CREATE TABLE users (
    id INTEGER NOT NULL PRIMARY KEY,
    public_id CHAR(32) NOT NULL,
    email VARCHAR(200) NOT NULL,                                       -- length 200, models 255
    display_name VARCHAR(100),
    is_active BOOLEAN NOT NULL DEFAULT 1,
    metadata JSON,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_users_email UNIQUE (email)                           -- uq_users_public_id missing
);

CREATE TABLE addresses (
    id INTEGER NOT NULL PRIMARY KEY,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    street VARCHAR(200) NOT NULL,
    city VARCHAR(100),                                                 -- nullable, models NOT NULL
    country_code CHAR(2) NOT NULL
);

CREATE TABLE product_tags (
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (product_id)                                           -- models: (product_id, tag_id)
);

CREATE TABLE orders (
    id INTEGER NOT NULL PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status VARCHAR(9) NOT NULL,
    placed_at DATETIME NOT NULL,
    total NUMERIC(12, 2) NOT NULL,
    shipping_address_id INTEGER REFERENCES addresses (id),
    billing_address_id INTEGER REFERENCES addresses (id),
    note TEXT,
    legacy_code VARCHAR(10)                                            -- extra column
);                                                                     -- ck_orders_total_nonneg missing
CREATE INDEX idx_orders_user_id ON orders (user_id);                  -- idx_orders_status_placed missing

CREATE TABLE order_items (
    order_id INTEGER NOT NULL REFERENCES orders (id),                  -- no ON DELETE CASCADE
    line_no INTEGER NOT NULL,
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
    quantity INTEGER NOT NULL,
    unit_price NUMERIC(12, 2) NOT NULL,                                -- precision 12, models 10
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT ck_order_items_quantity_pos CHECK (quantity >= 0)        -- models: quantity > 0
);
