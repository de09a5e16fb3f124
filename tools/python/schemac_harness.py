#!/usr/bin/env python3
"""schemac Python harness: proves generated Python outputs with the real libraries.

Java tests call this as a subprocess, with the interpreter of the project venv
(``tools/python/.venv/bin/python tools/python/schemac_harness.py <command> ...``).
Every command prints exactly ONE JSON document on stdout. Exit code 0 means the
harness did its job (a ``compare`` that finds differences, a ``typecheck`` with
findings and a ``run`` whose script fails all still exit 0: read the JSON).
A harness failure (bad arguments, import error in the models, database error,
failing migration, ...) exits 1 (2 for usage errors) and prints
``{"error": ..., "error_type": ..., "command": ...}`` on stdout and the
traceback on stderr.

Anything the code under test prints (``print`` in a models module or a
migration, ``echo=True`` engines, Alembic's logging) goes to stderr: the
harness moves file descriptor 1 to stderr before it runs any such code and
writes its JSON to the saved original stdout.

Commands (see README.md for the JSON shapes):
  inspect       <url>                                catalog of a live database
  models-create <models.py> <url>                    create_all + catalog
  compare       <models.py> <url>                    Alembic compare_metadata (+ extra checks)
  alembic       <migrations-dir> <url> upgrade|downgrade|stamp [rev]
  typecheck     <file-or-dir>...                     mypy (strict + pydantic plugin) and ruff
  run           [--models-dir D] <script.py> [args]  run a script with the venv interpreter
  versions                                           versions of the pinned packages
"""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import io
import json
import os
import re
import subprocess
import sys
import time
import traceback
from collections.abc import Sequence
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
MYPY_INI = os.path.join(HERE, "mypy.ini")
RUFF_TOML = os.path.join(HERE, "ruff.toml")
DEFAULT_MYPY_CACHE = os.path.join(HERE, ".cache", "mypy")
PINNED = [
    "sqlmodel",
    "SQLAlchemy",
    "pydantic",
    "pydantic_core",
    "alembic",
    "psycopg2-binary",
    "PyMySQL",
    "cryptography",
    "mypy",
    "ruff",
]


class HarnessError(Exception):
    """An error of the harness's input (bad path, empty metadata, ...)."""


# ---------------------------------------------------------------------------
# stdout protection
# ---------------------------------------------------------------------------

_REAL_STDOUT: io.TextIOWrapper | None = None


def _protect_stdout() -> None:
    """Keep fd 1 for our JSON; everything else written to stdout goes to stderr."""
    global _REAL_STDOUT
    sys.stdout.flush()
    _REAL_STDOUT = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr


def _emit(doc: dict[str, Any]) -> None:
    out = _REAL_STDOUT if _REAL_STDOUT is not None else sys.stdout
    out.write(json.dumps(doc, indent=2, default=_json_default, ensure_ascii=False))
    out.write("\n")
    out.flush()


def _json_default(o: Any) -> Any:
    if isinstance(o, (set, frozenset, tuple)):
        return list(o)
    if isinstance(o, bytes):
        return o.decode("utf-8", "replace")
    return str(o)


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------


def _make_engine(url: str) -> Any:
    import sqlalchemy as sa
    from sqlalchemy.pool import NullPool

    _install_sqlite_reflection_fixes()
    u = sa.engine.make_url(url)
    if u.get_backend_name() == "sqlite" and u.database in (None, "", ":memory:"):
        # An in-memory database lives as long as its connection: share one connection.
        from sqlalchemy.pool import StaticPool

        return sa.create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    return sa.create_engine(url, poolclass=NullPool)


_SQLITE_FIXED = False


