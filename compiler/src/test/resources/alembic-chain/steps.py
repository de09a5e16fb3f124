"""Alembic's own command line on schemac's migrations folder, one step after another, as a
user runs it. Run as: python steps.py MIGRATIONS_DIR STEP... where a STEP is `upgrade`
(upgrade head), `stamp` (stamp head), `check` (alembic check: its exit code is reported as
`failed`, its message as output), `autogenerate` (revision --autogenerate) or `heads`
(as `alembic heads` prints them); DATABASE_URL names the
database. Prints JSON: per step, Alembic's output and the text of the revisions it wrote.
"""

import contextlib
import io
import json
import pathlib
import sys

from alembic.config import Config, main
from alembic.script import ScriptDirectory

migrations = pathlib.Path(sys.argv[1])
ini = str(migrations / "alembic.ini")
versions = migrations / "alembic" / "versions"
commands = {
    "upgrade": ["upgrade", "head"],
    "stamp": ["stamp", "head"],
    "check": ["check"],
    "autogenerate": ["revision", "--autogenerate", "-m", "model change"],
}
results = []
for step in sys.argv[2:]:
    before = set(versions.glob("*.py"))
    failed = False
    out = io.StringIO()
    # Alembic reports on stdout; the JSON below is the only thing printed there.
    if step == "heads":
        # What `alembic heads` prints, read through Alembic's API (the command writes to the stdout of import time).
        heads = ScriptDirectory.from_config(Config(ini)).get_heads()
        out.write("".join(f"{h} (head)\n" for h in heads))
    else:
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
                main(argv=["-c", ini, *commands[step]])
        except SystemExit as e:
            failed = e.code not in (None, 0)
    new = sorted(set(versions.glob("*.py")) - before)
    results.append(
        {"step": step, "output": out.getvalue(), "failed": failed, "revisions": [p.read_text(encoding="utf-8") for p in new]}
    )
print(json.dumps(results))
