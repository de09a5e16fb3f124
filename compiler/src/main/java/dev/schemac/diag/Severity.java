package dev.schemac.diag;

import java.util.Locale;

public enum Severity {
    ERROR, WARNING, INFO;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static Severity parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "error" -> ERROR;
            case "warning", "warn" -> WARNING;
            case "info" -> INFO;
            default -> throw new IllegalArgumentException(s);
        };
    }
}
