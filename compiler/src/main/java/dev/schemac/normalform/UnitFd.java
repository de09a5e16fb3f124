package dev.schemac.normalform;

/**
 * A dependency with a single right-side attribute, remembering which declarations it came from.
 *
 * @param sources set over declaration indexes (not attributes): the declarations whose split,
 *     reduced form this is
 */
record UnitFd(AttrSet lhs, int rhs, AttrSet sources) {

    UnitFd withLhs(AttrSet newLhs) {
        return new UnitFd(newLhs, rhs, sources);
    }

    UnitFd withMoreSources(AttrSet more) {
        return new UnitFd(lhs, rhs, sources.union(more));
    }
}
