package dev.schemac.catalog;

import java.util.List;

/**
 * An enum as stored: {@code typeName} is the PostgreSQL type name; {@code values} are the
 * stored values in declaration order.
 */
public record EnumDef(String name, String typeName, String doc, List<String> values) {
    public EnumDef {
        values = List.copyOf(values);
    }
}
