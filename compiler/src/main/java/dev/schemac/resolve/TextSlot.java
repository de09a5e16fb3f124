package dev.schemac.resolve;

import dev.schemac.source.Span;
import java.util.function.Supplier;

/**
 * One piece of free text in the model: where it is, what it becomes, and how a message names it
 * ({@code describe}, spelled only for a text that is reported).
 */
record TextSlot(Span span, TextKind kind, String text, Supplier<String> describe) {
    String what() { return describe.get(); }
}
