package dev.schemac.resolve;

import dev.schemac.source.Span;

/** One piece of free text in the model: where it is, what it becomes, and how a message names it. */
record TextSlot(Span span, TextKind kind, String text, String what) {}
