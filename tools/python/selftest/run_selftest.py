#!/usr/bin/env python3
"""Self-test of the schemac Python harness, run with the venv interpreter:

    tools/python/.venv/bin/python tools/python/selftest/run_selftest.py [--keep]

It drives ``schemac_harness.py`` exactly as the Java tests do (a subprocess per
command, JSON on stdout) against SQLite and PostgreSQL. PostgreSQL comes from
SCHEMAC_PG_HOST / SCHEMAC_PG_PORT / SCHEMAC_PG_USER / SCHEMAC_PG_PASSWORD /
SCHEMAC_PG_DB; when they are missing the PostgreSQL checks FAIL (they are never
skipped). Each PostgreSQL check works in its own schema (created and dropped
here), so the given database only needs CREATE privilege and is left as found.
MySQL/MariaDB checks are optional: they run when SCHEMAC_MYSQL_HOST / _PORT /
_USER / _PASSWORD / _DB are set, and then EMPTY that database (drop all tables)
before each step; otherwise they are reported as skipped.

The last line printed is ``N passed, M failed``; the exit code is 1 on any failure.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.parse
import uuid
from collections.abc import Callable
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = os.path.dirname(HERE)
HARNESS = os.path.join(TOOLS, "schemac_harness.py")
MODELS = os.path.join(HERE, "models.py")
SEED = os.path.join(HERE, "seed.py")
MIGRATIONS = os.path.join(HERE, "migrations")
DDL = os.path.join(HERE, "ddl")
PG_VARS = ["SCHEMAC_PG_HOST", "SCHEMAC_PG_PORT", "SCHEMAC_PG_USER", "SCHEMAC_PG_PASSWORD", "SCHEMAC_PG_DB"]
MYSQL_VARS = [
    "SCHEMAC_MYSQL_HOST",
    "SCHEMAC_MYSQL_PORT",
    "SCHEMAC_MYSQL_USER",
    "SCHEMAC_MYSQL_PASSWORD",
    "SCHEMAC_MYSQL_DB",
]

PASSED: list[str] = []
FAILED: list[str] = []
SKIPPED: list[str] = []
TIMINGS: list[tuple[str, int]] = []

ALL_TABLES = ["addresses", "employees", "order_items", "orders", "product_tags", "products", "tags", "users"]

# (op, table, key) of every difference in ddl/sqlite_diff.sql; key = column, index or
# constraint name, FK columns, or None.
EXPECTED_SQLITE_DIFFS: set[tuple[str, str, str | None]] = {
    ("modify_check_sqltext", "order_items", "ck_order_items_quantity_pos"),
    ("add_table", "employees", None),
    ("add_index", "employees", "ix_employees_manager_id"),
    ("remove_table", "legacy", None),
    ("modify_nullable", "addresses", "city"),
    ("modify_type", "order_items", "unit_price"),
    ("remove_fk", "order_items", "order_id"),
    ("add_fk", "order_items", "order_id"),
    ("add_index", "orders", "idx_orders_status_placed"),
    ("add_constraint", "orders", "ck_orders_total_nonneg"),
    ("remove_column", "orders", "legacy_code"),
    ("add_column", "products", "weight_kg"),
    ("modify_default", "products", "class"),
    ("remove_index", "products", "ix_products_name"),
    ("add_index", "products", "idx_products_name"),
    ("modify_type", "users", "email"),
    ("add_constraint", "users", "uq_users_public_id"),
    ("missing_autoincrement", "tags", "id"),
    ("modify_primary_key", "product_tags", None),
}

EXPECTED_POSTGRESQL_DIFFS: set[tuple[str, str, str | None]] = {
    ("modify_check_sqltext", "order_items", "ck_order_items_quantity_pos"),
    ("remove_fk", "addresses", "user_id"),
    ("add_fk", "addresses", "user_id"),
    ("modify_type", "order_items", "quantity"),
    ("modify_type", "orders", "status"),
    ("modify_enum_values", "orders", "status"),
    ("modify_enum_name", "orders", "status"),
    ("remove_index", "orders", "idx_orders_status_placed"),
    ("add_index", "orders", "idx_orders_status_placed"),
    ("modify_type", "products", "description"),
    ("add_constraint", "products", "ck_products_price_nonneg"),
    ("modify_default", "users", "is_active"),
    ("modify_type", "users", "metadata"),
    ("modify_type", "users", "created_at"),
    ("missing_autoincrement", "tags", "id"),
}

EXPECTED_MYSQL_DIFFS: set[tuple[str, str, str | None]] = {
    ("modify_check_sqltext", "order_items", "ck_order_items_quantity_pos"),
    ("remove_fk", "order_items", "order_id"),
    ("add_fk", "order_items", "order_id"),
    ("modify_type", "orders", "status"),
    ("modify_enum_values", "orders", "status"),
    ("modify_default", "products", "class"),
    ("modify_nullable", "users", "email"),
    ("modify_default", "users", "is_active"),
    ("missing_autoincrement", "tags", "id"),
}

EXPECTED_SEED = {
    "billing_street": "2 Work Rd",
    "is_active": True,
    "items": [[1, "BOOK-1", 1, "12.50"], [2, "PEN-1", 2, "1.99"]],
    "manager_of_worker": "Boss",
    "order_status": "paid",
    "order_status_stored": "paid",
    "order_total": "16.48",
    "product_class": "media",
    "products_of_tag": ["BOOK-1", "PEN-1"],
    "public_id_len": 36,
    "reports_of_boss": ["Worker"],
    "shipping_city": "Springfield",
    "tags_of_book": ["paper"],
    "user_metadata": {"tier": "gold"},
}

BAD_PY = """\
import os
from sqlmodel import Field, SQLModel


