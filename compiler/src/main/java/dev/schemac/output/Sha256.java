package dev.schemac.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as schemac records it everywhere (the manifest, the migration history and its
 * snapshots, shortened names, the build state): the digest in lower-case hex, of text as UTF-8.
 */
public final class Sha256 {
    private Sha256() {}

    /** A new digest, for bytes hashed while they go elsewhere; {@link #hex(MessageDigest)} reads it. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The hash of what the digest was given (which completes it). */
    public static String hex(MessageDigest sha) {
        return HexFormat.of().formatHex(sha.digest());
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The hash of the text as it is written, never held as one string (a whole snapshot's Catalog). */
    public static String hex(Output.Rendering text) {
        var sha = digest();
        try (Writer w = new OutputStreamWriter(new DigestOutputStream(OutputStream.nullOutputStream(), sha), StandardCharsets.UTF_8)) {
            text.writeTo(w);
        } catch (IOException e) {
            throw new IllegalStateException("a null stream does not fail", e);
        }
        return hex(sha);
    }
}
