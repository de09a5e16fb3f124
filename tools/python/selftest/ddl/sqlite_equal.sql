-- Hand-written SQLite DDL equivalent to selftest/models.py (what a correct DDL generator emits).
CREATE TABLE employees (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    manager_id INTEGER REFERENCES employees (id) ON DELETE SET NULL
);
CREATE INDEX ix_employees_manager_id ON employees (manager_id);

CREATE TABLE products (
    id INTEGER NOT NULL PRIMARY KEY,
    sku VARCHAR(32) NOT NULL,
    name VARCHAR(120) NOT NULL,
    description TEXT,
    price NUMERIC(10, 2) NOT NULL,
    weight_kg FLOAT,
    thumbnail BLOB,
    "class" VARCHAR(20) NOT NULL DEFAULT 'standard',
    CONSTRAINT uq_products_sku UNIQUE (sku),
    CONSTRAINT ck_products_price_nonneg CHECK (price >= 0),
    CONSTRAINT ck_products_class CHECK ("class" IN ('standard', 'media', 'bulk'))
);
CREATE INDEX idx_products_name ON products (name);

CREATE TABLE tags (
    id INTEGER NOT NULL PRIMARY KEY,
    label VARCHAR(40) NOT NULL UNIQUE
);

CREATE TABLE users (
    id INTEGER NOT NULL PRIMARY KEY,
    public_id CHAR(32) NOT NULL,
    email VARCHAR(255) NOT NULL,
    display_name VARCHAR(100),
    is_active BOOLEAN NOT NULL DEFAULT 1,
    metadata JSON,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_users_email UNIQUE (email),
    CONSTRAINT uq_users_public_id UNIQUE (public_id)
);

CREATE TABLE addresses (
    id INTEGER NOT NULL PRIMARY KEY,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    street VARCHAR(200) NOT NULL,
    city VARCHAR(100) NOT NULL,
    country_code CHAR(2) NOT NULL
);

CREATE TABLE product_tags (
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (product_id, tag_id)
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
    CONSTRAINT ck_orders_total_nonneg CHECK (total >= 0)
);
CREATE INDEX idx_orders_user_id ON orders (user_id);
CREATE INDEX idx_orders_status_placed ON orders (status, placed_at);

CREATE TABLE order_items (
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
    quantity INTEGER NOT NULL,
    unit_price NUMERIC(10, 2) NOT NULL,
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT ck_order_items_quantity_pos CHECK (quantity > 0)
);
