package dev.schemac.normalform;

import java.util.List;

/**
 * One dependency of the minimal cover, {@code lhs -> rhs}, with the declarations it was derived
 * from: those that state it with exactly this left side if there are any, otherwise those it was
 * obtained from by splitting right sides and removing extraneous left-side attributes. A declaration whose every part turned out redundant is the source of no cover
 * dependency (see {@link Analysis#redundant()}).
 *
 * @param lhs declaration order
 * @param declared non-empty, declaration order
 */
public record CoverFd<T>(List<String> lhs, String rhs, List<DeclaredFd<T>> declared) {

    public CoverFd {
        lhs = List.copyOf(lhs);
        declared = List.copyOf(declared);
    }

    @Override
    public String toString() {
        return Wording.fd(lhs, rhs);
    }
}
