package dev.schemac.render.python;

import java.util.List;

/** Python literals for generated code. */
public final class Py {
    private Py() {}

    /** A double-quoted Python string literal. */
    public static String str(String s) {
        var b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** A Python list of string literals. */
    public static String strs(List<String> xs) {
        return "[" + String.join(", ", xs.stream().map(Py::str).toList()) + "]";
    }
}
