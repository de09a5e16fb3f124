package dev.schemac.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.analysis.EntityNormalForm;
import dev.schemac.analysis.NormalForms;
import dev.schemac.analysis.Security;
import dev.schemac.analysis.SensitiveField;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.testing.ExpectedDiagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shop example is clean but for its deliberate 3NF violation (Address, zip -> city,
 * state) and its deliberately unserved query (a user's orders in one status, SC730), which
 * are reported as warnings; the info-level suggestions it gets are pinned too.
 */
public class ShopExampleTest {
    static final Path SHOP = Path.of("../examples/shop/shop.schema");

    @Test
    void diagnosticsAreTheExpectedOnes() {
        Compilation c = Compiler.compile(List.of(SHOP));
        ExpectedDiagnostics.verify(SHOP, Path.of("src/test/resources/examples/shop.diagnostics"), c.diagnostics());
        assertThat(c.hasErrors()).isFalse();
        assertThat(c.diagnostics()).filteredOn(d -> d.severity() != Severity.INFO)
                .extracting(Diagnostic::code).containsExactly("SC730", "SC804");
    }

    @Test
    void addressIsAnalysedAsSecondNormalForm() {
        Compilation c = Compiler.compile(List.of(SHOP));
        NormalForms nf = c.analyses().normalForms();
        assertThat(nf.entities()).extracting(EntityNormalForm::entity)
                .containsExactly("User", "Order", "OrderItem", "Product", "Tag", "Employee", "Address");
        EntityNormalForm address = nf.of("Address").orElseThrow();
        assertThat(address.highestNormalForm()).isEqualTo("2NF");
        assertThat(address.candidateKeys()).containsExactly(List.of("id"));
        assertThat(address.violations()).extracting(v -> String.join(",", v.from()) + "->" + v.to())
                .containsExactly("zip->city", "zip->state");
        assertThat(address.acknowledged()).isFalse();
        assertThat(nf.entities()).filteredOn(e -> !e.entity().equals("Address"))
                .allSatisfy(e -> assertThat(e.highestNormalForm()).isEqualTo("BCNF"));
        assertThat(nf.of("OrderItem").orElseThrow().candidateKeys()).containsExactly(List.of("order", "product"));
    }

    @Test
    void securityAnalysisListsPersonalDataAndSecrets() {
        Security s = Compiler.compile(List.of(SHOP)).analyses().security();
        assertThat(s.personalData()).containsExactly(new SensitiveField("User", "email", "users", List.of("email")));
        assertThat(s.secrets()).containsExactly(
                new SensitiveField("User", "password_hash", "users", List.of("password_hash")));
    }

    @Test
    void theProposedDecompositionCompilesCleanAndIsBoyceCodd() throws IOException {
        Compilation c = Compiler.compile(List.of(SHOP));
        Diagnostic sc804 = c.diagnostics().stream().filter(d -> d.code().equals("SC804")).findFirst().orElseThrow();
        String text = pasteable(sc804.help());
        String shop = Files.readString(SHOP, StandardCharsets.UTF_8);
        int start = shop.indexOf("entity Address {");
        String edited = shop.substring(0, start) + text + "\n";
        Compilation after = Compiler.compile(List.of(Path.of("mem/shop.schema")),
                p -> edited.getBytes(StandardCharsets.UTF_8), java.util.Map.of(), false);
        assertThat(after.diagnostics()).extracting(Diagnostic::code).doesNotContain("SC803", "SC804")
                // What stays is about other entities (keys, queries, uniques of soft-deleting ones, doc comments).
                .allMatch(code -> java.util.Set.of("SC710", "SC730", "SC732", "SC733").contains(code));
        NormalForms nf = after.analyses().normalForms();
        assertThat(nf.of("Address").orElseThrow().highestNormalForm()).isEqualTo("BCNF");
        assertThat(nf.of("AddressZip").orElseThrow().candidateKeys()).containsExactly(List.of("zip"));
    }

    /** The indented `.schema` block of a normal-form help, unindented. */
    public static String pasteable(String help) {
        var m = Pattern.compile("(?s)\n\n((?: {4}.*?\n|\n)+)\n").matcher(help);
        assertThat(m.find()).as("a block of .schema text in %s", help).isTrue();
        return m.group(1).replaceAll("(?m)^ {4}", "");
    }
}
