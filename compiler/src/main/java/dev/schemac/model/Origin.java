package dev.schemac.model;

/** Where a field came from; implicit fields are real fields, but documents say so. */
public enum Origin { DECLARED, MIXIN, IMPLICIT }
