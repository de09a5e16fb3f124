package dev.schemac.ast;

/** What an entity or mixin body holds: fields and {@code @@} attributes. */
public sealed interface Member extends Node permits FieldDecl, Attribute {
}