def _install_sqlite_reflection_fixes() -> None:
    """Complete SQLAlchemy's SQLite reflection of *column-level* constraints from PRAGMAs.

    SQLAlchemy parses the CREATE TABLE text to find FK options and UNIQUE constraints;
    it misses ``col INTEGER REFERENCES t (id) ON DELETE CASCADE`` (options not reported)
    and ``col VARCHAR(40) UNIQUE`` (a type with parentheses defeats its inline-UNIQUE
    regex). Both are plain, valid DDL, so the harness fills the gaps from
    ``PRAGMA foreign_key_list`` / ``PRAGMA index_list`` (origin 'u'), which is what
    SQLite itself enforces. Table-level constraints were already reflected correctly.
    Applies to ``inspect``, ``models-create``, ``alembic`` and ``compare`` alike.
    """
    global _SQLITE_FIXED
    if _SQLITE_FIXED:
        return
    _SQLITE_FIXED = True
    from sqlalchemy.dialects.sqlite.base import SQLiteDialect

    orig_fks: Any = SQLiteDialect.get_foreign_keys
    orig_uqs: Any = SQLiteDialect.get_unique_constraints

    def _pragma(self: Any, connection: Any, pragma: str, name: str, schema: str | None) -> list[Any]:
        q = self.identifier_preparer.quote_identifier
        prefix = f"{q(schema)}." if schema else ""
        return list(connection.exec_driver_sql(f"PRAGMA {prefix}{pragma}({q(name)})").fetchall())

    def get_foreign_keys(self: Any, connection: Any, table_name: str, schema: str | None = None, **kw: Any) -> Any:
        fks = orig_fks(self, connection, table_name, schema=schema, **kw)
        if not any(not fk.get("options") for fk in fks):
            return fks
        by_id: dict[int, dict[str, Any]] = {}
        for row in _pragma(self, connection, "foreign_key_list", table_name, schema):
            fid, _seq, rtbl, lcol, rcol, on_update, on_delete = row[:7]
            e = by_id.setdefault(fid, {"cols": [], "rtbl": rtbl, "rcols": [], "upd": on_update, "del": on_delete})
            e["cols"].append(lcol)
            e["rcols"].append(rcol)
        for fk in fks:
            if fk.get("options"):
                continue
            for e in by_id.values():
                if e["cols"] == list(fk["constrained_columns"]) and e["rtbl"] == fk["referred_table"]:
                    opts: dict[str, Any] = {}
                    if e["del"] and e["del"].upper() != "NO ACTION":
                        opts["ondelete"] = e["del"].upper()
                    if e["upd"] and e["upd"].upper() != "NO ACTION":
                        opts["onupdate"] = e["upd"].upper()
                    fk["options"] = opts
                    break
        return fks

    def get_unique_constraints(
        self: Any, connection: Any, table_name: str, schema: str | None = None, **kw: Any
    ) -> Any:
        uqs = list(orig_uqs(self, connection, table_name, schema=schema, **kw))
        have = {tuple(u["column_names"]) for u in uqs}
        for row in _pragma(self, connection, "index_list", table_name, schema):
            name, origin = row[1], row[3]
            if origin != "u":
                continue
            cols = tuple(r[2] for r in _pragma(self, connection, "index_info", name, schema))
            if cols not in have:
                have.add(cols)
                uqs.append({"name": None, "column_names": list(cols)})
        return uqs

    SQLiteDialect.get_foreign_keys = get_foreign_keys  # type: ignore[method-assign]
    SQLiteDialect.get_unique_constraints = get_unique_constraints  # type: ignore[method-assign]


def _load_module(path: str) -> Any:
    """Import a generated module (file or package dir) by path, its dir first on sys.path.

    The module is imported under its own name (``models.py`` -> ``models``) so that
    ``from models import X`` elsewhere (env.py, seed scripts) gets the same object.
    """
    path = os.path.abspath(path)
    if os.path.isdir(path):
        if not os.path.exists(os.path.join(path, "__init__.py")):
            raise HarnessError(f"{path} is a directory without __init__.py")
        parent, name = os.path.dirname(path), os.path.basename(path)
    elif os.path.isfile(path):
        parent, base = os.path.split(path)
        name, ext = os.path.splitext(base)
        if ext != ".py":
            raise HarnessError(f"{path} is not a .py file")
    else:
        raise HarnessError(f"no such file or directory: {path}")
    if parent not in sys.path:
        sys.path.insert(0, parent)
    if name in sys.modules:
        raise HarnessError(f"module name {name!r} clashes with an already imported module")
    module = importlib.import_module(name)
    got = os.path.abspath(getattr(module, "__file__", "") or "")
    expected = os.path.join(path, "__init__.py") if os.path.isdir(path) else path
    if os.path.realpath(got) != os.path.realpath(expected):
        raise HarnessError(f"importing {name!r} loaded {got}, not {expected} (name clash on sys.path)")
    return module


def _metadata_of(module: Any, spec: str | None) -> Any:
    """SQLModel.metadata by default; ``--metadata attr`` picks ``module.attr`` instead."""
    if spec:
        obj: Any = module
        for part in spec.split("."):
            obj = getattr(obj, part)
        md = obj
    else:
        from sqlmodel import SQLModel

        md = SQLModel.metadata
    import sqlalchemy as sa

    if not isinstance(md, sa.MetaData):
        raise HarnessError(f"metadata object is a {type(md).__name__}, not sqlalchemy.MetaData")
    if not md.tables:
        raise HarnessError("the metadata has no tables (no SQLModel class with table=True was imported?)")
    # Configure mappers now: broken relationships must fail here, not later in a test.
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
    return md


def _compile_type(t: Any, dialect: Any) -> str:
    try:
        return str(t.compile(dialect=dialect))
    except Exception:
        try:
            return str(t)
        except Exception:
            return repr(t)


def type_family(t: Any, dialect_name: str) -> str:
    """Dialect-independent family of a (reflected or metadata) SQLAlchemy type."""
    from sqlalchemy.sql import sqltypes as st

    if isinstance(t, st.TypeDecorator):
        t = t.impl_instance if hasattr(t, "impl_instance") else t.impl
    if isinstance(t, st.NullType):
        return "unknown"
    if isinstance(t, st.Boolean):
        return "boolean"
    if isinstance(t, st.Enum):
        return "enum"
    if dialect_name in ("mysql", "mariadb"):
        from sqlalchemy.dialects import mysql

        if isinstance(t, mysql.TINYINT) and getattr(t, "display_width", None) == 1:
            return "boolean"
        if isinstance(t, mysql.SET):
            return "set"
        if isinstance(t, (mysql.TINYTEXT, mysql.MEDIUMTEXT, mysql.LONGTEXT)):
            return "text"
    if isinstance(t, st.JSON):
        return "json"
    if isinstance(t, st.Uuid):
        return "uuid"
    if isinstance(t, st.Text):
        return "text"
    if isinstance(t, st.String):
        return "string"
    if isinstance(t, st.DateTime):
        return "datetime"
    if isinstance(t, st.Date):
        return "date"
    if isinstance(t, st.Time):
        return "time"
    if isinstance(t, st._AbstractInterval):
        return "interval"
    if isinstance(t, st.Float):
        return "float"
    if isinstance(t, st.Numeric):
        return "decimal"
    if isinstance(t, st.BigInteger):
        return "bigint"
    if isinstance(t, st.SmallInteger):
        return "smallint"
    if isinstance(t, st.Integer):
        return "integer"
    if isinstance(t, st._Binary):
        return "binary"
    if isinstance(t, st.ARRAY):
        return "array"
    return "other"


