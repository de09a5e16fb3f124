package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemac.processor.JpaMappingTest.jpa;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * JPA as Spring and Hibernate projects write it, each annotation on a line of its own: what the
 * language cannot say is a coded finding on the line of the annotation that says it (never
 * silence, a stack trace or an uncoded javac error); what it can say compiles clean.
 */
class JpaAdversarialTest {
    private static final String KEY = "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;";

    private static Compilation compile(JavaFileObject... files) {
        var c = Sources.compile(List.of(files), "-Aschemac.targets=postgres");
        // Every error the processor gives has a code; none is schemac's own failure.
        assertThat(c.errors().stream().map(d -> d.getMessage(Locale.ROOT))).allMatch(m -> m.startsWith("[SC"))
                .noneMatch(m -> m.startsWith("[SC910]"));
        return c;
    }

    @Test
    void everyInheritanceStrategyIsSaidOnItsAnnotationAndTheSubclass() {
        for (String strategy : List.of("SINGLE_TABLE", "JOINED", "TABLE_PER_CLASS")) {
            var base = jpa("Payment", "@Entity", "@Inheritance(strategy = InheritanceType." + strategy + ")",
                    "public abstract class Payment {", KEY, "  BigDecimal amount;", "}");
            var card = jpa("CardPayment", "@Entity", "public class CardPayment", "    extends Payment {", "  String last4;", "}");
            var c = compile(base, card);
            assertThat(c).failed();
            assertThat(c).hadWarningContaining("[SC916] @Inheritance on `Payment`").inFile(base).onLineContaining("@Inheritance(");
            assertThat(c).hadErrorContaining("[SC906] entity `CardPayment` extends entity `Payment`").inFile(card);
            assertThat(c).hadErrorCount(1);
        }
    }

    @Test
    void aGenericMappedSuperclassKeyIsRefusedOnTheField() {
        var base = jpa("BaseEntity", "@MappedSuperclass public abstract class BaseEntity<ID extends java.io.Serializable> {",
                "  @Id", "  @GeneratedValue(strategy = GenerationType.IDENTITY)", "  ID id;", "}");
        var customer = jpa("Customer", "@Entity public class Customer extends BaseEntity<Long> {", "  String name;", "}");
        var c = compile(base, customer);
        assertThat(c).hadErrorContaining("[SC900] field `id` has Java type `ID`, a type variable of `BaseEntity`")
                .inFile(base).onLineContaining("ID id;");
    }

    @Test
    void collectionsOfValuesAndTwiceEmbeddedTypesAreRefusedOnTheirAnnotations() {
        var address = jpa("Address", "@Embeddable public class Address { String street; String city; }");
        var shop = jpa("Shop", "@Entity public class Shop {", KEY, "  @Embedded Address billing;",
                "  @Embedded", "  @AttributeOverride(name = \"street\", column = @Column(name = \"ship_street\"))", "  Address shipping;",
                "  @ElementCollection", "  Set<String> tags;", "}");
        var c = compile(address, shop);
        assertThat(c).hadErrorContaining("[SC924] a second @Embedded `Address` on `shipping`").inFile(shop);
        assertThat(c).hadWarningContaining("[SC916] @AttributeOverride on `shipping`").inFile(shop).onLineContaining("@AttributeOverride(");
        assertThat(c).hadErrorContaining("[SC924] @ElementCollection on `tags`").inFile(shop).onLineContaining("@ElementCollection");
    }

    /** A read-only foreign key column beside its relation (insertable = false, updatable = false) is one column to Hibernate, two fields here. */
    @Test
    void aRawForeignKeyBesideItsRelationIsACodedError() {
        var owner = jpa("Owner", "@Entity public class Owner {", KEY, "}");
        var pet = jpa("Pet", "@Entity public class Pet {", KEY,
                "  @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = \"owner_id\", insertable = false, updatable = false) Owner owner;",
                "  @Column(name = \"owner_id\")", "  Long ownerId;", "}");
        var c = compile(owner, pet);
        assertThat(c).hadErrorContaining("[SC501] column `owner_id` of `pets` is also the column of `Pet.owner`").inFile(pet);
    }

    /** What the language says: no error, no finding of the JPA reading. */
    @Test
    void whatTheLanguageSaysCompilesClean() {
        var tenant = jpa("Tenant", "@Entity public class Tenant {", KEY, "}");
        var owned = jpa("TenantOwned", "@MappedSuperclass public abstract class TenantOwned {", "  @ManyToOne(optional = false) Tenant tenant;", "}");
        var project = jpa("Project", "@Entity public class Project extends TenantOwned {", KEY,
                "  @OneToMany(mappedBy = \"project\", cascade = CascadeType.ALL, orphanRemoval = true) List<Task> tasks = new ArrayList<>();", "}");
        var task = jpa("Task", "@Entity public class Task extends TenantOwned {", KEY,
                "  @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = \"project_fk\", nullable = false) Project project;",
                "  @Version int version;", "}");
        var invoice = jpa("Invoice", "@Entity public abstract class Invoice {", KEY, "  public enum State { OPEN, PAID }",
                "  @Embeddable public static class Money { BigDecimal amount; @Column(length = 3) String currency; }",
                "  @Enumerated(EnumType.STRING) State state;", "  @Embedded Money total;", "  boolean isActive;", "  String URL;",
                "  static final Invoice Companion = null;", "  transient String cache;", "}");
        var c = compile(tenant, owned, project, task, invoice);
        assertThat(c).succeeded();
        assertThat(c.warnings().stream().map(d -> d.getMessage(Locale.ROOT))).noneMatch(m -> m.startsWith("[SC"));
        String ddl = Sources.generated(c, "sql/postgres/schema.sql");
        assertThat(ddl).contains("project_fk bigint NOT NULL", "is_active boolean NOT NULL", "url varchar(255)", "currency varchar(3)")
                .doesNotContain("companion", "cache");
    }
}
