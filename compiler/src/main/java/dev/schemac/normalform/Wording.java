package dev.schemac.normalform;

import java.util.List;
import java.util.stream.Collectors;

/** The sentences of the analysis, kept in one place so they read alike. */
final class Wording {

    private Wording() {}

    static String fd(List<String> lhs, String rhs) {
        return (lhs.isEmpty() ? "∅" : String.join(", ", lhs)) + " → " + rhs;
    }

    /** A set used as a noun: a single attribute bare, several in parentheses. */
    static String set(List<String> attrs) {
        if (attrs.isEmpty()) {
            return "∅";
        }
        return attrs.size() == 1 ? attrs.get(0) : "(" + String.join(", ", attrs) + ")";
    }

    static String partial(List<String> lhs, String rhs, List<String> key, boolean certain,
            List<? extends CoverFd<?>> impliedBy) {
        String via = impliedBy.isEmpty()
                ? ""
                : ", implied by " + impliedBy.stream().map(CoverFd::toString).collect(Collectors.joining("; "));
        return fd(lhs, rhs) + ": " + set(lhs) + " is only part of the key " + set(key) + ", and " + rhs
                + notInAnyKey(certain) + " (partial dependency" + via + ").";
    }

    static String transitive(String relation, List<String> lhs, String rhs, List<String> key, boolean certain) {
        return fd(lhs, rhs) + ": " + set(lhs) + " is not a key of " + relation + ", and " + rhs
                + notInAnyKey(certain) + " (transitive dependency " + set(key) + " → " + set(lhs) + " → " + rhs
                + ").";
    }

    static String nonKeyDeterminant(String relation, List<String> lhs, String rhs, List<String> key) {
        return fd(lhs, rhs) + ": " + set(lhs) + " is not a key of " + relation + ", but " + rhs
                + " is part of the key " + set(key) + ", so 3NF allows this and BCNF does not.";
    }

    private static String notInAnyKey(boolean certain) {
        return certain
                ? " is not part of any key"
                : " is not part of any key found (the key search stopped early)";
    }
}
