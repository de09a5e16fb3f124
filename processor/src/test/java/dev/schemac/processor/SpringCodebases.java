package dev.schemac.processor;

import static dev.schemac.processor.JpaMappingTest.jpa;

import javax.tools.JavaFileObject;

/**
 * Codebases as Spring Boot and Jakarta EE teams write them, each with its {@code .schema} twin:
 * the Java types such teams use (the java.time family, legacy java.util.Date and Calendar with
 * {@code @Temporal}, java.sql types, Duration, BigInteger, char and byte, converters), Hibernate's
 * own {@code @CreationTimestamp}, {@code @UpdateTimestamp} and {@code @OnDelete}, and the usual
 * base entity. Judged against Hibernate's schema export in {@link HibernateJudgeTest}.
 */
final class SpringCodebases {
    private SpringCodebases() {}

    static final String HIBERNATE_IMPORTS = "import org.hibernate.annotations.CreationTimestamp;"
            + " import org.hibernate.annotations.UpdateTimestamp; import org.hibernate.annotations.OnDelete;"
            + " import org.hibernate.annotations.OnDeleteAction;";

    /** Billing: every type maps as Hibernate maps it, so the only warning is none. */
    static JavaFileObject[] billing() {
        return new JavaFileObject[] {
            jpa("BaseEntity", HIBERNATE_IMPORTS, "@MappedSuperclass public abstract class BaseEntity {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @CreationTimestamp @Column(updatable = false) Instant createdAt;",
                    "  @UpdateTimestamp Instant updatedAt;",
                    "  @Version Long version;", "}"),
            jpa("Money", "@Embeddable public class Money {",
                    "  @Column(precision = 19, scale = 4) BigDecimal amount;",
                    "  @Column(length = 3) String currency;", "}"),
            jpa("InvoiceStatus", "public enum InvoiceStatus { DRAFT, SENT, PAID }"),
            jpa("Method", "public enum Method { CARD, TRANSFER }"),
            jpa("YesNoConverter", "@Converter public class YesNoConverter implements AttributeConverter<Boolean, String> {",
                    "  public String convertToDatabaseColumn(Boolean b) { return b == null ? null : b ? \"Y\" : \"N\"; }",
                    "  public Boolean convertToEntityAttribute(String s) { return s == null ? null : s.equals(\"Y\"); }", "}"),
            jpa("MethodCode", "public class MethodCode implements AttributeConverter<Method, String> {",
                    "  public String convertToDatabaseColumn(Method m) { return m == null ? null : m.name().substring(0, 2); }",
                    "  public Method convertToEntityAttribute(String s) { return s == null ? null : s.equals(\"CA\") ? Method.CARD : Method.TRANSFER; }",
                    "}"),
            jpa("Customer", "import org.hibernate.annotations.JdbcTypeCode; import org.hibernate.type.SqlTypes;",
                    "@Entity @Table(name = \"customers\",",
                    "    uniqueConstraints = @UniqueConstraint(name = \"uk_customer_email\", columnNames = \"email\"),",
                    "    indexes = @Index(name = \"idx_customer_name\", columnList = \"name\"))",
                    "public class Customer extends BaseEntity {",
                    "  @NotBlank @Size(max = 120) String name;",
                    "  @Email @NotNull String email;",
                    "  @Pattern(regexp = \"[0-9+ ]+\") @Column(length = 20) String phone;",
                    "  boolean active;",
                    "  char grade;",
                    "  Character segment;",
                    "  short priority;",
                    "  byte flags;",
                    "  Byte riskScore;",
                    "  java.math.BigInteger creditLimitCents;",
                    "  @Column(precision = 20) java.math.BigInteger lifetimeValue;",
                    "  UUID externalRef;",
                    "  @Convert(converter = YesNoConverter.class) Boolean marketingOptIn;",
                    "  ZonedDateTime lastLoginAt;",
                    "  OffsetDateTime verifiedAt;",
                    "  LocalDate birthDate;",
                    "  Duration sessionTimeout;",
                    "  char[] initials;",
                    "  @JdbcTypeCode(SqlTypes.JSON) Map<String, Object> preferences;",
                    "  @Embedded Money creditLimit;",
                    "  @OneToMany(mappedBy = \"customer\") List<Invoice> invoices;",
                    "  @OneToOne(mappedBy = \"customer\") Profile profile;",
                    "}"),
            jpa("Invoice", "@Entity @Table(name = \"invoices\", indexes = @Index(columnList = \"status\"),",
                    "    uniqueConstraints = @UniqueConstraint(columnNames = {\"customer_id\", \"number\"}))",
                    "public class Invoice extends BaseEntity {",
                    "  @ManyToOne(optional = false, fetch = FetchType.LAZY) @JoinColumn(name = \"customer_id\", nullable = false) Customer customer;",
                    "  @NotBlank @Column(length = 32) String number;",
                    "  @Enumerated(EnumType.STRING) @Column(nullable = false) InvoiceStatus status;",
                    "  @Embedded Money total;",
                    "  @Positive @Column(nullable = false) Integer lineCount;",
                    "  @Min(0) @Max(100) int discountPercent;",
                    "  byte[] pdf;",
                    "  @Temporal(TemporalType.DATE) Date dueOn;",
                    "  java.sql.Date issuedOn;",
                    "  @OneToMany(mappedBy = \"invoice\") Set<Payment> payments;",
                    "}"),
            jpa("Payment", HIBERNATE_IMPORTS, "@Entity @Table(name = \"payments\") public class Payment {",
                    "  @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;",
                    "  @ManyToOne(optional = false) @OnDelete(action = OnDeleteAction.CASCADE) Invoice invoice;",
                    "  @NotNull @Column(precision = 12, scale = 2) @DecimalMin(\"0.01\") BigDecimal amount;",
                    "  @Convert(converter = MethodCode.class) @Column(length = 8) Method method;",
                    "  Instant receivedAt;",
                    "}"),
            jpa("Profile", "@Entity @Table(name = \"profiles\") public class Profile {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @OneToOne(optional = false) @JoinColumn(name = \"customer_id\") Customer customer;",
                    "  @Size(max = 2000) String bio;",
                    "  @Column(columnDefinition = \"TEXT\") String about;",
                    "  @Column(nullable = false) Boolean verified;",
                    "}"),
        };
    }

