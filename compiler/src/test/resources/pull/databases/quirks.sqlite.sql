-- SQLite as people write it by hand: quoted mixed-case and reserved names, names with spaces, quotes and accents,
-- a WITHOUT ROWID table, a foreign key to a unique column that is no key, one checked at commit with a default,
-- a column of no type between typed ones, a generated column in the middle.
CREATE TABLE "Order" ("Key" INTEGER PRIMARY KEY AUTOINCREMENT, "from" TEXT UNIQUE NOT NULL, "Größe" REAL, "a ""b""" TEXT);
CREATE TABLE "line item" (
  "Order" INTEGER NOT NULL DEFAULT 1 REFERENCES "Order" ("Key") ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  pos INTEGER NOT NULL,
  extra,
  label TEXT,
  shout TEXT AS (upper(label)),
  origin TEXT REFERENCES "Order" ("from"),
  PRIMARY KEY ("Order", pos)
) WITHOUT ROWID;
CREATE INDEX "by label" ON "line item" (label COLLATE NOCASE);
