package dev.schemac.analysis;

import java.util.List;

/**
 * A dependency that keeps an entity from a normal form. {@code normalForm} is the one it
 * breaks (2NF, 3NF or BCNF); {@code kind} is {@code partial dependency},
 * {@code transitive dependency} or {@code non-key determinant}; {@code key} the candidate key
 * it is measured against. {@code certain} is false only when the key search was cut short
 * before the verdict could be proven.
 */
public record NormalFormViolation(String normalForm, String kind, List<String> from, String to, List<String> key,
                                  boolean certain, String message) {
    public NormalFormViolation {
        from = List.copyOf(from);
        key = List.copyOf(key);
    }
}
