package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.catalog.Catalog;
import dev.schemac.compile.Compiler;
import dev.schemac.output.Sha256;
import dev.schemac.support.TestModels;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A snapshot's catalog is written straight from the Catalog and hashed while written; a reader
 * checks that hash on the tree it reads from the file. The three must agree byte for byte, on
 * text outside ASCII too, or every history would read as changed by hand.
 */
class SnapshotHashTest {

    static List<Path> models() {
        return TestModels.relational();
    }

    /** The catalog's text as a snapshot holds it. */
    static String printed(Catalog c) {
        var w = new StringWriter();
        try (var g = SnapshotJson.generator(w)) {
            SnapshotJson.catalog(g, c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + "\n";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theHashWrittenIsTheHashOfTheTextAndOfTheTreeReadBack(Path model) throws IOException {
        Catalog cat = Compiler.compile(List.of(model)).catalog();
        String text = printed(cat);
        var tree = SnapshotJson.MAPPER.readTree(text);
        assertThat(SnapshotJson.sha256(cat)).isEqualTo(Sha256.hex(text)).isEqualTo(SnapshotJson.sha256(tree));
        assertThat(SnapshotJson.readCatalog(tree)).isEqualTo(cat);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void aWholeSnapshotReadsBackWithItsHashes(Path model) {
        Catalog cat = Compiler.compile(List.of(model)).catalog();
        String text = History.snapshot("20250101000000_init", null, cat, RenameHints.NONE, java.util.Map.of("sql/x.sql", "ab"));
        var tree = History.readTree(text);
        assertThat(tree.path("catalog_sha256").asText()).isEqualTo(SnapshotJson.sha256(tree.path("catalog")));
        assertThat(text).endsWith("}\n").contains("\"sql/x.sql\" : \"ab\"");
        assertThat(SnapshotJson.readCatalog(tree.path("catalog"))).isEqualTo(cat);
    }
}
