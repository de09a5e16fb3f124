"""Initial schema of Shop: users, orders, products, order_items, tags, employees, addresses, product_tags.

Revision ID: 20250101000000
Revises:
Create Date: 2025-01-01 00:00:00 (the --timestamp option)
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql, postgresql

revision = "20250101000000"
down_revision = None
branch_labels = None
depends_on = None
ORDER_STATUS_ENUM = postgresql.ENUM("PENDING", "PAID", "SHIPPED", "CANCELLED", name="order_status", create_type=False)


def _dialect() -> str:
    name = op.get_bind().dialect.name
    return "mysql" if name == "mariadb" else name


def _pick(sqlite: str | None, postgresql: str | None, mysql: str | None) -> str | None:
    return {"sqlite": sqlite, "postgresql": postgresql, "mysql": mysql}[_dialect()]


def _checks(*checks: tuple[str, str | None]) -> list[sa.CheckConstraint]:
    return [sa.CheckConstraint(sql, name=name) for name, sql in checks if sql is not None]


def upgrade() -> None:
    if _dialect() == "postgresql":
        ORDER_STATUS_ENUM.create(op.get_bind(), checkfirst=True)
    op.create_table(
        "users",
        sa.Column("id", sa.Integer().with_variant(sa.Integer(), "sqlite"), sa.Identity(), nullable=False, autoincrement=True),
        sa.Column("email", sa.String(255), nullable=False, comment="PII: personal data."),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False, comment="Secret: store only a hash or digest, never the readable value."),
        sa.Column("deleted_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
        sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        comment="A registered customer.",
        sqlite_autoincrement=True,
        mysql_engine="InnoDB",
        mysql_charset="utf8mb4",
        mysql_collate="utf8mb4_unicode_ci",
    )
    op.create_index("uq_users_email", "users", ["email"], unique=True, sqlite_where=sa.text("deleted_at IS NULL"), postgresql_where=sa.text("deleted_at IS NULL"))
    op.create_index("idx_users_deleted_at", "users", ["deleted_at"])
    # Keeping users.updated_at current needs a trigger, which Alembic has no operation for;
    # MySQL does it with ON UPDATE in the column default instead.
    if _dialect() == "sqlite":
        op.execute("CREATE TRIGGER trg_users_updated_at AFTER UPDATE ON users FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE users SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND")
    elif _dialect() == "postgresql":
        op.execute("CREATE FUNCTION trg_users_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$")
        op.execute("CREATE TRIGGER trg_users_updated_at BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION trg_users_updated_at()")
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer().with_variant(sa.Integer(), "sqlite"), sa.Identity(), nullable=False, autoincrement=True),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("status", ORDER_STATUS_ENUM, nullable=False, server_default=sa.text("'PENDING'")),
        sa.Column("total_amount", sa.Numeric(10, 2), nullable=False),
        sa.Column("note", sa.Text().with_variant(mysql.LONGTEXT(), "mysql", "mariadb"), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
        sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
        sa.PrimaryKeyConstraint("id", name="pk_orders"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_orders_users", ondelete="CASCADE", onupdate="CASCADE"),
        *_checks(
            ("ck_orders_status", _pick("status IN ('PENDING', 'PAID', 'SHIPPED', 'CANCELLED')", None, None)),
            ("ck_orders_total_amount", "total_amount >= 0"),
        ),
        sqlite_autoincrement=True,
        mysql_engine="InnoDB",
        mysql_charset="utf8mb4",
        mysql_collate="utf8mb4_unicode_ci",
    )
    op.create_index("idx_orders_status", "orders", ["status"])
    op.create_index("idx_orders_user_id_created_at", "orders", ["user_id", "created_at"])
    # Keeping orders.updated_at current needs a trigger, which Alembic has no operation for;
    # MySQL does it with ON UPDATE in the column default instead.
    if _dialect() == "sqlite":
        op.execute("CREATE TRIGGER trg_orders_updated_at AFTER UPDATE ON orders FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE orders SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND")
    elif _dialect() == "postgresql":
        op.execute("CREATE FUNCTION trg_orders_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$")
        op.execute("CREATE TRIGGER trg_orders_updated_at BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION trg_orders_updated_at()")
    op.create_table(
        "products",
        sa.Column("id", sa.Integer().with_variant(sa.Integer(), "sqlite"), sa.Identity(), nullable=False, autoincrement=True),
        sa.Column("sku", sa.String(32), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("price", sa.Numeric(10, 2), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
        sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
        sa.PrimaryKeyConstraint("id", name="pk_products"),
        sa.UniqueConstraint("sku", name="uq_products_sku"),
        *_checks(
            ("ck_products_price", "price >= 0"),
        ),
        sqlite_autoincrement=True,
        mysql_engine="InnoDB",
        mysql_charset="utf8mb4",
        mysql_collate="utf8mb4_unicode_ci",
    )
    # Keeping products.updated_at current needs a trigger, which Alembic has no operation for;
    # MySQL does it with ON UPDATE in the column default instead.
    if _dialect() == "sqlite":
        op.execute("CREATE TRIGGER trg_products_updated_at AFTER UPDATE ON products FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE products SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND")
    elif _dialect() == "postgresql":
        op.execute("CREATE FUNCTION trg_products_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$")
        op.execute("CREATE TRIGGER trg_products_updated_at BEFORE UPDATE ON products FOR EACH ROW EXECUTE FUNCTION trg_products_updated_at()")
    op.create_table(
        "order_items",
        sa.Column("order_id", sa.Integer(), nullable=False, autoincrement=False),
        sa.Column("product_id", sa.Integer(), nullable=False, autoincrement=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price", sa.Numeric(10, 2), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
        sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
        sa.PrimaryKeyConstraint("order_id", "product_id", name="pk_order_items"),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name="fk_order_items_orders", ondelete="CASCADE", onupdate="CASCADE"),
        sa.ForeignKeyConstraint(["product_id"], ["products.id"], name="fk_order_items_products", ondelete="RESTRICT", onupdate="CASCADE"),
        *_checks(
            ("ck_order_items_quantity", "quantity > 0"),
        ),
        mysql_engine="InnoDB",
        mysql_charset="utf8mb4",
        mysql_collate="utf8mb4_unicode_ci",
    )
    op.create_index("idx_order_items_product_id", "order_items", ["product_id"])
    # Keeping order_items.updated_at current needs a trigger, which Alembic has no operation for;
    # MySQL does it with ON UPDATE in the column default instead.
    if _dialect() == "sqlite":
        op.execute("CREATE TRIGGER trg_order_items_updated_at AFTER UPDATE ON order_items FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE order_items SET updated_at = CURRENT_TIMESTAMP WHERE order_id = NEW.order_id AND product_id = NEW.product_id;\nEND")
    elif _dialect() == "postgresql":
        op.execute("CREATE FUNCTION trg_order_items_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$")
        op.execute("CREATE TRIGGER trg_order_items_updated_at BEFORE UPDATE ON order_items FOR EACH ROW EXECUTE FUNCTION trg_order_items_updated_at()")
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer().with_variant(sa.Integer(), "sqlite"), sa.Identity(), nullable=False, autoincrement=True),
        sa.Column("name", sa.String(50), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
        sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
        sa.PrimaryKeyConstraint("id", name="pk_tags"),
        sa.UniqueConstraint("name", name="uq_tags_name"),
        sqlite_autoincrement=True,
        mysql_engine="InnoDB",
        mysql_charset="utf8mb4",
        mysql_collate="utf8mb4_unicode_ci",
    )
    # Keeping tags.updated_at current needs a trigger, which Alembic has no operation for;
    # MySQL does it with ON UPDATE in the column default instead.
    if _dialect() == "sqlite":
        op.execute("CREATE TRIGGER trg_tags_updated_at AFTER UPDATE ON tags FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE tags SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND")
    elif _dialect() == "postgresql":
        op.execute("CREATE FUNCTION trg_tags_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$")
        op.execute("CREATE TRIGGER trg_tags_updated_at BEFORE UPDATE ON tags FOR EACH ROW EXECUTE FUNCTION trg_tags_updated_at()")
    op.create_table(
        "employees",
        sa.Column("id", sa.Integer().with_variant(sa.Integer(), "sqlite"), sa.Identity(), nullable=False, autoincrement=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("manager_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
        sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
        sa.PrimaryKeyConstraint("id", name="pk_employees"),
        sa.ForeignKeyConstraint(["manager_id"], ["employees.id"], name="fk_employees_employees", ondelete="SET NULL", onupdate="CASCADE"),
        sqlite_autoincrement=True,
        mysql_engine="InnoDB",
        mysql_charset="utf8mb4",
        mysql_collate="utf8mb4_unicode_ci",
    )
    op.create_index("idx_employees_manager_id", "employees", ["manager_id"])
    # Keeping employees.updated_at current needs a trigger, which Alembic has no operation for;
    # MySQL does it with ON UPDATE in the column default instead.
    if _dialect() == "sqlite":
        op.execute("CREATE TRIGGER trg_employees_updated_at AFTER UPDATE ON employees FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE employees SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND")
    elif _dialect() == "postgresql":
        op.execute("CREATE FUNCTION trg_employees_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$")
        op.execute("CREATE TRIGGER trg_employees_updated_at BEFORE UPDATE ON employees FOR EACH ROW EXECUTE FUNCTION trg_employees_updated_at()")
    op.create_table(
        "addresses",
        sa.Column("id", sa.Integer().with_variant(sa.Integer(), "sqlite"), sa.Identity(), nullable=False, autoincrement=True),
        sa.Column("street", sa.String(200), nullable=False),
        sa.Column("zip", sa.String(10), nullable=False),
        sa.Column("city", sa.String(100), nullable=False),
        sa.Column("state", sa.String(2), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)"))),
        sa.Column("updated_at", sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False, server_default=sa.text(_pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"))),
        sa.PrimaryKeyConstraint("id", name="pk_addresses"),
        sqlite_autoincrement=True,
        mysql_engine="InnoDB",
        mysql_charset="utf8mb4",
        mysql_collate="utf8mb4_unicode_ci",
    )
    # Keeping addresses.updated_at current needs a trigger, which Alembic has no operation for;
    # MySQL does it with ON UPDATE in the column default instead.
    if _dialect() == "sqlite":
        op.execute("CREATE TRIGGER trg_addresses_updated_at AFTER UPDATE ON addresses FOR EACH ROW\nWHEN NEW.updated_at IS OLD.updated_at\nBEGIN\n  UPDATE addresses SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND")
    elif _dialect() == "postgresql":
        op.execute("CREATE FUNCTION trg_addresses_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN\n    NEW.updated_at \\:= CURRENT_TIMESTAMP;\n  END IF;\n  RETURN NEW;\nEND;\n$$")
        op.execute("CREATE TRIGGER trg_addresses_updated_at BEFORE UPDATE ON addresses FOR EACH ROW EXECUTE FUNCTION trg_addresses_updated_at()")
    op.create_table(
        "product_tags",
        sa.Column("product_id", sa.Integer(), nullable=False, autoincrement=False),
        sa.Column("tag_id", sa.Integer(), nullable=False, autoincrement=False),
        sa.PrimaryKeyConstraint("product_id", "tag_id", name="pk_product_tags"),
        sa.ForeignKeyConstraint(["product_id"], ["products.id"], name="fk_product_tags_products", ondelete="CASCADE", onupdate="CASCADE"),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], name="fk_product_tags_tags", ondelete="CASCADE", onupdate="CASCADE"),
        comment="Links Product.tags and Tag.products.",
        mysql_engine="InnoDB",
        mysql_charset="utf8mb4",
        mysql_collate="utf8mb4_unicode_ci",
    )
    op.create_index("idx_product_tags_tag_id", "product_tags", ["tag_id"])


def downgrade() -> None:
    op.drop_table("product_tags")
    op.drop_table("addresses")
    op.drop_table("employees")
    op.drop_table("tags")
    op.drop_table("order_items")
    op.drop_table("products")
    op.drop_table("orders")
    op.drop_table("users")
    if _dialect() == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS trg_addresses_updated_at()")
        op.execute("DROP FUNCTION IF EXISTS trg_employees_updated_at()")
        op.execute("DROP FUNCTION IF EXISTS trg_tags_updated_at()")
        op.execute("DROP FUNCTION IF EXISTS trg_order_items_updated_at()")
        op.execute("DROP FUNCTION IF EXISTS trg_products_updated_at()")
        op.execute("DROP FUNCTION IF EXISTS trg_orders_updated_at()")
        op.execute("DROP FUNCTION IF EXISTS trg_users_updated_at()")
        ORDER_STATUS_ENUM.drop(op.get_bind(), checkfirst=True)
