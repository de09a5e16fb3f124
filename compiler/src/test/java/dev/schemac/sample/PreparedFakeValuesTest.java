package dev.schemac.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.junit.jupiter.api.Test;

/**
 * The sample's copy of Datafaker's English data ({@link PreparedFakeValues}) is Datafaker's
 * own: each section the sample draws from is in it, each as Datafaker holds it once loaded,
 * and every kind of text drawn through it is the text drawn through Datafaker, with the PRNG
 * left in the same state. {@code -Dschemac.update=true} writes the copy again from the
 * Datafaker on the class path (after a version change), then review the diff.
 */
class PreparedFakeValuesTest {
    private static final Path FOLDER = TestPaths.root().resolve("compiler/src/main/resources/dev/schemac/sample")
            .resolve(PreparedFakeValues.FOLDER);
    private static final int[] MAXIMA = {1, 2, 3, 4, 5, 7, 10, 11, 12, 14, 20, 40, 60, 100, 255};

    @Test
    void theCopyIsDatafakersDataForEverySectionTheSampleDrawsFrom() throws IOException {
        Set<String> sections = sectionsDrawnFrom();
        assertThat(sections).contains("name", "address", "company", "commerce");
        if (TestPaths.updating()) {
            Files.createDirectories(FOLDER);
            try (Stream<Path> old = Files.list(FOLDER)) {
                for (Path p : old.toList()) Files.delete(p);
            }
            for (String s : sections) Files.writeString(FOLDER.resolve(s + ".txt"), text(s), StandardCharsets.UTF_8);
        }
        var files = new TreeSet<String>();
        try (Stream<Path> list = Files.list(FOLDER)) {
            list.forEach(p -> files.add(p.getFileName().toString().replaceFirst("\\.txt$", "")));
        }
        assertThat(files).as("the sections in " + FOLDER + " (-Dschemac.update=true writes them)").isEqualTo(sections);
        for (String s : sections) {
            assertThat(Files.readString(FOLDER.resolve(s + ".txt"), StandardCharsets.UTF_8))
                    .as(s + " against Datafaker's data (-Dschemac.update=true writes it)").isEqualTo(text(s));
            assertThat(PreparedFakeValues.section(s)).as(s + " as read").isEqualTo(datafaker(s));
        }
    }

    @Test
    void everyKindOfTextIsDrawnAsDatafakerDrawsIt() {
        for (long seed = 1; seed <= 12; seed++) {
            Random plain = new Random(seed), prepared = new Random(seed);
            assertThat(draws(new Realistic(plain, new Faker(Locale.ENGLISH, plain))))
                    .as("seed " + seed).isEqualTo(draws(new Realistic(prepared, PreparedFakeValues.faker(prepared))));
            assertThat(prepared.nextLong()).as("the PRNG after seed " + seed).isEqualTo(plain.nextLong());
        }
    }

    @Test
    void aLookupOutsideTheCopyIsDatafakers() {
        Faker plain = new Faker(Locale.ENGLISH, new Random(7)), prepared = PreparedFakeValues.faker(new Random(7));
        for (String key : List.of("ancient.god", "Name.first_name", "name.firstName", "name", "name.no_such_key", "no_such.key")) {
            Object want = plain.fakeValuesService().fetchObject(key, plain.getContext());
            assertThat((Object) prepared.fakeValuesService().fetchObject(key, prepared.getContext())).as(key).isEqualTo(want);
        }
        assertThat(prepared.ancient().god()).isEqualTo(plain.ancient().god());
    }

    /** Every kind of text, for lengths that make each kind choose differently, a row at a time. */
    private static List<String> draws(Realistic r) {
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

    /** The sections Datafaker reads while every kind of text is drawn. */
    private static Set<String> sectionsDrawnFrom() {
        var sections = new TreeSet<String>();
        var recording = new FakeValuesService() {
            @Override
            public <T> T fetchObject(String key, FakerContext context) {
                sections.add(key.split("\\.", 2)[0].toLowerCase(Locale.ROOT));
                return super.fetchObject(key, context);
            }
        };
        var random = new Random(1);
        draws(new Realistic(random, new Faker(recording, new FakerContext(Locale.ENGLISH, new RandomService(random)))));
        return sections;
    }

    private static Object datafaker(String section) {
        return FakeValuesGrouping.getEnglishFakeValueGrouping().get(section);
    }

    /** The copy of one section, as {@link PreparedFakeValues} reads it. */
    private static String text(String section) {
        var b = new StringBuilder("# Datafaker's English data for `" + section + "`, as it holds it once loaded: see PreparedFakeValues\n");
        write(b, datafaker(section), null);
        return b.toString();
    }

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
            var written = new java.util.LinkedHashMap<Object, Object>();
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
