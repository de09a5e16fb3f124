package dev.schemac.check.design;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.check.Words;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.FieldType;
import dev.schemac.model.ScalarKind;
import dev.schemac.source.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** SC707: a field whose name says it holds a secret, without {@code @secret}. */
@AutoService(Rule.class)
public final class SecretNotMarked extends Rule {
    /** A single word that names a secret. */
    static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "passphrase", "secret", "token", "ssn",
            "cvv", "cvc", "pin", "apikey", "otp", "totp");

    /** Two consecutive words that name a secret. */
    static final Set<String> SECRET_PAIRS = Set.of("api_key", "private_key", "secret_key", "access_key",
            "signing_key", "encryption_key", "card_number", "credit_card", "security_code", "social_security",
            "recovery_code", "backup_code");

    /** A last word that makes the field describe a secret rather than hold one: token_type, password_hint. */
    static final Set<String> ABOUT_A_SECRET = Set.of("type", "kind", "hint", "count", "length", "policy",
            "expires", "expiry", "version", "status", "format", "prefix", "last4", "last", "scope", "scopes");

    public SecretNotMarked() {
        super("SC707", Severity.WARNING, "Secret-like field not marked @secret",
                "`@secret` says a value must never be stored readable: a password is stored as a slow "
                + "salted hash, a token or API key as a digest, a card number not at all. The marker "
                + "reaches every output: documents list the field under security, generated models keep "
                + "it out of their string form and serialisation, seed data never invents a plain value. "
                + "A field whose name says password, token, secret, api_key, ssn, card_number and the like "
                + "is presumed to hold one; a name that only describes a secret (`token_type`, "
                + "`password_hint`) is not. A field marked `@pii` is not called unmarked: the warning then says "
                + "that personal data is stored readable, and a secret is not.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        // Field names repeat across entities (`email`, `name`): each is read as words once.
        var byName = new java.util.HashMap<String, Boolean>();
        var reported = new HashSet<Span>();
        for (Entity e : context.model().entities()) {
            for (Field f : e.storedFields()) {
                if (f.secret() || f.relation() != null || !canHoldText(f.type())) continue;
                if (!byName.computeIfAbsent(f.name(), SecretNotMarked::isSecretName)) continue;
                if (!reported.add(f.span())) continue;
                out.report(e, f.pii() ? personalData(f.span(), e.name(), f.name()) : unmarked(f.span(), e.name(), f.name()));
            }
        }
    }

    static boolean isSecretName(String name) {
        List<String> words = Words.of(name);
        if (words.isEmpty() || ABOUT_A_SECRET.contains(words.get(words.size() - 1))) return false;
        for (int i = 0; i < words.size(); i++) {
            if (SECRET_WORDS.contains(words.get(i))) return true;
            if (i + 1 < words.size() && SECRET_PAIRS.contains(words.get(i) + "_" + words.get(i + 1))) return true;
        }
        return false;
    }

    private static boolean canHoldText(FieldType t) {
        return t instanceof FieldType.Scalar s && (s.kind().isText() || s.kind() == ScalarKind.BYTES
                || s.kind() == ScalarKind.UUID);
    }

    /** A field marked personal data, whose name says secret: it is marked, only perhaps not as what it is. */
    Diagnostic personalData(Span at, String entity, String field) {
        return finding(at, Quoted.name(entity + "." + field) + " is marked `@pii`, so it is stored readable, but its name "
                        + "says it is a secret, which is never stored readable",
                s -> "if the application never needs the value back, mark it " + Quoted.name(s.attribute("@secret"))
                        + " as well (it is then stored as a hash or digest); if it does, keep " + Quoted.name(s.attribute("@pii"))
                        + " alone and turn this rule off for the model with " + s.severityOff("SC707"));
    }

    Diagnostic unmarked(Span at, String entity, String field) {
        return finding(at, Quoted.name(entity + "." + field) + " looks like a secret but is not marked `@secret`",
                s -> "store a hash or digest of it and mark the field " + Quoted.name(s.attribute("@secret")));
    }
}
