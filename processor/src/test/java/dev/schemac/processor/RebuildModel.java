package dev.schemac.processor;

import static dev.schemac.processor.Sources.java;

import java.util.List;
import javax.tools.JavaFileObject;

/**
 * A model that uses every kind of annotation the processor reads (schemac's, on fields,
 * record components, accessors and classes; Jakarta Persistence and Bean Validation; the
 * schema header on a package), with JSpecify's and the Checker Framework's type-use
 * {@code @Nullable} and Jakarta's declaration {@code @Nullable}, Javadoc on every kind of
 * element, and bounds whose spelling only the source has. Split into the part a first jar
 * holds and the part that uses it.
 */
final class RebuildModel {
    private RebuildModel() {}

    static final String JSPECIFY = "@org.jspecify.annotations.Nullable";
    static final String CHECKER = "@org.checkerframework.checker.nullness.qual.Nullable";
    static final String JAKARTA = "@jakarta.annotation.Nullable";

    /** The part of the model a first module holds: an enum, two mixins, an embeddable, an entity. */
    static List<JavaFileObject> firstPart() {
        return List.of(
                java("p.Status", "import dev.schemac.annotations.*;",
                        "/** Where an order is. */",
                        "public enum Status {",
                        "  /** Just placed. */ @Column(name = \"new\") PLACED,",
                        "  /** On its way. */ SHIPPED",
                        "}"),
                java("p.Audited", "import dev.schemac.annotations.*;", "import java.time.Instant;",
                        "/** Who made a row. */",
                        "@Mixin @Index(\"createdBy\") public abstract class Audited {",
                        "  /** The author. */ @Column(length = 40) String createdBy;",
                        "  " + JSPECIFY + " Instant reviewedAt;",
                        "}"),
                java("p.Deletable", "import dev.schemac.annotations.*;",
                        "/** Rows that are never deleted, only marked. */",
                        "@Mixin(name = \"SoftDelete\") public interface Deletable {",
                        "  /** When it was deleted. */ java.util.Optional<java.time.Instant> deletedAt();",
                        "  " + CHECKER + " @Column(length = 100) String deleteReason();",
                        "}"),
                java("p.Address", "import jakarta.persistence.*;",
                        "/** A postal address. */",
                        "@Embeddable public class Address {",
                        "  /** The street. */ @Column(length = 80) String street;",
                        "  @jakarta.validation.constraints.NotNull @Column(length = 10) String zip;",
                        "}"),
                java("p.Customer",
                        "import dev.schemac.annotations.*;",
                        "import java.math.BigDecimal;",
                        "import java.time.*;",
                        "import java.util.*;",
                        "/** A customer. */",
                        "@Entity(table = \"clients\") @Volume(rows = 1_000, growth = \"5%/month\") @Query(\"customers by email\")",
                        "@Unique(value = {\"name\", \"region\"}, name = \"uq_clients_name_region\") @Check(\"since <= until\")",
                        "public class Customer extends Audited implements Deletable {",
                        "  /** Their email. */ @Column(length = 120) @Unique @Pii @Pattern(\"[^@]+@[^@]+\") String email;",
                        "  @Column(length = 60) @Length(min = 2, max = 60) String name;",
                        "  @Column(length = 10, type = Column.Type.CHAR) String region;",
                        "  @Column(length = 64) @Secret String passwordHash;",
                        "  " + JAKARTA + " @Column(length = 30, name = \"nick\") String nickname;",
                        "  " + JSPECIFY + " @Column(field = \"class\", length = 5) String klass;",
                        "  @Column(precision = 10, scale = 2) @Min(0.50) @Max(1e3) @Default(\"1.00\") BigDecimal credit;",
                        "  @Default(\"0\") @Min(-9_007_199_254_740_993L) @Max(exact = \"9007199254740993\") long score;",
                        "  @Default(\"now()\") @Updated Instant seenAt;",
                        "  LocalDate since;",
                        "  " + CHECKER + " LocalDate until;",
                        "  @Default(text = \"en\") @Column(length = 5) String locale;",
                        "  " + JAKARTA + " @Column(type = Column.Type.JSON) String prefs;",
                        "  @Transient String scratch;",
                        "  " + JSPECIFY + " Profile profile;",
                        "  " + JSPECIFY + " @Relation(\"referral\") @OnDelete(Action.SET_NULL) Customer referrer;",
                        "  @Relation(\"referral\") List<Customer> referrals;",
                        "  @Column(length = 3, type = Column.Type.STRING) @Index String tier;",
                        "  Optional<Instant> deletedAt;",
                        "  String deleteReason;",
                        "  @Override public Optional<Instant> deletedAt() { return deletedAt; }",
                        "  @Override public String deleteReason() { return deleteReason; }",
                        "}"),
                java("p.Profile", "import dev.schemac.annotations.*;",
                        "/**",
                        " * A customer's public face.",
                        " * @param customer whose it is",
                        " */",
                        "@Entity public record Profile(@Unique @OnDelete(Action.CASCADE) Customer customer,",
                        "    @Column(type = Column.Type.TEXT) String bio, " + CHECKER + " @Column(length = 200) String website) {}"));
    }

