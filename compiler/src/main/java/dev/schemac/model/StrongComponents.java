package dev.schemac.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The strongly connected components of a directed graph whose nodes are 0..n-1: the groups of
 * nodes each reachable from every other, so a group of more than one node, or a node with an
 * edge to itself, is where the graph has a cycle. One home for the entities' required cycles
 * (SC413, SC414) and the tables' reference cycles (the order rows go in, the DDL's deferred keys).
 */
public final class StrongComponents {
    private StrongComponents() {}

    /**
     * The groups in the order Tarjan's algorithm completes them (a group before every group that
     * reaches it), each in the order it leaves the stack; iterative, as a model may chain thousands
     * of entities.
     */
    public static List<List<Integer>> of(List<? extends List<Integer>> successors) {
        int n = successors.size();
        int[] order = new int[n], low = new int[n], next = new int[n];
        Arrays.fill(order, -1);
        boolean[] onStack = new boolean[n];
        var stack = new ArrayDeque<Integer>();
        var out = new ArrayList<List<Integer>>();
        int counter = 0;
        for (int root = 0; root < n; root++) {
            if (order[root] >= 0) continue;
            var calls = new ArrayDeque<Integer>();
            calls.push(root);
            order[root] = low[root] = counter++;
            stack.push(root);
            onStack[root] = true;
            while (!calls.isEmpty()) {
                int v = calls.peek();
                if (next[v] < successors.get(v).size()) {
                    int w = successors.get(v).get(next[v]++);
                    if (order[w] < 0) {
                        order[w] = low[w] = counter++;
                        stack.push(w);
                        onStack[w] = true;
                        calls.push(w);
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                    continue;
                }
                calls.pop();
                if (!calls.isEmpty()) low[calls.peek()] = Math.min(low[calls.peek()], low[v]);
                if (low[v] == order[v]) {
                    var group = new ArrayList<Integer>();
                    int w;
                    do {
                        w = stack.pop();
                        onStack[w] = false;
                        group.add(w);
                    } while (w != v);
                    out.add(List.copyOf(group));
                }
            }
        }
        return out;
    }

    /** Per node, the index (in {@link #of}'s order) of its group. */
    public static int[] groupOf(List<? extends List<Integer>> successors) {
        int[] out = new int[successors.size()];
        var groups = of(successors);
        for (int g = 0; g < groups.size(); g++) for (int v : groups.get(g)) out[v] = g;
        return out;
    }
}
