package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemac.processor.Sources.java;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Jakarta Persistence and Bean Validation as a front end: each JPA model is compiled through
 * the processor and its {@code .schema} twin through the compiler, and every output must be
 * the same, byte for byte.
 */
class JpaMappingTest {
    static final String IMPORTS = "import jakarta.persistence.*; import jakarta.validation.constraints.*;"
            + " import java.math.BigDecimal; import java.time.*; import java.util.*;";

    static JavaFileObject jpa(String name, String... body) {
        String[] lines = new String[body.length + 1];
        lines[0] = IMPORTS;
        System.arraycopy(body, 0, lines, 1, body.length);
        return java("test." + name, lines);
    }

    /** A shop as a Hibernate project writes it: mapped superclass, embeddable, relations of every kind, validation. */
    static JavaFileObject[] shop() {
        return new JavaFileObject[] {
            jpa("Base", "@MappedSuperclass public abstract class Base {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @Column(nullable = false) Instant createdOn;", "}"),
            jpa("Address", "@Embeddable public class Address {",
                    "  @Column(length = 200) String street;", "  @Size(max = 10) String zip;", "}"),
            jpa("Tier", "public enum Tier { GOLD, SILVER }"),
            jpa("Customer", "@Entity @Table(name = \"customers\", indexes = @Index(name = \"idx_customer_name\", columnList = \"full_name\"))",
                    "public class Customer extends Base {",
                    "  @Column(name = \"full_name\", nullable = false, length = 100) String name;",
                    "  @Email @NotNull @Column(unique = true) String email;",
                    "  @Embedded Address address;",
                    "  @OneToMany(mappedBy = \"customer\") List<PurchaseOrder> orders;",
                    "  @Transient String scratch;",
                    "  transient String alsoScratch;",
                    "  @Enumerated(EnumType.STRING) Tier tier;",
                    "}"),
            jpa("PurchaseOrder", "@Entity public class PurchaseOrder extends Base {",
                    "  @ManyToOne(optional = false) Customer customer;",
                    "  @Column(precision = 10, scale = 2) @DecimalMin(\"0.00\") BigDecimal total;",
                    "  @Min(1) @Max(100) int lines;",
                    "  @DecimalMax(value = \"9007199254740993\", inclusive = false) BigDecimal weight;",
                    "  @ManyToMany Set<Tag> tags;",
                    "}"),
            jpa("Tag", "@Entity @Table(uniqueConstraints = @UniqueConstraint(columnNames = {\"label\"}))",
                    "public class Tag {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) long id;",
                    "  @NotBlank @Size(max = 40) String label;",
                    "  @Pattern(regexp = \"[a-z]+\") @NotEmpty String slug;",
                    "  @ManyToMany(mappedBy = \"tags\") Set<PurchaseOrder> orders;",
                    "}"),
        };
    }

    static final String SHOP = """
            enum Tier {
              GOLD
              SILVER
            }
            mixin Base {
              id         bigint @id @auto
              created_on datetime
            }
            mixin Address {
              street string(200)?
              zip    string(255)? @length(max = 10)
            }
            entity Customer with Base, Address {
              name   string(100) @map("full_name")
              email  string(255) @unique @pattern("^[^@ \\\\t\\\\n\\\\r]+@[^@ \\\\t\\\\n\\\\r]+$")
              orders PurchaseOrder[]
              tier   Tier?
              @@map("customers")
              @@timestamps(false)
              @@index(name, name = "idx_customer_name")
            }
            entity PurchaseOrder with Base {
              customer Customer @on_delete(no_action)
              total    decimal(10, 2)? @min(0.00)
              lines    int @min(1) @max(100)
              weight   decimal(38, 2)? @check(< 9007199254740993)
              tags     Tag[] @relation("purchase_order_tags")
              @@timestamps(false)
            }
            entity Tag {
              id     bigint @id @auto
              label  string(40) @length(max = 40)
              slug   string(255) @pattern("[a-z]+") @length(min = 1)
              orders PurchaseOrder[] @relation("purchase_order_tags")
              @@timestamps(false)
              @@unique(label)
            }
            """;

    /**
     * A composite key as JPA writes it: an {@code @EmbeddedId} of an {@code @Embeddable}, whose
     * fields are the key columns (NOT NULL); a to-one field to it, by default and with
     * {@code @JoinColumns} naming the columns as the language does.
     */
    static JavaFileObject[] embeddedId() {
        return new JavaFileObject[] {
            jpa("ShipKey", "@Embeddable public class ShipKey implements java.io.Serializable {",
                    "  @Column(length = 5) String yard;", "  Integer hull;", "}"),
            jpa("Ship", "@Entity public class Ship {", "  @EmbeddedId ShipKey key;", "  @Column(length = 20) String name;", "}"),
            jpa("Berth", "@Entity public class Berth {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @ManyToOne Ship ship;",
                    "  @ManyToOne(optional = false) @JoinColumns({@JoinColumn(name = \"spare_yard\", referencedColumnName = \"yard\"),",
                    "      @JoinColumn(name = \"spare_hull\", referencedColumnName = \"hull\")}) Ship spare;",
                    "}"),
        };
    }

    static final String EMBEDDED_ID = """
            mixin ShipKey {
              yard string(5) @id
              hull int @id
            }
            entity Berth {
              id    bigint @id @auto
              ship  Ship? @on_delete(no_action)
              spare Ship @on_delete(no_action)
              @@timestamps(false)
            }
            entity Ship with ShipKey {
              name string(20)?
              @@timestamps(false)
            }
            """;