    static final String BILLING = """
            enum InvoiceStatus {
              DRAFT
              SENT
              PAID
            }
            mixin BaseEntity {
              id         bigint @id @auto
              created_at datetime = now()
              updated_at datetime = now() @updated
              version    bigint
            }
            mixin Money {
              amount   decimal(19, 4)?
              currency string(3)?
            }
            entity Customer with BaseEntity, Money {
              name                string(120) @length(max = 120)
              email               string(255) @pattern("^[^@ \\\\t\\\\n\\\\r]+@[^@ \\\\t\\\\n\\\\r]+$")
              phone               string(20)? @pattern("[0-9+ ]+")
              active              bool
              grade               char(1)
              segment             char(1)?
              priority            smallint
              flags               smallint
              risk_score          smallint?
              credit_limit_cents  decimal(38, 0)?
              lifetime_value      decimal(20, 0)?
              external_ref        uuid?
              marketing_opt_in    string(255)?
              last_login_at       datetime?
              verified_at         datetime?
              birth_date          date?
              session_timeout     decimal(21, 0)?
              initials            string(255)?
              preferences         json?
              invoices            Invoice[]
              profile             Profile?
              @@map("customers")
              @@unique(email, name = "uk_customer_email")
              @@index(name, name = "idx_customer_name")
              @@timestamps(false)
            }
            entity Invoice with BaseEntity, Money {
              customer         Customer @on_delete(no_action)
              number           string(32) @length(min = 1)
              status           InvoiceStatus
              line_count       int @check(> 0)
              discount_percent int @min(0) @max(100)
              pdf              bytes?
              due_on           date?
              issued_on        date?
              payments         Payment[]
              @@map("invoices")
              @@index(status)
              @@unique(customer, number)
              @@timestamps(false)
            }
            entity Payment {
              id          uuid = uuid() @id
              invoice     Invoice @on_delete(cascade)
              amount      decimal(12, 2) @min(0.01)
              method      string(8)?
              received_at datetime?
              @@map("payments")
              @@timestamps(false)
            }
            entity Profile {
              id       bigint @id @auto
              customer Customer @unique @on_delete(no_action)
              bio      string(2000)? @length(max = 2000)
              about    text?
              verified bool
              @@map("profiles")
              @@timestamps(false)
            }
            """;

