package dev.schemac.normalform;

import java.util.List;
import java.util.Objects;

/**
 * A functional dependency as the caller declared it: {@code lhs -> rhs}, in the caller's spelling and
 * order, with the caller's opaque {@code origin} (typically a source span) so that diagnostics can
 * point back at the declaration.
 *
 * @param index position in {@link Relation#dependencies()}; identifies the declaration even when
 *     origins are null or equal
 * @param kind whether the caller wrote a dependency or declared a key (a key is stored as
 *     {@code key -> every other attribute})
 * @param lhs determinant attributes, duplicates removed, caller's order kept
 * @param rhs dependent attributes, duplicates removed, caller's order kept
 * @param origin opaque caller data, may be null
 * @param <T> the caller's origin type
 */
public record DeclaredFd<T>(int index, Kind kind, List<String> lhs, List<String> rhs, T origin) {

    /** What the declaration was in the caller's language; used to word explanations. */
    public enum Kind {
        /** An explicit dependency, e.g. an {@code @@depends} line. */
        DEPENDENCY,
        /** A key or unique constraint, stored as {@code key -> all other attributes}. */
        KEY
    }

    public DeclaredFd {
        if (index < 0) {
            throw new IllegalArgumentException("negative index " + index);
        }
        Objects.requireNonNull(kind, "kind");
        lhs = List.copyOf(lhs.stream().distinct().toList());
        rhs = List.copyOf(rhs.stream().distinct().toList());
    }

    @Override
    public String toString() {
        return Wording.fd(lhs, String.join(", ", rhs));
    }

    // Written out for the reason Span's are: a cold check links no record method.
    @Override public boolean equals(Object o) {
        return o instanceof DeclaredFd<?> that && index == that.index && Objects.equals(kind, that.kind) &&
                Objects.equals(lhs, that.lhs) && Objects.equals(rhs, that.rhs) &&
                Objects.equals(origin, that.origin);
    }

    @Override public int hashCode() {
        return Objects.hash(index, kind, lhs, rhs, origin);
    }
}
