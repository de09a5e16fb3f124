#!/usr/bin/env python3
"""Writes a synthetic .schema model for benchmarks: N entities with 10-20 fields each and
about 1.5 relations per entity (to-one fields with their back sides, some many-to-many),
a few functional dependencies. Deterministic for a given N and seed.

With --dbml it writes the same tables as DBML instead (for dbml2sql in bench/dbml.sh): the
columns, keys, foreign keys, enum and indexes the .schema model lowers to."""
import random
import sys

TYPES = ["string(80)", "text?", "int", "bigint?", "decimal(12, 2)", "bool = false", "datetime?", "date", "uuid", "json?"]
# The PostgreSQL type and nullability each of TYPES lowers to, spelt for DBML.
DBML_TYPES = ["varchar(80) [not null]", "text", "integer [not null]", "bigint", "numeric(12,2) [not null]",
              "boolean [not null, default: false]", "timestamptz", "date [not null]", "uuid [not null]", "jsonb"]

def relations(n, rnd):
    back = {i: [] for i in range(n)}
    rels = {}
    for i in range(1, n):
        k = 1 if rnd.random() < 0.5 else 2  # ~1.5 relations per entity
        targets = sorted({rnd.randrange(0, i) for _ in range(k)})
        rels[i] = targets
        for t in targets:
            back[t].append(i)
    return rels, back

def dbml(n, seed=1):
    rnd = random.Random(seed)
    rels, _ = relations(n, rnd)
    out = ["Enum level {", "  LOW", "  HIGH", "}", ""]
    for i in range(n):
        fields = rnd.randint(10, 20)
        out.append(f"Table e{i} {{")
        out.append("  id bigint [pk, increment]")
        for f in range(fields):
            out.append(f"  f{f} {DBML_TYPES[f % len(DBML_TYPES)]}")
        out.append("  level level [not null, default: 'LOW']")
        for t in rels.get(i, []):
            out.append(f"  e{t}_id bigint [ref: > e{t}.id]")
        out.append("  indexes {")
        out.append("    (f2, f3)")
        out.append("  }")
        out.append("}")
        out.append("")
    sys.stdout.write("\n".join(out))

def main(n, seed=1):
    rnd = random.Random(seed)
    types = TYPES
    out = ["schema bench {", '  title   = "Benchmark"', "  dialect = postgres", "}", "",
           "enum Level {", "  LOW", "  HIGH", "}", ""]
    rels, back = relations(n, rnd)
    for i in range(n):
        out.append(f"/// Entity number {i}.")
        out.append(f"entity E{i} {{")
        fields = rnd.randint(10, 20)
        names = []
        for f in range(fields):
            name = f"f{f}"
            names.append(name)
            out.append(f"  {name} {types[f % len(types)]}")
        out.append("  level Level = LOW")
        for t in rels.get(i, []):
            out.append(f"  e{t} E{t}? @relation(\"r{i}_{t}\")")
        for s in back[i]:
            out.append(f"  back_{s} E{s}[] @relation(\"r{s}_{i}\")")
        if i % 10 == 0:
            out.append(f"  @@depends(f0 -> f2)")
        out.append("  @@index(f2, f3)")
        out.append("}")
        out.append("")
    sys.stdout.write("\n".join(out))

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--dbml"]
    write = dbml if "--dbml" in sys.argv[1:] else main
    write(int(args[0]), int(args[1]) if len(args) > 1 else 1)