    /**
     * A legacy clinic: the zoneless timestamps and whole-second times Hibernate creates for its Java types
     * (two SC916 summaries, one each), an @IdClass key with a composite foreign key to it, an @EmbeddedId.
     */
    static JavaFileObject[] clinic() {
        return new JavaFileObject[] {
            jpa("Audited", HIBERNATE_IMPORTS, "@MappedSuperclass public abstract class Audited {",
                    "  @CreationTimestamp LocalDateTime createdAt;",
                    "  @UpdateTimestamp LocalDateTime updatedAt;", "}"),
            jpa("Doctor", "@Entity @Table(name = \"doctors\") public class Doctor extends Audited {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;",
                    "  @NotBlank @Size(max = 80) String fullName;",
                    "  @Temporal(TemporalType.TIMESTAMP) Date hiredAt;",
                    "  Calendar licenseRenewedAt;",
                    "  @Temporal(TemporalType.DATE) Calendar licensedSince;",
                    "  LocalTime shiftStart;",
                    "  @Temporal(TemporalType.TIME) Date shiftEnd;",
                    "  @OneToMany(mappedBy = \"doctor\") List<Appointment> appointments;",
                    "}"),
            jpa("RoomId", "public class RoomId implements java.io.Serializable {",
                    "  String building; short number;",
                    "  @Override public boolean equals(Object o) { return o instanceof RoomId r && r.building.equals(building) && r.number == number; }",
                    "  @Override public int hashCode() { return building.hashCode() * 31 + number; }", "}"),
            jpa("Room", "@Entity @Table(name = \"rooms\") @IdClass(RoomId.class) public class Room {",
                    "  @Id @Column(length = 4) String building;",
                    "  @Id short number;",
                    "  @Min(1) int beds;",
                    "  @OneToMany(mappedBy = \"room\") List<Appointment> appointments;",
                    "}"),
            jpa("Appointment", HIBERNATE_IMPORTS, "@Entity @Table(name = \"appointments\") public class Appointment extends Audited {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @ManyToOne(optional = false) @OnDelete(action = OnDeleteAction.RESTRICT) Doctor doctor;",
                    "  @ManyToOne @OnDelete(action = OnDeleteAction.SET_NULL) @JoinColumns({",
                    "      @JoinColumn(name = \"room_building\", referencedColumnName = \"building\"),",
                    "      @JoinColumn(name = \"room_number\", referencedColumnName = \"number\")}) Room room;",
                    "  java.sql.Timestamp startsAt;",
                    "  @NotNull java.sql.Time checkInBy;",
                    "}"),
            jpa("StayKey", "@Embeddable public class StayKey implements java.io.Serializable {",
                    "  Long patientId; LocalDate night;",
                    "  @Override public boolean equals(Object o) { return o instanceof StayKey k && k.patientId.equals(patientId) && k.night.equals(night); }",
                    "  @Override public int hashCode() { return patientId.hashCode() * 31 + night.hashCode(); }", "}"),
            jpa("Stay", "@Entity @Table(name = \"stays\") public class Stay {",
                    "  @EmbeddedId StayKey key;",
                    "  @Column(length = 200) String note;",
                    "}"),
        };
    }

