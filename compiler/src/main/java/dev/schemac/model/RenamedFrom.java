package dev.schemac.model;

import dev.schemac.source.Span;

/**
 * What an entity or field was called in the last migration ({@code @@renamed_from("Old")},
 * {@code @renamed_from("old")}, or {@code @RenamedFrom} in annotated Java): a hint for the
 * migration diff, which renames instead of dropping and adding. {@code span} is the
 * attribute's, so a diagnostic about the hint points at it. It does not change the model
 * itself: a renamed field is the same field under its new name.
 */
public record RenamedFrom(String name, Span span) {}
