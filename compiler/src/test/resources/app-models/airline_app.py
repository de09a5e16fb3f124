"""airline: uuid keys, a natural char key, enums with a mapped label, self reference, composite keys, times and decimals."""

import datetime
import uuid
from decimal import Decimal

from sqlmodel import Session, select


def run(m) -> None:
    engine = m.get_engine()
    day = datetime.date(2026, 5, 1)
    dep = datetime.datetime(2026, 5, 1, 7, 30, tzinfo=datetime.UTC)
    with Session(engine) as s:
        osl = m.Airport(iata="ZZA", icao="ZZZA", name="A", city="Alpha", country="NO", timezone="Europe/Oslo", elevation_m=-12)
        bgo = m.Airport(iata="ZZB", icao="ZZZB", name="B", city="Beta", country="NO", timezone="Europe/Oslo", elevation_m=50)
        maker = m.Manufacturer(name="Zeta Aero")
        kind = m.AircraftType(code="Z320", manufacturer=maker, name="Zeta 320", range_km=6000, max_seats=180)
        m.SeatLayout(type=kind, seat="3D", cabin=m.Cabin.PREMIUM_ECONOMY)
        plane = m.Aircraft(registration="LN-ZZZ", type=kind, delivered_on=datetime.date(2020, 1, 2), hours_flown=Decimal("1234.5"),
                           home_base=osl)
        route = m.Route(origin=osl, destination=bgo, distance_km=300, block_minutes=50)
        flight = m.Flight(number="ZZ123", service_date=day, route=route, aircraft=plane, scheduled_dep=dep,
                          scheduled_arr=dep + datetime.timedelta(minutes=50))
        captain = m.CrewMember(staff_number="S-1", full_name="Cap", email="cap@air.example", rank=m.CrewRank.CAPTAIN, base=osl,
                               hired_on=day)
        fo = m.CrewMember(staff_number="S-2", full_name="Fo", email="fo@air.example", rank=m.CrewRank.FIRST_OFFICER, base=osl,
                          hired_on=day, mentor=captain)
        m.CrewAssignment(flight=flight, crew_member=captain, role=m.CrewRank.CAPTAIN)
        m.CrewAssignment(flight=flight, crew_member=fo, role=m.CrewRank.FIRST_OFFICER)
        m.Qualification(crew_member=captain, type=kind, rated_on=day, expires_on=day + datetime.timedelta(days=365))
        fare = m.Fare(route=route, cabin=m.Cabin.PREMIUM_ECONOMY, code="PFLEX", amount=Decimal("199.90"))
        pax = m.Passenger(given_name="Ada", family_name="Zed")
        m.LoyaltyAccount(passenger=pax, number="L-1", miles=2**40)
        booking = m.Booking(locator="ZZ9ABC", booker=pax, total=Decimal("199.90"))
        ticket = m.Ticket(booking=booking, flight=flight, fare=fare, number="T-1", seat="3D")
        m.Bag(ticket=ticket, tag="BAG1", weight_kg=Decimal("23.5"))
        s.add_all([osl, bgo, maker])
        s.commit()
        flight_id, captain_id = flight.id, captain.id
    with Session(engine) as s:
        flight = s.get(m.Flight, flight_id)
        assert isinstance(flight_id, uuid.UUID) and flight.status == m.FlightStatus.SCHEDULED and flight.delay_minutes == 0
        assert flight.service_date == day and flight.scheduled_dep == dep and flight.scheduled_dep.tzinfo is not None
        assert flight.route.origin.iata == "ZZA" and flight.route.destination.arrivals[0] is flight.route
        assert sorted(c.crew_member.staff_number for c in flight.crew) == ["S-1", "S-2"]
        captain = s.get(m.CrewMember, captain_id)
        assert [x.staff_number for x in captain.mentees] == ["S-2"] and captain.mentees[0].mentor is captain
        assert captain.qualifications[0].type.code == "Z320" and captain.base.iata == "ZZA"
        layout = s.get(m.SeatLayout, (flight.aircraft.type.id, "3D"))
        assert layout.cabin is m.Cabin.PREMIUM_ECONOMY and layout.exit_row is False
        stored = s.exec(select(m.Fare.cabin).where(m.Fare.code == "PFLEX")).one()
        assert stored is m.Cabin.PREMIUM_ECONOMY
        ticket = flight.tickets[0]
        assert ticket.fare.amount == Decimal("199.90") and ticket.baggage[0].weight_kg == Decimal("23.5")
        assert ticket.booking.booker.loyalty.miles == 2**40 and ticket.booking.booked_at.tzinfo is not None
        assert flight.aircraft.home_base.iata == "ZZA" and flight.aircraft.hours_flown == Decimal("1234.5")
        flight.status = m.FlightStatus.DIVERTED
        s.commit()
        assert s.exec(select(m.Flight.status).where(m.Flight.number == "ZZ123")).one() is m.FlightStatus.DIVERTED
