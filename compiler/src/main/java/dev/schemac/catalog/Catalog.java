package dev.schemac.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The relational form of a model with every name final: the one lowering that every
 * relational target renders. Tables are in dependency order (a table after the tables it
 * references, declaration order otherwise); foreign keys that point forward in that order
 * exist only in cycles and are marked so renderers can add them after the tables.
 */
public record Catalog(List<Table> tables, List<EnumDef> enums) {
    public Catalog {
        tables = List.copyOf(tables);
        enums = List.copyOf(enums);
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<Table> tableOf(String entity) {
        return tables.stream().filter(t -> entity.equals(t.entity())).findFirst();
    }

    public Optional<EnumDef> enumDef(String name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
