-- Deliberately DIFFERENT from selftest/models.py; every difference is listed in
-- run_selftest.py (EXPECTED_POSTGRESQL_DIFFS) and must be reported by `compare`.
CREATE TYPE order_state AS ENUM ('pending', 'paid', 'shipped');           -- other name, 'cancelled' missing

CREATE TABLE employees (
    id SERIAL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    manager_id INTEGER REFERENCES employees (id) ON DELETE SET NULL
);
CREATE INDEX ix_employees_manager_id ON employees (manager_id);

CREATE TABLE products (
    id SERIAL PRIMARY KEY,
    sku VARCHAR(32) NOT NULL,
    name VARCHAR(120) NOT NULL,
    description VARCHAR(2000),                                          -- VARCHAR, models TEXT
    price NUMERIC(10, 2) NOT NULL,
    weight_kg DOUBLE PRECISION,
    thumbnail BYTEA,
    "class" VARCHAR(20) NOT NULL DEFAULT 'standard',
    CONSTRAINT uq_products_sku UNIQUE (sku),                            -- ck_products_price_nonneg missing
    CONSTRAINT ck_products_class CHECK ("class" IN ('standard', 'media', 'bulk'))
);
CREATE INDEX idx_products_name ON products (name);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,                                             -- no SERIAL / IDENTITY
    label VARCHAR(40) NOT NULL UNIQUE
);

CREATE TABLE users (
    id SERIAL PRIMARY KEY,
    public_id UUID NOT NULL,
    email VARCHAR(255) NOT NULL,
    display_name VARCHAR(100),
    is_active BOOLEAN NOT NULL DEFAULT false,                            -- default false, models true
    metadata JSONB,                                                     -- JSONB, models JSON
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL DEFAULT now(),      -- no time zone
    CONSTRAINT uq_users_email UNIQUE (email),
    CONSTRAINT uq_users_public_id UNIQUE (public_id)
);

CREATE TABLE addresses (
    id SERIAL PRIMARY KEY,
    user_id INTEGER REFERENCES users (id) ON DELETE CASCADE,            -- CASCADE, models SET NULL
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
    id SERIAL PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status order_state NOT NULL,
    placed_at TIMESTAMPTZ NOT NULL,
    total NUMERIC(12, 2) NOT NULL,
    shipping_address_id INTEGER REFERENCES addresses (id),
    billing_address_id INTEGER REFERENCES addresses (id),
    note TEXT,
    CONSTRAINT ck_orders_total_nonneg CHECK (total >= 0)
);
CREATE INDEX idx_orders_user_id ON orders (user_id);
CREATE UNIQUE INDEX idx_orders_status_placed ON orders (status, placed_at);   -- UNIQUE, models non-unique

CREATE TABLE order_items (
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
    quantity BIGINT NOT NULL,                                           -- BIGINT, models INTEGER
    unit_price NUMERIC(10, 2) NOT NULL,
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT ck_order_items_quantity_pos CHECK (quantity >= 0)        -- models: quantity > 0
);
