package dev.schemac.catalog;

import java.util.List;

/**
 * An enum as stored: {@code typeName} is the PostgreSQL type name; {@code values} are the
 * stored values in declaration order. {@code members} are the model's member names, one per
 * value in the same order, or null where they are not known (a database read by pull, unless
 * its values are all a model enum's, as pull/compare/Drift gives them; a migration snapshot
 * written before schemac kept them): they tell a member whose stored
 * value changes from a value dropped and another added.
 */
public record EnumDef(String name, String typeName, String doc, List<String> values, List<String> members) {
    public EnumDef {
        values = List.copyOf(values);
        if (members != null) {
            members = List.copyOf(members);
            if (members.size() != values.size()) {
                throw new IllegalArgumentException("enum " + name + ": " + members.size() + " members for " + values.size() + " values");
            }
        }
    }

    /** An enum whose member names are not known. */
    public EnumDef(String name, String typeName, String doc, List<String> values) {
        this(name, typeName, doc, values, null);
    }

    /** The same enum under another type name. */
    public EnumDef withTypeName(String typeName) {
        return new EnumDef(name, typeName, doc, values, members);
    }
}
