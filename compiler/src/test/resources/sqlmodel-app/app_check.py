"""A small application on schemac's generated models.py, as a FastAPI service would use them.

Run beside models.py with DATABASE_URL naming a database built by schemac's DDL and filled
by its seed SQL: python app_check.py SPEC.json. SPEC (written by SqlModelAppTest from the
Catalog) names each entity's class, its secret, PII and datetime columns, and the payloads
each check must reject. Prints one JSON document of what happened; the Java test judges it.
"""

import datetime
import json
import sys
from typing import Any

# Importing the models needs no database driver: every driver is made unimportable first.
DRIVERS = ("psycopg", "psycopg2", "pymysql", "MySQLdb")
for name in DRIVERS:
    sys.modules[name] = None  # type: ignore[assignment]
try:
    import models

    imported_without_driver: Any = True
except ImportError as e:
    imported_without_driver = str(e)
finally:
    for name in DRIVERS:
        del sys.modules[name]
if imported_without_driver is not True:
    import models  # noqa: F811

import pydantic
from sqlmodel import Session, select

OFFSET = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
MOMENT = datetime.datetime(2031, 5, 17, 8, 9, 10, 123456, tzinfo=OFFSET)


def outcome(model: Any, data: dict[str, Any]) -> Any:
    """'accepted', or pydantic's errors as [loc, type, msg]."""
    try:
        model.model_validate(data)
        return "accepted"
    except pydantic.ValidationError as e:
        return [[list(err["loc"]), err["type"], err["msg"]] for err in e.errors()]


def shifted(value: Any, op: str) -> Any:
    """A value that breaks `value OP other` when other is the original value."""
    step: Any = 1
    if isinstance(value, datetime.datetime):
        step = datetime.timedelta(seconds=1)
    elif isinstance(value, datetime.date):
        step = datetime.timedelta(days=1)
    return value + step if op in ("<", "<=", "=") else value - step if op in (">", ">=") else value


def compared(payload: dict[str, Any], left: str, op: str, right: str) -> dict[str, Any]:
    """The payload with `left` changed so that `left OP right` is false (a missing right gets left's value)."""
    data = dict(payload)
    if data.get(left) is None and data.get(right) is None:
        data[right] = datetime.date(2030, 1, 1)
    if data.get(right) is None:
        data[right] = data[left]
    data[left] = shifted(data[right], op)
    return data


def entity_report(session: Session, e: dict[str, Any]) -> dict[str, Any]:
    table = getattr(models, e["class"])
    create = getattr(models, e["create_class"])
    public = getattr(models, e["public_class"])
    update = getattr(models, e["update_class"])
    r: dict[str, Any] = {"entity": e["class"]}
    row = session.exec(select(table)).first()
    if row is None:
        r["error"] = "the seed left no row"
        return r
    r["read_back"] = {c: repr(getattr(row, c)) for c in e["datetimes"]}
    r["naive_after_read"] = [c for c in e["datetimes"] if getattr(row, c) is not None and getattr(row, c).tzinfo is None]
    shown = public.model_validate(row)
    schema = public.model_json_schema()["properties"]
    r["public_fields"] = sorted(shown.model_dump(mode="json"))
    r["public_schema_fields"] = sorted(schema)
    r["pii_in_public_schema"] = {c: schema.get(c, {}).get("x-pii") for c in e["pii"]}
    r["create_fields"] = sorted(create.model_fields)
    payload = {f: getattr(row, f) for f in create.model_fields}
    r["good"] = outcome(create, payload)
    r["good_update"] = outcome(update, {})
    cases = []
    for case in e["cases"]:
        if "compare" in case:
            left, op, right = case["compare"]
            bad = compared(payload, left, op, right)
            change = {left: bad[left], right: bad[right]}
        else:
            bad = {**payload, **case["set"]}
            change = dict(case["set"])
        cases.append({**case, "create": outcome(create, bad), "update": outcome(update, change)})
    r["cases"] = cases
    # Written with a zone other than UTC, read back as the same instant, with a zone.
    for c in e["datetimes"]:
        setattr(row, c, MOMENT)
    session.add(row)
    session.commit()
    session.refresh(row)
    r["round_trip"] = {
        c: {"aware": getattr(row, c).tzinfo is not None, "same_instant": getattr(row, c) == MOMENT}
        for c in e["datetimes"]
    }
    public.model_validate(row)
    return r


def main() -> None:
    spec = json.loads(open(sys.argv[1], encoding="utf-8").read())
    out: dict[str, Any] = {"imported_without_driver": imported_without_driver, "dialect": models.DIALECT, "entities": []}
    with Session(models.get_engine()) as session:
        for e in spec["entities"]:
            out["entities"].append(entity_report(session, e))
    print(json.dumps(out, default=str))


if __name__ == "__main__":
    main()
