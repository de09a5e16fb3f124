package dev.schemac.normalform;

import java.util.List;

/**
 * A dependency {@code lhs -> rhs} that keeps the relation from a normal form, with a sentence
 * explaining why and the declarations to point a diagnostic at.
 *
 * <p>Violations are reported per dependency of the minimal cover, which is exact for 3NF and BCNF
 * (if some implied dependency violates them, a cover dependency does). It is not exact for 2NF: a
 * non-prime attribute can depend on part of a key only through a chain of cover dependencies none of
 * which is itself partial. Such a dependency is reported too, with {@code implied = true} and the
 * chain in {@code derivation}.
 *
 * @param kind the normal form this breaks
 * @param lhs determinant, declaration order; never a superkey
 * @param rhs the dependent attribute
 * @param key for partial dependencies, the key of which {@code lhs} is a proper subset; for
 *     transitive ones, a key that determines {@code lhs} (the chain {@code key -> lhs -> rhs});
 *     for BCNF, a key containing {@code rhs}
 * @param certain whether the dependency certainly breaks {@code kind.breaks()}; false when it rests
 *     on {@code rhs} being non-prime and the key search was cut short before that could be proven
 *     (it is then treated as non-prime). After a cut-short search a transitive dependency may also
 *     be partial on a key that was not found.
 * @param implied whether {@code lhs -> rhs} is not itself in the minimal cover but follows from it
 * @param derivation the cover dependencies it follows from (just itself unless {@code implied})
 * @param declared the declarations behind {@code derivation}, declaration order: where to report
 * @param message one human sentence
 */
public record Violation<T>(
        Kind kind,
        List<String> lhs,
        String rhs,
        List<String> key,
        boolean certain,
        boolean implied,
        List<CoverFd<T>> derivation,
        List<DeclaredFd<T>> declared,
        String message) {

    public enum Kind {
        /** A non-prime attribute depends on a proper subset of a candidate key. */
        PARTIAL_DEPENDENCY(NormalForm.SECOND),
        /** A non-prime attribute depends on a set that is not a superkey (and not part of a key). */
        TRANSITIVE_DEPENDENCY(NormalForm.THIRD),
        /** A prime attribute depends on a set that is not a superkey. */
        NON_KEY_DETERMINANT(NormalForm.BOYCE_CODD);

        private final NormalForm breaks;

        Kind(NormalForm breaks) {
            this.breaks = breaks;
        }

        /** The weakest normal form this kind of violation rules out. */
        public NormalForm breaks() {
            return breaks;
        }
    }

    public Violation {
        lhs = List.copyOf(lhs);
        key = List.copyOf(key);
        derivation = List.copyOf(derivation);
        declared = List.copyOf(declared);
    }
}