    /**
     * Names as a Spring Boot project gives them, and Bean Validation that sizes columns: a name
     * given in camel case or in Hibernate's quotes is the table or column Hibernate creates
     * ({@code "fullName"} is {@code full_name}, {@code "`Clients`"} is {@code Clients}), in
     * {@code @Column}, {@code @JoinColumn}, {@code @Table} and the columns an index lists;
     * {@code @Digits} sizes a decimal over {@code @Column}, Hibernate Validator's {@code @Length}
     * sizes a string as {@code @Size} does, and {@code @Range}, {@code @Negative} and
     * {@code @NegativeOrZero} are checks. And Hibernate's sizes and nullability: a boxed
     * {@code @Version} is NOT NULL, a precision without a scale is scale 0, {@code @Size(max)}
     * sizes a string over {@code @Column(length)}.
     */
    static JavaFileObject[] givenNames() {
        return new JavaFileObject[] {
            jpa("Client", "/** A client. */ @Entity @Table(name = \"`Clients`\", indexes = @Index(columnList = \"fullName\"),",
                    "    uniqueConstraints = @UniqueConstraint(columnNames = \"`eMail`\"))",
                    "public class Client {",
                    "  @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;",
                    "  @Column(name = \"fullName\", nullable = false, length = 80) String name;",
                    "  @Column(name = \"`eMail`\") String contact;",
                    "  @Column(name = \"\\\"order\\\"\") Integer rank;",
                    "  @Digits(integer = 8, fraction = 3) BigDecimal balance;",
                    "  @Column(precision = 20, scale = 4) @Digits(integer = 6, fraction = 2) BigDecimal limitAmount;",
                    "  @org.hibernate.validator.constraints.Length(max = 40) String nickname;",
                    "  @org.hibernate.validator.constraints.Range(min = 1, max = 5) int stars;",
                    "  @Negative Integer debt;",
                    "  @NegativeOrZero int credit;",
                    "  @Version Integer version;",
                    "  @Column(precision = 12) BigDecimal cap;",
                    "  @Column(length = 20) @Size(max = 10) String code;",
                    "}"),
            jpa("Visit", "/** A visit. */ @Entity public class Visit {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @ManyToOne(optional = false) @JoinColumn(name = \"clientRef\") Client client;",
                    "  @ManyToOne @JoinColumn(name = \"[hostKey]\") Client host;",
                    "}"),
        };
    }

    static final String GIVEN_NAMES = """
            /// A client.
            entity Client {
              @@map("Clients")
              id           uuid = uuid() @id
              name         string(80) @map("full_name")
              contact      string(255)? @map("eMail")
              rank         int? @map("order")
              balance      decimal(11, 3)?
              limit_amount decimal(8, 2)?
              nickname     string(40)? @length(max = 40)
              stars        int @min(1) @max(5)
              debt         int? @check(< 0)
              credit       int @max(0)
              version      int
              cap          decimal(12, 0)?
              code         string(10)? @length(max = 10)
              @@timestamps(false)
              @@index(name)
              @@unique(contact)
            }
            /// A visit.
            entity Visit {
              id     bigint @id @auto
              client Client @map("client_ref") @on_delete(no_action)
              host   Client? @map("hostKey") @on_delete(no_action)
              @@timestamps(false)
            }
            """;

    @Test
    void givenNamesAreHibernatesAndValidationSizesColumns() {
        Equivalence.assertSame(GIVEN_NAMES, givenNames());
    }

    /**
     * A record as an {@code @Embeddable} (JPA 3.2): its components are the mixin's fields, and
     * Jakarta's annotations on them, which Java puts on the component's field, are read there.
     */
    static JavaFileObject[] embeddableRecord() {
        return new JavaFileObject[] {
            jpa("Stay", "@Embeddable public record Stay(@Column(name = \"begins_on\") LocalDate startsOn,",
                    "    @Column(nullable = false) LocalDate endsOn, @Size(max = 3) @Column(length = 9) String room) {}"),
            jpa("Booking", "/** A booking. */ @Entity public class Booking {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @Embedded Stay stay;",
                    "}"),
        };
    }

    static final String EMBEDDABLE_RECORD = """
            mixin Stay {
              starts_on date? @map("begins_on")
              ends_on   date
              room      string(9)? @length(max = 3)
            }
            /// A booking.
            entity Booking with Stay {
              id bigint @id @auto
              @@timestamps(false)
            }
            """;

    /**
     * Embeddables that embed others, and a mapped superclass that embeds one, as a team factors its columns: Hibernate
     * creates the columns of every embeddable an entity reaches, so each is a mixin of the entity, nested ones too
     * (they were dropped with their columns). A record embeddable inside a class one, an implicit embedding (a field
     * of an @Embeddable type without @Embedded), and an @EmbeddedId whose embeddable embeds another: all key fields.
     * The table's index names columns of the mixins (an embeddable's given name, a superclass's embeddable's column),
     * as Hibernate's @Table(indexes) may.
     */
    static JavaFileObject[] nestedEmbeddables() {
        return new JavaFileObject[] {
            jpa("GeoPoint", "@Embeddable public record GeoPoint(Double latitude, Double longitude) {}"),
            jpa("PostalAddress", "@Embeddable public class PostalAddress {",
                    "  @Column(length = 100) String street;",
                    "  @Column(name = \"zip\", length = 10, nullable = false) String postalCode;",
                    "  @Embedded GeoPoint location;", "}"),
            jpa("AuditTrail", "@Embeddable public class AuditTrail {",
                    "  @Column(nullable = false) Instant createdOn;", "  @Column(length = 40) String createdBy;", "}"),
            jpa("Tracked", "@MappedSuperclass public abstract class Tracked {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", "  @Embedded AuditTrail audit;", "}"),
            jpa("Store", "/** A store. */ @Entity @Table(name = \"stores\", indexes = @Index(columnList = \"zip, createdBy\"))",
                    "public class Store extends Tracked {",
                    "  @Column(length = 60, nullable = false) String name;", "  @Embedded PostalAddress address;", "}"),
            jpa("Region", "@Embeddable public class Region {", "  @Column(length = 2) String country;", "}"),
            jpa("DepotKey", "@Embeddable public class DepotKey implements java.io.Serializable {",
                    "  private static final long serialVersionUID = 1L;", "  @Column(length = 8) String code;", "  Region region;", "}"),
            jpa("Depot", "/** A depot. */ @Entity @Table(name = \"depots\") public class Depot {",
                    "  @EmbeddedId DepotKey key;", "  Integer bays;", "}"),
        };
    }

