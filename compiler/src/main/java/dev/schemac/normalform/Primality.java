package dev.schemac.normalform;

import java.util.List;

/**
 * Which attributes belong to some candidate key. When the key search is complete every attribute is
 * either prime or non-prime; otherwise attributes neither found in a key nor proven to be in none
 * are listed as undetermined (deciding primality is NP-complete in general).
 *
 * @param prime in some key found, or in every key (on no right side); declaration order
 * @param nonPrime in no key: either the search was complete or the attribute is on some right side
 *     and no left side
 * @param undetermined neither of the above; empty when {@code exact}
 * @param exact whether {@code undetermined} is empty
 */
public record Primality(List<String> prime, List<String> nonPrime, List<String> undetermined, boolean exact) {

    public Primality {
        prime = List.copyOf(prime);
        nonPrime = List.copyOf(nonPrime);
        undetermined = List.copyOf(undetermined);
        if (exact != undetermined.isEmpty()) {
            throw new IllegalArgumentException("exact=" + exact + " with undetermined " + undetermined);
        }
    }
}
