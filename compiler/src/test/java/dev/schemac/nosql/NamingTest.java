package dev.schemac.nosql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.diag.Diagnostics;
import dev.schemac.lower.Lowering;
import dev.schemac.model.Model;
import dev.schemac.nosql.DocumentDesign.Naming;
import dev.schemac.parse.SchemaReader;
import dev.schemac.resolve.Loader;
import dev.schemac.resolve.Resolver;
import dev.schemac.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The store checks report collection and document-field collisions from the design's names
 * alone ({@link DocumentDesign#naming}): those names, their order and the fields renamed are the
 * ones the whole design gives, so the checks say what they said when they made the design.
 */
class NamingTest {

    /** Models written to collide: explicit and derived collection names, fields renamed at the root, in keys and embedded. */
    static Stream<String> colliding() {
        return Stream.of("""
                entity Event {
                  name string(100)
                  @@collection("things")
                }
                entity Thing {
                  name string(100)
                }
                entity Other {
                  name string(100)
                  @@collection("things")
                }
                """, """
                entity User {
                  name string(100)
                }
                entity Order {
                  user         User @map("owner_id")
                  user_id      int
                  user_id_2    int @map("uid2")
                  total_amount decimal(10, 2)
                  totalAmount  decimal(10, 2)
                  total_amount_ int @map("ta3")
                }
                """, """
                entity Thing {
                  name string(100)
                  @@map("a b")
                }
                entity Other {
                  name string(100)
                  @@map("a_b")
                }
                entity Third {
                  name string(100)
                  @@map("a:b")
                }
                entity Fourth {
                  name string(100)
                  @@collection("a_b_2")
                }
                entity Dotted {
                  name string(100)
                  @@collection(".hidden")
                }
                """, """
                entity Account {
                  region string(10)
                  number int
                  @@id(region, number)
                }
                entity Payment {
                  account  Account
                  accountRegion string(10)
                  account_region string(10) @map("ar2")
                }
                """, """
                entity Order {
                  lines  Line[] @embed
                  note   string(100)
                }
                entity Line {
                  order    Order
                  sku_code string(20)
                  skuCode  string(20) @map("sc2")
                  qty      int
                }
                entity Shelf {
                  sku_code string(20)
                  skuCode  string(20) @map("sc3")
                }
                """);
    }

    @ParameterizedTest
    @MethodSource("colliding")
    void theNamesAloneAreTheWholeDesignsNames(String text) {
        var lowered = lower(List.of(SchemaReader.parse(new SourceFile("t.schema", text)).file()));
        assertThat(lowered).as("lowers").isNotNull();
        var full = whole(lowered);
        assertThat(DocumentDesign.naming(lowered.model(), lowered.catalog(), Embedding.of(lowered.model()))).isEqualTo(full);
        assertThat(full.collections()).hasSizeGreaterThan(1);
        assertThat(full.renamed().size() + full.collections().size()).isGreaterThan(2);
    }

    @Test
    void theModelsCollide() {
        var renamed = 0;
        var repeated = 0;
        for (String text : colliding().toList()) {
            var l = lower(List.of(SchemaReader.parse(new SourceFile("t.schema", text)).file()));
            var n = DocumentDesign.naming(l.model(), l.catalog(), Embedding.of(l.model()));
            renamed += n.renamed().size();
            repeated += n.collections().size() - (int) n.collections().stream().map(Naming.Collection::name).distinct().count();
        }
        assertThat(renamed).isGreaterThanOrEqualTo(4);
        assertThat(repeated).isGreaterThanOrEqualTo(2);
    }

    /** Every model of the diagnostics cases and the examples that lowers and embeds cleanly. */
    @Test
    void everyCaseAndExampleHasTheSameNames() throws IOException {
        var files = new ArrayList<Path>();
        for (Path root : List.of(Path.of("src/test/resources/diagnostics"), Path.of("../examples"))) {
            try (var walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".schema") && !p.toString().contains("generated")).sorted().forEach(files::add);
            }
        }
        int compared = 0;
        for (Path p : files) {
            var diags = new Diagnostics();
            var parsed = new Loader(Loader.FILES, diags).load(List.of(p));
            if (diags.hasErrors()) continue;
            var l = lower(parsed);
            if (l == null || !Embedding.of(l.model()).problems().isEmpty()) continue;
            assertThat(DocumentDesign.naming(l.model(), l.catalog(), Embedding.of(l.model()))).as("%s", p).isEqualTo(whole(l));
            compared++;
        }
        assertThat(compared).isGreaterThan(30);
    }

    private record Lowered(Model model, dev.schemac.catalog.Catalog catalog) {}

    private static Lowered lower(List<dev.schemac.ast.SchemaFile> files) {
        var diags = new Diagnostics();
        Model model = new Resolver(diags).resolve(files);
        if (diags.hasErrors()) return null;
        var catalog = new Lowering(model, diags).lower();
        return diags.hasErrors() ? null : new Lowered(model, catalog);
    }

    private static Naming whole(Lowered l) {
        var design = DocumentDesign.of(l.model(), l.catalog());
        return new Naming(design.collections().stream().map(c -> new Naming.Collection(c.name(), c.entity())).toList(),
                design.renamed());
    }
}
