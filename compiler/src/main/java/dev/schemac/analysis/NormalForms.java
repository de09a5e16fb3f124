package dev.schemac.check.analysis;

import java.util.List;
import java.util.Optional;

/** The normal-form analysis of every entity, in model order; stored under {@link Analyses#NORMAL_FORMS}. */
public record NormalForms(List<EntityNormalForm> entities) {
    public NormalForms {
        entities = List.copyOf(entities);
    }

    public Optional<EntityNormalForm> of(String entity) {
        return entities.stream().filter(e -> e.entity().equals(entity)).findFirst();
    }
}
