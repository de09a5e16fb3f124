package dev.schemac.parse;

import dev.schemac.source.SourceFile;
import dev.schemac.source.Span;

/**
 * ANTLR counts code points; {@link SourceFile} and Java strings count UTF-16 units. They
 * differ only after a character outside the Basic Multilingual Plane (an emoji in a
 * comment), so the common case is the identity. The char offsets returned are the file's
 * ({@link SourceFile#first} on).
 */
final class Offsets {
    private final SourceFile file;
    private final int[] charIndexOfCodePoint; // null when the text has no surrogate pairs

    Offsets(SourceFile file) {
        this.file = file;
        String text = file.text();
        int cps = text.codePointCount(0, text.length());
        if (cps == text.length()) {
            charIndexOfCodePoint = null;
        } else {
            charIndexOfCodePoint = new int[cps + 1];
            int ci = 0;
            for (int cp = 0; cp < cps; cp++) {
                charIndexOfCodePoint[cp] = ci;
                ci += Character.charCount(text.codePointAt(ci));
            }
            charIndexOfCodePoint[cps] = text.length();
        }
    }

    int charIndex(int codePointIndex) {
        if (charIndexOfCodePoint == null) return file.first() + Math.min(codePointIndex, file.text().length());
        return file.first() + charIndexOfCodePoint[Math.min(codePointIndex, charIndexOfCodePoint.length - 1)];
    }

    int endOfText() { return file.end(); }

    Span span(int start, int end) {
        return new Span(file, start, Math.max(start, Math.min(end, file.end())));
    }

    SourceFile file() { return file; }
}