    /** The part that uses the first: orders, their lines, invoices, and the schema header listing every type. */
    static List<JavaFileObject> secondPart() {
        return List.of(
                java("q.Order", "import dev.schemac.annotations.*;",
                        "import java.time.Instant;",
                        "import java.util.List;",
                        "import p.*;",
                        "/**",
                        " * An order.",
                        " * @param customer who ordered it",
                        " */",
                        "@Entity(timestamps = false) @Depends(from = \"status\", to = \"total\")",
                        "@Denormalized(\"the total follows the status while an order is open\")",
                        "@Index(value = {\"customer\", \"placedAt\"}, name = \"idx_orders_customer_placed\")",
                        "public record Order(",
                        "  @Id @Auto long id,",
                        "  " + JSPECIFY + " @OnDelete(Action.SET_NULL) @OnUpdate(Action.CASCADE) Customer customer,",
                        "  " + CHECKER + " @OnDelete(Action.SET_NULL) Customer giftTo,",
                        "  @Unique @Column(length = 20) String number,",
                        "  @Default(\"PLACED\") @Index Status status,",
                        "  @Check(\">= 0\") @Default(\"0\") int total,",
                        "  Instant placedAt,",
                        "  " + JAKARTA + " @Column(length = 200) String note,",
                        "  List<Line> lines) {}"),
                java("q.Line", "import dev.schemac.annotations.*;",
                        "@Entity(name = \"OrderLine\") @Id({\"order\", \"position\"})",
                        "public record Line(Order order, int position, @Min(1) @Max(99) int quantity) {}"),
                java("q.Document",
                        "import jakarta.persistence.*;",
                        "/** What every document has. */",
                        "@MappedSuperclass public abstract class Document {",
                        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                        "  /** Who signed it. */ @Column(length = 60) String signedBy;",
                        "}"),
                java("q.Invoice",
                        "import jakarta.persistence.*;",
                        "import java.math.BigDecimal;",
                        "import java.time.LocalDate;",
                        "/** A bill. */",
                        "@Entity(name = \"Bill\") @Table(name = \"invoices\", indexes = @Index(name = \"idx_invoices_issued\", columnList = \"issued_on\"))",
                        "public class Invoice extends Document {",
                        "  /** What it bills. */ @ManyToOne(optional = false) Order order;",
                        "  @Column(precision = 12, scale = 2) @jakarta.validation.constraints.DecimalMin(\"0.01\") BigDecimal amount;",
                        "  LocalDate issuedOn;",
                        "  @Embedded p.Address address;",
                        "  @Enumerated(EnumType.STRING) p.Status status;",
                        "  @jakarta.validation.constraints.Size(max = 200) @dev.schemac.annotations.Pii String note;",
                        "}"),
                java("q.package-info",
                        "/** The shop, in two parts. */",
                        "@dev.schemac.annotations.Schema(name = \"shop\", title = \"Shop\", types = {p.Status.class,",
                        "    p.Audited.class, p.Deletable.class, p.Address.class, p.Customer.class, p.Profile.class,",
                        "    Order.class, Line.class, Document.class, Invoice.class})",
                        "package q;"));
    }

    static List<JavaFileObject> all() {
        var out = new java.util.ArrayList<>(firstPart());
        out.addAll(secondPart());
        return out;
    }
}
