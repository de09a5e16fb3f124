package dev.schemac.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A value derived from a catalog is made once per catalog (by identity), key and model, by one caller. */
class DerivedTest {
    private static Catalog catalog() {
        return Catalog.of(List.of(), List.of());
    }

    @Test
    void madeOncePerCatalogAndKey() {
        var made = new AtomicInteger();
        Catalog c = catalog();
        Object first = Derived.of(c, "k", () -> new Object[] {made.incrementAndGet()});
        assertThat(Derived.of(c, "k", () -> new Object[] {made.incrementAndGet()})).isSameAs(first);
        assertThat(made).hasValue(1);
        Derived.of(c, "other key", () -> made.incrementAndGet());
        assertThat(made).hasValue(2);
        assertThat(Derived.of(c, "k", () -> new Object[] {made.incrementAndGet()})).isSameAs(first);
    }

    @Test
    void anEqualCatalogThatIsAnotherObjectGetsItsOwn() {
        Catalog a = catalog();
        Catalog b = catalog();
        assertThat(a).isEqualTo(b);
        Object fromA = Derived.of(a, "k", Object::new);
        assertThat(Derived.of(b, "k", Object::new)).isNotSameAs(fromA);
    }

    @Test
    void anotherModelObjectGetsItsOwn() {
        Catalog c = catalog();
        Object model = new Object();
        Object one = Derived.of(c, model, "k", Object::new);
        assertThat(Derived.of(c, model, "k", Object::new)).isSameAs(one);
        assertThat(Derived.of(c, new Object(), "k", Object::new)).isNotSameAs(one);
    }

    @Test
    void aFailureIsThrownAndNotKept() {
        Catalog c = catalog();
        assertThatThrownBy(() -> Derived.of(c, "k", () -> {
            throw new IllegalStateException("no");
        })).isInstanceOf(IllegalStateException.class).hasMessage("no");
        assertThat(Derived.of(c, "k", () -> "made")).isEqualTo("made");
    }

    @Test
    void callersAtTheSameTimeWaitForTheOneThatMakesIt() throws Exception {
        Catalog c = catalog();
        var made = new AtomicInteger();
        var start = new CountDownLatch(1);
        var results = new ArrayList<Object>();
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < 8; i++) {
            var t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                Object v = Derived.of(c, "k", () -> {
                    made.incrementAndGet();
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return new Object();
                });
                synchronized (results) {
                    results.add(v);
                }
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) t.join();
        assertThat(made).hasValue(1);
        assertThat(results).hasSize(8).allSatisfy(v -> assertThat(v).isSameAs(results.get(0)));
    }
}