class Thing(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=10)


def f() -> int:
    return Thing(name="x").name
"""


# ---------------------------------------------------------------------------
# plumbing
# ---------------------------------------------------------------------------


def check(name: str, cond: bool, detail: Any = "") -> bool:
    if cond:
        PASSED.append(name)
        print(f"PASS  {name}")
    else:
        FAILED.append(name)
        text = detail if isinstance(detail, str) else json.dumps(detail, indent=2, default=str)
        print(f"FAIL  {name}\n      {text}".replace("\n", "\n      "))
    return cond


def harness(label: str, *args: str, expect_rc: int = 0) -> dict[str, Any]:
    """Run one harness command in a fresh interpreter; return its JSON (or {} on a bad answer)."""
    t0 = time.monotonic()
    p = subprocess.run([sys.executable, HARNESS, *args], capture_output=True, text=True, timeout=900)
    ms = int((time.monotonic() - t0) * 1000)
    TIMINGS.append((label, ms))
    try:
        doc: dict[str, Any] = json.loads(p.stdout)
    except json.JSONDecodeError:
        check(f"{label}: stdout is one JSON document", False, p.stdout[-2000:] + p.stderr[-3000:])
        return {}
    if p.returncode != expect_rc:
        check(f"{label}: exit code {expect_rc}", False, f"exit {p.returncode}: {doc}\n{p.stderr[-3000:]}")
        return {}
    return doc


def diff_key(d: dict[str, Any]) -> tuple[str, str | None, str | None]:
    op = d["op"]
    key: str | None = d.get("column") or d.get("name")
    if "index" in d:
        key = d["index"]["name"]
    elif "constraint" in d:
        c = d["constraint"]
        key = ",".join(c["columns"]) if c["kind"] == "foreign_key" else (c["name"] or ",".join(c.get("columns", [])))
    return (op, d.get("table"), key)


def check_diffs(label: str, doc: dict[str, Any], expected: set[tuple[str, str, str | None]]) -> None:
    if "diffs" not in doc:
        check(f"{label}: answered", False, doc)
        return
    got = {diff_key(d) for d in doc["diffs"]}
    missing, extra = expected - got, got - expected
    check(
        f"{label}: exactly the {len(expected)} expected differences",
        not missing and not extra,
        {
            "missing": sorted(map(str, missing)),
            "unexpected": sorted(map(str, extra)),
            "summaries": [d["summary"] for d in doc["diffs"]],
        },
    )


def table(doc: dict[str, Any], name: str) -> dict[str, Any]:
    for t in doc.get("tables", []):
        if t["name"] == name:
            return dict(t)
    return {"columns": [], "foreign_keys": [], "indexes": [], "unique_constraints": [], "check_constraints": []}


def column(doc: dict[str, Any], tname: str, cname: str) -> dict[str, Any]:
    for c in table(doc, tname)["columns"]:
        if c["name"] == cname:
            return dict(c)
    return {}


def strip_timing(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "elapsed_ms"}


# ---------------------------------------------------------------------------
# checks shared by SQLite and PostgreSQL
# ---------------------------------------------------------------------------


def check_created_catalog(label: str, doc: dict[str, Any], dialect: str) -> None:
    names = [t["name"] for t in doc.get("tables", [])]
    check(f"{label}: all 8 tables, sorted", names == ALL_TABLES, names)
    check(
        f"{label}: Decimal(max_digits=10, decimal_places=2) -> NUMERIC(10, 2)",
        (column(doc, "products", "price").get("precision"), column(doc, "products", "price").get("scale")) == (10, 2)
        and column(doc, "products", "price").get("family") == "decimal",
        column(doc, "products", "price"),
    )
    users = [c["name"] for c in table(doc, "users")["columns"]]
    check(f"{label}: attribute metadata_ is column 'metadata'", "metadata" in users and "metadata_" not in users, users)
    prods = [c["name"] for c in table(doc, "products")["columns"]]
    check(f"{label}: attribute class_ is column 'class'", "class" in prods and "class_" not in prods, prods)
    check(
        f"{label}: composite primary key order_items(order_id, line_no)",
        table(doc, "order_items").get("primary_key", {}).get("columns") == ["order_id", "line_no"],
        table(doc, "order_items").get("primary_key"),
    )
    fk_del = {
        (t, tuple(fk["columns"])): fk["ondelete"]
        for t in ("addresses", "order_items", "orders", "product_tags", "employees")
        for fk in table(doc, t)["foreign_keys"]
    }
    want_del = {
        ("addresses", ("user_id",)): "SET NULL",
        ("order_items", ("order_id",)): "CASCADE",
        # InnoDB treats RESTRICT as its default (= NO ACTION) and does not report it.
        ("order_items", ("product_id",)): None if dialect == "mysql" else "RESTRICT",
        ("orders", ("user_id",)): "CASCADE",
        ("orders", ("shipping_address_id",)): None,
        ("orders", ("billing_address_id",)): None,
        ("product_tags", ("product_id",)): "CASCADE",
        ("product_tags", ("tag_id",)): "CASCADE",
        ("employees", ("manager_id",)): "SET NULL",
    }
    check(f"{label}: Field(ondelete=...) on every FK", fk_del == want_del, {str(k): v for k, v in fk_del.items()})

    def index_names(t: str) -> list[str]:
        fk_cols = [fk["columns"] for fk in table(doc, t)["foreign_keys"]]
        # MySQL/MariaDB add an index named after the column for every FK column that has none.
        return [
            i["name"]
            for i in table(doc, t)["indexes"]
            if not (dialect == "mysql" and [i["name"]] == i["columns"] and i["columns"] in fk_cols)
        ]

    check(
        f"{label}: exact index names from __table_args__ + Field(index=True)",
        index_names("orders") == ["idx_orders_status_placed", "idx_orders_user_id"]
        and index_names("employees") == ["ix_employees_manager_id"]
        and index_names("products") == ["idx_products_name"],
        {t: table(doc, t)["indexes"] for t in ("orders", "employees", "products")},
    )
    check(
        f"{label}: named unique constraints; unique indexes not listed twice",
        table(doc, "users")["unique_constraints"]
        == [{"name": "uq_users_email", "columns": ["email"]}, {"name": "uq_users_public_id", "columns": ["public_id"]}]
        and table(doc, "users")["indexes"] == [],
        {"uq": table(doc, "users")["unique_constraints"], "ix": table(doc, "users")["indexes"]},
    )
    checks = {c["name"] for t in ("products", "orders", "order_items") for c in table(doc, t)["check_constraints"]}
    check(
        f"{label}: named check constraints",
        checks
        == {"ck_products_price_nonneg", "ck_products_class", "ck_orders_total_nonneg", "ck_order_items_quantity_pos"},
        sorted(checks, key=str),
    )
    status = column(doc, "orders", "status")
    if dialect == "postgresql":
        check(
            f"{label}: sa.Enum(name='order_status', values_callable) -> native enum with the values",
            status.get("family") == "enum"
            and status.get("enum_name") == "order_status"
            and status.get("enum_values") == ["pending", "paid", "shipped", "cancelled"]
            and doc.get("enums")
            == [{"name": "order_status", "schema": doc["enums"][0]["schema"], "labels": status.get("enum_values")}],
            {"column": status, "enums": doc.get("enums")},
        )
        check(
            f"{label}: uuid -> UUID, datetime tz -> TIMESTAMP WITH TIME ZONE, bytes -> BYTEA, float -> FLOAT",
            column(doc, "users", "public_id").get("type") == "UUID"
            and column(doc, "users", "created_at").get("type") == "TIMESTAMP WITH TIME ZONE"
            and column(doc, "products", "thumbnail").get("type") == "BYTEA"
            and column(doc, "products", "weight_kg").get("family") == "float",
            [
                column(doc, "users", "public_id"),
                column(doc, "users", "created_at"),
                column(doc, "products", "weight_kg"),
            ],
        )
        check(
            f"{label}: SERIAL ids autoincrement, server defaults reflected",
            column(doc, "users", "id").get("autoincrement") is True
            and column(doc, "users", "created_at").get("default") == "now()"
            and column(doc, "users", "is_active").get("default") == "true",
            [column(doc, "users", "id"), column(doc, "users", "created_at"), column(doc, "users", "is_active")],
        )
    elif dialect == "mysql":
        check(
            f"{label}: sa.Enum(values_callable) -> ENUM with the values; uuid/boolean families",
            status.get("family") == "enum"
            and status.get("enum_values") == ["pending", "paid", "shipped", "cancelled"]
            and column(doc, "users", "public_id").get("family") in ("uuid", "string")
            and column(doc, "users", "is_active").get("family") == "boolean",
            [status, column(doc, "users", "public_id"), column(doc, "users", "is_active")],
        )
    else:
        check(
            f"{label}: enum -> VARCHAR(len of longest value) on SQLite",
            status.get("type") == "VARCHAR(9)",
            status,
        )
        check(
            f"{label}: uuid -> CHAR(32), bytes -> BLOB, JSON -> JSON on SQLite",
            column(doc, "users", "public_id").get("type") == "CHAR(32)"
            and column(doc, "products", "thumbnail").get("type") == "BLOB"
            and column(doc, "users", "metadata").get("family") == "json",
            [column(doc, "users", "public_id"), column(doc, "products", "thumbnail")],
        )


def check_alembic_roundtrip(label: str, url: str) -> None:
    up = harness(f"{label} upgrade head", "alembic", MIGRATIONS, url, "upgrade")
    names = [t["name"] for t in up.get("tables", [])]
    check(f"{label}: upgrade head creates the schema", names == sorted([*ALL_TABLES, "alembic_version"]), names)
    check(f"{label}: current head is 0001", up.get("alembic", {}).get("current_heads") == ["0001"], up.get("alembic"))
    cmp = harness(f"{label} compare after upgrade", "compare", MODELS, url)
    check(f"{label}: migrated schema == models (no diffs)", cmp.get("diffs") == [], cmp.get("diffs"))
    down = harness(f"{label} downgrade base", "alembic", MIGRATIONS, url, "downgrade")
    names = [t["name"] for t in down.get("tables", [])]
    check(f"{label}: downgrade base leaves only alembic_version", names == ["alembic_version"], names)
    check(f"{label}: downgrade drops the enum type too", down.get("enums") == [], down.get("enums"))
    again = harness(f"{label} upgrade again", "alembic", MIGRATIONS, url, "upgrade", "head")
    check(f"{label}: upgrade after downgrade works", again.get("alembic", {}).get("current_heads") == ["0001"], again)


def check_seed(label: str, url: str) -> None:
    doc = harness(f"{label} run seed.py", "run", "--env", f"DATABASE_URL={url}", SEED)
    ok = doc.get("exit_code") == 0
    check(f"{label}: seed.py exits 0", ok, doc)
    if ok:
        lines = doc["stdout"].strip().splitlines()
        got = json.loads(lines[-1]) if lines else None
        check(f"{label}: seed.py reads back every relationship", got == EXPECTED_SEED, {"got": got})


# ---------------------------------------------------------------------------
# sections
# ---------------------------------------------------------------------------


def section_environment() -> None:
    check("venv interpreter", sys.prefix != sys.base_prefix, f"sys.prefix={sys.prefix}")
    req = os.path.join(TOOLS, "requirements.txt")
    pins = {}
    with open(req, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"^([A-Za-z0-9_.\-\[\]]+)==([^\s;#]+)", line.strip())
            if m:
                pins[re.sub(r"\[.*\]", "", m.group(1))] = m.group(2)
    bad = {}
    for name, ver in pins.items():
        try:
            have = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            have = None
        if have != ver:
            bad[name] = {"pinned": ver, "installed": have}
    check(f"all {len(pins)} pins of requirements.txt installed exactly", not bad and len(pins) >= 10, bad)
    doc = harness("versions", "versions")
    check("versions command", doc.get("packages", {}).get("sqlmodel") == pins.get("sqlmodel"), doc)


def section_import() -> None:
    """Import the models in this interpreter and check the mapping itself."""
    sys.path.insert(0, HERE)
    try:
        import sqlalchemy as sa
        from sqlalchemy.orm import configure_mappers

        import models

        configure_mappers()
        user_cols = models.User.__table__.c  # type: ignore[attr-defined]
        check(
            "import models: metadata_ attribute maps column 'metadata'",
            "metadata" in user_cols and sa.inspect(models.User).attrs["metadata_"].columns[0].name == "metadata",
        )
        status_type = models.Order.__table__.c.status.type  # type: ignore[attr-defined]
        check(
            "import models: OrderStatus column is sa.Enum named order_status storing values",
            isinstance(status_type, sa.Enum)
            and status_type.name == "order_status"
            and status_type.enums == ["pending", "paid", "shipped", "cancelled"],
            repr(status_type),
        )
        rel = sa.inspect(models.Order).relationships
        check(
            "import models: two FKs to addresses disambiguated by foreign_keys",
            [c.name for c in rel["shipping_address"].local_columns] == ["shipping_address_id"]
            and [c.name for c in rel["billing_address"].local_columns] == ["billing_address_id"],
        )
        emp = sa.inspect(models.Employee).relationships
        check(
            "import models: self-referential manager (MANYTOONE) / reports (ONETOMANY)",
            emp["manager"].direction.name == "MANYTOONE" and emp["reports"].direction.name == "ONETOMANY",
        )
        check(
            "import models: many-to-many through link_model ProductTag",
            sa.inspect(models.Product).relationships["tags"].secondary is models.ProductTag.__table__,  # type: ignore[attr-defined]
        )
        check("import models: DATABASE_URL default is sqlite", models.DATABASE_URL.startswith("sqlite:"))
    except Exception:
        check("import models", False, traceback.format_exc())


def section_sqlite(tmp: str) -> None:
    created = os.path.join(tmp, "created.db")
    doc = harness("sqlite models-create", "models-create", MODELS, f"sqlite:///{created}")
    check_created_catalog("sqlite models-create", doc, "sqlite")
    again = harness("sqlite inspect", "inspect", f"sqlite:///{created}")
    check(
        "sqlite inspect == models-create catalog (deterministic)",
        {k: v for k, v in strip_timing(doc).items() if k != "metadata_tables"} == strip_timing(again),
    )

    no_diffs: set[tuple[str, str, str | None]] = set()
    for which, expected in (("equal", no_diffs), ("diff", EXPECTED_SQLITE_DIFFS)):
        db = os.path.join(tmp, f"{which}.db")
        with open(os.path.join(DDL, f"sqlite_{which}.sql"), encoding="utf-8") as fh, sqlite3.connect(db) as conn:
            conn.executescript(fh.read())
        cmp = harness(f"sqlite compare ({which} DDL)", "compare", MODELS, f"sqlite:///{db}")
        if which == "equal":
            check("sqlite compare: hand-written equivalent DDL has no diffs", cmp.get("diffs") == [], cmp.get("diffs"))
            raw = harness("sqlite compare --no-extra-checks", "compare", "--no-extra-checks", MODELS, f"sqlite:///{db}")
            check("sqlite compare --no-extra-checks: no diffs", raw.get("diffs") == [], raw.get("diffs"))
        else:
            check_diffs("sqlite compare (deliberately different DDL)", cmp, expected)

    check_alembic_roundtrip("sqlite alembic", f"sqlite:///{os.path.join(tmp, 'mig.db')}")
    offline = harness("sqlite alembic --sql", "alembic", MIGRATIONS, "sqlite://", "upgrade", "--sql")
    check("alembic --sql renders DDL offline", "CREATE TABLE order_items" in offline.get("sql", ""), offline)
    check_seed("sqlite", f"sqlite:///{os.path.join(tmp, 'seed.db')}")


def section_typecheck(tmp: str) -> None:
    doc = harness("typecheck models+seed+migrations", "typecheck", MODELS, SEED, MIGRATIONS)
    check("mypy --strict (pydantic plugin): zero findings", doc.get("mypy", {}).get("ok") is True, doc.get("mypy"))
    check("ruff check: zero findings", doc.get("ruff", {}).get("ok") is True, doc.get("ruff"))
    check("ruff format --check: formatted", doc.get("ruff_format", {}).get("ok") is True, doc.get("ruff_format"))
    bad = os.path.join(tmp, "bad_models.py")
    with open(bad, "w", encoding="utf-8") as fh:
        fh.write(BAD_PY)
    doc = harness("typecheck bad file", "typecheck", bad)
    mypy_out = doc.get("mypy", {}).get("output", "")
    ruff_out = doc.get("ruff", {}).get("output", "")
    check(
        "typecheck detects a type error (mypy) and lint errors (ruff)",
        doc.get("ok") is False
        and "Incompatible return value type" in mypy_out
        and "F401" in ruff_out
        and "I001" in ruff_out,
        doc,
    )


def section_errors(tmp: str) -> None:
    doc = harness(
        "error: missing models file",
        "models-create",
        os.path.join(tmp, "nope.py"),
        "sqlite://",
        expect_rc=1,
    )
    check("harness error -> exit 1 + {error} JSON", "no such file" in doc.get("error", ""), doc)
    noisy = os.path.join(tmp, "noisy", "models.py")
    os.makedirs(os.path.dirname(noisy))
    with open(noisy, "w", encoding="utf-8") as fh:
        fh.write(
            "import sys\nfrom sqlmodel import Field, SQLModel\nprint('noise on stdout')\n"
            "sys.stdout.write('more noise')\n"
            "class T(SQLModel, table=True):\n    id: int | None = Field(default=None, primary_key=True)\n"
        )
    doc = harness("stdout noise", "models-create", noisy, "sqlite://")
    check("prints in the models module do not corrupt the JSON", [t["name"] for t in doc.get("tables", [])] == ["t"])


def _pg_admin_url(env: dict[str, str]) -> str:
    user = urllib.parse.quote(env["SCHEMAC_PG_USER"], safe="")
    pw = urllib.parse.quote(env["SCHEMAC_PG_PASSWORD"], safe="")
    return f"postgresql+psycopg://{user}:{pw}@{env['SCHEMAC_PG_HOST']}:{env['SCHEMAC_PG_PORT']}/{env['SCHEMAC_PG_DB']}"


def section_postgresql() -> None:
    missing = [v for v in PG_VARS if not os.environ.get(v)]
    if missing:
        check(
            "PostgreSQL configured",
            False,
            f"environment variables {', '.join(missing)} are not set: the PostgreSQL checks cannot run "
            "(they are required, never skipped). Start a server (README: 'PostgreSQL for the self-test') and set them.",
        )
        return
    import sqlalchemy as sa

    admin = _pg_admin_url(dict(os.environ))
    engine = sa.create_engine(admin)
    tag = uuid.uuid4().hex[:8]
    schemas: list[str] = []

    def schema_url(name: str) -> str:
        schema = f"schemac_selftest_{tag}_{name}"
        with engine.begin() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        schemas.append(schema)
        return admin + "?options=" + urllib.parse.quote(f"-csearch_path={schema}", safe="")

    def run_sql(url: str, path: str) -> None:
        eng = sa.create_engine(url)
        with open(path, encoding="utf-8") as fh, eng.begin() as conn:
            conn.exec_driver_sql(fh.read())
        eng.dispose()

    try:
        with engine.connect() as conn:
            version = conn.exec_driver_sql("show server_version").scalar_one()
        check("PostgreSQL reachable", True)
        print(f"      server_version {version}")

        url = schema_url("create")
        doc = harness("pg models-create", "models-create", MODELS, url)
        check_created_catalog("pg models-create", doc, "postgresql")
        again = harness("pg inspect", "inspect", url)
        check(
            "pg inspect == models-create catalog (deterministic)",
            {k: v for k, v in strip_timing(doc).items() if k != "metadata_tables"} == strip_timing(again),
        )

        no_diffs: set[tuple[str, str, str | None]] = set()
        for which, expected in (("equal", no_diffs), ("diff", EXPECTED_POSTGRESQL_DIFFS)):
            url = schema_url(which)
            run_sql(url, os.path.join(DDL, f"postgresql_{which}.sql"))
            cmp = harness(f"pg compare ({which} DDL)", "compare", MODELS, url)
            if which == "equal":
                check("pg compare: hand-written equivalent DDL has no diffs", cmp.get("diffs") == [], cmp.get("diffs"))
            else:
                check_diffs("pg compare (deliberately different DDL)", cmp, expected)

        check_alembic_roundtrip("pg alembic", schema_url("mig"))
        check_seed("pg", schema_url("seed"))
    except Exception:
        check("PostgreSQL section", False, traceback.format_exc())
    finally:
        with engine.begin() as conn:
            for s in schemas:
                conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{s}" CASCADE')
        engine.dispose()


def section_mysql() -> None:
    """Optional: MySQL/MariaDB through PyMySQL. The database is emptied before each step."""
    missing = [v for v in MYSQL_VARS if not os.environ.get(v)]
    if missing:
        SKIPPED.append("mysql")
        print(f"SKIP  MySQL/MariaDB checks (optional): {', '.join(missing)} not set")
        return
    import sqlalchemy as sa

    env = os.environ
    user = urllib.parse.quote(env["SCHEMAC_MYSQL_USER"], safe="")
    pw = urllib.parse.quote(env["SCHEMAC_MYSQL_PASSWORD"], safe="")
    url = (
        f"mysql+pymysql://{user}:{pw}@{env['SCHEMAC_MYSQL_HOST']}:{env['SCHEMAC_MYSQL_PORT']}/{env['SCHEMAC_MYSQL_DB']}"
    )
    engine = sa.create_engine(url)

    def reset(ddl: str | None = None) -> str:
        with engine.begin() as conn:
            conn.exec_driver_sql("SET FOREIGN_KEY_CHECKS = 0")
            for (name,) in conn.exec_driver_sql("SHOW TABLES").fetchall():
                conn.exec_driver_sql(f"DROP TABLE `{name}`")
            conn.exec_driver_sql("SET FOREIGN_KEY_CHECKS = 1")
            if ddl:
                with open(ddl, encoding="utf-8") as fh:
                    text = re.sub(r"--[^\n]*", "", fh.read())
                for stmt in text.split(";"):
                    if stmt.strip():
                        conn.exec_driver_sql(stmt)
        return url

    try:
        with engine.connect() as conn:
            version = conn.exec_driver_sql("SELECT VERSION()").scalar_one()
        check("MySQL/MariaDB reachable", True)
        print(f"      server_version {version}")
        doc = harness("mysql models-create", "models-create", MODELS, reset())
        check_created_catalog("mysql models-create", doc, "mysql")
        cmp = harness("mysql compare (equal DDL)", "compare", MODELS, reset(os.path.join(DDL, "mysql_equal.sql")))
        check("mysql compare: hand-written equivalent DDL has no diffs", cmp.get("diffs") == [], cmp.get("diffs"))
        cmp = harness("mysql compare (diff DDL)", "compare", MODELS, reset(os.path.join(DDL, "mysql_diff.sql")))
        check_diffs("mysql compare (deliberately different DDL)", cmp, EXPECTED_MYSQL_DIFFS)
        check_alembic_roundtrip("mysql alembic", reset())
        check_seed("mysql", reset())
    except Exception:
        check("MySQL section", False, traceback.format_exc())
    finally:
        reset()
        engine.dispose()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="schemac-pyharness-")
    t0 = time.monotonic()
    sections: list[tuple[str, Callable[[], None]]] = [
        ("environment", section_environment),
        ("import", section_import),
        ("sqlite", lambda: section_sqlite(tmp)),
        ("typecheck", lambda: section_typecheck(tmp)),
        ("errors", lambda: section_errors(tmp)),
        ("postgresql", section_postgresql),
        ("mysql", section_mysql),
    ]
    try:
        for name, fn in sections:
            print(f"== {name}")
            try:
                fn()
            except Exception:
                check(f"section {name}", False, traceback.format_exc())
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print("== harness command latency (ms, fresh interpreter each)")
    for label, ms in TIMINGS:
        print(f"  {ms:6d}  {label}")
    print(f"total {time.monotonic() - t0:.1f} s")
    skipped = f", {len(SKIPPED)} skipped" if SKIPPED else ""
    print(f"{len(PASSED)} passed, {len(FAILED)} failed{skipped}")
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())