def _default_text(d: Any) -> str | None:
    if d is None:
        return None
    return str(d)


def _upper_or_none(v: Any) -> str | None:
    if v is None:
        return None
    s = str(v).upper()
    return None if s == "NO ACTION" else s


def _safe(fn: Any, *args: Any, default: Any = None, **kw: Any) -> Any:
    try:
        return fn(*args, **kw)
    except NotImplementedError:
        return default


# ---------------------------------------------------------------------------
# inspect
# ---------------------------------------------------------------------------


def catalog(engine: Any, exclude: Sequence[str] = ()) -> dict[str, Any]:
    """The catalog of a live database as plain JSON-able data, deterministically ordered."""
    import sqlalchemy as sa

    dialect = engine.dialect
    dname = dialect.name
    with engine.connect() as conn:
        insp = sa.inspect(conn)
        version = ".".join(str(x) for x in (dialect.server_version_info or ()))
        tables = sorted(t for t in insp.get_table_names() if t not in set(exclude))
        views = sorted(_safe(insp.get_view_names, default=[]) or [])
        enums: list[dict[str, Any]] = []
        if dname == "postgresql":
            enums = sorted(
                ({"name": e["name"], "schema": e.get("schema"), "labels": list(e["labels"])} for e in insp.get_enums()),
                key=lambda e: (e["schema"] or "", e["name"]),
            )
        out_tables = [_table_catalog(insp, t, dialect) for t in tables]
    return {
        "dialect": dname,
        "driver": dialect.driver,
        "server_version": version,
        "tables": out_tables,
        "views": views,
        "enums": enums,
    }


def _column_catalog(c: dict[str, Any], dialect: Any) -> dict[str, Any]:
    t = c["type"]
    col: dict[str, Any] = {
        "name": c["name"],
        "type": _compile_type(t, dialect),
        "family": type_family(t, dialect.name),
        "nullable": bool(c.get("nullable", True)),
        "default": _default_text(c.get("default")),
        "autoincrement": c.get("autoincrement") if isinstance(c.get("autoincrement"), bool) else None,
        "length": getattr(t, "length", None),
        "precision": getattr(t, "precision", None),
        "scale": getattr(t, "scale", None),
        "timezone": getattr(t, "timezone", None),
        "comment": c.get("comment"),
    }
    if col["family"] == "enum" or hasattr(t, "enums"):
        col["enum_name"] = getattr(t, "name", None)
        col["enum_values"] = list(getattr(t, "enums", []) or [])
    if c.get("identity"):
        col["identity"] = dict(c["identity"])
    if c.get("computed"):
        col["computed"] = {k: str(v) for k, v in dict(c["computed"]).items()}
    return col


def _table_catalog(insp: Any, t: str, dialect: Any) -> dict[str, Any]:
    columns = [_column_catalog(c, dialect) for c in insp.get_columns(t)]
    pk = insp.get_pk_constraint(t) or {}
    fks = [
        {
            "name": fk.get("name"),
            "columns": list(fk["constrained_columns"]),
            "referred_schema": fk.get("referred_schema"),
            "referred_table": fk["referred_table"],
            "referred_columns": list(fk["referred_columns"]),
            "ondelete": _upper_or_none((fk.get("options") or {}).get("ondelete")),
            "onupdate": _upper_or_none((fk.get("options") or {}).get("onupdate")),
            "deferrable": (fk.get("options") or {}).get("deferrable"),
            "initially": (fk.get("options") or {}).get("initially"),
        }
        for fk in insp.get_foreign_keys(t)
    ]
    fks.sort(key=lambda f: (f["name"] or "", f["columns"], f["referred_table"], f["referred_columns"]))
    uqs_raw = _safe(insp.get_unique_constraints, t, default=[]) or []
    uqs = sorted(
        ({"name": u.get("name"), "columns": list(u["column_names"])} for u in uqs_raw),
        key=lambda u: (u["name"] or "", u["columns"]),
    )
    # MySQL/MariaDB: a UNIQUE constraint *is* a unique index and is listed by both
    # get_unique_constraints (with duplicates_index) and get_indexes: keep it once.
    uq_index_names = {u.get("duplicates_index") for u in uqs_raw if u.get("duplicates_index")}
    indexes = []
    for ix in insp.get_indexes(t):
        if ix.get("duplicates_constraint"):  # PostgreSQL lists unique constraints as indexes too
            continue
        if ix.get("name") in uq_index_names:
            continue
        cols = list(ix.get("column_names") or [])
        exprs = ix.get("expressions")
        if exprs:
            cols = [c if c is not None else e for c, e in zip(cols or [None] * len(exprs), exprs, strict=False)]
        entry: dict[str, Any] = {"name": ix.get("name"), "columns": cols, "unique": bool(ix.get("unique"))}
        opts = {k: str(v) for k, v in (ix.get("dialect_options") or {}).items()}
        if opts:
            entry["dialect_options"] = opts
        indexes.append(entry)
    indexes.sort(key=lambda i: (i["name"] or "", i["columns"]))
    cks = sorted(
        (
            {"name": ck.get("name"), "sqltext": str(ck.get("sqltext"))}
            for ck in (_safe(insp.get_check_constraints, t, default=[]) or [])
        ),
        key=lambda c: (c["name"] or "", c["sqltext"]),
    )
    comment = _safe(insp.get_table_comment, t, default={}) or {}
    return {
        "name": t,
        "comment": comment.get("text"),
        "columns": columns,
        "primary_key": {"name": pk.get("name"), "columns": list(pk.get("constrained_columns") or [])},
        "foreign_keys": fks,
        "unique_constraints": uqs,
        "indexes": indexes,
        "check_constraints": cks,
    }