    static final String CLINIC = """
            mixin Audited {
              created_at datetime = now()
              updated_at datetime = now() @updated
            }
            mixin StayKey {
              patient_id bigint @id
              night      date @id
            }
            entity Appointment with Audited {
              id          bigint @id @auto
              doctor      Doctor @on_delete(restrict)
              room        Room? @on_delete(set_null)
              starts_at   datetime?
              check_in_by time
              @@map("appointments")
              @@timestamps(false)
            }
            entity Doctor with Audited {
              id                 int @id @auto
              full_name          string(80) @length(max = 80)
              hired_at           datetime?
              license_renewed_at datetime?
              licensed_since     date?
              shift_start        time?
              shift_end          time?
              appointments       Appointment[]
              @@map("doctors")
              @@timestamps(false)
            }
            entity Room {
              building     string(4) @id
              number       smallint @id
              beds         int @min(1)
              appointments Appointment[]
              @@map("rooms")
              @@timestamps(false)
            }
            entity Stay with StayKey {
              note string(200)?
              @@map("stays")
              @@timestamps(false)
            }
            """;

    /**
     * Library types Hibernate keeps in a column of its own choosing: a Year as an integer, a ZoneId, Locale, TimeZone and
     * URL as varchar(255), a ZoneOffset as varchar(6), a Currency as varchar(3), each resized by @Column(length).
     */
    static JavaFileObject[] libraryTypes() {
        return new JavaFileObject[] {
            jpa("Shopper", "@Entity @Table(name = \"shoppers\") public class Shopper {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  Year memberSince;",
                    "  ZoneId zone;",
                    "  @Column(length = 64) ZoneId homeZone;",
                    "  ZoneOffset utcOffset;",
                    "  Locale locale;",
                    "  Currency currency;",
                    "  @Column(length = 10, nullable = false) Currency billingCurrency;",
                    "  TimeZone timeZone;",
                    "  java.net.URL website;",
                    "  UUID publicId;",
                    "}"),
        };
    }

    static final String LIBRARY_TYPES = """
            entity Shopper {
              id               bigint @id @auto
              member_since     int?
              zone             string(255)?
              home_zone        string(64)?
              utc_offset       string(6)?
              locale           string(255)?
              currency         string(3)?
              billing_currency string(10)
              time_zone        string(255)?
              website          string(255)?
              public_id        uuid?
              @@map("shoppers")
              @@timestamps(false)
            }
            """;

    /**
     * Large objects and enums stored by ordinal: a @Lob is an oid column in Hibernate (one SC916 summary); an ordinal
     * enum is a smallint from 0 to its last ordinal, and an enum no field stores by name is no declaration.
     */
    static JavaFileObject[] ticketing() {
        return new JavaFileObject[] {
            jpa("Priority", "public enum Priority { LOW, NORMAL, HIGH, URGENT }"),
            jpa("Channel", "public enum Channel { EMAIL, PHONE }"),
            jpa("Ticket", "@Entity @Table(name = \"tickets\") public class Ticket {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @Lob String body;",
                    "  @Lob byte[] attachment;",
                    "  @Lob @Column(nullable = false) char[] notes;",
                    "  Priority priority;",
                    "  @Enumerated(EnumType.ORDINAL) @Column(nullable = false) Priority escalation;",
                    "  @Enumerated(EnumType.STRING) Priority shown;",
                    "  Channel channel;",
                    "}"),
        };
    }

    static final String TICKETING = """
            enum Priority {
              LOW
              NORMAL
              HIGH
              URGENT
            }
            entity Ticket {
              id         bigint @id @auto
              body       text?
              attachment bytes?
              notes      text
              priority   smallint? @min(0) @max(3)
              escalation smallint @min(0) @max(3)
              shown      Priority?
              channel    smallint? @min(0) @max(1)
              @@map("tickets")
              @@timestamps(false)
            }
            """;

