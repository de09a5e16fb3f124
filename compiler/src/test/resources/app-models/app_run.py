"""What an application developer does with schemac's Python output, on one database: imports
sqlmodel/models.py (every warning recorded), runs `alembic upgrade head` and `alembic check`
with the generated migrations, loads seed/seed.py, and runs the model's own use of the ORM
(<model>_app.py: objects created through their relationships, committed, read back through the
relationship attributes in both directions). Run as: python app_run.py OUT_DIR MODEL, with
DATABASE_URL naming an empty database. Prints one JSON document.
"""

import contextlib
import importlib
import io
import json
import os
import pathlib
import subprocess
import sys
import traceback
import warnings

out = pathlib.Path(sys.argv[1]).resolve()
model = sys.argv[2]
url = os.environ["DATABASE_URL"]
report: dict[str, object] = {}

sys.path.insert(0, str(out / "sqlmodel"))
with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    import models
report["import_warnings"] = [str(w.message) for w in seen]

from alembic.config import main  # noqa: E402


def alembic(*argv: str) -> dict[str, object]:
    buf = io.StringIO()
    failed = False
    try:
        with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(buf):
            main(argv=["-c", str(out / "migrations" / "alembic.ini"), *argv])
    except SystemExit as e:
        failed = e.code not in (None, 0)
    return {"failed": failed, "output": buf.getvalue()}


report["upgrade"] = alembic("upgrade", "head")
report["check"] = alembic("check")

seed = subprocess.run([sys.executable, "-W", "error::Warning", str(out / "seed" / "seed.py"), url], cwd=out,
                      capture_output=True, text=True, timeout=240)
report["seed"] = {"exit_code": seed.returncode, "stderr": seed.stderr[-3000:]}

import sqlalchemy as sa  # noqa: E402

engine = models.get_engine()
with engine.connect() as c:
    tables = [t for t in models.SQLModel.metadata.sorted_tables]
    report["empty_tables"] = [t.name for t in tables if c.execute(sa.select(sa.func.count()).select_from(t)).scalar() == 0]
    if engine.dialect.name == "sqlite":
        report["foreign_key_violations"] = [list(r) for r in c.exec_driver_sql("PRAGMA foreign_key_check")]
    else:
        report["foreign_key_violations"] = []

try:
    importlib.import_module(model + "_app").run(models)
    report["orm"] = "ok"
except Exception:
    report["orm"] = traceback.format_exc()
print(json.dumps(report))
