"""kitchen: naming = snake, uuid keys, mapped enum labels, a many-to-many, a recipe of recipes, json and times."""

import datetime
from decimal import Decimal

from sqlmodel import Session, select


def run(m) -> None:
    engine = m.get_engine()
    with Session(engine) as s:
        gluten = m.Allergen(code="ZGLU", name="Zeta gluten")
        flour = m.Ingredient(name="Z flour", unit=m.Unit.KILOGRAM, fat_g=Decimal("1.20"), allergens=[gluten])
        milk = m.Ingredient(name="Z milk", unit=m.Unit.LITRE, vegan=False)
        sup = m.Supplier(name="Z mill")
        m.SupplierItem(supplier=sup, ingredient=flour, sku="F-25", pack_size=Decimal("25.000"), price=Decimal("18.40"), preferred=True)
        cold = m.StorageLocation(code="ZCOLD", label="Cold room", temperature=Decimal("-18.5"))
        dlv = m.Delivery(supplier=sup, note_no="N-1", received_by="chef")
        m.StockLot(ingredient=flour, delivery=dlv, quantity=Decimal("25.000"), best_before=datetime.date(2031, 6, 1), location=cold)
        sauce = m.Recipe(name="Z bechamel", yield_portions=10)
        m.RecipeLine(recipe=sauce, ingredient=flour, quantity=Decimal("0.100"), unit=m.Unit.KILOGRAM)
        m.RecipeLine(recipe=sauce, ingredient=milk, quantity=Decimal("1.000"), unit=m.Unit.LITRE)
        lasagne = m.Recipe(name="Z lasagne", yield_portions=8)
        m.SubRecipe(parent=lasagne, child=sauce, portions=Decimal("4.00"))
        dish = m.Dish(name="Lasagne", course=m.Course.MAIN, recipe=lasagne, price=Decimal("14.50"))
        menu = m.Menu(name="Z winter", valid_from=datetime.date(2031, 1, 1), price_per_head=Decimal("45.00"), dishes=[dish])
        client = m.Client(name="Z corp", email="events@z.example")
        ev = m.Event(client=client, title="Gala", venue="Hall", starts_at=datetime.datetime(2031, 2, 1, 18, tzinfo=datetime.UTC),
                     ends_at=datetime.datetime(2031, 2, 1, 23, tzinfo=datetime.UTC), guests=120, dietary={"vegan": 10})
        m.OrderLine(event=ev, dish=dish, portions=120, unit_price=Decimal("14.50"), served_at=datetime.time(19, 30))
        s.add_all([gluten, sup, cold, menu, client])
        s.commit()
        lasagne_id, ev_id, flour_id = lasagne.id, ev.id, flour.id
    with Session(engine) as s:
        lasagne = s.get(m.Recipe, lasagne_id)
        sauce = lasagne.uses[0].child
        assert sauce.used_in[0].parent is lasagne and lasagne.uses[0].portions == Decimal("4.00")
        assert sorted(line.ingredient.name for line in sauce.lines) == ["Z flour", "Z milk"]
        assert lasagne.dishes[0].menus[0].name == "Z winter" and lasagne.dishes[0].course is m.Course.MAIN
        flour = s.get(m.Ingredient, flour_id)
        assert flour.allergens[0].ingredients[0] is flour and flour.unit is m.Unit.KILOGRAM
        assert flour.offers[0].supplier.deliveries[0].lots[0].location.temperature == Decimal("-18.5")
        assert flour.lots[0].best_before == datetime.date(2031, 6, 1)
        stored = s.connection().exec_driver_sql("SELECT unit FROM ingredient WHERE name = 'Z flour'").scalar()
        assert stored == "kg", stored
        ev = s.get(m.Event, ev_id)
        assert ev.state is m.OrderState.DRAFT and ev.dietary == {"vegan": 10} and ev.lines[0].served_at == datetime.time(19, 30)
        assert ev.client.events[0] is ev and ev.lines[0].dish.order_lines[0] is ev.lines[0]
        assert s.exec(select(m.Supplier.lead_days).where(m.Supplier.name == "Z mill")).one() == 2
