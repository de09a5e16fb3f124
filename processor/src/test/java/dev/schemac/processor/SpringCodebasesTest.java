package dev.schemac.processor;

import org.junit.jupiter.api.Test;

/** Each of {@link SpringCodebases} and its {@code .schema} twin give the same outputs, byte for byte. */
class SpringCodebasesTest {
    @Test
    void billing() {
        Equivalence.assertSame(SpringCodebases.BILLING, SpringCodebases.billing());
    }

    @Test
    void clinic() {
        Equivalence.assertSame(SpringCodebases.CLINIC, SpringCodebases.clinic());
    }
}
