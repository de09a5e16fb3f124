package dev.schemac.normalform;

import java.util.List;

/**
 * Everything the analysis found about one relation. Plain records, lists and strings in declaration
 * order, so it serializes to JSON as is (given a serializable origin type {@code T}).
 *
 * @param relation the relation's name
 * @param attributes declaration order
 * @param declared the dependencies as declared
 * @param minimalCover a minimal cover of {@code declared}
 * @param redundant declarations implied by the remaining ones (or trivial), found by dropping them one
 *     at a time from the last declared: worth a "this line says nothing new" hint
 * @param candidateKeys the keys, and whether the search was complete
 * @param primality prime and non-prime attributes
 * @param normalForm the highest normal form reached
 * @param normalFormExact false only if a bound cut the key search (or the 2NF check) short and that
 *     could change the verdict (BCNF needs no keys; 2NF and 3NF need primality)
 * @param violations every violation of 2NF, 3NF and BCNF, grouped by kind (weakest normal form
 *     first), then by cover order
 * @param decomposition a Bernstein 3NF synthesis when the relation is not in 3NF; empty otherwise
 */
public record Analysis<T>(
        String relation,
        List<String> attributes,
        List<DeclaredFd<T>> declared,
        List<CoverFd<T>> minimalCover,
        List<DeclaredFd<T>> redundant,
        CandidateKeys candidateKeys,
        Primality primality,
        NormalForm normalForm,
        boolean normalFormExact,
        List<Violation<T>> violations,
        List<ProposedRelation<T>> decomposition) {

    public Analysis {
        attributes = List.copyOf(attributes);
        declared = List.copyOf(declared);
        minimalCover = List.copyOf(minimalCover);
        redundant = List.copyOf(redundant);
        violations = List.copyOf(violations);
        decomposition = List.copyOf(decomposition);
    }
}
