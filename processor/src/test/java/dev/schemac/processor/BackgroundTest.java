package dev.schemac.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Work beside javac's thread: its value, or its failure as itself, and never a wait without end. */
class BackgroundTest {
    private static final Duration SOON = Duration.ofSeconds(10);

    @Test
    void theWorkRunsOnAThreadOfItsOwnAndJoinGivesItsValue() {
        var caller = Thread.currentThread();
        var b = Background.start("schemac-test", () -> Thread.currentThread() == caller ? "caller" : Thread.currentThread().getName());
        assertThat(assertTimeoutPreemptively(SOON, b::join)).isEqualTo("schemac-test");
    }

    @Test
    void aFailureOfTheWorkIsThrownByJoinAsItself() {
        var boom = new IllegalStateException("boom");
        var b = Background.<String>start("schemac-test", () -> { throw boom; });
        assertTimeoutPreemptively(SOON, () -> assertThatThrownBy(b::join).isSameAs(boom));
    }

    @Test
    void anErrorOfTheWorkEndsItsThreadAndIsThrownByJoinNotAWaitWithoutEnd() {
        var b = Background.<String>start("schemac-test", BackgroundTest::deeper);
        assertTimeoutPreemptively(SOON, () -> assertThatThrownBy(b::join).isInstanceOf(StackOverflowError.class));
    }

    private static String deeper() {
        return deeper() + "";
    }
}
