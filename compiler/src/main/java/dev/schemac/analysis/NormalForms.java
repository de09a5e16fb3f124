package dev.schemac.analysis;

import java.util.List;
import java.util.Optional;

/** The normal-form analysis of every entity, in model order; part of the {@link Analyses}. */
public record NormalForms(List<EntityNormalForm> entities) {
    public NormalForms {
        entities = List.copyOf(entities);
    }

    public Optional<EntityNormalForm> of(String entity) {
        return entities.stream().filter(e -> e.entity().equals(entity)).findFirst();
    }
}
