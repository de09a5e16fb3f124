"""Seed-data loader in the style schemac generates: fills the shop schema and reads it back.

Run with DATABASE_URL set (see models.py). Prints one JSON line with what it read back.
"""

import datetime
import json
import sys
from decimal import Decimal

from sqlmodel import Session, col, select

from models import (
    Address,
    Employee,
    Order,
    OrderItem,
    OrderStatus,
    Product,
    Tag,
    User,
    create_db_and_tables,
    engine,
)


def seed(session: Session) -> None:
    """Insert one of everything."""
    alice = User(email="alice@example.com", display_name="Alice", metadata_={"tier": "gold"})
    home = Address(street="1 Main St", city="Springfield", country_code="US", user=alice)
    office = Address(street="2 Work Rd", city="Springfield", country_code="US")
    book = Product(sku="BOOK-1", name="Book", price=Decimal("12.50"), class_="media")
    pen = Product(sku="PEN-1", name="Pen", price=Decimal("1.99"))
    Tag(label="paper", products=[book, pen])
    order = Order(
        user=alice,
        status=OrderStatus.PAID,
        placed_at=datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC),
        total=Decimal("16.48"),
        shipping_address=home,
        billing_address=office,
    )
    order.items.append(OrderItem(line_no=1, product=book, quantity=1, unit_price=Decimal("12.50")))
    order.items.append(OrderItem(line_no=2, product=pen, quantity=2, unit_price=Decimal("1.99")))
    boss = Employee(name="Boss")
    Employee(name="Worker", manager=boss)
    session.add_all([alice, order, boss])
    session.commit()


def read_back(session: Session) -> dict[str, object]:
    """Query through every kind of relationship."""
    alice = session.exec(select(User).where(col(User.email) == "alice@example.com")).one()
    order = alice.orders[0]
    boss = session.exec(select(Employee).where(col(Employee.name) == "Boss")).one()
    book = session.exec(select(Product).where(col(Product.sku) == "BOOK-1")).one()
    raw_status = session.connection().exec_driver_sql("SELECT status FROM orders").scalar_one()
    return {
        "user_metadata": alice.metadata_,
        "order_status": order.status.value,
        "order_status_stored": str(raw_status),
        "order_total": str(order.total),
        "shipping_city": order.shipping_address.city if order.shipping_address else None,
        "billing_street": order.billing_address.street if order.billing_address else None,
        "items": [(i.line_no, i.product.sku, i.quantity, str(i.unit_price)) for i in order.items],
        "reports_of_boss": [e.name for e in boss.reports],
        "manager_of_worker": boss.reports[0].manager.name if boss.reports[0].manager else None,
        "tags_of_book": [t.label for t in book.tags],
        "products_of_tag": sorted(p.sku for p in book.tags[0].products),
        "product_class": book.class_,
        "public_id_len": len(str(alice.public_id)),
        "is_active": alice.is_active,
    }


def main() -> int:
    create_db_and_tables()
    with Session(engine) as session:
        seed(session)
    with Session(engine) as session:
        print(json.dumps(read_back(session), sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
