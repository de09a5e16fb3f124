package dev.schemac.processor;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the rounds saw, by qualified name (elements of one round must not be used in
 * another): the annotated types and packages, and every type and package compiled from
 * source, which tells a source type (with its Javadoc) from one read from a class file where
 * javac's tree API cannot.
 */
final class Noted {
    final Set<String> entities = new LinkedHashSet<>();
    final Set<String> mixins = new LinkedHashSet<>();
    final Set<String> typeHolders = new LinkedHashSet<>();
    final Set<String> packageHolders = new LinkedHashSet<>();
    final Set<String> sourceTypes = new LinkedHashSet<>();
    /** JPA's {@code @Converter} classes: an auto-applied one decides the columns of the attributes of its type. */
    final Set<String> converters = new LinkedHashSet<>();
    /**
     * The enums compiled from source, model or not: each gets a {@link SourceRecord}, since
     * another module's model may use one as a field type and read it from the jar.
     */
    final Set<String> sourceEnums = new LinkedHashSet<>();

    /** The model's types and packages, to tell whether a later round added one. */
    Set<String> snapshot() {
        var out = new java.util.TreeSet<String>();
        entities.forEach(n -> out.add("entity " + n));
        mixins.forEach(n -> out.add("mixin " + n));
        typeHolders.forEach(n -> out.add("schema " + n));
        packageHolders.forEach(n -> out.add("schema-package " + n));
        converters.forEach(n -> out.add("converter " + n));
        return out;
    }

    boolean isEmpty() {
        return entities.isEmpty() && mixins.isEmpty() && typeHolders.isEmpty() && packageHolders.isEmpty();
    }
}
