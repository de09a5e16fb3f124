package dev.schemac.model;

import java.util.Optional;

/** The scalar types of the language. Per-target mappings live in {@code dev.schemac.types.TypeTable}. */
public enum ScalarKind {
    BOOL("bool"), SMALLINT("smallint"), INT("int"), BIGINT("bigint"), FLOAT("float"), DOUBLE("double"),
    DECIMAL("decimal"), STRING("string"), TEXT("text"), CHAR("char"), DATE("date"), TIME("time"),
    DATETIME("datetime"), UUID("uuid"), JSON("json"), BYTES("bytes");

    private final String keyword;

    ScalarKind(String keyword) { this.keyword = keyword; }

    public String keyword() { return keyword; }

    public boolean isInteger() { return this == SMALLINT || this == INT || this == BIGINT; }

    public boolean isNumeric() { return isInteger() || this == FLOAT || this == DOUBLE || this == DECIMAL; }

    public boolean isText() { return this == STRING || this == TEXT || this == CHAR; }

    public boolean isTemporal() { return this == DATE || this == TIME || this == DATETIME; }

    /** The kind takes a length or a precision in parentheses: `string(80)`, `char(2)`, `decimal(10, 2)`. */
    public boolean takesArguments() { return this == STRING || this == CHAR || this == DECIMAL; }

    /** Values of the kind have an order that SQL comparisons respect. */
    public boolean isOrdered() { return isNumeric() || isText() || isTemporal(); }

    public static Optional<ScalarKind> byKeyword(String s) {
        for (ScalarKind k : values()) if (k.keyword.equals(s)) return Optional.of(k);
        return Optional.empty();
    }
}
