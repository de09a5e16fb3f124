package dev.schemac.ast;

/** A top-level declaration. */
public sealed interface Declaration extends Node
        permits SchemaDecl, ImportDecl, EnumDecl, MixinDecl, EntityDecl {
}
