package dev.schemac.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.lang.Attributes;
import org.junit.jupiter.api.Test;

/**
 * The readers' handler tables and the attribute table of {@link Attributes} name the same
 * attributes: a name added to the table without a handler would be accepted and then read
 * by nothing, and a handler without a name in the table would never run.
 */
class AttributeHandlersTest {

    @Test
    void everyFieldAttributeHasExactlyOneHandler() {
        assertThat(FieldAttributeReader.handled()).containsExactlyInAnyOrderElementsOf(Attributes.FIELD);
    }

    @Test
    void everyEntityAttributeHasExactlyOneHandler() {
        assertThat(EntityAttributeReader.handled()).containsExactlyInAnyOrderElementsOf(Attributes.BLOCK);
    }
}
