#!/usr/bin/env python3
"""Writes a synthetic .schema model for benchmarks: N entities with 10-20 fields each and
about 1.5 relations per entity (to-one fields with their back sides, some many-to-many),
a few functional dependencies. Deterministic for a given N and seed."""
import random
import sys

def main(n, seed=1):
    rnd = random.Random(seed)
    types = ["string(80)", "text?", "int", "bigint?", "decimal(12, 2)", "bool = false", "datetime?", "date", "uuid", "json?"]
    out = ["schema bench {", '  title   = "Benchmark"', "  dialect = postgres", "}", "",
           "enum Level {", "  LOW", "  HIGH", "}", ""]
    back = {i: [] for i in range(n)}
    rels = {}
    for i in range(1, n):
        k = 1 if rnd.random() < 0.5 else 2  # ~1.5 relations per entity
        targets = sorted({rnd.randrange(0, i) for _ in range(k)})
        rels[i] = targets
        for t in targets:
            back[t].append(i)
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
    main(int(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 1)
