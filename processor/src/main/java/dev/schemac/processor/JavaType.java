package dev.schemac.processor;

/**
 * What a Java type says in the language: a type name (scalar keyword, enum or entity), a
 * list ({@code Type[]}), optional ({@code Type?}). {@code text} marks a {@code String}, whose
 * logical type depends on {@code @Column}; {@code unresolved} a type javac could not find
 * (javac reports it); {@code problem} why the type has no logical type at all.
 */
record JavaType(String name, boolean list, boolean optional, boolean text, boolean unresolved, String problem) {

    static JavaType named(String name) { return new JavaType(name, false, false, false, false, null); }

    static JavaType ofText() { return new JavaType("text", false, false, true, false, null); }

    static JavaType unresolved(String name) { return new JavaType(name, false, false, false, true, null); }

    static JavaType problem(String why) { return new JavaType(null, false, false, false, false, why); }

    boolean ok() { return problem == null && !unresolved; }

    JavaType asList() { return new JavaType(name, true, optional, text, unresolved, problem); }

    JavaType asOptional() { return new JavaType(name, list, true, text, unresolved, problem); }
}
