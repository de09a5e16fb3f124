package dev.schemac.pull.compare;

import dev.schemac.catalog.Catalog;
import dev.schemac.pull.LiveSchema;
import java.util.List;

/**
 * Compares the Catalog a model lowers to with a live database, as that database's engine
 * stores it. {@code schemac diff} reports the changes, and {@code schemac pull} compares
 * the model it wrote with the database it read. The schema-evolution Catalog diff can take
 * this place once it exists: an implementation that maps its changes to {@link Change}.
 */
public interface SchemaComparison {
    List<Change> compare(Catalog model, LiveSchema database);

    /** The comparison used until the schema-evolution diff is merged. */
    static SchemaComparison standard() {
        return new StructuralComparison();
    }
}
