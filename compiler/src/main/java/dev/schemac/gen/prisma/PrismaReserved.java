package dev.schemac.gen.prisma;

import java.util.Set;

/**
 * Model and enum names Prisma's validator rejects, or that would shadow the generated
 * client's own exports. A stand-in until the shared {@code dev.schemac.naming.ReservedWords}
 * lands in main; it follows that class's contract (a reserved name gets the prefix
 * {@code Renamed}, and {@code @@map} keeps the table name), so switching is a one-line change.
 */
final class PrismaReserved {
    private PrismaReserved() {}

    // Verified against prisma-schema-wasm: the scalar names and these JavaScript words fail
    // validation; Prisma and PrismaClient pass it but collide with the client's exports.
    private static final Set<String> NAMES = Set.of(
            "Prisma", "PrismaClient", "String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json",
            "Bytes", "Unsupported", "async", "await", "break", "case", "catch", "class", "const", "continue",
            "debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for",
            "function", "if", "implements", "import", "in", "instanceof", "interface", "let", "new", "null",
            "package", "private", "protected", "public", "return", "super", "switch", "this", "throw", "true", "try",
            "typeof", "var", "void", "while", "with", "yield");

    static boolean isReserved(String name) {
        return NAMES.contains(name);
    }

    /** The name to use for a model or enum. */
    static String safe(String name) {
        return isReserved(name) ? "Renamed" + name : name;
    }
}
