package dev.schemac.config;

/**
 * What is wrong with one setting as a front end gave it. {@code message} is a phrase that
 * follows the setting's name as that front end spells it ({@code --timestamp},
 * {@code -Aschemac.timestamp}, {@code timestamp =} in the settings file): "must be 14 digits…".
 * {@code suggestion} is the closest known key for an unknown one (or null); {@code item} the
 * position in a list value the problem is about, or -1.
 */
public record Problem(String key, Kind kind, String message, String suggestion, int item) {

    public enum Kind {
        /** No such setting. */
        UNKNOWN_KEY,
        /** A known setting with a value it cannot take. */
        BAD_VALUE
    }

    static Problem unknown(String key, String suggestion) {
        return new Problem(key, Kind.UNKNOWN_KEY, "is not a known setting", suggestion, -1);
    }

    static Problem bad(String key, String message) {
        return new Problem(key, Kind.BAD_VALUE, message, null, -1);
    }

    Problem at(int index) {
        return new Problem(key, kind, message, suggestion, index);
    }

    /** ". Did you mean `X`?" in the spelling of a front end (diag/Messages' one style), or empty. */
    public String didYouMean(String prefix) {
        return suggestion == null ? "" : "." + dev.schemac.diag.Messages.didYouMean(prefix + suggestion);
    }
}