    /**
     * Generic mapped superclasses, as Spring Data's AbstractPersistable is one: the key's type is the type argument of
     * the entity's {@code extends}, through a generic superclass between them too, and the key is the entity's field.
     */
    static JavaFileObject[] genericSuperclasses() {
        return new JavaFileObject[] {
            jpa("Persistable", "@MappedSuperclass public abstract class Persistable<ID extends java.io.Serializable> {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) ID id;",
                    "  @Column(nullable = false) Instant createdOn;", "}"),
            jpa("Named", "@MappedSuperclass public abstract class Named<K extends java.io.Serializable> extends Persistable<K> {",
                    "  @Column(length = 80) String name;", "}"),
            jpa("Keyed", "@MappedSuperclass public abstract class Keyed<C> {", "  @Id C code;",
                    "  @Column(length = 20) String label;", "}"),
            jpa("Customer", "@Entity @Table(name = \"customers\") public class Customer extends Persistable<Long> {",
                    "  String email;", "}"),
            jpa("Tag", "@Entity @Table(name = \"tags\") public class Tag extends Named<Integer> {", "  Boolean pinned;", "}"),
            jpa("Coupon", "@Entity @Table(name = \"coupons\") public class Coupon extends Keyed<UUID> {",
                    "  @ManyToOne(optional = false) Customer owner;", "}"),
        };
    }

    static final String GENERIC_SUPERCLASSES = """
            mixin Keyed {
              label string(20)?
            }
            mixin Persistable {
              created_on datetime
            }
            mixin Named {
              name string(80)?
            }
            entity Coupon with Keyed {
              code  uuid @id
              owner Customer @on_delete(no_action)
              @@map("coupons")
              @@timestamps(false)
            }
            entity Customer with Persistable {
              id    bigint @id @auto
              email string(255)?
              @@map("customers")
              @@timestamps(false)
            }
            entity Tag with Named, Persistable {
              id     int @id @auto
              pinned bool?
              @@map("tags")
              @@timestamps(false)
            }
            """;

    @Test
    void aGenericMappedSuperclassesKeyHasTheTypeItsEntityGivesIt() {
        Equivalence.assertSame(GENERIC_SUPERCLASSES, genericSuperclasses());
    }

    /**
     * Raw foreign key fields beside their relations, read-only as Hibernate needs them: one column each, the relation's
     * (by @JoinColumn's name, and by the derived name); the raw fields are no columns of their own.
     */
    static JavaFileObject[] foreignKeyTwins() {
        return new JavaFileObject[] {
            jpa("Owner", "@Entity @Table(name = \"owners\") public class Owner {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", "  String name;", "}"),
            jpa("Pet", "@Entity @Table(name = \"pets\") public class Pet {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @ManyToOne(optional = false) @JoinColumn(name = \"owner_id\") Owner owner;",
                    "  @Column(name = \"owner_id\", nullable = false, insertable = false, updatable = false) Long ownerId;",
                    "  @ManyToOne Owner vet;",
                    "  @Column(name = \"vet_id\", insertable = false, updatable = false) Long vetId;", "}"),
        };
    }

    static final String FOREIGN_KEY_TWINS = """
            entity Owner {
              id   bigint @id @auto
              name string(255)?
              @@map("owners")
              @@timestamps(false)
            }
            entity Pet {
              id    bigint @id @auto
              owner Owner @on_delete(no_action)
              vet   Owner? @on_delete(no_action)
              @@map("pets")
              @@timestamps(false)
            }
            """;

    @Test
    void aReadOnlyRawForeignKeyBesideItsRelationIsTheRelationsColumn() {
        Equivalence.assertSame(FOREIGN_KEY_TWINS, foreignKeyTwins());
    }

    /**
     * Read-only raw foreign keys whose nullability is not their relation's, and whose names differ from the join
     * column's in case only: Hibernate binds the raw field's column first (the relation's join column is bound later,
     * whatever the declaration order), so the table's one column is the raw field's, NOT NULL as that field says.
     */
    static JavaFileObject[] foreignKeyTwinNullability() {
        return new JavaFileObject[] {
            jpa("Keeper", "@Entity @Table(name = \"keepers\") public class Keeper {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", "}"),
            jpa("Animal", "@Entity @Table(name = \"animals\") public class Animal {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @ManyToOne(optional = false) @JoinColumn(name = \"keeper_id\") Keeper keeper;",
                    "  @Column(name = \"keeper_id\", insertable = false, updatable = false) Long keeperId;",
                    "  @ManyToOne @JoinColumn(name = \"vet_id\") Keeper vet;",
                    "  @Column(name = \"VET_ID\", nullable = false, insertable = false, updatable = false) Long vetId;",
                    "  @Column(name = \"feeder_id\", insertable = false, updatable = false) long feederId;",
                    "  @ManyToOne @JoinColumn(name = \"feeder_id\") Keeper feeder;",
                    "  @ManyToOne @JoinColumn(name = \"walker_id\") Keeper walker;",
                    "  @NotNull @Column(name = \"walker_id\", insertable = false, updatable = false) Long walkerId;",
                    "  @NotNull @ManyToOne @JoinColumn(name = \"Groomer_Id\", nullable = false) Keeper groomer;",
                    "  @Column(name = \"groomer_id\", insertable = false, updatable = false) Long groomerId;",
                    "}"),
        };
    }

