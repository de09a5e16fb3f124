package dev.schemac.processor;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the rounds saw, by qualified name (elements of one round must not be used in
 * another): the annotated types and packages, and every type compiled from source, which
 * tells a source type (with its Javadoc) from one read from a class file.
 */
final class Noted {
    final Set<String> entities = new LinkedHashSet<>();
    final Set<String> mixins = new LinkedHashSet<>();
    final Set<String> typeHolders = new LinkedHashSet<>();
    final Set<String> packageHolders = new LinkedHashSet<>();
    final Set<String> sourceTypes = new LinkedHashSet<>();

    boolean isEmpty() {
        return entities.isEmpty() && mixins.isEmpty() && typeHolders.isEmpty() && packageHolders.isEmpty();
    }
}
