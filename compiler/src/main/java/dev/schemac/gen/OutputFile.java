package dev.schemac.gen;

import dev.schemac.source.Span;

/**
 * A file a target writes, by its path under the output folder, and the model text its name is
 * made of (the entity of a Java source, the schema header of a document): where {@code check}
 * points when the file system could not hold the name.
 */
public record OutputFile(String path, Span origin) {}
