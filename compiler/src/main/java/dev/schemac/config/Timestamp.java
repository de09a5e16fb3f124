package dev.schemac.config;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The generation timestamp (it names migrations and dates sample rows): {@code yyyyMMddHHmmss},
 * a real date and time in UTC. Fourteen digits are not enough: {@code 20251301000000} has a
 * thirteenth month and would name a migration no tool sorts correctly, so the calendar decides.
 * This is the rule's only home; every front end validates through it.
 */
public final class Timestamp {
    /** The form, as users read it in messages and help. */
    public static final String FORMAT = "yyyyMMddHHmmss";

    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    private Timestamp() {}

    /** Null when {@code text} is a valid timestamp, otherwise what is wrong with it (a phrase after the option's name). */
    public static String problem(String text) {
        if (text == null || !text.matches("[0-9]{14}")) {
            return "must be 14 digits, " + FORMAT + ": " + Printable.of(text);
        }
        try {
            LocalDateTime.parse(text, STRICT);
            return null;
        } catch (DateTimeParseException e) {
            return "is not a real date and time (" + FORMAT + ", UTC): " + text;
        }
    }

    public static boolean isValid(String text) {
        return problem(text) == null;
    }
}
