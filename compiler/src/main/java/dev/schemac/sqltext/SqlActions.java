package dev.schemac.sqltext;

import dev.schemac.model.ReferentialAction;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SQL words of a foreign key's actions ({@code ON DELETE SET NULL}), the one home of that vocabulary: SQL output writes
 * them, pull reads them back, and the reading of kept SQLite text knows them as words of a foreign key's tail.
 */
public final class SqlActions {
    private SqlActions() {}

    /** The action as SQL writes it after {@code ON DELETE} or {@code ON UPDATE}. */
    public static String sql(ReferentialAction a) {
        return switch (a) {
            case CASCADE -> "CASCADE";
            case RESTRICT -> "RESTRICT";
            case SET_NULL -> "SET NULL";
            case NO_ACTION -> "NO ACTION";
        };
    }

    /** The action an engine reports in words ({@code set null}, any case), or empty for one schemac has not ({@code SET DEFAULT}). */
    public static Optional<ReferentialAction> read(String words) {
        String w = words.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        return Arrays.stream(ReferentialAction.values()).filter(a -> sql(a).equals(w)).findFirst();
    }

    /** Each action's words, in order ({@code [SET, NULL]}). */
    public static List<List<String>> words() {
        return Arrays.stream(ReferentialAction.values()).map(a -> List.of(sql(a).split(" "))).toList();
    }
}
