package dev.schemac.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of an input file. A file that is not UTF-8 is refused at its first bad
 * byte, not at its start: the file a diagnostic shows is the text decoded leniently (each bad
 * sequence as U+FFFD), so the line and column are those of the byte an editor would point at.
 */
public final class Utf8 {
    private Utf8() {}

    /** The decoded file, or (when {@code badAt >= 0}) the lenient text and the char offset of the first bad sequence. */
    public record Decoded(SourceFile file, int badAt) {
        public boolean ok() {
            return badAt < 0;
        }

        /** The first bad sequence, as one character of {@link #file}. */
        public Span bad() {
            return new Span(file, badAt, Math.min(file.text().length(), badAt + 1));
        }
    }

    public static Decoded decode(String path, byte[] bytes) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = strict.decode(in, out, true);
        if (!result.isError()) result = strict.flush(out);
        if (!result.isError()) return new Decoded(new SourceFile(path, out.flip().toString()), -1);
        int badAt = out.position();
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        return new Decoded(new SourceFile(path, lenient), badAt);
    }
}
