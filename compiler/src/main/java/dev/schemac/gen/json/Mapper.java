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

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
}
