package dev.schemac.model;

import dev.schemac.source.Span;

/** {@code @@volume(rows = N, growth = "...")}: an expected size, for documents and index advice. */
public record Volume(Span span, long rows, String growth) {
}
