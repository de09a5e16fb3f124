package dev.schemac.analysis;

import java.util.List;

/**
 * The normal-form analysis of one entity, as documents and the json target report it. The
 * attributes are the entity's stored fields (a to-one relation field is one attribute); the
 * dependencies are its primary key, its unique constraints and its {@code @@depends}, each
 * {@code key -> every other attribute} for keys.
 *
 * @param keySearchNotice empty when every candidate key was found; otherwise why the search
 *     stopped (the work bound), and the keys are those found
 * @param highestNormalForm {@code 1NF}, {@code 2NF}, {@code 3NF} or {@code BCNF}, judged from the
 *     dependencies (the first-normal-form heuristics are listed apart, in firstNormalFormFindings)
 * @param decomposition a 3NF decomposition as {@code .schema} text when the entity is below 3NF;
 *     empty otherwise
 * @param acknowledged whether the entity says {@code @@denormalized("reason")}
 * @param acknowledgedFindings the normal-form findings that acknowledgement turned into a
 *     documented trade-off ({@code "SC804 message"})
 */
public record EntityNormalForm(String entity, List<String> attributes, List<FunctionalDependency> dependencies,
                               List<FunctionalDependency> minimalCover, List<List<String>> candidateKeys,
                               boolean candidateKeysComplete, String keySearchNotice, List<String> primeAttributes,
                               List<String> nonPrimeAttributes, String highestNormalForm, boolean normalFormExact,
                               List<NormalFormViolation> violations, String decomposition,
                               List<String> firstNormalFormFindings, boolean acknowledged, String acknowledgedReason,
                               List<String> acknowledgedFindings) {
    public EntityNormalForm {
        attributes = List.copyOf(attributes);
        dependencies = List.copyOf(dependencies);
        minimalCover = List.copyOf(minimalCover);
        candidateKeys = candidateKeys.stream().map(List::copyOf).toList();
        primeAttributes = List.copyOf(primeAttributes);
        nonPrimeAttributes = List.copyOf(nonPrimeAttributes);
        violations = List.copyOf(violations);
        firstNormalFormFindings = List.copyOf(firstNormalFormFindings);
        acknowledgedFindings = List.copyOf(acknowledgedFindings);
    }
}
