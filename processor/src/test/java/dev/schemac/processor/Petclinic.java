package dev.schemac.processor;

import static dev.schemac.processor.JpaMappingTest.jpa;

import javax.tools.JavaFileObject;

/**
 * A Spring Petclinic as its authors write it (mapped superclasses three deep, @JoinTable of the vets' specialties,
 * @OrderBy lists, Bean Validation), grown with what such codebases add: an embeddable record, an enum by name and one by
 * ordinal, Hibernate's @NaturalId, an auto-applied converter of a type Hibernate would otherwise serialize. Written for
 * the adversarial pass of the Java front end; judged by Hibernate's own export with no twin.
 */
final class Petclinic {
    private Petclinic() {}

    static JavaFileObject[] sources() {
        return new JavaFileObject[] {
            jpa("BaseEntity", "@MappedSuperclass public class BaseEntity {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id;",
                    "  public Integer getId() { return id; }",
                    "  public boolean isNew() { return this.id == null; }", "}"),
            jpa("NamedEntity", "@MappedSuperclass public class NamedEntity extends BaseEntity {",
                    "  @Column(name = \"name\") @NotBlank private String name;", "}"),
            jpa("Person", "@MappedSuperclass public class Person extends BaseEntity {",
                    "  @Column(name = \"first_name\") @NotBlank private String firstName;",
                    "  @Column(name = \"last_name\") @NotBlank private String lastName;", "}"),
            jpa("YearMonthText", "@Converter(autoApply = true) public class YearMonthText implements AttributeConverter<YearMonth, String> {",
                    "  public String convertToDatabaseColumn(YearMonth y) { return y == null ? null : y.toString(); }",
                    "  public YearMonth convertToEntityAttribute(String s) { return s == null ? null : YearMonth.parse(s); }", "}"),
            jpa("Words", "@Converter(autoApply = true) public class Words implements AttributeConverter<List<String>, String> {",
                    "  public String convertToDatabaseColumn(List<String> l) { return l == null ? null : String.join(\",\", l); }",
                    "  public List<String> convertToEntityAttribute(String s) { return s == null ? null : List.of(s.split(\",\")); }", "}"),
            jpa("Owner", "@Entity @Table(name = \"owners\") public class Owner extends Person {",
                    "  private List<String> nicknames;",
                    "  @Column(name = \"address\") @NotBlank private String address;",
                    "  @Column(name = \"city\") @NotBlank private String city;",
                    "  @Column(name = \"telephone\") @NotBlank @Size(max = 10) private String telephone;",
                    "  private YearMonth memberSince;",
                    "  @OneToMany(mappedBy = \"owner\", cascade = CascadeType.ALL) @OrderBy(\"name\")",
                    "  private List<Pet> pets = new ArrayList<>();", "}"),
            jpa("Sex", "public enum Sex { FEMALE, MALE }"),
            jpa("Pet", "@Entity @Table(name = \"pets\") public class Pet extends NamedEntity {",
                    "  @Column(name = \"birth_date\") private LocalDate birthDate;",
                    "  @ManyToOne @JoinColumn(name = \"type_id\") private PetType type;",
                    "  @ManyToOne @JoinColumn(name = \"owner_id\") private Owner owner;",
                    "  @Enumerated(EnumType.STRING) private Sex sex;",
                    "  @OneToMany(mappedBy = \"pet\", cascade = CascadeType.ALL) @OrderBy(\"date ASC\")",
                    "  private Set<Visit> visits = new LinkedHashSet<>();", "}"),
            jpa("PetType", "@Entity @Table(name = \"types\") public class PetType extends NamedEntity {", "}"),
            jpa("Specialty", "@Entity @Table(name = \"specialties\") public class Specialty extends NamedEntity {",
                    "  @ManyToMany(mappedBy = \"specialties\") private Set<Vet> vets;", "}"),
            jpa("Vet", "@Entity @Table(name = \"vets\") public class Vet extends Person {",
                    "  @ManyToMany(fetch = FetchType.EAGER)",
                    "  @JoinTable(name = \"vet_specialties\", joinColumns = @JoinColumn(name = \"vet_id\"),",
                    "      inverseJoinColumns = @JoinColumn(name = \"specialty_id\"))",
                    "  private Set<Specialty> specialties;",
                    "  @org.hibernate.annotations.NaturalId @Column(length = 20) private String licence;", "}"),
            jpa("Urgency", "public enum Urgency { ROUTINE, URGENT, EMERGENCY }"),
            jpa("Fee", "@Embeddable public record Fee(@Column(precision = 8, scale = 2) BigDecimal amount,",
                    "    @Column(length = 3) String currency) {}"),
            jpa("Visit", "@Entity @Table(name = \"visits\") public class Visit extends BaseEntity {",
                    "  @Column(name = \"visit_date\") private LocalDate date;",
                    "  @NotBlank private String description;",
                    "  @ManyToOne(optional = false) @JoinColumn(name = \"pet_id\") private Pet pet;",
                    "  private Urgency urgency;",
                    "  @Embedded private Fee fee;", "}"),
        };
    }
    /**
     * A chain of clinics: a @NaturalId in a mapped superclass with one on the entity's relation (one unique key of both),
     * an auto-applied converter reaching a primitive and an embeddable's field, a version, a one-to-one by a unique join
     * column and its mappedBy side, a record embeddable, an enum by explicit ORDINAL.
     */
    static JavaFileObject[] chains() {
        return new JavaFileObject[] {
            jpa("Flag", "@Converter(autoApply = true) public class Flag implements AttributeConverter<Boolean, String> {",
                    "  public String convertToDatabaseColumn(Boolean b) { return b == null ? null : b ? \"T\" : \"F\"; }",
                    "  public Boolean convertToEntityAttribute(String s) { return s == null ? null : s.equals(\"T\"); }", "}"),
            jpa("Coded", "@MappedSuperclass public abstract class Coded {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @org.hibernate.annotations.NaturalId @Column(nullable = false, length = 20) String code;",
                    "  @Version Integer version;", "}"),
            jpa("Place", "@Embeddable public class Place {", "  @Column(length = 100) String street;",
                    "  @Column(length = 50) String town;", "  Boolean verified;", "}"),
            jpa("Price", "@Embeddable public record Price(@Column(precision = 10, scale = 2) BigDecimal amount,",
                    "    @Column(length = 3) String currency) {}"),
            jpa("Tier", "public enum Tier { BASIC, PLUS, PREMIUM }"),
            jpa("Chain", "@Entity @Table(name = \"chains\") public class Chain extends Coded {",
                    "  @OneToMany(mappedBy = \"chain\") List<Clinic> clinics;",
                    "  @ManyToMany(mappedBy = \"chains\") List<Brand> brands;", "}"),
            jpa("Clinic", "@Entity @Table(name = \"clinics\") public class Clinic extends Coded {",
                    "  @org.hibernate.annotations.NaturalId @ManyToOne(optional = false) Chain chain;",
                    "  @Embedded Place place;",
                    "  boolean open;",
                    "  @Enumerated(EnumType.ORDINAL) Tier tier;",
                    "  @OneToOne(mappedBy = \"clinic\") Licence licence;", "}"),
            jpa("Brand", "@Entity @Table(name = \"brands\") public class Brand {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @org.hibernate.annotations.NaturalId @Column(nullable = false, unique = true, length = 30) String slug;",
                    "  @ManyToMany @JoinTable(name = \"brand_chain\") Set<Chain> chains;", "}"),
            jpa("Licence", "@Entity @Table(name = \"licences\") public class Licence {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @OneToOne(optional = false) @JoinColumn(name = \"clinic_id\", unique = true) Clinic clinic;",
                    "  @Embedded Price fee;", "  LocalDate validUntil;", "}"),
        };
    }
}
