package dev.schemac.processor;

import static dev.schemac.processor.Sources.java;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.gen.TargetOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @RenamedFrom} on entities and fields (record components, class fields, mixin fields)
 * reaches the migration diff as the same rename hints as {@code @@renamed_from} and
 * {@code @renamed_from} in the {@code .schema} twin: the hints travel in the Model, so the
 * processor's model gives them without any re-reading of files. {@link RenameHintsProbe}
 * writes them out for the comparison.
 */
class RenamedFromTest {

    static final String SCHEMA = """
            mixin Audited {
              changed_by string(40) @renamed_from("edited_by")
            }
            entity Client with Audited {
              @@renamed_from("Customer")
              full_name string(80) @renamed_from("name")
              email     string(200)
            }
            entity Invoice with Audited {
              total int @renamed_from("amount")
            }
            """;

    static List<JavaFileObject> sources() {
        return List.of(
                java("test.Audited", "import dev.schemac.annotations.*;",
                        "@Mixin public abstract class Audited {",
                        "  @Column(length = 40) @RenamedFrom(\"edited_by\") String changedBy;",
                        "}"),
                java("test.Client", "import dev.schemac.annotations.*;",
                        "@Entity",
                        "@RenamedFrom(\"Customer\")",
                        "public class Client extends Audited {",
                        "  @Column(length = 80) @RenamedFrom(\"name\") String fullName;",
                        "  @Column(length = 200) String email;",
                        "}"),
                java("test.Invoice", "import dev.schemac.annotations.*;",
                        "@Entity public class Invoice extends Audited {",
                        "  @RenamedFrom(\"amount\") int total;",
                        "}"));
    }

    @Test
    void theProcessorsModelCarriesTheSameRenameHintsAsTheSchemaText() throws Exception {
        var file = Files.createTempDirectory("schemac-dsl").resolve("model.schema");
        Files.writeString(file, SCHEMA, StandardCharsets.UTF_8);
        var dsl = Equivalence.dsl(file, new TargetOptions(TargetOptions.DEFAULT_TIMESTAMP, 42, 5,
                Map.of("java.package", "test.db", "renames.probe", "names")));
        var fromJava = Equivalence.java(Sources.compile(sources(), "-Aschemac.renames.probe=names"));
        assertThat(dsl.get("renames.txt")).isEqualTo("""
                entity Client <- Customer
                field Client.full_name <- name
                field Client.changed_by <- edited_by
                field Invoice.total <- amount
                field Invoice.changed_by <- edited_by
                """);
        // Every output the same, the hints among them.
        Equivalence.assertSameFiles(dsl, fromJava);
    }

    @Test
    void aHintFromJavaPointsIntoTheTypeThatDeclaresIt() {
        var c = Sources.compile(sources(), "-Aschemac.renames.probe=files");
        var lines = Sources.generated(c, "renames.txt").lines().toList();
        // The processor gives each Java type a source file of its own, named after the type.
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("entity Client <- Customer in ").endsWith(" test.Client"))
                .anySatisfy(l -> assertThat(l).startsWith("field Client.full_name <- name in ").endsWith(" test.Client"))
                .anySatisfy(l -> assertThat(l).startsWith("field Invoice.total <- amount in ").endsWith(" test.Invoice"))
                .anySatisfy(l -> assertThat(l).startsWith("field Client.changed_by <- edited_by in ").endsWith(" test.Audited"));
    }
}
