"""registrar: natural and composite keys three columns wide, a self many-to-many, times, a one-to-one by name."""

import datetime
from decimal import Decimal

from sqlmodel import Session, select


def run(m) -> None:
    engine = m.get_engine()
    with Session(engine) as s:
        fac = m.Faculty(code="ZSCI", name="Zeta Science")
        dept = m.Department(code="ZCS", faculty=fac, name="Zeta Computing")
        bld = m.Building(code="ZB1", name="Main")
        room = m.Room(building=bld, number="101", capacity=40)
        prof = m.Instructor(staff_no="Z-1", full_name="Prof", email="prof@uni.example", department=dept, office=room)
        dept.head = prof
        prog = m.Programme(code="ZBSC", name="BSc Computing", degree=m.Degree.BSC, department=dept, credits_required=180)
        intro = m.Course(department=dept, number="Z100", title="Intro", credits=Decimal("7.5"), programmes=[prog])
        algo = m.Course(department=dept, number="Z200", title="Algorithms", credits=Decimal("7.5"), requires=[intro])
        term = m.Term(year=2031, season=m.Season.AUTUMN, starts_on=datetime.date(2031, 8, 20), ends_on=datetime.date(2031, 12, 20))
        sec = m.Section(course=algo, term=term, number=1, instructor=prof, capacity=30)
        m.Meeting(section=sec, room=room, day=m.DayOfWeek.TUE, starts_at=datetime.time(8, 15), ends_at=datetime.time(10, 0))
        st = m.Student(matric_no="20310001", given_name="Ada", family_name="Zed", email="ada@uni.example",
                       born_on=datetime.date(2010, 2, 3), programme=prog, advisor=prof, admitted_on=datetime.date(2031, 8, 1),
                       gpa=Decimal("3.75"))
        m.Enrolment(student=st, section=sec, grade=m.Grade.PASS)
        s.add_all([fac, bld])
        s.commit()
        algo_id, term_id, st_id = algo.id, term.id, st.id
    with Session(engine) as s:
        sec = s.get(m.Section, (algo_id, term_id, 1))
        assert sec.course.requires[0].number == "Z100" and sec.course.requires[0].required_by[0] is sec.course
        assert sec.meetings[0].room.building.code == "ZB1" and sec.meetings[0].starts_at == datetime.time(8, 15)
        assert sec.meetings[0].day is m.DayOfWeek.TUE and sec.term.season is m.Season.AUTUMN
        prof = sec.instructor
        assert prof.heads.code == "ZCS" and prof.department.head is prof and prof.office.offices[0] is prof
        en = sec.enrolments[0]
        assert en.grade is m.Grade.PASS and en.audit is False and en.enrolled_at.tzinfo is not None
        st = s.get(m.Student, st_id)
        assert st.gpa == Decimal("3.75") and st.programme.courses[0].number == "Z100" and st.advisor is prof
        assert st.enrolments[0] is en and st.born_on == datetime.date(2010, 2, 3)
        assert s.exec(select(m.Enrolment.grade).where(m.Enrolment.student_id == st_id)).one() is m.Grade.PASS