def cmd_inspect(args: argparse.Namespace) -> dict[str, Any]:
    engine = _make_engine(args.url)
    try:
        return catalog(engine, args.exclude_table)
    finally:
        engine.dispose()


# ---------------------------------------------------------------------------
# models-create
# ---------------------------------------------------------------------------


def cmd_models_create(args: argparse.Namespace) -> dict[str, Any]:
    module = _load_module(args.models)
    md = _metadata_of(module, args.metadata)
    engine = _make_engine(args.url)
    try:
        md.create_all(engine)
        doc = catalog(engine, args.exclude_table)
    finally:
        engine.dispose()
    doc["metadata_tables"] = [t.name for t in md.sorted_tables]
    return doc


# ---------------------------------------------------------------------------
# compare
# ---------------------------------------------------------------------------


def _col_json(c: Any, dialect: Any) -> dict[str, Any]:
    return {
        "name": c.name,
        "type": _compile_type(c.type, dialect),
        "nullable": c.nullable,
        "server_default": _server_default_text(c.server_default, dialect),
    }


def _server_default_text(sd: Any, dialect: Any) -> str | None:
    if sd is None or sd is False:
        return None
    arg = getattr(sd, "arg", sd)
    if isinstance(arg, str):
        return arg
    try:
        return str(arg.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    except Exception:
        return str(arg)


def _constraint_json(c: Any, dialect: Any) -> dict[str, Any]:
    import sqlalchemy as sa

    d: dict[str, Any] = {
        "kind": {
            sa.UniqueConstraint: "unique",
            sa.ForeignKeyConstraint: "foreign_key",
            sa.CheckConstraint: "check",
            sa.PrimaryKeyConstraint: "primary_key",
        }.get(type(c), type(c).__name__),
        "name": c.name if isinstance(c.name, str) else None,
        "table": c.table.name if c.table is not None else None,
    }
    if isinstance(c, sa.CheckConstraint):
        d["sqltext"] = str(c.sqltext)
    else:
        d["columns"] = [col.name for col in c.columns] if c.columns else list(getattr(c, "_pending_colargs", []))
    if isinstance(c, sa.ForeignKeyConstraint):
        d["referred_table"] = c.referred_table.name
        d["referred_columns"] = [e.column.name for e in c.elements]
        d["ondelete"] = _upper_or_none(c.ondelete)
        d["onupdate"] = _upper_or_none(c.onupdate)
    return d


def _index_json(ix: Any) -> dict[str, Any]:
    return {
        "name": ix.name,
        "table": ix.table.name if ix.table is not None else None,
        "columns": [getattr(e, "name", None) or str(e) for e in ix.expressions],
        "unique": bool(ix.unique),
    }


def render_diff(d: Any, dialect: Any) -> list[dict[str, Any]]:
    """Turn one Alembic diff tuple (or list of column-modify tuples) into JSON dicts."""
    if isinstance(d, list):
        out: list[dict[str, Any]] = []
        for sub in d:
            out.extend(render_diff(sub, dialect))
        return out
    op = d[0]
    r: dict[str, Any] = {"op": op, "source": "alembic"}
    if op in ("add_table", "remove_table"):
        t = d[1]
        r.update(table=t.name, columns=[_col_json(c, dialect) for c in t.columns])
        r["summary"] = f"{op} {t.name}"
    elif op in ("add_column", "remove_column"):
        _, _schema, tname, col = d
        r.update(table=tname, column=col.name, detail=_col_json(col, dialect))
        r["summary"] = f"{op} {tname}.{col.name} {r['detail']['type']}"
    elif op in ("add_index", "remove_index"):
        ix = d[1]
        r.update(table=ix.table.name if ix.table is not None else None, index=_index_json(ix))
        uniq = "unique " if r["index"]["unique"] else ""
        r["summary"] = f"{op} {uniq}index {r['index']['name']} on {r['table']} ({', '.join(r['index']['columns'])})"
    elif op in ("add_constraint", "remove_constraint", "add_fk", "remove_fk"):
        c = _constraint_json(d[1], dialect)
        r.update(table=c["table"], constraint=c)
        what = f"CHECK ({c['sqltext']})" if c["kind"] == "check" else f"({', '.join(c.get('columns') or [])})"
        if c["kind"] == "foreign_key":
            what += f" -> {c['referred_table']} ({', '.join(c['referred_columns'])})"
            what += "".join(f" ON {k[2:].upper()} {c[k]}" for k in ("ondelete", "onupdate") if c[k])
        r["summary"] = f"{op} {c['kind']} {c['name'] or '(unnamed)'} on {c['table']} {what}"
    elif op in ("add_table_comment", "remove_table_comment"):
        t = d[1]
        r.update(table=t.name, comment=t.comment)
        r["summary"] = f"{op} {t.name}"
    elif op.startswith("modify_"):
        _, _schema, tname, cname, _kw, old, new = d
        old_s: Any
        new_s: Any
        if op == "modify_type":
            old_s, new_s = _compile_type(old, dialect), _compile_type(new, dialect)
        elif op == "modify_default":
            old_s, new_s = _server_default_text(old, dialect), _server_default_text(new, dialect)
        else:
            old_s, new_s = old, new
        r.update(table=tname, column=cname, database=old_s, models=new_s)
        r["summary"] = f"{op} {tname}.{cname}: database {old_s!r} != models {new_s!r}"
    else:
        r.update(raw=[str(x) for x in d[1:]])
        r["summary"] = f"{op} {r['raw']}"
    return [r]


def _norm_check_sql(text: str) -> str:
    """Loose canonical form of a CHECK expression: case, whitespace, parentheses,
    identifier quotes and PostgreSQL casts do not matter."""
    s = text.lower()
    s = re.sub(r"::[a-z_ ]+(\[\])?", "", s)
    return re.sub(r'[`"\s()]', "", s)


def _pg_checks_equal(engine: Any, table: str, name: str, models_sql: str) -> tuple[bool, str]:
    """Let PostgreSQL itself normalize the models' CHECK expression (on a temporary copy of
    the table, rolled back) and compare ``pg_get_constraintdef`` of both."""
    q = engine.dialect.identifier_preparer.quote
    with engine.connect() as c:
        trans = c.begin()
        try:
            got = c.exec_driver_sql(
                "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = to_regclass(%(t)s) "
                "AND conname = %(n)s",
                {"t": q(table), "n": name},
            ).scalar_one()
            c.exec_driver_sql(f"CREATE TEMP TABLE schemac_ck_probe (LIKE {q(table)})")
            c.exec_driver_sql(
                f"ALTER TABLE schemac_ck_probe ADD CONSTRAINT schemac_ck_probe_ck CHECK ({models_sql}) NOT VALID"
            )
            want = c.exec_driver_sql(
                "SELECT pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE conrelid = 'schemac_ck_probe'::regclass AND conname = 'schemac_ck_probe_ck'"
            ).scalar_one()
        except Exception as e:  # the models' expression is not valid SQL for this table
            return False, f"cannot evaluate models CHECK on PostgreSQL: {e}".splitlines()[0]
        finally:
            trans.rollback()
    want = re.sub(r"\s+NOT VALID$", "", want)
    return got == want, f"database {got!r} != models {want!r}"


def _extra_checks(md: Any, engine: Any, exclude: set[str]) -> list[dict[str, Any]]:
    """Checks Alembic's compare_metadata does not make.

    * the expression of CHECK constraints that exist on both sides under the same name
      (Alembic's by-name plugin only sees added/removed names). PostgreSQL: compared after
      PostgreSQL normalized both; SQLite/MySQL: compared in a loose canonical form;

    * enum labels and (PostgreSQL) enum type name of sa.Enum columns;
    * primary key columns (Alembic never compares primary keys);
    * the autoincrement column of every table really autoincrements in the database
      (PostgreSQL SERIAL/IDENTITY, MySQL AUTO_INCREMENT, SQLite rowid alias
      ``INTEGER PRIMARY KEY``).
    """
    import sqlalchemy as sa

    dname = engine.dialect.name
    out: list[dict[str, Any]] = []
    with engine.connect() as conn:
        insp = sa.inspect(conn)
        existing = set(insp.get_table_names())
        for table in md.sorted_tables:
            if table.name in exclude or table.name not in existing:
                continue
            refl = {c["name"]: c for c in insp.get_columns(table.name)}
            for col in table.columns:
                rc = refl.get(col.name)
                if rc is None:
                    continue
                mt = col.type
                if isinstance(mt, sa.TypeDecorator):
                    mt = mt.impl_instance if hasattr(mt, "impl_instance") else mt.impl
                if isinstance(mt, sa.Enum) and dname in ("postgresql", "mysql", "mariadb") and mt.native_enum:
                    rt = rc["type"]
                    got = list(getattr(rt, "enums", []) or [])
                    want = list(mt.enums)
                    if got != want:
                        out.append(
                            {
                                "op": "modify_enum_values",
                                "source": "harness",
                                "table": table.name,
                                "column": col.name,
                                "database": got,
                                "models": want,
                                "summary": f"enum labels of {table.name}.{col.name}: database {got} != models {want}",
                            }
                        )
                    if dname == "postgresql" and getattr(rt, "name", None) != mt.name:
                        out.append(
                            {
                                "op": "modify_enum_name",
                                "source": "harness",
                                "table": table.name,
                                "column": col.name,
                                "database": getattr(rt, "name", None),
                                "models": mt.name,
                                "summary": f"enum type of {table.name}.{col.name}: database "
                                f"{getattr(rt, 'name', None)!r} != models {mt.name!r}",
                            }
                        )
            refl_ck = {
                ck["name"]: str(ck["sqltext"])
                for ck in (_safe(insp.get_check_constraints, table.name, default=[]) or [])
                if ck.get("name")
            }
            md_ck = [c for c in table.constraints if isinstance(c, sa.CheckConstraint)]
            md_ck += [c for col in table.columns for c in col.constraints if isinstance(c, sa.CheckConstraint)]
            for ck in md_ck:
                if not isinstance(ck.name, str) or ck.name not in refl_ck:
                    continue
                models_sql = str(ck.sqltext.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True}))
                if dname == "postgresql":
                    same, why = _pg_checks_equal(engine, table.name, ck.name, models_sql)
                else:
                    same = _norm_check_sql(models_sql) == _norm_check_sql(refl_ck[ck.name])
                    why = f"database {refl_ck[ck.name]!r} != models {models_sql!r}"
                if not same:
                    out.append(
                        {
                            "op": "modify_check_sqltext",
                            "source": "harness",
                            "table": table.name,
                            "name": ck.name,
                            "database": refl_ck[ck.name],
                            "models": models_sql,
                            "summary": f"check constraint {ck.name} on {table.name}: {why}",
                        }
                    )
            pk_cols = list(insp.get_pk_constraint(table.name).get("constrained_columns") or [])
            want_pk = [c.name for c in table.primary_key.columns]
            if pk_cols != want_pk:
                out.append(
                    {
                        "op": "modify_primary_key",
                        "source": "harness",
                        "table": table.name,
                        "database": pk_cols,
                        "models": want_pk,
                        "summary": f"primary key of {table.name}: database {pk_cols} != models {want_pk}",
                    }
                )
            auto = table.autoincrement_column
            if auto is None or auto.name not in refl:
                continue
            rc = refl[auto.name]
            if dname == "sqlite":
                # Only a column declared exactly "INTEGER" that is the whole primary key is
                # an alias of the rowid (and so gets values automatically); "INT", "BIGINT"
                # or a composite key do not. Reflection normalizes "INT" to INTEGER, so read
                # the declared type from PRAGMA table_info.
                q = engine.dialect.identifier_preparer.quote_identifier
                info = conn.exec_driver_sql(f"PRAGMA table_info({q(table.name)})").fetchall()
                declared = next((str(r[2]) for r in info if r[1] == auto.name), "").upper()
                ok = pk_cols == [auto.name] and declared == "INTEGER"
                why = f"declared type {declared!r}, primary key {pk_cols}"
            else:
                ok = rc.get("autoincrement") is True or bool(rc.get("identity"))
                if dname == "postgresql" and not ok:
                    ok = "nextval(" in str(rc.get("default") or "")
                why = f"autoincrement={rc.get('autoincrement')!r}, default={rc.get('default')!r}"
            if not ok:
                out.append(
                    {
                        "op": "missing_autoincrement",
                        "source": "harness",
                        "table": table.name,
                        "column": auto.name,
                        "database": why,
                        "models": "autoincrement primary key",
                        "summary": f"{table.name}.{auto.name} is the models' autoincrement key but the "
                        f"database column does not autoincrement ({why})",
                    }
                )
    return out


