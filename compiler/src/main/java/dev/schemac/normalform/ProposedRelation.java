package dev.schemac.normalform;

import java.util.List;

/**
 * One relation of a proposed decomposition. The part that keeps a key of the original relation
 * comes first; the others follow the minimal cover's order.
 *
 * @param nameHint the original relation's name for the part that keeps one of its keys, otherwise
 *     {@code <relation>_<determinant attributes>}; unique within one decomposition; the caller may
 *     rename freely
 * @param attributes declaration order of the original relation
 * @param key a candidate key of this part
 * @param dependencies the cover dependencies this part enforces
 * @param declared the declarations behind {@code dependencies}, declaration order; empty for a part
 *     added only to hold a key
 */
public record ProposedRelation<T>(
        String nameHint,
        List<String> attributes,
        List<String> key,
        List<CoverFd<T>> dependencies,
        List<DeclaredFd<T>> declared) {

    public ProposedRelation {
        attributes = List.copyOf(attributes);
        key = List.copyOf(key);
        dependencies = List.copyOf(dependencies);
        declared = List.copyOf(declared);
    }
}
