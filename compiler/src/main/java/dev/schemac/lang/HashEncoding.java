package dev.schemac.lang;

/**
 * The encodings a hashed secret is commonly stored in, with their length in characters: the one home of these
 * lengths, read by the check of a secret's type (SC708) and by the design document's sentence on a secret column.
 */
public enum HashEncoding {
    /** bcrypt's modular crypt form, {@code $2b$12$} then 53 characters: always 60. */
    BCRYPT("a bcrypt hash", 60, true),
    /** A SHA-256 digest (an HMAC's, or a plain one) written in hex: always 64. */
    SHA256_HEX("an HMAC-SHA-256 digest in hex", 64, true),
    /**
     * Argon2id's encoded (PHC) string with the defaults of argon2-cffi (m=65536, t=3, p=4) and of Spring Security's
     * Argon2PasswordEncoder (m=16384, t=2, p=1), both with a 16-byte salt and a 32-byte hash; other parameters, a
     * longer salt or a longer hash make it longer or (smaller numbers) a few characters shorter.
     */
    ARGON2ID("an encoded Argon2id hash", argon2id(65536, 3, 4, 16, 32), false);

    private final String what;
    private final int length;
    private final boolean fixed;

    HashEncoding(String what, int length, boolean fixed) {
        this.what = what;
        this.length = length;
        this.fixed = fixed;
    }

    /** Its length in characters (for Argon2id, with the common defaults). */
    public int length() { return length; }

    /** Whether every value of the encoding has {@link #length} characters. */
    public boolean fixed() { return fixed; }

    /** How a sentence names it, with its length: {@code a bcrypt hash (60)}. */
    public String described() {
        return what + " (" + length + (fixed ? "" : " with the defaults of common libraries, longer with larger parameters") + ")";
    }

    /**
     * The length of Argon2id's PHC string {@code $argon2id$v=19$m=M,t=T,p=P$salt$hash}, salt and hash in Base64
     * without padding.
     */
    public static int argon2id(int memory, int iterations, int parallelism, int saltBytes, int hashBytes) {
        String params = "m=" + memory + ",t=" + iterations + ",p=" + parallelism;
        return "$argon2id$v=19$".length() + params.length() + 1 + base64(saltBytes) + 1 + base64(hashBytes);
    }

    private static int base64(int bytes) {
        return (bytes * 4 + 2) / 3;
    }
}
