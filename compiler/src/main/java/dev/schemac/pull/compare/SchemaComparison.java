package dev.schemac.pull.compare;

import dev.schemac.catalog.Catalog;
import dev.schemac.pull.LiveSchema;
import java.util.List;

/**
 * Pull's own check of the model it wrote: the Catalog the model lowers to against the live
 * database, object by object in the engine's own spelling (types as the engine prints them,
 * column order), so that whatever generate would build differently is reported beside the
 * model (SC975) and names the lowering would derive differently are made explicit.
 * {@code schemac diff} does not use it: drift is the schema-evolution Catalog diff's list of
 * changes ({@link Drift}), in the words of {@code schemac migrate}.
 */
public interface SchemaComparison {
    List<Change> compare(Catalog model, LiveSchema database);

    /** The structural comparison pull checks its model with. */
    static SchemaComparison standard() {
        return new StructuralComparison();
    }
}
