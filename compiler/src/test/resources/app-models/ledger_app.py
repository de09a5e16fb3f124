"""ledger: composite keys and references, a payload many-to-many, money, bytes, json, uuid, soft delete."""

import datetime
import uuid
from decimal import Decimal

from sqlmodel import Session, select

BIG = bytes(range(256)) * 400  # 100 KiB: more than MySQL's BLOB holds


def run(m) -> None:
    engine = m.get_engine()
    with Session(engine) as s:
        bank = m.Bank(code="ZZZ1", name="Zed")
        a1 = m.Account(bank=bank, number="A-1", balance=Decimal("10.50"), metadata_={"k": [1, "x"]})
        a2 = m.Account(bank=bank, number="A-2", parent=a1)
        holder = m.Holder(name="H", email="h@app.example", secret=b"\x00\xff")
        m.Ownership(holder=holder, account=a1, share=Decimal("0.5000"))
        t = m.Transfer(source=a1, target=a2, amount=Decimal("3.25"), memo=BIG, json_=[1, {"b": None}], fee=0.5,
                       rate=0.1, seq=2**62, tries=3, cut_off=datetime.time(17, 30), note="n" * 60000, cleared=True)
        s.add_all([bank, holder])
        s.commit()
        holder_id, transfer_id = holder.id, t.id
    with Session(engine) as s:
        a1 = s.get(m.Account, ("ZZZ1", "A-1"))
        assert a1.metadata_ == {"k": [1, "x"]} and a1.balance == Decimal("10.50")
        assert [x.number for x in a1.subs] == ["A-2"] and a1.subs[0].parent is a1 and a1.parent is None
        assert a1.outgoing[0].target.number == "A-2" and a1.subs[0].incoming[0].source is a1
        assert a1.owners[0].holder.email == "h@app.example" and a1.owners[0].share == Decimal("0.5")
        holder = s.get(m.Holder, holder_id)
        assert holder.holdings[0].account is a1 and holder.secret == b"\x00\xff"
        t = s.get(m.Transfer, transfer_id)
        assert t.memo == BIG and t.json_ == [1, {"b": None}] and isinstance(t.ref, uuid.UUID)
        assert (t.fee, t.rate, t.seq, t.tries, t.cut_off, len(t.note), t.cleared) == (0.5, 0.1, 2**62, 3,
                                                                                      datetime.time(17, 30), 60000, True)
        assert t.at.tzinfo is not None and a1.opened_at.tzinfo is not None and a1.owners[0].since.tzinfo is not None
        t2 = m.Transfer(source=a1, target=a1.subs[0], amount=Decimal("1"))
        s.add(t2)
        s.commit()
        s.refresh(t2)
        assert t2.json_ == {"a": [1, 2]} and t2.tries == 0 and t2.cleared is False
        a1.deleted_at = datetime.datetime.now(datetime.UTC)
        s.commit()
        live = s.exec(select(m.Account).where(m.Account.deleted_at.is_(None), m.Account.bank_code == "ZZZ1")).all()
        assert [x.number for x in live] == ["A-2"]
