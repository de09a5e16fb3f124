package dev.schemac.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.check.analysis.Analyses;
import dev.schemac.check.analysis.NormalForms;
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

    private static String decomposition(String path, String source) {
        Compilation c = Compiler.compile(List.of(Path.of(path)), p -> source.getBytes(StandardCharsets.UTF_8), Map.of(),
                false);
        return c.analysis(Analyses.NORMAL_FORMS, NormalForms.class).of("Employee").orElseThrow().decomposition();
    }

    @Test
    void keepsTheEntitysOwnTextAndChainsTheNewEntities() {
        assertThat(decomposition("mem/e.schema", EMPLOYEE)).isEqualTo("""
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
        String proposed = decomposition("mem/e.schema", EMPLOYEE);
        Compilation after = Compiler.compile(List.of(Path.of("mem/p.schema")),
                p -> proposed.getBytes(StandardCharsets.UTF_8), Map.of(), false);
        assertThat(after.hasErrors()).isFalse();
        assertThat(after.analysis(Analyses.NORMAL_FORMS, NormalForms.class).entities())
                .allSatisfy(e -> assertThat(e.highestNormalForm()).isEqualTo("BCNF"));
    }

    @Test
    void aModelFromJavaSourceIsWrittenFromTheModel() {
        // The annotation processor's spans point into Java source, which must not be pasted as .schema.
        assertThat(decomposition("mem/Employee.java", EMPLOYEE)).isEqualTo("""
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