_NOW_SPELLINGS = {"now()", "current_timestamp", "current_timestamp()", "localtimestamp", "localtimestamp()"}
_TRUE_SPELLINGS = {"true", "1", "t", "yes", "on"}
_FALSE_SPELLINGS = {"false", "0", "f", "no", "off"}


def _normalize_default(text: str | None, family: str) -> str | None:
    """Canonical spelling of a server default, for equivalences Alembic's textual compare misses."""
    if text is None:
        return None
    s = text.strip()
    while len(s) >= 2 and s[0] == "(" and s[-1] == ")":
        s = s[1:-1].strip()
    s = re.sub(r"::[a-z_ ]+(\(\d+(,\s*\d+)?\))?$", "", s, flags=re.IGNORECASE)  # PostgreSQL casts
    if len(s) >= 2 and s[0] == s[-1] == "'":
        s = s[1:-1].replace("''", "'")
    low = s.lower()
    if low in _NOW_SPELLINGS:
        return "current_timestamp"
    if family == "boolean":
        if low in _TRUE_SPELLINGS:
            return "1"
        if low in _FALSE_SPELLINGS:
            return "0"
    return s


def _server_default_equivalent(
    context: Any,
    conn_col: Any,
    md_col: Any,
    rendered_conn: str | None,
    md_default: Any,
    rendered_md: str | None,
) -> bool | None:
    """compare_server_default hook: False ("no difference") for spellings of the same default
    (``now()`` / ``CURRENT_TIMESTAMP`` / ``current_timestamp()``, ``true`` / ``1`` on a boolean,
    ``'0'`` / ``0``, outer parentheses, PostgreSQL ``::type`` casts); None lets Alembic's own
    dialect-specific comparison decide everything else."""
    if rendered_conn is None or rendered_md is None:
        return None
    family = type_family(md_col.type, context.dialect.name)
    if _normalize_default(rendered_conn, family) == _normalize_default(rendered_md, family):
        return False
    return None


