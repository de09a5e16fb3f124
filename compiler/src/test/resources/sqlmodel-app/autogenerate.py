"""Alembic's own command line on schemac's migrations folder: stamp the database built by the
DDL as the initial revision, then autogenerate a revision against the generated models.
Run as: python autogenerate.py MIGRATIONS_DIR (DATABASE_URL names the database).
Prints the new revision's text as JSON.
"""

import contextlib
import json
import pathlib
import sys

from alembic.config import main

migrations = pathlib.Path(sys.argv[1])
ini = str(migrations / "alembic.ini")
before = set((migrations / "alembic" / "versions").glob("*.py"))
# Alembic reports on stdout; the JSON below is the only thing printed there.
with contextlib.redirect_stdout(sys.stderr):
    main(argv=["-c", ini, "stamp", "head"])
    main(argv=["-c", ini, "revision", "--autogenerate", "-m", "nothing to do"])
new = sorted(set((migrations / "alembic" / "versions").glob("*.py")) - before)
print(json.dumps({"revisions": [p.read_text(encoding="utf-8") for p in new]}))
