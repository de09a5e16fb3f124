"""names: fields named like Python built-ins, keywords and what SQLModel, pydantic and SQLAlchemy keep."""

import datetime
import uuid
from decimal import Decimal

from sqlmodel import Session


def run(m) -> None:
    engine = m.get_engine()
    # Every column by keyword, as an application (and seed.py) passes them.
    values = {"metadata_": "md", "model_config_": "mc", "json_": {"j": [1]}, "copy_": 1, "schema_": "s",
              "fields": "f", "dict_": 2, "validate_": True, "construct_": 3, "registry_": 4, "type": m.Type.model_config,
              "model_fields_": 5, "list_": 6, "str_": "x", "self": 7, "cls_": 8, "sa_column": 9, "parse_obj_": 10,
              "f_model_dump": 11, "print": 12, "async_": 13, "await_": 14, "match": 15, "global_": 16}
    with Session(engine) as s:
        schema = m.Schema(**values)
        field = m.Field_(schema_=schema, Session=1, sa_=2, datetime_=datetime.datetime(2024, 1, 2, tzinfo=datetime.UTC),
                         Decimal_=Decimal("12.5"), uuid_=uuid.UUID(int=7), select=3, id_=4)
        m.Field_(schema_=schema, related=field)
        relationship = m.Relationship_(field=field, enum_=m.Type.metadata, sa_="abc")
        # Field_ has no side of this relation: the row is added itself.
        s.add_all([schema, relationship])
        s.commit()
        schema_id, field_id, relationship_id = schema.id, field.id, relationship.id
    with Session(engine) as s:
        schema = s.get(m.Schema, schema_id)
        assert {k: getattr(schema, k) for k in values} == values
        assert m.SchemaPublic.model_validate(schema).registry_ == 4
        field = s.get(m.Field_, field_id)
        assert field.schema_ is schema and sorted(f.id for f in schema.children) == sorted([field.id, field.back[0].id])
        assert field.back[0].related is field and field.Decimal_ == Decimal("12.5") and field.uuid_ == uuid.UUID(int=7)
        relationship = s.get(m.Relationship_, relationship_id)
        assert relationship.field is field and relationship.enum_ is m.Type.metadata