def cmd_compare(args: argparse.Namespace) -> dict[str, Any]:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    module = _load_module(args.models)
    md = _metadata_of(module, args.metadata)
    exclude = set(args.exclude_table)
    plugins = ["alembic.autogenerate.*"]
    if args.check_constraints:
        plugins.append("alembic.ext.checkconstraint_byname")

    def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
        return not (type_ == "table" and name in exclude)

    opts: dict[str, Any] = {
        "compare_type": True,
        "compare_server_default": _server_default_equivalent if args.server_defaults else False,
        "autogenerate_plugins": plugins,
        "include_name": include_name,
    }
    engine = _make_engine(args.url)
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts=opts)
            raw = compare_metadata(ctx, md)
        diffs: list[dict[str, Any]] = []
        for d in raw:
            diffs.extend(render_diff(d, engine.dialect))
        if args.extra_checks:
            diffs.extend(_extra_checks(md, engine, exclude))
    finally:
        engine.dispose()
    return {
        "dialect": engine.dialect.name,
        "options": {
            "compare_type": True,
            "compare_server_default": args.server_defaults,
            "check_constraints_by_name": args.check_constraints,
            "extra_checks": args.extra_checks,
            "excluded_tables": sorted(exclude),
        },
        "metadata_tables": [t.name for t in md.sorted_tables],
        "diffs": diffs,
    }


