package dev.schemac.gen.prisma;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemac.compile.Compilation;
import dev.schemac.support.TestModels;
import dev.schemac.testing.NodeHarness;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Prisma's own schema tools on every parity model, for all three providers (MySQL too: the
 * validator, formatter and DMMF need no database): the validator finds no error and no
 * warning, the formatter changes nothing, and the DMMF describes exactly what the Catalog
 * says, with nothing allowed to differ.
 */
class PrismaToolsTest {

    /** The parity models, and the reserved-word stress models: every reserved word as a model, enum and field. */
    static Stream<Arguments> cases() {
        return Stream.concat(ParityModels.all().stream(), TestModels.reservedWords().stream())
                .flatMap(p -> Stream.of(PrismaProvider.values()).map(provider -> Arguments.of(ParityModels.name(p), provider, p)));
    }

    private static String render(Path schema, PrismaProvider provider) {
        Compilation c = ParityModels.compile(schema);
        return PrismaSchema.render(c.model(), c.catalog(), provider.dialect());
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("cases")
    void validatorFindsNoErrorAndNoWarning(String name, PrismaProvider provider, Path schema) {
        JsonNode r = NodeHarness.get().callWithStdin(render(schema, provider), "prisma-validate", "-");
        assertThat(r.required("errors")).as("errors").isEmpty();
        assertThat(r.required("warnings")).as("warnings").isEmpty();
        assertThat(r.required("clean").asBoolean()).isTrue();
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("cases")
    void formatterChangesNothing(String name, PrismaProvider provider, Path schema) {
        String text = render(schema, provider);
        JsonNode r = NodeHarness.get().callWithStdin(text, "prisma-format", "-");
        assertThat(r.required("formatted").asText()).isEqualTo(text);
        assertThat(r.required("changed").asBoolean()).isFalse();
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("cases")
    void dmmfDescribesTheCatalog(String name, PrismaProvider provider, Path schema) {
        String text = render(schema, provider);
        PrismaView actual = DmmfReader.read(NodeHarness.get().callWithStdin(text, "prisma-dmmf", "-"), text);
        PrismaView expected = CatalogExpectation.of(ParityModels.compile(schema).catalog(), provider);
        assertThat(ViewDiff.compare(expected, actual, "dmmf", provider.id())).as("the DMMF against the Catalog").isEmpty();
        assertThat(actual).isEqualTo(expected);
    }
}
