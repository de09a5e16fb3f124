package dev.schemac.gen.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON target's mapper, in a class of its own so that it is built when the target runs,
 * not when the target registry instantiates every target (which {@code check} does too):
 * building an ObjectMapper loads a few hundred Jackson classes.
 */
final class Mapper {
    private Mapper() {}

    /**
     * Not flushed after each value: the target writes the document one entity's tree at a time,
     * and a flush after each pushed it through the encoder, the hashing and the file (a system
     * call per entity); the generator's close flushes once.
     */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
}
