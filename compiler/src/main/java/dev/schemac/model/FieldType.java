package dev.schemac.model;

/** The type of a field: a scalar with its arguments, an enum, or an entity (one or a list). */
public sealed interface FieldType {

    /** How the type is written in the language, for messages and documents. */
    String display();

    record Scalar(ScalarKind kind, Integer length, Integer precision, Integer scale) implements FieldType {
        public static Scalar of(ScalarKind kind) { return new Scalar(kind, null, null, null); }

        public String display() {
            if (precision != null) return kind.keyword() + "(" + precision + ", " + scale + ")";
            if (length != null) return kind.keyword() + "(" + length + ")";
            return kind.keyword();
        }
    }

    record EnumRef(String name) implements FieldType {
        public String display() { return name; }
    }

    record EntityRef(String entity, boolean list) implements FieldType {
        public String display() { return entity + (list ? "[]" : ""); }
    }
}
