package dev.schemac.model;

/** Comparison operators of checks, with their spelling in the language (and SQL). */
public enum Op {
    GT(">"), GE(">="), LT("<"), LE("<="), EQ("="), NE("!=");

    private final String symbol;

    Op(String symbol) { this.symbol = symbol; }

    public String symbol() { return symbol; }

    /** Whether {@code a OP b} holds, given {@code a.compareTo(b)}. */
    public boolean holds(int comparison) {
        return switch (this) {
            case GT -> comparison > 0;
            case GE -> comparison >= 0;
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
            case EQ -> comparison == 0;
            case NE -> comparison != 0;
        };
    }

    public static Op fromSymbol(String s) {
        return switch (s) {
            case ">" -> GT;
            case ">=" -> GE;
            case "<" -> LT;
            case "<=" -> LE;
            case "=", "==" -> EQ;
            case "!=" -> NE;
            default -> throw new IllegalArgumentException(s);
        };
    }
}
