package dev.schemac.catalog;

import java.util.List;
import java.util.Objects;

public record PrimaryKey(String name, List<String> columns) {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }

    // Written out for the reason Span's are: a cold check links no record method.
    @Override public boolean equals(Object o) {
        return o instanceof PrimaryKey that && Objects.equals(name, that.name) &&
                Objects.equals(columns, that.columns);
    }

    @Override public int hashCode() {
        return Objects.hash(name, columns);
    }
}
