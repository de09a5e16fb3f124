package dev.schemac.processor;

import java.util.List;

/**
 * What a Java type says in the language: a type name (scalar keyword, enum or entity), a
 * list ({@code Type[]}), optional ({@code Type?}). {@code text} marks a {@code String}, whose
 * logical type depends on {@code @Column}; {@code unresolved} a type javac could not find
 * (javac reports it); {@code problem} why the type has no logical type at all. {@code sizes}
 * are the type's arguments when the Java type fixes them ({@code char} is {@code char(1)},
 * a {@code BigInteger} {@code decimal(38, 0)}), empty otherwise. {@code help} is what to write instead of a
 * {@code problem} type when that type has an answer of its own (null: the general list of types).
 */
record JavaType(String name, List<Long> sizes, boolean list, boolean optional, boolean text, boolean unresolved,
                String problem, String help) {

    static JavaType named(String name) { return new JavaType(name, List.of(), false, false, false, false, null, null); }

    static JavaType sized(String name, Long... sizes) {
        return new JavaType(name, List.of(sizes), false, false, false, false, null, null);
    }

    static JavaType ofText() { return new JavaType("text", List.of(), false, false, true, false, null, null); }

    static JavaType unresolved(String name) { return new JavaType(name, List.of(), false, false, false, true, null, null); }

    static JavaType problem(String why) { return new JavaType(null, List.of(), false, false, false, false, why, null); }

    static JavaType problem(String why, String help) { return new JavaType(null, List.of(), false, false, false, false, why, help); }

    boolean ok() { return problem == null && !unresolved; }

    /** A {@code decimal} of whole numbers ({@code BigInteger}, {@code Duration}): its scale is 0 whatever sizes it. */
    boolean wholeDecimal() { return "decimal".equals(name) && sizes.size() == 2 && sizes.get(1) == 0; }

    JavaType asList() { return new JavaType(name, sizes, true, optional, text, unresolved, problem, help); }

    JavaType asOptional() { return new JavaType(name, sizes, list, true, text, unresolved, problem, help); }
}
