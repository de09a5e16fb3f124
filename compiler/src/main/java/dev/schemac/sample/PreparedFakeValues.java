package dev.schemac.sample;

import dev.schemac.render.markdown.Quoted;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import net.datafaker.Faker;
import net.datafaker.service.FakeValuesService;
import net.datafaker.service.FakerContext;
import net.datafaker.service.RandomService;

/**
 * Datafaker with its English data read from a plain copy kept beside this class
 * ({@code faker/<section>.txt}, one per top-level key such as {@code name} or {@code address})
 * instead of from its YAML files: parsing those cold was most of a small model's sample time
 * (the 104 KB of first and last names alone ~50 ms of CPU). The copy holds each section as
 * Datafaker itself holds it once loaded (its expressions qualified, each key also under its
 * Java name), so every lookup answers the same object Datafaker's would, the PRNG is drawn
 * the same way and the values are the same. The copy is Datafaker's data, so it is not in the
 * repository: {@link PreparedFakeValuesWriter} writes it from the Datafaker on the class path
 * when the build reaches {@code process-classes}, and {@code PreparedFakeValuesTest} compares
 * it with Datafaker's data. A section not in the copy (or no copy at all, as when the classes
 * were compiled without that build step), or a lookup out of the ordinary, goes to Datafaker.
 */
final class PreparedFakeValues extends FakeValuesService {
    /** Where the copy lives, as a resource folder; a section's file is {@code <section>.txt}. */
    static final String FOLDER = "faker/";
    /** A section not in the copy. */
    private static final Object ABSENT = new Object();
    /** Each section read once per JVM, as Datafaker keeps its own data: by its resource name. */
    private static final Map<String, Object> SECTIONS = new ConcurrentHashMap<>();

    /** The resource folder, relative to this class, the sections are read from. */
    private final String folder;
    /**
     * Each key's answer from the copy, by key: Datafaker asks for the same few keys for every
     * value it makes (a product name: three of them), and the copy never changes.
     */
    private final Map<String, Object> answers = new ConcurrentHashMap<>();
    /** A key the copy answers with null, as {@link #answers} cannot hold null. */
    private static final Object NONE = new Object();

    private PreparedFakeValues(String folder) {
        this.folder = folder;
    }

    /** A Faker of English data drawing from {@code random}, as {@code new Faker(Locale.ENGLISH, random)} does. */
    static Faker faker(Random random) {
        return faker(random, FOLDER);
    }

    /** The same, with the copy read from {@code folder} (its tests read one that is not there). */
    static Faker faker(Random random, String folder) {
        return new Faker(new PreparedFakeValues(folder), new FakerContext(Locale.ENGLISH, new RandomService(random)));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T fetchObject(String key, FakerContext context) {
        List<?> chain = context.getLocaleChain();
        if (chain.size() != 1 || chain.get(0) != DEFAULT_LOCALE) return super.fetchObject(key, context);
        Object known = answers.get(key);
        if (known != null) return known == NONE ? null : (T) known;
        int dot = key.indexOf('.');
        if (dot == 0 || key.endsWith(".") || key.contains("..")) return super.fetchObject(key, context);
        Object value = section(folder, (dot < 0 ? key : key.substring(0, dot)).toLowerCase(Locale.ROOT));
        if (value == ABSENT) return super.fetchObject(key, context);
        while (dot > 0 && value != null) {
            // Datafaker fails on a path through a list or a text; its own lookup says how.
            if (!(value instanceof Map<?, ?> map)) return super.fetchObject(key, context);
            int next = key.indexOf('.', dot + 1);
            value = map.get(next < 0 ? key.substring(dot + 1) : key.substring(dot + 1, next));
            dot = next;
        }
        answers.put(key, value == null ? NONE : value);
        return (T) value;
    }

    /** The section's data as read from {@code folder}, or {@link #ABSENT}. */
    static Object section(String folder, String name) {
        return SECTIONS.computeIfAbsent(folder + name + ".txt", PreparedFakeValues::read);
    }

    /** Whether {@code value} (from {@link #section}) is no section of the copy. */
    static boolean absent(Object value) {
        return value == ABSENT;
    }

    private static Object read(String resource) {
        try (InputStream in = PreparedFakeValues.class.getResourceAsStream(resource)) {
            if (in == null) return ABSENT;
            var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line = lines.readLine();
            while (line != null && line.startsWith("#")) line = lines.readLine();
            return value(lines, line, null);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the sample's data from " + Quoted.name(resource), e);
        }
    }

    /**
     * The value that starts at {@code line} (after the file's {@code #} lines): {@code {} a map of {@code :key} lines each followed
     * by its value, up to {@code }}; {@code [} a list of values up to {@code ]}; {@code '} a
     * text to the end of the line; {@code "} the same with line breaks and backslashes escaped ({@code \n}, {@code \r}, {@code \\});
     * {@code =key} the very object of an earlier key of the same map (Datafaker files a value
     * under its YAML key and its Java name both).
     */
    private static Object value(BufferedReader lines, String line, Map<String, Object> map) throws IOException {
        if (line == null || line.isEmpty()) throw new IOException("a value expected, not " + line);
        switch (line.charAt(0)) {
            case '\'':
                return line.substring(1);
            case '"':
                return unescape(line);
            case '=':
                return map.get(line.substring(1));
            case '[': {
                var list = new ArrayList<Object>();
                for (String l = lines.readLine(); !"]".equals(l); l = lines.readLine()) list.add(value(lines, l, null));
                return list;
            }
            case '{': {
                var out = new LinkedHashMap<String, Object>();
                for (String l = lines.readLine(); !"}".equals(l); l = lines.readLine()) {
                    if (l == null || !l.startsWith(":")) throw new IOException("a key expected, not " + l);
                    out.put(l.substring(1), value(lines, lines.readLine(), out));
                }
                return out;
            }
            default:
                throw new IOException("not a value: " + line);
        }
    }

    private static String unescape(String line) {
        var b = new StringBuilder(line.length());
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                c = line.charAt(++i);
                c = c == 'n' ? '\n' : c == 'r' ? '\r' : c;
            }
            b.append(c);
        }
        return b.toString();
    }
}
