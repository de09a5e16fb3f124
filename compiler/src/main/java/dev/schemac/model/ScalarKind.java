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

    /**
     * Every kind by its keyword, each answer made once: asked for every field's type (and by the
     * habit scan for words that may be types), where a scan of {@code values()} copied the array and
     * compared the word with each keyword in turn.
     */
    private static final java.util.Map<String, Optional<ScalarKind>> BY_KEYWORD;

    static {
        var m = new java.util.HashMap<String, Optional<ScalarKind>>();
        for (ScalarKind k : values()) m.put(k.keyword, Optional.of(k));
        BY_KEYWORD = m; // a HashMap: a null word is no keyword, as before, not an exception
    }

    public static Optional<ScalarKind> byKeyword(String s) {
        return BY_KEYWORD.getOrDefault(s, Optional.empty());
    }
}
