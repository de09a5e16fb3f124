package dev.schemac.normalform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The input of the analysis: a relation's attributes in declaration order and the functional
 * dependencies declared over them.
 *
 * <p>Declaration order is significant: it is the order of every list in the result, so output is
 * stable across runs and follows the user's source. The analysis assumes 1NF (atomic attributes);
 * the caller is responsible for adding {@code key -> all} dependencies for primary keys and unique
 * constraints, which {@link Builder#key} makes convenient.
 *
 * @param name relation name, used in explanations and naming hints
 * @param attributes distinct attribute names, in declaration order
 * @param dependencies declared dependencies; {@code dependencies.get(i).index() == i}
 * @param <T> the caller's origin type (e.g. a source span); use {@code Void} or {@code Object} if
 *     there is none
 */
public record Relation<T>(String name, List<String> attributes, List<DeclaredFd<T>> dependencies) {

    public Relation {
        Objects.requireNonNull(name, "name");
        attributes = List.copyOf(attributes);
        dependencies = List.copyOf(dependencies);
        Set<String> seen = new HashSet<>();
        for (String a : attributes) {
            if (!seen.add(a)) {
                throw new IllegalArgumentException("duplicate attribute '" + a + "' in " + name);
            }
        }
        for (int i = 0; i < dependencies.size(); i++) {
            DeclaredFd<T> d = dependencies.get(i);
            if (d.index() != i) {
                throw new IllegalArgumentException(
                        "dependency at position " + i + " has index " + d.index());
            }
            requireKnown(name, seen, d.lhs(), d);
            requireKnown(name, seen, d.rhs(), d);
        }
    }

    private static void requireKnown(String name, Set<String> known, List<String> attrs, DeclaredFd<?> d) {
        for (String a : attrs) {
            if (!known.contains(a)) {
                throw new IllegalArgumentException(
                        "dependency " + d + " of " + name + " mentions unknown attribute '" + a + "'");
            }
        }
    }

    /**
     * Starts a relation. When chaining, give the origin type explicitly, since Java does not infer
     * it through a chain: {@code Relation.<Span>builder("Address", attrs).key(...).build()}.
     */
    public static <T> Builder<T> builder(String name, List<String> attributes) {
        return new Builder<>(name, attributes);
    }

    /** Collects declarations in order; not thread-safe, like any builder. */
    public static final class Builder<T> {
        private final String name;
        private final List<String> attributes;
        private final List<DeclaredFd<T>> dependencies = new ArrayList<>();

        private Builder(String name, List<String> attributes) {
            this.name = name;
            this.attributes = List.copyOf(attributes);
        }

        /** Declares {@code lhs -> rhs}. */
        public Builder<T> depends(Collection<String> lhs, Collection<String> rhs, T origin) {
            dependencies.add(new DeclaredFd<>(
                    dependencies.size(), DeclaredFd.Kind.DEPENDENCY, List.copyOf(lhs), List.copyOf(rhs), origin));
            return this;
        }

        public Builder<T> depends(Collection<String> lhs, Collection<String> rhs) {
            return depends(lhs, rhs, null);
        }

        /** Declares that {@code key} is a key (or unique): {@code key -> every other attribute}. */
        public Builder<T> key(Collection<String> key, T origin) {
            List<String> rest = attributes.stream().filter(a -> !key.contains(a)).toList();
            dependencies.add(new DeclaredFd<>(
                    dependencies.size(), DeclaredFd.Kind.KEY, List.copyOf(key), rest, origin));
            return this;
        }

        public Builder<T> key(Collection<String> key) {
            return key(key, null);
        }

        public Relation<T> build() {
            return new Relation<>(name, attributes, dependencies);
        }
    }
}