# ---------------------------------------------------------------------------
# alembic
# ---------------------------------------------------------------------------


def cmd_alembic(args: argparse.Namespace) -> dict[str, Any]:
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext

    migdir = os.path.abspath(args.migrations)
    if not os.path.isfile(os.path.join(migdir, "env.py")):
        raise HarnessError(f"{migdir} has no env.py")
    models_dir = os.path.abspath(args.models_dir) if args.models_dir else os.path.dirname(migdir)
    if models_dir not in sys.path:
        sys.path.insert(0, models_dir)
    rev = args.revision or ("head" if args.action == "upgrade" else "base" if args.action == "downgrade" else None)
    if rev is None:
        raise HarnessError(f"alembic {args.action} needs a revision")
    buf = io.StringIO()
    cfg = Config(output_buffer=buf, stdout=buf)
    cfg.set_main_option("script_location", migdir)
    # Config is a ConfigParser: a '%' in the URL (url-encoded password) must be doubled.
    cfg.set_main_option("sqlalchemy.url", args.url.replace("%", "%%"))
    action = {"upgrade": command.upgrade, "downgrade": command.downgrade, "stamp": command.stamp}[args.action]
    if args.sql:
        if args.action == "downgrade" and ":" not in rev:
            raise HarnessError("offline downgrade needs a range like 'head:base'")
        action(cfg, rev, sql=True)
        return {"alembic": {"action": args.action, "revision": rev, "sql": True}, "sql": buf.getvalue()}
    action(cfg, rev)
    engine = _make_engine(args.url)
    try:
        with engine.connect() as conn:
            heads = sorted(MigrationContext.configure(conn).get_current_heads())
        doc = catalog(engine, args.exclude_table)
    finally:
        engine.dispose()
    doc["alembic"] = {"action": args.action, "revision": rev, "current_heads": heads, "output": buf.getvalue()}
    return doc


# ---------------------------------------------------------------------------
# typecheck
# ---------------------------------------------------------------------------


def _run(cmd: list[str], cwd: str | None = None, timeout: float = 600) -> tuple[int, str, str, int]:
    t0 = time.monotonic()
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    return p.returncode, p.stdout, p.stderr, int((time.monotonic() - t0) * 1000)


def cmd_typecheck(args: argparse.Namespace) -> dict[str, Any]:
    targets = [os.path.abspath(t) for t in args.targets]
    for t in targets:
        if not os.path.exists(t):
            raise HarnessError(f"no such file or directory: {t}")
    cache = os.environ.get("SCHEMAC_MYPY_CACHE", DEFAULT_MYPY_CACHE)
    os.makedirs(cache, exist_ok=True)
    result: dict[str, Any] = {"targets": targets}

    rc, out, err, ms = _run([sys.executable, "-m", "mypy", "--config-file", MYPY_INI, "--cache-dir", cache, *targets])
    lines = [ln for ln in out.splitlines() if ln.strip()]
    findings = [ln for ln in lines if ": error:" in ln or ": warning:" in ln]
    result["mypy"] = {
        "ok": rc == 0,
        "exit_code": rc,
        "findings": findings,
        "output": out + err,
        "elapsed_ms": ms,
    }

    src_dirs = sorted({t if os.path.isdir(t) else os.path.dirname(t) for t in targets})
    base = [sys.executable, "-m", "ruff"]
    cfg = ["--config", RUFF_TOML, "--config", f"src = {json.dumps(src_dirs)}"]
    rc, out, err, ms = _run([*base, "check", *cfg, "--no-cache", "--output-format", "json", *targets])
    try:
        items = json.loads(out) if out.strip() else []
    except json.JSONDecodeError:
        items = None
    if items is None:
        rfind: list[str] = []
        text = out + err
    else:
        rfind = [
            f"{i['filename']}:{i['location']['row']}:{i['location']['column']}: {i['code']} {i['message']}"
            for i in items
        ]
        text = "\n".join(rfind) + ("\n" + err if err.strip() else "")
    result["ruff"] = {"ok": rc == 0, "exit_code": rc, "findings": rfind, "output": text, "elapsed_ms": ms}

    rc, out, err, ms = _run([*base, "format", *cfg, "--no-cache", "--check", "--diff", *targets])
    result["ruff_format"] = {"ok": rc == 0, "exit_code": rc, "output": out + err, "elapsed_ms": ms}
    result["ok"] = result["mypy"]["ok"] and result["ruff"]["ok"]
    return result


# ---------------------------------------------------------------------------
# run
# ---------------------------------------------------------------------------


