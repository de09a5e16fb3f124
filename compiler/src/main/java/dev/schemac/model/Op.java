package dev.schemac.model;

/** Comparison operators of checks, with their spelling in the language (and SQL). */
public enum Op {
    GT(">"), GE(">="), LT("<"), LE("<="), EQ("="), NE("!=");

    private final String symbol;

    Op(String symbol) { this.symbol = symbol; }

    public String symbol() { return symbol; }

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
