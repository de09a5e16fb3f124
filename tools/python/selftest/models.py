"""SQLModel classes for the "shop" sample schema.

Hand-written in the style schemac generates for modern SQLModel
(pydantic 2, SQLAlchemy 2). The harness self-test creates these tables with
``SQLModel.metadata.create_all`` and compares them with hand-written DDL.
"""

import datetime
import enum
import os
import uuid
from decimal import Decimal
from typing import Any, Optional

import sqlalchemy as sa
from sqlmodel import Field, Relationship, Session, SQLModel, create_engine

# ---------------------------------------------------------------------------
# Base configuration
# ---------------------------------------------------------------------------

DATABASE_URL: str = os.environ.get("DATABASE_URL", "sqlite:///./shop.db")
"""SQLAlchemy URL; override with the DATABASE_URL environment variable."""

engine = create_engine(DATABASE_URL, echo=False)


def create_db_and_tables() -> None:
    """Create every table of this module on ``engine`` (no-op for existing ones)."""
    SQLModel.metadata.create_all(engine)


def get_session() -> Session:
    """Open a new session bound to ``engine``."""
    return Session(engine)


# ---------------------------------------------------------------------------
# Enums
# ---------------------------------------------------------------------------


class OrderStatus(enum.StrEnum):
    """Lifecycle of an order. The database stores the lowercase values."""

    PENDING = "pending"
    PAID = "paid"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"


# ---------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------


class ProductTag(SQLModel, table=True):
    """Link table of the many-to-many relation Product <-> Tag."""

    __tablename__ = "product_tags"

    product_id: int = Field(foreign_key="products.id", primary_key=True, ondelete="CASCADE")
    tag_id: int = Field(foreign_key="tags.id", primary_key=True, ondelete="CASCADE")


class User(SQLModel, table=True):
    """A customer account."""

    __tablename__ = "users"
    __table_args__ = (
        sa.UniqueConstraint("email", name="uq_users_email"),
        sa.UniqueConstraint("public_id", name="uq_users_public_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    public_id: uuid.UUID = Field(default_factory=uuid.uuid4)
    email: str = Field(max_length=255)
    display_name: str | None = Field(default=None, max_length=100)
    is_active: bool = Field(default=True, sa_column_kwargs={"server_default": sa.true()})
    # "metadata" is reserved by SQLAlchemy's declarative API: rename the attribute, keep the column name.
    metadata_: dict[str, Any] | None = Field(default=None, sa_type=sa.JSON, sa_column_kwargs={"name": "metadata"})
    created_at: datetime.datetime = Field(
        default_factory=lambda: datetime.datetime.now(datetime.UTC),
        sa_type=sa.DateTime(timezone=True),
        sa_column_kwargs={"server_default": sa.func.now()},
    )

    orders: list["Order"] = Relationship(back_populates="user", cascade_delete=True)
    addresses: list["Address"] = Relationship(back_populates="user")


class Address(SQLModel, table=True):
    """A postal address, optionally owned by a user."""

    __tablename__ = "addresses"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int | None = Field(default=None, foreign_key="users.id", ondelete="SET NULL")
    street: str = Field(max_length=200)
    city: str = Field(max_length=100)
    country_code: str = Field(sa_type=sa.CHAR(2))

    user: User | None = Relationship(back_populates="addresses")


class Tag(SQLModel, table=True):
    """A free-form label for products."""

    __tablename__ = "tags"

    id: int | None = Field(default=None, primary_key=True)
    label: str = Field(max_length=40, unique=True)

    products: list["Product"] = Relationship(back_populates="tags", link_model=ProductTag)


class Product(SQLModel, table=True):
    """Something that can be ordered."""

    __tablename__ = "products"
    __table_args__ = (
        sa.UniqueConstraint("sku", name="uq_products_sku"),
        sa.Index("idx_products_name", "name"),
        sa.CheckConstraint("price >= 0", name="ck_products_price_nonneg"),
        sa.CheckConstraint("class IN ('standard', 'media', 'bulk')", name="ck_products_class"),
    )

    id: int | None = Field(default=None, primary_key=True)
    sku: str = Field(max_length=32)
    name: str = Field(max_length=120)
    description: str | None = Field(default=None, sa_type=sa.Text)
    price: Decimal = Field(max_digits=10, decimal_places=2)
    weight_kg: float | None = None
    thumbnail: bytes | None = None
    # "class" is a Python keyword: rename the attribute, keep the column name.
    class_: str = Field(
        default="standard", max_length=20, sa_column_kwargs={"name": "class", "server_default": "standard"}
    )

    tags: list[Tag] = Relationship(back_populates="products", link_model=ProductTag)


class Order(SQLModel, table=True):
    """An order placed by a user, shipped to and billed at two addresses of the same table."""

    __tablename__ = "orders"
    __table_args__ = (
        sa.Index("idx_orders_user_id", "user_id"),
        sa.Index("idx_orders_status_placed", "status", "placed_at"),
        sa.CheckConstraint("total >= 0", name="ck_orders_total_nonneg"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # NOT NULL, but typed optional so that `Order(user=u)` type-checks (see README "FK typing").
    user_id: int | None = Field(default=None, foreign_key="users.id", ondelete="CASCADE", nullable=False)
    status: OrderStatus = Field(
        default=OrderStatus.PENDING,
        sa_type=sa.Enum(
            OrderStatus,
            name="order_status",
            values_callable=lambda e: [m.value for m in e],
        ),
    )
    placed_at: datetime.datetime = Field(sa_type=sa.DateTime(timezone=True))
    total: Decimal = Field(default=Decimal("0.00"), max_digits=12, decimal_places=2)
    shipping_address_id: int | None = Field(default=None, foreign_key="addresses.id")
    billing_address_id: int | None = Field(default=None, foreign_key="addresses.id")
    note: str | None = Field(default=None, sa_type=sa.Text)

    user: User = Relationship(back_populates="orders")
    shipping_address: Address | None = Relationship(
        sa_relationship_kwargs={"foreign_keys": "[Order.shipping_address_id]"}
    )
    billing_address: Address | None = Relationship(
        sa_relationship_kwargs={"foreign_keys": "[Order.billing_address_id]"}
    )
    items: list["OrderItem"] = Relationship(back_populates="order", cascade_delete=True)


class OrderItem(SQLModel, table=True):
    """One line of an order; composite primary key (order_id, line_no)."""

    __tablename__ = "order_items"
    __table_args__ = (sa.CheckConstraint("quantity > 0", name="ck_order_items_quantity_pos"),)

    order_id: int | None = Field(default=None, foreign_key="orders.id", primary_key=True, ondelete="CASCADE")
    line_no: int = Field(primary_key=True)
    product_id: int | None = Field(default=None, foreign_key="products.id", ondelete="RESTRICT", nullable=False)
    quantity: int = Field(default=1)
    unit_price: Decimal = Field(max_digits=10, decimal_places=2)

    order: Order = Relationship(back_populates="items")
    product: Product = Relationship()


class Employee(SQLModel, table=True):
    """Staff member; self-referential manager / reports relation."""

    __tablename__ = "employees"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100)
    manager_id: int | None = Field(default=None, foreign_key="employees.id", ondelete="SET NULL", index=True)

    manager: Optional["Employee"] = Relationship(
        back_populates="reports", sa_relationship_kwargs={"remote_side": "Employee.id"}
    )
    reports: list["Employee"] = Relationship(back_populates="manager")
