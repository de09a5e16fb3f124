package dev.schemac.examples.shop;

import dev.schemac.annotations.Index;
import dev.schemac.annotations.Mixin;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

// A mixin as an abstract superclass: entities that extend it get its fields and indexes.
@Mixin
@Index("deletedAt")
public abstract class SoftDelete {
    protected @Nullable Instant deletedAt;   // soft delete marker

    public @Nullable Instant getDeletedAt() {
        return deletedAt;
    }
}