    static final String FOREIGN_KEY_TWIN_NULLABILITY = """
            entity Animal {
              id      bigint @id @auto
              keeper  Keeper? @on_delete(no_action)
              vet     Keeper @on_delete(no_action)
              feeder  Keeper? @on_delete(no_action)
              walker  Keeper @on_delete(no_action)
              groomer Keeper? @on_delete(no_action)
              @@map("animals")
              @@timestamps(false)
            }
            entity Keeper {
              id bigint @id @auto
              @@map("keepers")
              @@timestamps(false)
            }
            """;

    @Test
    void aReadOnlyRawForeignKeyGivesTheColumnItsNullability() {
        Equivalence.assertSame(FOREIGN_KEY_TWIN_NULLABILITY, foreignKeyTwinNullability());
    }

    /**
     * Read-only raw foreign keys beside their relations where one of the two is part of an @IdClass key: the key column
     * is NOT NULL in Hibernate's table whichever field says @Id, so the relation is required (and a key field).
     */
    static JavaFileObject[] foreignKeyTwinKeys() {
        String key = "  @Override public boolean equals(Object o) { return o == this; }\n  @Override public int hashCode() { return 1; }";
        return new JavaFileObject[] {
            jpa("Purchase", "@Entity @Table(name = \"purchases\") public class Purchase {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", "}"),
            jpa("LineKey", "public class LineKey implements java.io.Serializable {", "  Long purchase; Integer lineNo;", key, "}"),
            jpa("Line", "@Entity @Table(name = \"lines\") @IdClass(LineKey.class) public class Line {",
                    "  @Id @ManyToOne @JoinColumn(name = \"purchase_id\") Purchase purchase;",
                    "  @Column(name = \"purchase_id\", insertable = false, updatable = false) Long purchaseId;",
                    "  @Id Integer lineNo;", "}"),
            jpa("NoteKey", "public class NoteKey implements java.io.Serializable {", "  Long purchaseId; Integer noteNo;", key, "}"),
            jpa("Note", "@Entity @Table(name = \"notes\") @IdClass(NoteKey.class) public class Note {",
                    "  @Id @Column(name = \"purchase_id\", insertable = false, updatable = false) Long purchaseId;",
                    "  @ManyToOne @JoinColumn(name = \"purchase_id\") Purchase purchase;",
                    "  @Id Integer noteNo;", "}"),
        };
    }

    static final String FOREIGN_KEY_TWIN_KEYS = """
            entity Line {
              purchase Purchase @id @on_delete(no_action)
              line_no  int @id
              @@map("lines")
              @@timestamps(false)
            }
            entity Note {
              purchase Purchase @id @on_delete(no_action)
              note_no  int @id
              @@map("notes")
              @@timestamps(false)
            }
            entity Purchase {
              id bigint @id @auto
              @@map("purchases")
              @@timestamps(false)
            }
            """;

    @Test
    void aRawForeignKeyTwinBesideAKeyPartIsNotNull() {
        Equivalence.assertSame(FOREIGN_KEY_TWIN_KEYS, foreignKeyTwinKeys());
    }

    /**
     * Primitives as Hibernate 7 makes their columns: NOT NULL only where it makes the column itself (no {@code @Column})
     * outside an embeddable; with {@code @Column} its {@code nullable} (true unless written), in an embeddable nullable.
     */
    static JavaFileObject[] primitiveColumns() {
        return new JavaFileObject[] {
            jpa("Reading", "@Embeddable public class Reading {", "  @Column(name = \"raw_value\") int rawValue;", "  int scale;", "}"),
            jpa("Meter", "@Entity @Table(name = \"meters\") public class Meter {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  long plain;", "  @Basic(optional = true) long basicOptional;", "  @Column(name = \"sized\") int sized;",
                    "  @Version @Column(name = \"ver\") int ver;", "  @Column(nullable = false) int strict;",
                    "  @Min(1) @Column(updatable = false) int minned;", "  @Column(insertable = false) boolean flag;",
                    "  @Embedded Reading reading;", "}"),
        };
    }

    static final String PRIMITIVE_COLUMNS = """
            mixin Reading {
              raw_value int?
              scale     int?
            }
            entity Meter with Reading {
              id             bigint @id @auto
              plain          bigint
              basic_optional bigint
              sized          int?
              ver            int
              strict         int
              minned         int? @min(1)
              flag           bool?
              @@map("meters")
              @@timestamps(false)
            }
            """;

    @Test
    void aPrimitiveWithAColumnAnnotationOrInAnEmbeddableIsNullableAsInHibernate() {
        Equivalence.assertSame(PRIMITIVE_COLUMNS, primitiveColumns());
    }

    /**
     * A unique constraint naming the join column Hibernate derives for an embeddable's relation to a key not named
     * `id` ({@code region_code}), beside a mapped superclass chain and a record embeddable inside an embeddable.
     */
    static JavaFileObject[] derivedJoinColumns() {
        return new JavaFileObject[] {
            jpa("Audited", "@MappedSuperclass public abstract class Audited {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", "}"),
            jpa("Versioned", "@MappedSuperclass public abstract class Versioned extends Audited {",
                    "  @Version Instant version;", "  @Column(nullable = false, length = 40) String createdBy;", "}"),
            jpa("Geo", "@Embeddable public record Geo(@Column(nullable = false) Double lat,",
                    "  @Column(precision = 9, scale = 6) BigDecimal lng) {}"),
            jpa("Place", "@Embeddable public class Place {", "  @Column(nullable = false, length = 80) String street;",
                    "  @Embedded Geo geo;", "  @ManyToOne Region region;", "}"),
            jpa("Region", "@Entity @Table(name = \"regions\") public class Region {", "  @Id @Column(length = 10) String code;", "}"),
            jpa("Store", "@Entity @Table(name = \"stores\", uniqueConstraints = @UniqueConstraint(columnNames = {\"street\", \"region_code\"}))",
                    "public class Store extends Versioned {", "  @Embedded Place place;", "}"),
        };
    }

