package dev.schemac.gen.docs;

import dev.schemac.render.markdown.Md;
import java.io.IOException;
import java.io.Writer;

/**
 * Passes a document through to {@code out} as it is written, except the whitespace at its very
 * end, which {@link #finish} replaces with one newline: the document streamed is the one built
 * whole and ended with {@code stripTrailing() + "\n"}. Whitespace is held back only until the
 * next character that is not whitespace arrives.
 */
final class EndTrimmed extends Writer {
    private final Writer out;
    private final StringBuilder held = new StringBuilder();

    EndTrimmed(Writer out) {
        this.out = out;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        append(java.nio.CharBuffer.wrap(buf), off, off + len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        append(s, off, off + len);
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        return append(csq, 0, csq.length());
    }

    @Override
    public Writer append(CharSequence csq, int start, int end) throws IOException {
        int last = end - 1;
        while (last >= start && Character.isWhitespace(csq.charAt(last))) last--;
        if (last >= start) {
            release();
            Md.copy(out, csq, start, last + 1);
        }
        held.append(csq, last + 1, end);
        return this;
    }

    /** Ends the document: the held whitespace is dropped and one newline written. */
    void finish() throws IOException {
        held.setLength(0);
        out.write('\n');
    }

    private void release() throws IOException {
        if (held.length() == 0) return;
        out.append(held);
        held.setLength(0);
    }

    @Override public void flush() throws IOException { out.flush(); }

    @Override public void close() throws IOException { out.close(); }
}
