"""claims: soft delete, a mapped table and column, self references, a many-to-many, composite keys, bytes and json."""

import datetime
from decimal import Decimal

from sqlmodel import Session, select

PDF = b"%PDF-1.7\x00\xff" * 5000


def run(m) -> None:
    engine = m.get_engine()
    t0 = datetime.datetime(2025, 3, 1, 12, 0, tzinfo=datetime.UTC)
    with Session(engine) as s:
        holder = m.Policyholder(customer_no="Z-1", full_name="Ada Zed", postcode="0150", city="Oslo")
        fire = m.CoverType(code="ZFIRE", label="Fire")
        product = m.Product(code="ZHOME", kind=m.PolicyKind.HOME, name="Home", max_cover=Decimal("1000000.00"), cover_types=[fire])
        pol = m.Policy(number="ZP-1", holder=holder, product=product, starts_on=datetime.date(2031, 1, 1),
                       ends_on=datetime.date(2031, 12, 31), premium=Decimal("420.00"), created_by="app")
        renewal = m.Policy(number="ZP-2", holder=holder, product=product, starts_on=datetime.date(2032, 1, 1),
                           ends_on=datetime.date(2032, 12, 31), premium=Decimal("440.00"), created_by="app", renewal_of=pol)
        m.Cover(policy=pol, cover_type=fire, limit_amount=Decimal("250000.00"))
        region = m.Region(code="ZNO", name="North")
        boss = m.Adjuster(employee_no="ZA-1", full_name="Boss", regions=[region])
        adj = m.Adjuster(employee_no="ZA-2", full_name="Adj", supervisor=boss, authority=Decimal("7500.00"))
        claim = m.Claim(reference="ZC-1", policy=pol, adjuster=adj, region=region, occurred_at=t0, description="Kitchen fire",
                        estimate=Decimal("12000.50"), details={"rooms": ["kitchen"], "smoke": True}, created_by="app")
        m.ClaimDocument(claim=claim, file_name="report.pdf", content=PDF, sha256="0" * 64)
        m.Reserve(claim=claim, version=1, amount=Decimal("10000.00"))
        m.Reserve(claim=claim, version=2, amount=Decimal("12000.00"))
        m.StateChange(claim=claim, to_state=m.ClaimState.UNDER_REVIEW, changed_by="app")
        s.add_all([holder, boss])
        s.commit()
        claim_id, pol_id = claim.id, pol.id
    with Session(engine) as s:
        claim = s.get(m.Claim, claim_id)
        assert claim.state is m.ClaimState.OPEN and claim.details == {"rooms": ["kitchen"], "smoke": True}
        assert claim.occurred_at == t0 and claim.reported_at.tzinfo is not None and claim.estimate == Decimal("12000.50")
        assert claim.documents[0].content == PDF and claim.documents[0].mime_type == "application/pdf"
        assert [r.amount for r in sorted(claim.reserves, key=lambda r: r.version)] == [Decimal("10000.00"), Decimal("12000.00")]
        assert s.get(m.Reserve, (claim_id, 2)).amount == Decimal("12000.00")
        assert claim.history[0].to_state is m.ClaimState.UNDER_REVIEW and claim.history[0].from_state is None
        assert claim.adjuster.supervisor.team[0] is claim.adjuster and claim.region.adjusters[0].employee_no == "ZA-1"
        pol = s.get(m.Policy, pol_id)
        assert pol.renewals[0].number == "ZP-2" and pol.renewals[0].renewal_of is pol and pol.holder.policies[0] in (pol, pol.renewals[0])
        assert pol.covers[0].cover_type.products[0].cover_types[0].code == "ZFIRE" and pol.product.kind is m.PolicyKind.HOME
        stored = s.connection().exec_driver_sql("SELECT state FROM claim_state_probe" if False else
                                                 "SELECT to_state FROM state_changes WHERE claim_id = %d" % claim_id).scalar()
        assert stored == "review", stored
        pol.deleted_at = datetime.datetime.now(datetime.UTC)
        s.commit()
        live = s.exec(select(m.Policy.number).where(m.Policy.deleted_at.is_(None), m.Policy.holder_id == pol.holder_id)).all()
        assert live == ["ZP-2"]