    static final String DERIVED_JOIN_COLUMNS = """
            mixin Versioned {
              version    datetime
              created_by string(40)
            }
            mixin Audited {
              id bigint @id @auto
            }
            mixin Place {
              street string(80)
              region Region? @on_delete(no_action)
            }
            mixin Geo {
              lat double
              lng decimal(9, 6)?
            }
            entity Region {
              code string(10) @id
              @@map("regions")
              @@timestamps(false)
            }
            entity Store with Versioned, Audited, Place, Geo {
              @@map("stores")
              @@timestamps(false)
              @@unique(street, region)
            }
            """;

    @Test
    void aUniqueConstraintNamesTheJoinColumnHibernateDerivesFromTheKey() {
        Equivalence.assertSame(DERIVED_JOIN_COLUMNS, derivedJoinColumns());
    }

    /**
     * A join column Hibernate derives from a key whose column is not its field's name (`country_iso_code` for `code` in
     * `iso_code`), listed in a unique constraint; a @ManyToOne that is its entity's whole key, the owning side of a
     * @OneToOne(mappedBy).
     */
    static JavaFileObject[] keyColumnNames() {
        return new JavaFileObject[] {
            jpa("Country", "@Entity @Table(name = \"countries\") public class Country {",
                    "  @Id @Column(name = \"iso_code\", length = 2) String code;", "}"),
            jpa("City", "@Entity @Table(name = \"cities\", uniqueConstraints = @UniqueConstraint(columnNames = {\"country_iso_code\", \"name\"}))",
                    "public class City {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @ManyToOne Country country;", "  @Column(nullable = false, length = 80) String name;", "}"),
            jpa("Author", "@Entity @Table(name = \"authors\") public class Author {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @OneToOne(mappedBy = \"author\") Profile profile;", "}"),
            jpa("Profile", "@Entity @Table(name = \"profiles\") public class Profile {", "  @Id @ManyToOne Author author;",
                    "  @Column(length = 200) String bio;", "}"),
        };
    }

    static final String KEY_COLUMN_NAMES = """
            entity Author {
              id      bigint @id @auto
              profile Profile?
              @@map("authors")
              @@timestamps(false)
            }
            entity City {
              id      bigint @id @auto
              country Country? @on_delete(no_action)
              name    string(80)
              @@map("cities")
              @@timestamps(false)
              @@unique(country, name)
            }
            entity Country {
              code string(2) @id @map("iso_code")
              @@map("countries")
              @@timestamps(false)
            }
            entity Profile {
              author Author @id @on_delete(no_action)
              bio    string(200)?
              @@map("profiles")
              @@timestamps(false)
            }
            """;

    @Test
    void aUniqueConstraintNamesTheJoinColumnByTheKeysColumn() {
        Equivalence.assertSame(KEY_COLUMN_NAMES, keyColumnNames());
    }

    /**
     * Converters Hibernate applies by themselves (@Converter(autoApply = true)): to a Boolean and a boolean (a String
     * column), to an enum (an Integer column, whose CHECK SC916 says), not where @Enumerated, @Id or @Convert(disableConversion)
     * says otherwise; Hibernate's @NaturalId as one unique key of the table (of one field, and of a relation with a field);
     * a key column in quotes (`"Code"`), from which Hibernate derives join columns in quotes, as the Java names them
     * (`country_Code`, `homeCountry_Code`: its naming strategy leaves a quoted name alone).
     */
    static JavaFileObject[] autoApplied() {
        return new JavaFileObject[] {
            jpa("YesNo", "@Converter(autoApply = true) public class YesNo implements AttributeConverter<Boolean, String> {",
                    "  public String convertToDatabaseColumn(Boolean b) { return b == null ? null : b ? \"Y\" : \"N\"; }",
                    "  public Boolean convertToEntityAttribute(String s) { return s == null ? null : s.equals(\"Y\"); }", "}"),
            jpa("Size", "public enum Size { SMALL, LARGE }"),
            jpa("SizeCode", "@Converter(autoApply = true) public class SizeCode implements AttributeConverter<Size, Integer> {",
                    "  public Integer convertToDatabaseColumn(Size s) { return s == null ? null : s.ordinal() + 1; }",
                    "  public Size convertToEntityAttribute(Integer i) { return i == null ? null : Size.values()[i - 1]; }", "}"),
            jpa("Country", "@Entity @Table(name = \"countries\") public class Country {",
                    "  @Id @Column(name = \"\\\"Code\\\"\", length = 2) String code;",
                    "  @org.hibernate.annotations.NaturalId @Column(nullable = false, length = 80) String name;", "}"),
            jpa("Shop", "@Entity @Table(name = \"shops\") public class Shop {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @org.hibernate.annotations.NaturalId @ManyToOne Country country;",
                    "  @ManyToOne Country homeCountry;",
                    "  @org.hibernate.annotations.NaturalId @Column(nullable = false, length = 40) String slug;",
                    "  boolean open;",
                    "  Boolean vetted;",
                    "  Size size;",
                    "  @Enumerated(EnumType.STRING) Size listed;",
                    "  @Convert(disableConversion = true) Boolean plain;", "}"),
        };
    }

    static final String AUTO_APPLIED = """
            enum Size {
              SMALL
              LARGE
            }
            entity Country {
              code string(2) @id @map("Code")
              name string(80)
              @@map("countries")
              @@timestamps(false)
              @@unique(name)
            }
            entity Shop {
              id           bigint @id @auto
              country      Country? @on_delete(no_action)
              home_country Country? @on_delete(no_action) @map("homeCountry_Code")
              slug         string(40)
              open         string(255)
              vetted       string(255)?
              size         int?
              listed       Size?
              plain        bool?
              @@map("shops")
              @@timestamps(false)
              @@unique(country, slug)
            }
            """;

