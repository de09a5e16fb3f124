package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.catalog.Check;
import dev.schemac.catalog.ColumnType;
import dev.schemac.model.Op;
import dev.schemac.model.ScalarKind;
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

    static ColumnType type(ScalarKind kind) {
        return new ColumnType(kind, null, null, null, null);
    }

    /** Judged over decimal columns, whose bounds the engines compare exactly. */
    static boolean weaker(Check old, Check neu) {
        return Tightening.weaker(old, neu, c -> type(ScalarKind.DECIMAL), c -> type(ScalarKind.DECIMAL));
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
                        assertThat(weaker(check(a, x), check(b, y)))
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
        assertThat(weaker(check(Op.GT, "0"), check(Op.GE, "0"))).as("> 0 loosened to >= 0").isTrue();
        assertThat(weaker(check(Op.GE, "0"), check(Op.GT, "0"))).as(">= 0 tightened to > 0").isFalse();
        assertThat(weaker(check(Op.EQ, "5"), check(Op.LE, "10"))).isTrue();
        assertThat(weaker(check(Op.LE, "10"), check(Op.NE, "11"))).isTrue();
        assertThat(weaker(check(Op.NE, "3"), check(Op.GE, "0"))).isFalse();
        assertThat(weaker(columns("a", Op.LT, "b"), columns("b", Op.GE, "a"))).as("a < b turned round and made inclusive").isTrue();
        assertThat(weaker(columns("a", Op.LE, "b"), columns("b", Op.GT, "a"))).as("a <= b turned round and made strict").isFalse();
        assertThat(weaker(columns("a", Op.EQ, "b"), columns("a", Op.GE, "b"))).isTrue();
        assertThat(weaker(columns("a", Op.LT, "b"), columns("a", Op.LT, "c"))).as("another column").isFalse();
        var other = new Check("ck_t_n", List.of(new Check.Compare("m", Op.GE, BigDecimal.ZERO)));
        assertThat(weaker(check(Op.GT, "0"), other)).as("a bound on another column").isFalse();
    }

    /**
     * A float or double column compares a bound as the literal rounded to the column's binary type: two literals that
     * round to one value are one bound, so {@code >= 0.30000000000000001} made {@code > 0.3} refuses the row at the
     * bound (over the reals it looked looser), and the converse loosens. A float is binary32 on PostgreSQL and MySQL
     * but a double on SQLite: a bound must follow under both.
     */
    @Test
    void aFloatBoundIsJudgedAsTheEnginesRoundIt() {
        for (ScalarKind k : List.of(ScalarKind.DOUBLE, ScalarKind.FLOAT)) {
            var t = type(k);
            assertThat(Tightening.weaker(check(Op.GE, "0.30000000000000001"), check(Op.GT, "0.3"), c -> t, c -> t)).as("%s", k).isFalse();
            assertThat(Tightening.weaker(check(Op.GT, "0.30000000000000001"), check(Op.GE, "0.3"), c -> t, c -> t)).as("%s", k).isTrue();
            assertThat(Tightening.weaker(check(Op.GE, "0.3"), check(Op.GE, "0.2"), c -> t, c -> t)).as("%s", k).isTrue();
        }
        // 0.3 and 0.30000001 are one binary32 value but two doubles: on SQLite's double the new bound refuses 0.3.
        var f = type(ScalarKind.FLOAT);
        assertThat(Tightening.weaker(check(Op.GE, "0.3"), check(Op.GE, "0.30000001"), c -> f, c -> f)).isFalse();
        assertThat(Tightening.weaker(check(Op.GE, "0.3"), check(Op.GE, "0.3"), c -> f, c -> f)).isTrue();
    }

    /** A check over columns the migration makes text compares them as text: 9 < 10, but '10' < '9'. */
    @Test
    void aCheckOverColumnsMadeTextIsNew() {
        var ints = type(ScalarKind.INT);
        var text = type(ScalarKind.STRING);
        var ab = columns("a", Op.LT, "b");
        assertThat(Tightening.weaker(ab, ab, c -> ints, c -> text)).isFalse();
        assertThat(Tightening.weaker(ab, ab, c -> c.equals("a") ? ints : text, c -> text)).isFalse();
        assertThat(Tightening.weaker(ab, ab, c -> ints, c -> type(ScalarKind.BIGINT))).as("a wider integer orders alike").isTrue();
        assertThat(Tightening.weaker(check(Op.GE, "0"), check(Op.GE, "0"), c -> ints, c -> type(ScalarKind.DECIMAL))).isTrue();
    }

    @Test
    void aCheckOverTemporalColumnsIsKeptOnlyWhereTheOrderAndItsTiesStay() {
        var ab = columns("a", Op.LT, "b");
        var date = type(ScalarKind.DATE);
        var datetime = type(ScalarKind.DATETIME);
        var time = type(ScalarKind.TIME);
        assertThat(Tightening.weaker(ab, ab, c -> date, c -> datetime)).as("a date is its midnight").isTrue();
        assertThat(Tightening.weaker(ab, ab, c -> datetime, c -> date)).as("10:00 < 11:00 of one day tie as dates").isFalse();
        assertThat(Tightening.weaker(ab, ab, c -> datetime, c -> time)).as("a time of day orders otherwise").isFalse();
        assertThat(Tightening.weaker(ab, ab, c -> date, c -> time)).isFalse();
        assertThat(Tightening.weaker(ab, ab, c -> time, c -> time)).isTrue();
    }
}

