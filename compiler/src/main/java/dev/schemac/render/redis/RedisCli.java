package dev.schemac.render.redis;

import java.nio.charset.StandardCharsets;

/**
 * Arguments of commands in a file that {@code redis-cli} reads on its standard input, one
 * command per line. A plain word is written as it is; anything else is double-quoted, with
 * {@code "} and {@code \\} escaped and every byte outside printable ASCII written as
 * {@code \\xHH} (UTF-8 for text), which redis-cli turns back into those exact bytes. No value
 * can therefore end a command line or split into two arguments.
 */
public final class RedisCli {
    private RedisCli() {}

    public static String arg(String s) {
        return arg(s.getBytes(StandardCharsets.UTF_8));
    }

    public static String arg(byte[] bytes) {
        boolean plain = bytes.length > 0;
        for (byte x : bytes) {
            int c = x & 0xff;
            if (!(Character.isLetterOrDigit(c) && c < 128) && "_:.@+-/=".indexOf(c) < 0) plain = false;
        }
        if (plain) return new String(bytes, StandardCharsets.US_ASCII);
        var b = new StringBuilder(bytes.length + 2).append('"');
        for (byte x : bytes) {
            int c = x & 0xff;
            if (c == '"' || c == '\\') b.append('\\').append((char) c);
            else if (c >= 0x20 && c < 0x7f) b.append((char) c);
            else b.append(String.format("\\x%02x", c));
        }
        return b.append('"').toString();
    }
}