def cmd_run(args: argparse.Namespace) -> dict[str, Any]:
    script = os.path.abspath(args.script)
    if not os.path.isfile(script):
        raise HarnessError(f"no such file: {script}")
    models_dir = os.path.abspath(args.models_dir) if args.models_dir else os.path.dirname(script)
    cwd = os.path.abspath(args.cwd) if args.cwd else os.path.dirname(script)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([models_dir, *([env["PYTHONPATH"]] if env.get("PYTHONPATH") else [])])
    for kv in args.env:
        k, sep, v = kv.partition("=")
        if not sep:
            raise HarnessError(f"--env needs KEY=VALUE, got {kv!r}")
        env[k] = v
    t0 = time.monotonic()
    timed_out = False
    try:
        p = subprocess.run(
            [sys.executable, script, *args.script_args],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=args.timeout,
            stdin=subprocess.DEVNULL,
        )
        code, so, se = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        timed_out = True
        code = None
        so = e.stdout.decode() if isinstance(e.stdout, bytes) else (e.stdout or "")
        se = e.stderr.decode() if isinstance(e.stderr, bytes) else (e.stderr or "")
    return {
        "script": script,
        "args": list(args.script_args),
        "exit_code": code,
        "timed_out": timed_out,
        "stdout": so,
        "stderr": se,
        "elapsed_ms": int((time.monotonic() - t0) * 1000),
    }


# ---------------------------------------------------------------------------
# versions
# ---------------------------------------------------------------------------


def cmd_versions(args: argparse.Namespace) -> dict[str, Any]:
    vers: dict[str, str | None] = {}
    for name in PINNED:
        try:
            vers[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            vers[name] = None
    return {"python": sys.version.split()[0], "executable": sys.executable, "packages": vers}


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # usage errors also answer with JSON
        _emit({"error": message, "error_type": "UsageError", "command": None, "usage": self.format_usage()})
        sys.stderr.write(self.format_usage())
        sys.exit(2)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="schemac_harness.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def excl(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--exclude-table", action="append", default=[], metavar="TABLE", help="repeatable")

    sp = sub.add_parser("inspect", help="catalog of a live database")
    sp.add_argument("url")
    excl(sp)
    sp.set_defaults(fn=cmd_inspect)

    sp = sub.add_parser("models-create", help="import models, create_all, inspect")
    sp.add_argument("models")
    sp.add_argument("url")
    sp.add_argument("--metadata", help="dotted attribute of the module holding a MetaData (default SQLModel.metadata)")
    excl(sp)
    sp.set_defaults(fn=cmd_models_create)

    sp = sub.add_parser("compare", help="alembic compare_metadata of models vs a live database")
    sp.add_argument("models")
    sp.add_argument("url")
    sp.add_argument("--metadata")
    sp.add_argument(
        "--no-server-defaults", dest="server_defaults", action="store_false", help="do not compare server defaults"
    )
    sp.add_argument(
        "--no-check-constraints", dest="check_constraints", action="store_false", help="do not compare CHECKs by name"
    )
    sp.add_argument(
        "--no-extra-checks", dest="extra_checks", action="store_false", help="only Alembic's own comparisons"
    )
    excl(sp)
    sp.set_defaults(fn=cmd_compare)

    sp = sub.add_parser("alembic", help="run an Alembic command on a migrations dir")
    sp.add_argument("migrations")
    sp.add_argument("url")
    sp.add_argument("action", choices=["upgrade", "downgrade", "stamp"])
    sp.add_argument("revision", nargs="?", help="default: head for upgrade, base for downgrade")
    sp.add_argument("--models-dir", help="put this dir first on sys.path (default: parent of the migrations dir)")
    sp.add_argument("--sql", action="store_true", help="offline mode: return the SQL, touch no database")
    excl(sp)
    sp.set_defaults(fn=cmd_alembic)

    sp = sub.add_parser("typecheck", help="mypy + ruff on files or dirs")
    sp.add_argument("targets", nargs="+")
    sp.set_defaults(fn=cmd_typecheck)

    sp = sub.add_parser("run", help="run a script with the venv interpreter")
    sp.add_argument("--models-dir", help="prepended to PYTHONPATH (default: the script's dir)")
    sp.add_argument("--cwd", help="working directory (default: the script's dir)")
    sp.add_argument("--env", action="append", default=[], metavar="KEY=VALUE")
    sp.add_argument("--timeout", type=float, default=300.0)
    sp.add_argument("script")
    sp.add_argument("script_args", nargs=argparse.REMAINDER)
    sp.set_defaults(fn=cmd_run)

    sp = sub.add_parser("versions", help="versions of the pinned packages")
    sp.set_defaults(fn=cmd_versions)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    _protect_stdout()
    args = build_parser().parse_args(argv)
    t0 = time.monotonic()
    try:
        doc = args.fn(args)
    except BaseException as e:  # everything must become a JSON answer
        if isinstance(e, KeyboardInterrupt):
            raise
        traceback.print_exc(file=sys.stderr)
        code = e.code if isinstance(e, SystemExit) and isinstance(e.code, int) else 1
        _emit({"error": str(e) or type(e).__name__, "error_type": type(e).__name__, "command": args.command})
        return code or 1
    doc["elapsed_ms"] = int((time.monotonic() - t0) * 1000)
    _emit(doc)
    return 0


if __name__ == "__main__":
    sys.exit(main())