    /** The column definitions a Spring team writes for PostgreSQL, each read into the column it gives. */
    static JavaFileObject[] columnDefinitions() {
        return new JavaFileObject[] {
            jpa("Article", "@Entity @Table(name = \"articles\") public class Article {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @Column(columnDefinition = \"jsonb\") String payload;",
                    "  @Column(columnDefinition = \"varchar(40)\") String slug;",
                    "  @Column(columnDefinition = \"numeric(10,3)\") BigDecimal weight;",
                    "  @Column(columnDefinition = \"uuid\") String ref;",
                    "  @Column(columnDefinition = \"bytea\") byte[] thumb;",
                    "  @Column(columnDefinition = \"timestamp with time zone\") LocalDateTime publishedAt;",
                    "  @Column(columnDefinition = \"boolean default false\") Boolean featured;",
                    "  @Column(columnDefinition = \"BOOLEAN DEFAULT true NOT NULL\") Boolean visible;",
                    "  @Lob @Column(columnDefinition = \"text\") String body;",
                    "  @Column(columnDefinition = \"integer default 0\") Integer views;",
                    "  @Column(columnDefinition = \"character varying(8) default 'Draft'\") String state;",
                    "  @Column(columnDefinition = \"numeric(12)\") java.math.BigInteger total;",
                    "  @Column(columnDefinition = \"varchar(64) unique not null\") String handle;",
                    "}"),
        };
    }

    static final String COLUMN_DEFINITIONS = """
            entity Article {
              id           bigint @id @auto
              payload      json?
              slug         string(40)?
              weight       decimal(10, 3)?
              ref          uuid?
              thumb        bytes?
              published_at datetime?
              featured     bool? = false
              visible      bool = true
              body         text?
              views        int? = 0
              state        string(8)? = "Draft"
              total        decimal(12, 0)?
              handle       string(64) @unique
              @@map("articles")
              @@timestamps(false)
            }
            """;

    /**
     * A CRM whose model the checks have much to say of, on a mixin's field, on fields' types and attributes, on an
     * entity's indexes and across entities: the twin of {@link #CRM} for the order of diagnostics.
     */
    static JavaFileObject[] crm() {
        return new JavaFileObject[] {
            jpa("Audit", "@MappedSuperclass public abstract class Audit {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @Column(length = 100) String apiToken;", "}"),
            jpa("Contact", "@Entity @Table(name = \"contacts\", indexes = {@Index(columnList = \"email\"),",
                    "    @Index(columnList = \"email, last_name\")})",
                    "public class Contact extends Audit {",
                    "  @Column(length = 80) String lastName;",
                    "  @Column(length = 120) String email;",
                    "  @Column(length = 20) String phone1;",
                    "  @Column(length = 20) String phone2;",
                    "  double balance;",
                    "  @OneToMany(mappedBy = \"contact\") List<Deal> deals;",
                    "}"),
            jpa("Deal", "@Entity @Table(name = \"deals\") public class Deal extends Audit {",
                    "  @ManyToOne(optional = false) Contact contact;",
                    "  @Column(length = 120) String contactEmail;",
                    "  @Column(precision = 40, scale = 2) BigDecimal amount;",
                    "  @Column(unique = true) double price;",
                    "  @Column(length = 30) String password;",
                    "}"),
        };
    }

    static final String CRM = """
            mixin Audit {
              id        bigint @id @auto
              api_token string(100)?
            }
            entity Contact with Audit {
              last_name string(80)?
              email     string(120)?
              phone1    string(20)?
              phone2    string(20)?
              balance   double
              deals     Deal[]
              @@map("contacts")
              @@index(email)
              @@index(email, last_name)
              @@timestamps(false)
            }
            entity Deal with Audit {
              contact       Contact @on_delete(no_action)
              contact_email string(120)?
              amount        decimal(40, 2)?
              price         double @unique
              password      string(30)?
              @@map("deals")
              @@timestamps(false)
            }
            """;
}