    @Test
    void autoAppliedConvertersNaturalIdsAndAQuotedKeyColumnAreReadAsHibernateMapsThem() {
        Equivalence.assertSame(AUTO_APPLIED, autoApplied());
    }

    /**
     * @JoinTable naming the language's join table: its name in snake_case (or in camel case, which Hibernate's naming
     * makes snake_case) as the relation's, its columns `{entity}_{key column}`, one by referencedColumnName.
     */
    static JavaFileObject[] joinTables() {
        return new JavaFileObject[] {
            jpa("Post", "@Entity @Table(name = \"posts\") public class Post {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @ManyToMany @JoinTable(name = \"post_tag\", joinColumns = @JoinColumn(name = \"post_id\"),",
                    "      inverseJoinColumns = @JoinColumn(name = \"tag_id\")) Set<Tag> tags;", "}"),
            jpa("Tag", "@Entity @Table(name = \"tags\") public class Tag {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @ManyToMany(mappedBy = \"tags\") Set<Post> posts;", "}"),
            jpa("Book", "@Entity @Table(name = \"books\") public class Book {",
                    "  @Id @Column(length = 13) String isbn;",
                    "  @ManyToMany @JoinTable(name = \"BookWriter\",",
                    "      joinColumns = @JoinColumn(name = \"bookIsbn\", referencedColumnName = \"isbn\"),",
                    "      inverseJoinColumns = @JoinColumn(name = \"writer_id\")) Set<Writer> writers;", "}"),
            jpa("Writer", "@Entity @Table(name = \"writers\") public class Writer {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @ManyToMany(mappedBy = \"writers\") Set<Book> books;", "}"),
        };
    }

    /** Many-to-manys without @JoinTable that the language must name (two between one pair, a self one), a self @JoinTable. */
    static JavaFileObject[] implicitJoinTables() {
        return new JavaFileObject[] {
            jpa("Post", "@Entity public class Post {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @ManyToMany Set<Tag> tags;", "  @ManyToMany Set<Tag> featuredTags;", "}"),
            jpa("Tag", "@Entity @Table(name = \"tags\") public class Tag {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @ManyToMany(mappedBy = \"tags\") Set<Post> posts;",
                    "  @ManyToMany(mappedBy = \"featuredTags\") Set<Post> featuredIn;", "}"),
            jpa("Person", "@Entity @Table(name = \"people\") public class Person {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @ManyToMany Set<Person> following;", "  @ManyToMany(mappedBy = \"following\") Set<Person> followers;", "}"),
            jpa("Member", "@Entity @Table(name = \"members\") public class Member {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @ManyToMany @JoinTable(name = \"follows\", joinColumns = @JoinColumn(name = \"follower_id\"),",
                    "      inverseJoinColumns = @JoinColumn(name = \"following_id\")) Set<Member> following;",
                    "  @ManyToMany(mappedBy = \"following\") Set<Member> followers;", "}"),
        };
    }

    static final String JOIN_TABLES = """
            entity Book {
              isbn    string(13) @id
              writers Writer[] @relation("book_writer")
              @@map("books")
              @@timestamps(false)
            }
            entity Post {
              id   bigint @id @auto
              tags Tag[] @relation("post_tag")
              @@map("posts")
              @@timestamps(false)
            }
            entity Tag {
              id    bigint @id @auto
              posts Post[] @relation("post_tag")
              @@map("tags")
              @@timestamps(false)
            }
            entity Writer {
              id    bigint @id @auto
              books Book[] @relation("book_writer")
              @@map("writers")
              @@timestamps(false)
            }
            """;

    @Test
    void aJoinTableThatNamesTheLanguagesJoinTableIsRead() {
        Equivalence.assertSame(JOIN_TABLES, joinTables());
    }

    /**
     * What an enum stores when it is not its own name or ordinal, as Hibernate creates the column: through a converter
     * (its database type), through JPA 3.2's @EnumeratedValue (by name, a String's column with its length; by ordinal,
     * the ordinal's smallint, whatever the value's width); a @Nullable primitive with @Column, a nullable column in
     * Hibernate; a read-only raw foreign key whose columnDefinition of the key's type says not null.
     */
    static JavaFileObject[] storedValues() {
        return new JavaFileObject[] {
            jpa("Phase", "public enum Phase { OPEN, SHUT }"),
            jpa("PhaseCode", "@Converter public class PhaseCode implements AttributeConverter<Phase, Integer> {",
                    "  public Integer convertToDatabaseColumn(Phase p) { return p == null ? null : p == Phase.OPEN ? 1 : 0; }",
                    "  public Phase convertToEntityAttribute(Integer i) { return i == null ? null : i == 1 ? Phase.OPEN : Phase.SHUT; }",
                    "}"),
            jpa("Hue", "public enum Hue { RED(\"r\"), GREEN(\"g\");", "  @EnumeratedValue final String code;",
                    "  Hue(String code) { this.code = code; }", "}"),
            jpa("Grade", "public enum Grade { LOW(10), HIGH(100000);", "  @EnumeratedValue final int points;",
                    "  Grade(int points) { this.points = points; }", "}"),
            jpa("Keeper", "@Entity @Table(name = \"keepers\") public class Keeper {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", "}"),
            jpa("Gadget", "@Entity @Table(name = \"gadgets\") public class Gadget {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @Convert(converter = PhaseCode.class) Phase phase;",
                    "  @Enumerated(EnumType.STRING) @Column(length = 5) Hue hue;",
                    "  Grade grade;",
                    "  @jakarta.annotation.Nullable @Column(name = \"slots\") int slots;",
                    "  @ManyToOne @JoinColumn(name = \"keeper_id\") Keeper keeper;",
                    "  @Column(name = \"keeper_id\", insertable = false, updatable = false, columnDefinition = \"bigint not null\")",
                    "  Long keeperId;", "}"),
        };
    }

