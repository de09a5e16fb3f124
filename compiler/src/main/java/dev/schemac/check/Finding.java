package dev.schemac.check;

import dev.schemac.diag.Diagnostic;
import dev.schemac.model.Entity;

/** What a rule reported: the diagnostic at its default severity and the entity it is about (or null). */
public record Finding(Rule rule, Entity entity, Diagnostic diagnostic) {
}
