package dev.schemac.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecompositionTextTest {
    private static final String EMPLOYEE = """
            entity Employee {
              name        string(100)   // full name
              department  string(50) @index
              manager     string(100)
              office      string(20)
              @@depends(department -> manager)
              @@depends(manager -> office)
              @@index(manager, office)
              @@query("employees of a department")
            }
            """;

    private static Compilation compile(String path, String source) {
        return Compiler.compile(List.of(Path.of(path)), p -> source.getBytes(StandardCharsets.UTF_8), Map.of(), false);
    }

    /** The decomposition kept in the analysis. */
    private static String decomposition(String path, String source) {
        return compile(path, source).analyses().normalForms().of("Employee").orElseThrow()
                .decomposition();
    }

    /** The decomposition in the help of the first 3NF finding. */
    private static String help(String path, String source) {
        var d = compile(path, source).diagnostics().stream().filter(x -> x.code().equals("SC804")).findFirst()
                .orElseThrow();
        return ShopExampleTest.pasteable(d.help()).stripTrailing();
    }

    @Test
    void theHelpKeepsTheEntitysOwnTextAndChainsTheNewEntities() {
        assertThat(help("mem/e.schema", EMPLOYEE)).isEqualTo("""
                entity Employee {
                  name        string(100)   // full name
                  department  EmployeeDepartment @map("department")
                  @@query("employees of a department")
                }

                entity EmployeeDepartment {
                  department string(50) @id
                  manager    EmployeeManager @map("manager")
                }

                entity EmployeeManager {
                  manager string(100) @id
                  office  string(20)
                }""");
    }

    @Test
    void theProposalCompilesAndIsInThirdNormalForm() {
        String proposed = help("mem/e.schema", EMPLOYEE);
        Compilation after = Compiler.compile(List.of(Path.of("mem/p.schema")),
                p -> proposed.getBytes(StandardCharsets.UTF_8), Map.of(), false);
        assertThat(after.hasErrors()).isFalse();
        assertThat(after.analyses().normalForms().entities())
                .allSatisfy(e -> assertThat(e.highestNormalForm()).isEqualTo("BCNF"));
    }

    @Test
    void theAnalysisIsWrittenFromTheModelWhateverTheFrontEnd() {
        // The annotation processor's spans point into Java source, which must not be pasted as
        // .schema; and the analysis must be the same bytes for both front ends.
        assertThat(decomposition("mem/Employee.java", EMPLOYEE)).isEqualTo(decomposition("mem/e.schema", EMPLOYEE));
        assertThat(help("mem/Employee.java", EMPLOYEE)).isEqualTo(decomposition("mem/e.schema", EMPLOYEE));
        assertThat(decomposition("mem/e.schema", EMPLOYEE)).isEqualTo("""
                entity Employee {
                  name       string(100)
                  department EmployeeDepartment @map("department")
                }

                entity EmployeeDepartment {
                  department string(50) @id
                  manager    EmployeeManager @map("manager")
                }

                entity EmployeeManager {
                  manager string(100) @id
                  office  string(20)
                }""");
    }
}