    static final String STORED_VALUES = """
            entity Gadget {
              id     bigint @id @auto
              phase  int?
              hue    string(5)?
              grade  smallint?
              slots  int?
              keeper Keeper @on_delete(no_action)
              @@map("gadgets")
              @@timestamps(false)
            }
            entity Keeper {
              id bigint @id @auto
              @@map("keepers")
              @@timestamps(false)
            }
            """;

    @Test
    void enumsStoredByAConverterOrAnEnumeratedValueAreTheColumnsHibernateCreates() {
        Equivalence.assertSame(STORED_VALUES, storedValues());
    }

    /**
     * A float or double with @Column(precision): Hibernate writes float(n) of the bits those decimal digits need, a real
     * up to 24 bits (7 digits), a double beyond.
     */
    static JavaFileObject[] floatPrecision() {
        return new JavaFileObject[] {
            jpa("Gauge", "@Entity @Table(name = \"gauges\") public class Gauge {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @Column(precision = 5) Double low;", "  @Column(precision = 7) Float mid;",
                    "  @Column(precision = 8) Double high;", "  @Column(precision = 10, nullable = false) double wide;", "}"),
        };
    }

    static final String FLOAT_PRECISION = """
            entity Gauge {
              id   bigint @id @auto
              low  float?
              mid  float?
              high double?
              wide double
              @@map("gauges")
              @@timestamps(false)
            }
            """;

    @Test
    void aFloatingPointPrecisionIsTheColumnHibernateWrites() {
        Equivalence.assertSame(FLOAT_PRECISION, floatPrecision());
    }

    /** @Temporal at a java.time type's own precision: the type's own column. */
    static JavaFileObject[] temporalJavaTime() {
        return new JavaFileObject[] {
            jpa("Diary", "@Entity @Table(name = \"diaries\") public class Diary {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @Temporal(TemporalType.DATE) LocalDate day;", "  @Temporal(TemporalType.TIMESTAMP) Instant at;",
                    "  @Temporal(TemporalType.TIMESTAMP) @Column(nullable = false) OffsetDateTime seen;", "}"),
        };
    }

    static final String TEMPORAL_JAVA_TIME = """
            entity Diary {
              id   bigint @id @auto
              day  date?
              at   datetime?
              seen datetime
              @@map("diaries")
              @@timestamps(false)
            }
            """;

    @Test
    void temporalAtAJavaTimeTypesOwnPrecisionIsItsColumn() {
        Equivalence.assertSame(TEMPORAL_JAVA_TIME, temporalJavaTime());
    }

    static final String NESTED_EMBEDDABLES = """
            mixin DepotKey {
              code string(8) @id
            }
            mixin Region {
              country string(2) @id
            }
            mixin Tracked {
              id bigint @id @auto
            }
            mixin PostalAddress {
              street      string(100)?
              postal_code string(10) @map("zip")
            }
            mixin GeoPoint {
              latitude  double?
              longitude double?
            }
            mixin AuditTrail {
              created_on datetime
              created_by string(40)?
            }
            /// A depot.
            entity Depot with DepotKey, Region {
              bays int?
              @@map("depots")
              @@timestamps(false)
            }
            /// A store.
            entity Store with Tracked, PostalAddress, GeoPoint, AuditTrail {
              name string(60)
              @@map("stores")
              @@timestamps(false)
              @@index(postal_code, created_by)
            }
            """;

    @Test
    void nestedEmbeddablesAreMixinsOfTheEntityThatReachesThem() {
        Equivalence.assertSame(NESTED_EMBEDDABLES, nestedEmbeddables());
    }

    /** @Table(indexes) may name the foreign key column a mapped superclass's @JoinColumn gives (it was SC210). */
    @Test
    void aTableIndexNamesTheForeignKeyColumnOfAMappedSuperclass() {
        Equivalence.assertSame("""
                mixin Owned {
                  id     bigint @id @auto
                  tenant Tenant @map("tenant_ref") @on_delete(no_action)
                }
                entity Invoice with Owned {
                  number string(20)
                  @@timestamps(false)
                  @@index(tenant, number)
                }
                entity Tenant {
                  id bigint @id @auto
                  @@timestamps(false)
                }
                """,
                jpa("Tenant", "@Entity public class Tenant {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", "}"),
                jpa("Owned", "@MappedSuperclass public abstract class Owned {",
                        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                        "  @ManyToOne(optional = false) @JoinColumn(name = \"tenant_ref\") Tenant tenant;", "}"),
                jpa("Invoice", "@Entity @Table(indexes = @Index(columnList = \"tenant_ref, number\"))",
                        "public class Invoice extends Owned {", "  @Column(length = 20, nullable = false) String number;", "}"));
    }

    @Test
    void aRecordIsAnEmbeddable() {
        Equivalence.assertSame(EMBEDDABLE_RECORD, embeddableRecord());
    }

    @Test
    void anEmbeddedIdIsTheCompositeKeyOfItsFields() {
        Equivalence.assertSame(EMBEDDED_ID, embeddedId());
    }

    @Test
    void aJpaShopEqualsItsSchemaTwin() {
        Equivalence.assertSame(SHOP, shop());
    }

    /**
     * A BigDecimal without a precision is Hibernate's decimal(38, 2), wider than MongoDB's
     * Decimal128: with the mongo target chosen, as by default, a warning (SC446) at the field
     * says the document validator narrows it, and the build succeeds; without mongo, no warning.
     */
    @Test
    void aDecimalWiderThanDecimal128IsAWarningOnlyWithTheMongoTarget() {
        var wide = jpa("Ledger", "@Entity public class Ledger {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", "  BigDecimal amount;", "}");
        var withMongo = Sources.compile(java.util.List.of(wide));
        assertThat(withMongo).succeeded();
        assertThat(withMongo).hadWarningContaining("[SC446] `Ledger.amount` has 38 digits; MongoDB's Decimal128 holds 34, so the"
                + " document validator refuses values beyond ±10^32 (the column holds ±10^36)").inFile(wide).onLineContaining("BigDecimal amount");
        var without = Sources.compile(java.util.List.of(wide), "-Aschemac.targets=postgres,json");
        assertThat(without).succeeded();
        org.assertj.core.api.Assertions.assertThat(without.warnings().stream().map(d -> d.getMessage(java.util.Locale.ROOT)).filter(m -> m.contains("SC446")).toList())
                .isEmpty();
    }

