package dev.schemac.sample;

import dev.schemac.render.markdown.Quoted;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.datafaker.Faker;
import net.datafaker.service.FakeValuesGrouping;
import net.datafaker.service.FakeValuesService;
import net.datafaker.service.FakerContext;
import net.datafaker.service.RandomService;

/**
 * Writes the copy of Datafaker's English data that {@link PreparedFakeValues} reads, from the
 * Datafaker on the class path, at build time (compiler/pom.xml runs it in {@code process-classes}
 * into the classes folder, so the jar carries it). It exists because the data is Datafaker's,
 * not ours: the repository holds only the code that copies it, and a Datafaker upgrade needs no
 * step by hand. The same Datafaker always gives the same files, byte for byte. Public only so
 * that the build can run it in its own JVM (exec-maven-plugin looks {@code main} up from outside
 * the package); all else is package-private.
 */
public final class PreparedFakeValuesWriter {
    /** Lengths at which each kind of text chooses differently (a code, an abbreviation, a name...). */
    private static final int[] MAXIMA = {1, 2, 3, 4, 5, 7, 10, 11, 12, 14, 20, 40, 60, 100, 255};
    /** Seeds the sections are found with: enough rows for every choice a kind of text makes at random. */
    static final int SEEDS = 12;

    private PreparedFakeValuesWriter() {}

    /** {@code args[0]}: the classes folder; the copy goes to its {@code dev/schemac/sample/faker/}, replacing what was there. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: PreparedFakeValuesWriter <classes folder>");
        Path folder = Path.of(args[0], PreparedFakeValues.class.getPackageName().replace('.', '/'), PreparedFakeValues.FOLDER);
        Files.createDirectories(folder);
        try (Stream<Path> old = Files.list(folder)) {
            for (Path p : old.toList()) Files.delete(p);
        }
        for (String s : sectionsDrawnFrom()) Files.writeString(folder.resolve(s + ".txt"), text(s), StandardCharsets.UTF_8);
    }

    /** The sections Datafaker reads while every kind of text is drawn, for each seed. */
    static Set<String> sectionsDrawnFrom() {
        var sections = new TreeSet<String>();
        var recording = new FakeValuesService() {
            @Override
            public <T> T fetchObject(String key, FakerContext context) {
                sections.add(key.split("\\.", 2)[0].toLowerCase(Locale.ROOT));
                return super.fetchObject(key, context);
            }
        };
        for (long seed = 1; seed <= SEEDS; seed++) {
            var random = new Random(seed);
            draws(new Realistic(random, new Faker(recording, new FakerContext(Locale.ENGLISH, new RandomService(random)))));
        }
        return sections;
    }

    /** Every kind of text, for lengths that make each kind choose differently, a row at a time. */
    static List<String> draws(Realistic r) {
        var out = new ArrayList<String>();
        for (Meaning m : Meaning.values()) {
            for (int max : MAXIMA) {
                for (int i = 0; i < 8; i++) {
                    r.newRow();
                    out.add(m + " " + max + " " + r.text(m, 1, max));
                }
            }
        }
        return out;
    }

    /** Datafaker's data for {@code section}, as it holds it once loaded. */
    static Object datafaker(String section) {
        return FakeValuesGrouping.getEnglishFakeValueGrouping().get(section);
    }

    /** The copy of one section, in the form {@link PreparedFakeValues} reads. */
    static String text(String section) {
        var b = new StringBuilder("# Datafaker's English data for " + Quoted.name(section) + ", as it holds it once loaded: see PreparedFakeValues\n");
        write(b, datafaker(section), null);
        return b.toString();
    }

    /** {@code value}; within {@code map}, one already written under another key as {@code =thatKey}. */
    private static void write(StringBuilder b, Object value, Map<?, ?> map) {
        if (map != null && !(value instanceof String)) {
            for (var e : map.entrySet()) {
                if (e.getValue() == value) {
                    b.append('=').append(e.getKey()).append('\n');
                    return;
                }
            }
        }
        if (value instanceof String s) {
            if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) b.append('\'').append(s).append('\n');
            else b.append('"').append(s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")).append('\n');
        } else if (value instanceof List<?> list) {
            b.append("[\n");
            for (Object o : list) write(b, o, null);
            b.append("]\n");
        } else if (value instanceof Map<?, ?> m) {
            b.append("{\n");
            var written = new LinkedHashMap<Object, Object>();
            for (var e : m.entrySet()) {
                b.append(':').append((String) e.getKey()).append('\n');
                write(b, e.getValue(), written);
                written.put(e.getKey(), e.getValue());
            }
            b.append("}\n");
        } else {
            throw new IllegalStateException("a value the copy cannot hold: " + value);
        }
    }
}
