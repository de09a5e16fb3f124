package dev.schemac.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.datafaker.Faker;
import org.junit.jupiter.api.Test;

/**
 * The sample's copy of Datafaker's English data ({@link PreparedFakeValues}), as the build wrote
 * it ({@link PreparedFakeValuesWriter}, in {@code process-classes}), is Datafaker's own: each
 * section the sample draws from is in it, each as Datafaker holds it once loaded, and every kind
 * of text drawn through it is the text drawn through Datafaker, with the PRNG left in the same
 * state. Without the copy the draws are Datafaker's too.
 */
class PreparedFakeValuesTest {
    /** A folder no build writes: the copy as an IDE's compile without the build's step leaves it. */
    private static final String NO_COPY = "no-faker-copy/";

    @Test
    void theBuiltCopyIsDatafakersDataForEverySectionTheSampleDrawsFrom() throws IOException, URISyntaxException {
        URL url = PreparedFakeValues.class.getResource(PreparedFakeValues.FOLDER);
        assertThat(url).as("the copy the build writes in process-classes (PreparedFakeValuesWriter)").isNotNull();
        Path folder = Path.of(url.toURI());
        var files = new TreeSet<String>();
        try (Stream<Path> list = Files.list(folder)) {
            list.forEach(p -> files.add(p.getFileName().toString().replaceFirst("\\.txt$", "")));
        }
        assertThat(files).as("the sections in " + folder).contains("name", "address", "company", "commerce")
                .isEqualTo(PreparedFakeValuesWriter.sectionsDrawnFrom());
        for (String s : files) {
            assertThat(PreparedFakeValues.section(PreparedFakeValues.FOLDER, s)).as(s + " as read")
                    .isEqualTo(PreparedFakeValuesWriter.datafaker(s));
            assertThat(Files.readString(folder.resolve(s + ".txt"), StandardCharsets.UTF_8)).as(s + " as written")
                    .isEqualTo(PreparedFakeValuesWriter.text(s));
        }
    }

    @Test
    void everyKindOfTextIsDrawnAsDatafakerDrawsIt() {
        for (long seed = 1; seed <= PreparedFakeValuesWriter.SEEDS; seed++) {
            Random plain = new Random(seed), prepared = new Random(seed);
            assertThat(PreparedFakeValuesWriter.draws(new Realistic(prepared, PreparedFakeValues.faker(prepared)))).as("seed " + seed)
                    .isEqualTo(PreparedFakeValuesWriter.draws(new Realistic(plain, new Faker(Locale.ENGLISH, plain))));
            assertThat(prepared.nextLong()).as("the PRNG after seed " + seed).isEqualTo(plain.nextLong());
        }
    }

    @Test
    void withoutTheCopyEveryKindOfTextIsDatafakersStill() {
        assertThat(PreparedFakeValues.absent(PreparedFakeValues.section(NO_COPY, "name"))).isTrue();
        for (long seed = 1; seed <= 3; seed++) {
            Random plain = new Random(seed), uncopied = new Random(seed);
            assertThat(PreparedFakeValuesWriter.draws(new Realistic(uncopied, PreparedFakeValues.faker(uncopied, NO_COPY)))).as("seed " + seed)
                    .isEqualTo(PreparedFakeValuesWriter.draws(new Realistic(plain, new Faker(Locale.ENGLISH, plain))));
            assertThat(uncopied.nextLong()).as("the PRNG after seed " + seed).isEqualTo(plain.nextLong());
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
}