    @Test
    void propertyAccessReadsTheGetters() {
        Equivalence.assertSame("""
                entity Person {
                  id         bigint @id @auto
                  first_name string(80)
                  nick       string(255)?
                  @@timestamps(false)
                }
                """,
                jpa("Person", "@Entity public class Person {",
                        "  private Long id; private String firstName; private String nick; private int cache;",
                        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long getId() { return id; }",
                        "  @Column(length = 80, nullable = false) public String getFirstName() { return firstName; }",
                        "  public String getNick() { return nick; }",
                        "  @Transient public int getCache() { return cache; }",
                        "  public void setNick(String n) { nick = n; }",
                        "}"));
    }

    /**
     * Read by its getters, an entity's docs are the getters' Javadoc, or else that of the field
     * each getter reads, where such a class is commonly documented.
     */
    @Test
    void propertyAccessTakesTheJavadocOfTheGetterOrElseOfItsField() {
        Equivalence.assertSame("""
                /// A person.
                entity Person {
                  /// The key, as the getter says.
                  id         bigint @id @auto
                  /// What the person is called,
                  /// first.
                  first_name string(80)
                  nick       string(255)?
                  /// Bare, below the opener.
                  is_active  bool
                  @@timestamps(false)
                }
                """,
                jpa("Person", "/** A person. */", "@Entity public class Person {",
                        "  /** The key, as the field says. */",
                        "  private Long id;",
                        "  /**",
                        "   * What the person is called,",
                        "   * first.",
                        "   */",
                        "  private String firstName;",
                        "  private String nick; private boolean active;",
                        "  /** The key, as the getter says. */",
                        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long getId() { return id; }",
                        "  @Column(length = 80, nullable = false) public String getFirstName() { return firstName; }",
                        "  public String getNick() { return nick; }",
                        "  /**",
                        "    Bare, below the opener.",
                        "   */",
                        "  public boolean isIsActive() { return active; }",
                        "}"));
    }

    @Test
    void jpaSaysWhatTheLanguageCannotAsWarningsOnTheElement() {
        var e = jpa("Legacy", "@Entity @Inheritance(strategy = InheritanceType.JOINED)",
                "@Table(schema = \"old\")",
                "public class Legacy {",
                "  @Id @GeneratedValue @SequenceGenerator(name = \"s\", allocationSize = 20) Long id;",
                "  Tier tier;",
                "  @Column(columnDefinition = \"citext\") String code;",
                "  @org.hibernate.annotations.Formula(\"upper(code)\") String upper;",
                "}");
        var c = Sources.compile(jpa("Tier", "public enum Tier { A, B }"), e);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[SC916] @Inheritance on `Legacy` cannot be said in the language").inFile(e)
                .onLineContaining("@Inheritance");
        assertThat(c).hadWarningContaining("[SC916] `@Table(schema = \"old\")` on `Legacy`").inFile(e).onLineContaining("schema = \"old\"");
        assertThat(c).hadWarningContaining("[SC916] @GeneratedValue(strategy = AUTO) with @SequenceGenerator(allocationSize = 20) on `id`")
                .inFile(e).onLineContaining("allocationSize = 20");
        assertThat(c).hadWarningContaining("[SC917] enum field `tier` is stored by ordinal").inFile(e).onLineContaining("Tier tier;");
        assertThat(c).hadWarningContaining("[SC916] @Column(columnDefinition) `citext` on `code`").inFile(e)
                .onLineContaining("citext");
        assertThat(c).hadWarningContaining("[SC916] @Formula on `upper` cannot be said in the language: a computed value has no column")
                .inFile(e).onLineContaining("Formula");
    }

    @Test
    void aBoundThatIsNoNumberIsAnError() {
        var e = jpa("Odd", "@Entity public class Odd {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @DecimalMin(\"ten\") BigDecimal x;", "}");
        var c = Sources.compile(e);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SC918] the bound `ten` on `x` is not a number").inFile(e).onLineContaining("\"ten\"");
    }

    /** The example of docs/annotations.md: schemac's annotations say what JPA cannot, and win where both speak. */
    @Test
    void schemacsOwnAnnotationsMixInAndWin() {
        Equivalence.assertSame("""
                entity Customer {
                  id bigint @id @auto
                  @@timestamps(false)
                }
                entity Shipment {
                  id        bigint @id @auto
                  zip       string(10)?
                  city      string(80)?
                  recipient string(255) @pii
                  customer  Customer? @on_delete(cascade)
                  @@timestamps(false)
                  @@depends(zip -> city)
                }
                """,
                jpa("Customer", "@Entity public class Customer { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id; }"),
                java("test.Shipment",
                        "import jakarta.persistence.*;",
                        "import dev.schemac.annotations.Pii;",
                        "@Entity",
                        "@dev.schemac.annotations.Depends(from = \"zip\", to = \"city\")",
                        "public class Shipment {",
                        "    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                        "    @Column(length = 10) String zip;",
                        "    @dev.schemac.annotations.Column(length = 80) String city;",
                        "    @Pii @Column(nullable = false) String recipient;",
                        "    @ManyToOne @dev.schemac.annotations.OnDelete(dev.schemac.annotations.Action.CASCADE)",
                        "    Customer customer;",
                        "}"));
    }
}
