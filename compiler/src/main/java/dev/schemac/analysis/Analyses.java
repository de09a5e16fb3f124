package dev.schemac.analysis;

import java.util.Objects;

/**
 * What the checks computed about a clean model, kept in the compilation so that documents
 * and the json target report it without running anything again: the normal-form analysis
 * of every entity, and the fields holding personal data or secrets. Plain records, no
 * source locations: the same model written as annotated Java gives the same analyses.
 */
public record Analyses(NormalForms normalForms, Security security) {
    public Analyses {
        Objects.requireNonNull(normalForms, "normalForms");
        Objects.requireNonNull(security, "security");
    }
}
