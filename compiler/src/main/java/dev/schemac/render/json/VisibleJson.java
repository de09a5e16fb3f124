package dev.schemac.render.json;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.schemac.render.text.PlainText;
import java.util.Locale;

/**
 * JSON that a person may read as it is printed (a terminal, a CI log, a SARIF viewer's raw
 * view) and that carries text from outside: diagnostics ({@code --format json}, SARIF) and
 * {@code diff --format json}, which quote paths, model text and a database's names. Jackson
 * writes a bidirectional control or a zero-width character raw, valid JSON that shows as
 * other text than it holds; here every character {@link PlainText#visible} would write out is
 * a {@code \\uXXXX} escape instead, so the text reads back the same and shows what it holds.
 */
public final class VisibleJson {
    private VisibleJson() {}

    /** Indented, with the escapes. */
    public static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactoryBuilder().characterEscapes(new Escapes()).build())
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    /**
     * JSON's own escapes for ASCII (DEL added, which JSON leaves raw), and {@code \\uXXXX} for
     * every other character the terminal rule does not show as itself. Jackson asks a UTF-16
     * unit at a time, so a character beyond the Basic Multilingual Plane is one surrogate at a
     * time and cannot be judged whole: every surrogate is escaped, which a JSON reader puts
     * back together as the same character.
     */
    private static final class Escapes extends CharacterEscapes {
        private static final int[] ASCII = standardAsciiEscapesForJSON();

        static {
            ASCII[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (PlainText.isShownAsIs(ch)) return null;
            return new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch));
        }
    }
}
