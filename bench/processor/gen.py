#!/usr/bin/env python3
"""Writes N entity classes twice, as the same model: once with schemac's annotations
(schemac/bench/E0000.java ...) and once with jakarta.persistence (jpa/bench/E0000.java ...).

Each entity has a key, five scalar columns (a bounded string, an int, a decimal, a
timestamp, an enum), a to-one relation to the previous entity and the list of the next
one's rows pointing back, so both processors see relations, not only flat classes.

usage: gen.py N OUT_DIR
"""
import os
import sys


def name(i):
    return f"E{i:04d}"


def schemac(i, n):
    prev = f"    {name(i - 1)} parent;\n" if i > 0 else ""
    nxt = f"    List<{name(i + 1)}> children;\n" if i + 1 < n else ""
    return f"""package bench;

import dev.schemac.annotations.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Entity
@Index({{"name", "quantity"}})
public class {name(i)} {{
    @Id @Auto long id;
    @Column(length = 100) @Unique String name;
    int quantity;
    @Column(precision = 10, scale = 2) BigDecimal price;
    Instant updatedOn;
    Status status;
{prev}{nxt}}}
"""


def jpa(i, n):
    prev = f"    @ManyToOne(optional = false) {name(i - 1)} parent;\n" if i > 0 else ""
    nxt = f"    @OneToMany(mappedBy = \"parent\") List<{name(i + 1)}> children;\n" if i + 1 < n else ""
    return f"""package bench;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Entity
@Table(indexes = @Index(columnList = "name, quantity"))
public class {name(i)} {{
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) long id;
    @Column(length = 100, unique = true, nullable = false) String name;
    int quantity;
    @Column(precision = 10, scale = 2, nullable = false) BigDecimal price;
    @Column(nullable = false) Instant updatedOn;
    @Enumerated(EnumType.STRING) @Column(nullable = false) Status status;
{prev}{nxt}}}
"""


STATUS = "package bench;\n\npublic enum Status { NEW, ACTIVE, RETIRED }\n"


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    for flavour, render in (("schemac", schemac), ("jpa", jpa)):
        d = os.path.join(out, flavour, "bench")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "Status.java"), "w") as f:
            f.write(STATUS)
        for i in range(n):
            with open(os.path.join(d, name(i) + ".java"), "w") as f:
                f.write(render(i, n))


if __name__ == "__main__":
    main()
