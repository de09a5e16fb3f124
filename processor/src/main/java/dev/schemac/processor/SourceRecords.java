package dev.schemac.processor;

import javax.lang.model.element.Element;

/**
 * What the source says that a class file does not keep, for model types read from class
 * files (a partial rebuild, a model spread across jars).
 */
final class SourceRecords {
    /** The number a bound was written as, when its type came from a class file; null when not known. */
    String number(Element member, String annotation, double held) {
        return null;
    }
}
