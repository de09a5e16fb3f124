package dev.schemac.model;

import java.util.Optional;

public enum ReferentialAction {
    CASCADE("cascade", "CASCADE"),
    RESTRICT("restrict", "RESTRICT"),
    SET_NULL("set_null", "SET NULL"),
    NO_ACTION("no_action", "NO ACTION");

    private final String keyword;
    private final String sql;

    ReferentialAction(String keyword, String sql) {
        this.keyword = keyword;
        this.sql = sql;
    }

    public String keyword() { return keyword; }

    public String sql() { return sql; }

    public static Optional<ReferentialAction> byKeyword(String s) {
        for (ReferentialAction a : values()) if (a.keyword.equals(s)) return Optional.of(a);
        return Optional.empty();
    }
}
