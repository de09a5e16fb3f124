package dev.schemac.normalform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Multi-word bitsets and closures beyond 64 attributes, against java.util.BitSet. */
class WideRelationTest {

    private static final int UNIVERSE = 150;

    private static BitSet bits(AttrSet s) {
        BitSet b = new BitSet();
        for (int i : s.toArray()) {
            b.set(i);
        }
        return b;
    }

    private static AttrSet randomSet(Random rnd, int universe, int density) {
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < universe; i++) {
            if (rnd.nextInt(100) < density) {
                members.add(i);
            }
        }
        return AttrSet.of(universe, members.stream().mapToInt(Integer::intValue).toArray());
    }

    @Test
    void setAlgebraMatchesBitSet() {
        Random rnd = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            int universe = 1 + rnd.nextInt(UNIVERSE);
            AttrSet x = randomSet(rnd, universe, rnd.nextInt(100));
            AttrSet y = randomSet(rnd, universe, rnd.nextInt(100));
            BitSet bx = bits(x);
            BitSet by = bits(y);

            BitSet union = (BitSet) bx.clone();
            union.or(by);
            BitSet inter = (BitSet) bx.clone();
            inter.and(by);
            BitSet minus = (BitSet) bx.clone();
            minus.andNot(by);
            assertThat(bits(x.union(y))).isEqualTo(union);
            assertThat(bits(x.intersect(y))).isEqualTo(inter);
            assertThat(bits(x.minus(y))).isEqualTo(minus);
            assertThat(x.isSubsetOf(y)).isEqualTo(minus.isEmpty());
            assertThat(x.intersects(y)).isEqualTo(bx.intersects(by));
            assertThat(x.size()).isEqualTo(bx.cardinality());
            assertThat(x.equals(y)).isEqualTo(bx.equals(by));
            for (int i = -1; i <= universe; i++) {
                int from = Math.max(i, 0);
                assertThat(x.next(from)).isEqualTo(from < universe ? bx.nextSetBit(from) : -1);
                assertThat(x.previous(i)).isEqualTo(i < 0 ? -1 : bx.previousSetBit(Math.min(i, universe - 1)));
            }
            int i = rnd.nextInt(universe);
            BitSet with = (BitSet) bx.clone();
            with.set(i);
            BitSet without = (BitSet) bx.clone();
            without.clear(i);
            assertThat(bits(x.with(i))).isEqualTo(with);
            assertThat(bits(x.without(i))).isEqualTo(without);
            assertThat(x.compareTo(y)).isEqualTo(-y.compareTo(x));
        }
    }

    @Test
    void closureMatchesANaiveFixpointOnWideRelations() {
        Random rnd = new Random(12);
        for (int round = 0; round < 300; round++) {
            int m = rnd.nextInt(120);
            List<AttrSet> lhs = new ArrayList<>();
            List<AttrSet> rhs = new ArrayList<>();
            for (int f = 0; f < m; f++) {
                lhs.add(randomSet(rnd, UNIVERSE, rnd.nextInt(4)));
                rhs.add(randomSet(rnd, UNIVERSE, 1 + rnd.nextInt(4)));
            }
            ClosureEngine engine = new ClosureEngine(UNIVERSE, lhs, rhs);
            for (int q = 0; q < 20; q++) {
                AttrSet x = randomSet(rnd, UNIVERSE, rnd.nextInt(30));
                BitSet expected = bits(x);
                boolean changed = true;
                while (changed) {
                    changed = false;
                    for (int f = 0; f < m; f++) {
                        BitSet l = bits(lhs.get(f));
                        l.andNot(expected);
                        BitSet r = bits(rhs.get(f));
                        r.andNot(expected);
                        if (l.isEmpty() && !r.isEmpty()) {
                            expected.or(r);
                            changed = true;
                        }
                    }
                }
                assertThat(bits(engine.closure(x))).isEqualTo(expected);
                assertThat(engine.isSuperkey(x)).isEqualTo(expected.cardinality() == UNIVERSE);
                int target = rnd.nextInt(UNIVERSE);
                assertThat(engine.implies(x, target, null)).isEqualTo(expected.get(target));
            }
        }
    }
}
