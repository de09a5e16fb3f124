package dev.schemac.normalform;

import java.util.Arrays;

/**
 * A set-trie answering "does any stored set lie inside this set?", the query Lucchesi–Osborn asks
 * once per (key, dependency) pair. Stored sets are paths of ascending attribute indexes; a query
 * walks only children whose attribute is in the query set, so it never touches a stored set that
 * has an attribute outside it. A linear scan over the keys would make the search quadratic in the
 * number of keys.
 *
 * <p>Mutable, owned by a single key search. Counts visited nodes so the search can bound its work.
 */
final class SubsetTrie {

    enum Probe { FOUND, NOT_FOUND, OUT_OF_STEPS }

    private static final Node[] NO_CHILDREN = new Node[0];

    private static final class Node {
        final int attribute;
        Node[] children = NO_CHILDREN;
        int childCount;
        boolean terminal;

        Node(int attribute) {
            this.attribute = attribute;
        }

        Node child(int a) {
            for (int i = 0; i < childCount; i++) {
                if (children[i].attribute == a) {
                    return children[i];
                }
            }
            if (childCount == children.length) {
                children = Arrays.copyOf(children, Math.max(2, childCount * 2));
            }
            Node c = new Node(a);
            children[childCount++] = c;
            return c;
        }
    }

    private final Node root = new Node(-1);
    private long steps;
    private Node[] stack = new Node[64];

    void add(AttrSet set) {
        Node node = root;
        for (int a = set.next(0); a >= 0; a = set.next(a + 1)) {
            node = node.child(a);
        }
        node.terminal = true;
    }

    /** Node visits so far, over all probes. */
    long steps() {
        return steps;
    }

    /** Whether some stored set is a subset of {@code query}, giving up once total steps exceed the limit. */
    Probe probe(AttrSet query, long stepLimit) {
        int top = 0;
        stack[top++] = root;
        while (top > 0) {
            Node node = stack[--top];
            if (++steps > stepLimit) {
                return Probe.OUT_OF_STEPS;
            }
            if (node.terminal) {
                return Probe.FOUND;
            }
            for (int i = 0; i < node.childCount; i++) {
                Node c = node.children[i];
                if (query.contains(c.attribute)) {
                    if (top == stack.length) {
                        stack = Arrays.copyOf(stack, top * 2);
                    }
                    stack[top++] = c;
                }
            }
        }
        return Probe.NOT_FOUND;
    }
}
