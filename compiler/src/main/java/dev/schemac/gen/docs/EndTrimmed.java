package dev.schemac.gen.docs;

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
        int last = off + len - 1;
        while (last >= off && Character.isWhitespace(buf[last])) last--;
        pass(last >= off, buf, off, last + 1 - off);
        held.append(buf, last + 1, off + len - (last + 1));
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        int last = off + len - 1;
        while (last >= off && Character.isWhitespace(s.charAt(last))) last--;
        if (last >= off) {
            release();
            out.write(s, off, last + 1 - off);
        }
        held.append(s, last + 1, off + len);
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        if (csq instanceof String s) {
            write(s, 0, s.length());
        } else {
            write(String.valueOf(csq));
        }
        return this;
    }

    /** Ends the document: the held whitespace is dropped and one newline written. */
    void finish() throws IOException {
        held.setLength(0);
        out.write('\n');
    }

    private void pass(boolean any, char[] buf, int off, int len) throws IOException {
        if (!any) return;
        release();
        out.write(buf, off, len);
    }

    private void release() throws IOException {
        if (held.length() == 0) return;
        out.append(held);
        held.setLength(0);
    }

    @Override public void flush() throws IOException { out.flush(); }

    @Override public void close() throws IOException { out.close(); }
}
