package dev.schemac.check.design;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.lang.HashEncoding;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.FieldType;
import dev.schemac.model.ScalarKind;
import dev.schemac.source.Span;
import java.util.HashSet;
import java.util.regex.Pattern;

/** SC708: {@code @secret} on a type that cannot hold a hash or digest. */
@AutoService(Rule.class)
public final class SecretCannotHoldHash extends Rule {
    /** The shortest common digest encoding: 128 bits in hex, or a 256-bit digest in raw bytes. */
    public static final int MIN_LENGTH = 32;

    private static final Pattern SECRET = Pattern.compile("(@secret)\\b");

    public SecretCannotHoldHash() {
        super("SC708", Severity.ERROR, "@secret on a type that cannot hold a hash",
                "A secret is stored as a hash or digest, never as itself, and a hash is text or bytes: "
                + "bcrypt's encoding is " + HashEncoding.BCRYPT.length() + " characters, Argon2id's "
                + HashEncoding.ARGON2ID.length() + " with the defaults of common libraries (longer with larger parameters), "
                + "a SHA-256 digest " + HashEncoding.SHA256_HEX.length() + " hex characters or 32 bytes. "
                + "`@secret` on a number, a date, a boolean, a uuid, an enum or "
                + "a relation can only mean the value itself is kept, and on a `string(n)` or `char(n)` "
                + "shorter than " + MIN_LENGTH + " no hash fits. Use `string(255)`, `text` or `bytes`.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        var reported = new HashSet<Span>();
        for (Entity e : context.model().entities()) {
            for (Field f : e.fields()) {
                if (f.secret() && !canHoldHash(f.type()) && reported.add(f.span())) {
                    Span at = dev.schemac.check.Spans.find(f.span(), SECRET);
                    out.report(e, cannotHold(at, e.name(), f.name(), f.type().display()));
                }
            }
        }
    }

    static boolean canHoldHash(FieldType t) {
        if (!(t instanceof FieldType.Scalar s)) return false;
        if (s.kind() == ScalarKind.TEXT || s.kind() == ScalarKind.BYTES) return true;
        if (s.kind() == ScalarKind.STRING || s.kind() == ScalarKind.CHAR) return s.length() == null || s.length() >= MIN_LENGTH;
        return false;
    }

    Diagnostic cannotHold(Span at, String entity, String field, String type) {
        return finding(at, Quoted.name(entity + "." + field) + " is `@secret` but " + Quoted.name(type) + " cannot hold a hash",
                s -> "store a hash of the secret in " + Quoted.name(s.type("string(255)")) + ", " + Quoted.name(s.type("text")) + " or "
                        + Quoted.name(s.type("bytes")));
    }
}
