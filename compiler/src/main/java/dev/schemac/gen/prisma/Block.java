package dev.schemac.gen.prisma;

import java.util.List;

/** A model or enum of the schema, before layout. */
record Block(List<String> docs, String keyword, String name, List<Line> lines, List<String> attributes) {
    Block {
        docs = List.copyOf(docs);
        lines = List.copyOf(lines);
        attributes = List.copyOf(attributes);
    }

    sealed interface Line {}

    /** A field ({@code type} set) or an enum value ({@code type} null). */
    record Member(List<String> docs, String name, String type, List<String> attributes) implements Line {
        Member {
            docs = List.copyOf(docs);
            attributes = List.copyOf(attributes);
        }
    }

    /** A {@code //} comment among the fields: what Prisma cannot express, said where it applies. */
    record Comment(String text) implements Line {}
}
