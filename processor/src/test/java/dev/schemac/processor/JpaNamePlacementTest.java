package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemac.processor.JpaMappingTest.jpa;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What is said of a name given in an annotation's value stands on that value, where the name is
 * written and changed: a reserved table name on {@code @Table(name)}, a reserved column name on
 * {@code @Column(name)} or {@code @JoinColumn(name)}, not on the class or the field.
 */
class JpaNamePlacementTest {
    @Test
    void aReservedNameIsReportedWhereItIsGiven() {
        var order = jpa("Order", "@Entity",
                "@Table(",
                "    name = \"order\")",
                "public class Order {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @Column(length = 20,",
                "      name = \"select\")",
                "  String code;",
                "  @ManyToOne",
                "  @JoinColumn(name = \"user\")",
                "  Order previous;",
                "}");
        var c = Sources.compile(List.of(order), "-Aschemac.targets=postgres");
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[SC607] table name `order`").inFile(order).onLineContaining("name = \"order\")");
        assertThat(c).hadWarningContaining("[SC607] column name `select`").inFile(order).onLineContaining("name = \"select\")");
        assertThat(c).hadWarningContaining("[SC607] column name `user`").inFile(order).onLineContaining("@JoinColumn(name = \"user\")");
    }

    /** schemac's own @Entity(table) and @Column(name) are annotation values too. */
    @Test
    void aReservedNameInSchemacsAnnotationsIsReportedWhereItIsGiven() {
        var group = Sources.java("test.Group", "import dev.schemac.annotations.*;",
                "@Entity(",
                "    table = \"group\")",
                "public class Group {",
                "  @Column(",
                "      name = \"where\")",
                "  String code;",
                "}");
        var c = Sources.compile(List.of(group), "-Aschemac.targets=postgres");
        assertThat(c).hadWarningContaining("[SC607] table name `group`").inFile(group).onLineContaining("table = \"group\")");
        assertThat(c).hadWarningContaining("[SC607] column name `where`").inFile(group).onLineContaining("name = \"where\")");
    }
}
