package dev.schemac.memo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One value for the last inputs: made once for callers at the same time, made afresh for other inputs, a failure not kept. */
class LastOnlyTest {

    @Test
    void theSameInputsGetTheValueMadeForThemAndOtherInputsAFreshOne() {
        var made = new AtomicInteger();
        var memo = new LastOnly<String, String>(String::equals);
        String a = memo.get("a", k -> k + made.incrementAndGet());
        assertThat(memo.get("a", k -> k + made.incrementAndGet())).isSameAs(a).isEqualTo("a1");
        assertThat(memo.get("b", k -> k + made.incrementAndGet())).isEqualTo("b2");
        assertThat(memo.get("a", k -> k + made.incrementAndGet())).as("only the last inputs are kept").isEqualTo("a3");
    }

    @Test
    void inputsAreTheSameByTheGivenTest() {
        var memo = new LastOnly<StringBuilder, Integer>((x, y) -> x == y);
        var one = new StringBuilder("x");
        assertThat(memo.get(one, k -> 1)).isEqualTo(1);
        assertThat(memo.get(new StringBuilder("x"), k -> 2)).as("equal but not the same").isEqualTo(2);
    }

    @Test
    void callersAtTheSameTimeWaitForTheOneThatMakesIt() throws Exception {
        var made = new AtomicInteger();
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var memo = new LastOnly<String, Integer>(String::equals);
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> memo.get("k", k -> {
                started.countDown();
                await(release);
                return made.incrementAndGet();
            })));
            started.await();
            for (int i = 0; i < 3; i++) answers.add(pool.submit(() -> memo.get("k", k -> made.incrementAndGet())));
            release.countDown();
            for (var f : answers) assertThat(f.get()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(made).hasValue(1);
    }

    @Test
    void aFailureReachesTheCallerAndIsNotKept() {
        var memo = new LastOnly<String, String>(String::equals);
        assertThatThrownBy(() -> memo.get("k", k -> { throw new IllegalStateException("broken"); }))
                .isInstanceOf(IllegalStateException.class).hasMessage("broken");
        assertThat(memo.get("k", k -> "made")).isEqualTo("made");
    }

    private static void await(CountDownLatch l) {
        try {
            l.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
