package dev.schemac.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.lang.Attributes;
import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Help lines name attributes to a {@link Spelling} as written ({@code s.attribute("@pii")},
 * {@code s.withFields("@@index", ...)}), and the spellings look them up by that key, which
 * they build from the table of {@link Attributes}. A written key that is not in the table
 * (a typo, a renamed attribute) would fall through every spelling unchanged, so a Java user
 * would be told to write a {@code .schema} attribute: every such key in the main sources
 * must name an attribute of the table.
 */
class SpellingKeysTest {
    private static final Pattern KEY = Pattern.compile("\\.(?:attribute|form|withFields|withText)\\(\"(@@?)([a-z_]+)\"");

    private static List<String> keysIn(Path root) {
        var out = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                var m = KEY.matcher(Files.readString(f));
                while (m.find()) out.add(root.relativize(f) + ": " + m.group(1) + m.group(2));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void everyAttributeAHelpLineNamesIsInTheTable() {
        var keys = new ArrayList<String>();
        keys.addAll(keysIn(TestPaths.root().resolve("compiler/src/main/java")));
        keys.addAll(keysIn(TestPaths.root().resolve("processor/src/main/java")));
        // Known help lines, so a reader that finds nothing cannot pass.
        assertThat(keys).anySatisfy(k -> assertThat(k).endsWith(": @pii"));
        assertThat(keys).anySatisfy(k -> assertThat(k).endsWith(": @@index"));
        for (String k : keys) {
            String written = k.substring(k.lastIndexOf(": ") + 2);
            boolean block = written.startsWith(Attributes.BLOCK_SIGIL);
            String name = written.substring(block ? 2 : 1);
            assertThat(block ? Attributes.BLOCK : Attributes.FIELD).as(k).contains(name);
        }
    }

    @Test
    void theSchemaSpellingGivesTheFormOfEveryAttributeWithArguments() {
        // An attribute without arguments is its own form; every other one is looked up by its key.
        for (String a : List.of(Attributes.ID, Attributes.UNIQUE, Attributes.INDEX, Attributes.MAP, Attributes.RELATION,
                Attributes.ON_DELETE, Attributes.ON_UPDATE, Attributes.CHECK, Attributes.MIN, Attributes.MAX,
                Attributes.LENGTH, Attributes.PATTERN, Attributes.RENAMED_FROM, Attributes.TTL)) {
            assertThat(Spelling.SCHEMA.form(Attributes.display(a))).as(a).contains(Attributes.display(a) + "(");
        }
        for (String a : Attributes.BLOCK) {
            assertThat(Spelling.SCHEMA.form(Attributes.blockDisplay(a))).as(a).contains(Attributes.blockDisplay(a) + "(");
        }
        assertThat(Spelling.SCHEMA.form(Spelling.MAP_ON_ENUM_VALUE)).isEqualTo("@map(\"stored value\")");
    }
}
