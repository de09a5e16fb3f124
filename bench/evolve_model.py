#!/usr/bin/env python3
"""Writes the next version of a synthetic model from bench/gen_model.py: about 1% of its
fields changed (a type widened or narrowed, made optional, renamed with @renamed_from,
dropped) and as many fields added. Deterministic for a given seed."""
import random
import re
import sys

FIELD = re.compile(r"^  (f\d+) (\S+)(.*)$")

def main(path, seed=7, share=0.0135):
    rnd = random.Random(seed)
    out = []
    for line in open(path, encoding="utf-8").read().split("\n"):
        m = FIELD.match(line)
        # f0-f3 are named in @@depends and @@index: left alone so the model stays valid.
        if not m or int(m.group(1)[1:]) < 4 or rnd.random() >= share:
            out.append(line)
            continue
        name, typ, rest = m.groups()
        kind = rnd.randrange(5)
        if kind == 0 and typ == "int":
            out.append(f"  {name} bigint{rest}")
        elif kind == 1 and not typ.endswith("?") and "(" not in typ:
            out.append(f"  {name} {typ}?{rest}")
        elif kind == 2:
            out.append(f"  {name}_renamed {typ}{rest} @renamed_from(\"{name}\")")
        elif kind == 3:
            pass  # dropped
        else:
            out.append(line)
            out.append(f"  {name}_new string(40)?")
    sys.stdout.write("\n".join(out))

if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 7)
