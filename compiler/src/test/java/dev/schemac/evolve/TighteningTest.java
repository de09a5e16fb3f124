package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.catalog.Check;
import dev.schemac.model.Op;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A check replaced under its name is a new constraint (SC561) unless every row the old one let in meets it: judged
 * here against the values themselves, on a grid of bounds, so each operator pair is tried both ways round.
 */
class TighteningTest {

    static Check check(Op op, String literal) {
        return new Check("ck_t_n", List.of(new Check.Compare("n", op, new BigDecimal(literal))));
    }

    static Check columns(String left, Op op, String right) {
        return new Check("ck_t_a_b", List.of(new Check.ColumnCompare(left, op, right)));
    }

    @Test
    void aBoundIsWeakerExactlyWhenEveryValueItLetsInMeetsTheNewOne() {
        var bounds = List.of("-1", "0", "0.5", "1");
        // Values between and beyond the bounds stand for the reals: each open interval and each bound is tried.
        var values = List.of("-2", "-1", "-0.5", "0", "0.25", "0.5", "0.75", "1", "2");
        int weaker = 0;
        for (Op a : Op.values()) {
            for (Op b : Op.values()) {
                for (String x : bounds) {
                    for (String y : bounds) {
                        boolean every = values.stream().map(BigDecimal::new)
                                .allMatch(v -> !a.holds(v.compareTo(new BigDecimal(x))) || b.holds(v.compareTo(new BigDecimal(y))));
                        assertThat(Tightening.weaker(check(a, x), check(b, y)))
                                .as("n %s %s replaced by n %s %s", a.symbol(), x, b.symbol(), y).isEqualTo(every);
                        if (every) weaker++;
                    }
                }
            }
        }
        assertThat(weaker).as("pairs found weaker").isGreaterThan(50);
    }

    @Test
    void theCasesATeamMeets() {
        assertThat(Tightening.weaker(check(Op.GT, "0"), check(Op.GE, "0"))).as("> 0 loosened to >= 0").isTrue();
        assertThat(Tightening.weaker(check(Op.GE, "0"), check(Op.GT, "0"))).as(">= 0 tightened to > 0").isFalse();
        assertThat(Tightening.weaker(check(Op.EQ, "5"), check(Op.LE, "10"))).isTrue();
        assertThat(Tightening.weaker(check(Op.LE, "10"), check(Op.NE, "11"))).isTrue();
        assertThat(Tightening.weaker(check(Op.NE, "3"), check(Op.GE, "0"))).isFalse();
        assertThat(Tightening.weaker(columns("a", Op.LT, "b"), columns("b", Op.GE, "a"))).as("a < b turned round and made inclusive").isTrue();
        assertThat(Tightening.weaker(columns("a", Op.LE, "b"), columns("b", Op.GT, "a"))).as("a <= b turned round and made strict").isFalse();
        assertThat(Tightening.weaker(columns("a", Op.EQ, "b"), columns("a", Op.GE, "b"))).isTrue();
        assertThat(Tightening.weaker(columns("a", Op.LT, "b"), columns("a", Op.LT, "c"))).as("another column").isFalse();
        var other = new Check("ck_t_n", List.of(new Check.Compare("m", Op.GE, BigDecimal.ZERO)));
        assertThat(Tightening.weaker(check(Op.GT, "0"), other)).as("a bound on another column").isFalse();
    }
}
