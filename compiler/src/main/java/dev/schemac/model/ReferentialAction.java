package dev.schemac.model;

import java.util.Optional;

/**
 * What a foreign key does when the row it references is deleted or updated. Only the
 * language's own word is here ({@code @on_delete(set_null)}); each output language spells
 * the action itself (SQL in render/sql, Prisma in its target).
 */
public enum ReferentialAction {
    CASCADE("cascade"),
    RESTRICT("restrict"),
    SET_NULL("set_null"),
    NO_ACTION("no_action");

    private final String keyword;

    ReferentialAction(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() { return keyword; }

    public static Optional<ReferentialAction> byKeyword(String s) {
        for (ReferentialAction a : values()) if (a.keyword.equals(s)) return Optional.of(a);
        return Optional.empty();
    }
}
