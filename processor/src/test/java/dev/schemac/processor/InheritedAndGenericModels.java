package dev.schemac.processor;

import static dev.schemac.processor.JpaMappingTest.jpa;

import javax.tools.JavaFileObject;

/**
 * JPA models as Spring Boot teams write them where relations and types come from a superclass: many-to-manys declared in
 * a {@code @MappedSuperclass}, generic superclasses passing their own type variables on, bounded key types, wildcard and
 * array fields. Each is judged against Hibernate's own schema export ({@link HibernateJudgeTest}).
 */
final class InheritedAndGenericModels {
    private InheritedAndGenericModels() {}

    /** One many-to-many pair whose owning side a mapped superclass declares: the entity's table names the join table. */
    static JavaFileObject[] mixinManyToMany() {
        return new JavaFileObject[] {
            jpa("Labelled", "@MappedSuperclass public abstract class Labelled {", "  @ManyToMany Set<Label> labels;", "}"),
            jpa("Article", "@Entity @Table(name = \"articles\") public class Article extends Labelled {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", "  String title;", "}"),
            jpa("Label", "@Entity @Table(name = \"labels\") public class Label {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @ManyToMany(mappedBy = \"labels\") Set<Article> articles;", "}"),
        };
    }

    /**
     * Two many-to-manys to one entity in a mapped superclass, which the language must name: Hibernate names each join
     * table after the table of the entity that extends the superclass, `draft_labels` and `draft_pinned_labels`.
     */
    static JavaFileObject[] mixinTwoManyToManys() {
        return new JavaFileObject[] {
            jpa("Labelled", "@MappedSuperclass public abstract class Labelled {", "  @ManyToMany Set<Label> labels;",
                    "  @ManyToMany Set<Label> pinnedLabels;", "}"),
            jpa("Draft", "@Entity public class Draft extends Labelled {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", "}"),
            jpa("Label", "@Entity @Table(name = \"labels\") public class Label {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @ManyToMany(mappedBy = \"labels\") Set<Draft> drafts;",
                    "  @ManyToMany(mappedBy = \"pinnedLabels\") Set<Draft> pinnedIn;", "}"),
        };
    }

    /** Keys whose types come through bounded type variables, passed on by a generic superclass of its own. */
    static JavaFileObject[] boundedKeys() {
        return new JavaFileObject[] {
            jpa("Keyed", "@MappedSuperclass public abstract class Keyed<ID extends Number & Comparable<? super ID>> {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) ID id;", "}"),
            jpa("Audited", "@MappedSuperclass public abstract class Audited<K extends Long> extends Keyed<K> {",
                    "  @Column(nullable = false) Instant createdAt;", "}"),
            jpa("Coded", "@MappedSuperclass public abstract class Coded<C extends CharSequence> {", "  @Id @Column(length = 12) C code;", "}"),
            jpa("Invoice", "@Entity @Table(name = \"invoices\") public class Invoice extends Audited<Long> {", "  String number;", "}"),
            jpa("Region", "@Entity @Table(name = \"regions\") public class Region extends Coded<String> {",
                    "  @ManyToOne Invoice lastInvoice;", "}"),
        };
    }

    /** An auto-applied converter of {@code Tagged<Integer>} and a field of a subclass passing its own type variable on. */
    static JavaFileObject[] subclassPassingItsVariable(String field) {
        return new JavaFileObject[] {
            jpa("Tagged", "public class Tagged<T> implements java.io.Serializable { public T value; }"),
            jpa("Ids", "public class Ids<T> extends Tagged<T> {}"),
            jpa("TagNumber", "@Converter(autoApply = true) public class TagNumber implements AttributeConverter<Tagged<Integer>, Integer> {",
                    "  public Integer convertToDatabaseColumn(Tagged<Integer> t) { return t == null ? null : t.value; }",
                    "  public Tagged<Integer> convertToEntityAttribute(Integer i) { return null; }", "}"),
            jpa("Sheet", "@Entity @Table(name = \"sheets\") public class Sheet {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", field, "}"),
        };
    }

    /** Relations to a wildcard's bound: {@code List<? extends Comment>}, {@code Set<? extends Topic>}. */
    static JavaFileObject[] wildcardRelations() {
        return new JavaFileObject[] {
            jpa("Discussion", "@Entity @Table(name = \"discussions\") public class Discussion {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @OneToMany(mappedBy = \"discussion\") List<? extends Comment> comments;",
                    "  @ManyToMany Set<? extends Topic> topics;", "}"),
            jpa("Comment", "@Entity @Table(name = \"comments\") public class Comment {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", "  @ManyToOne Discussion discussion;", "}"),
            jpa("Topic", "@Entity @Table(name = \"topics\") public class Topic {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                    "  @ManyToMany(mappedBy = \"topics\") Set<Discussion> discussions;", "}"),
        };
    }

    /** Arrays of basic values, one of them through a mapped superclass's type variable ({@code T[]} with {@code Integer}). */
    static JavaFileObject[] arrays(String... fields) {
        var body = new java.util.ArrayList<>(java.util.List.of("@Entity @Table(name = \"readings\") public class Reading extends Series<Integer> {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;"));
        body.addAll(java.util.List.of(fields));
        body.add("}");
        return new JavaFileObject[] {
            jpa("Series", "@MappedSuperclass public abstract class Series<T> {", "  T[] samples;", "}"),
            jpa("Reading", body.toArray(String[]::new)),
        };
    }

    /**
     * A Spring Boot order service as teams write it: JSpecify's {@code @NullMarked} package, Kotlin's JetBrains
     * annotations, private fields without getters (Lombok's), a record embeddable, a version, lazy to-ones with named
     * join columns, a back side in a map keyed by the child's column ({@code @MapKey}), an {@code @IdClass} line key.
     */
    static JavaFileObject[] orderService() {
        return new JavaFileObject[] {
            Sources.java("test.package-info", "@org.jspecify.annotations.NullMarked package test;"),
            Sources.java("org.jetbrains.annotations.NotNull",
                    "package org.jetbrains.annotations; public @interface NotNull {}"),
            Sources.java("org.jetbrains.annotations.Nullable",
                    "package org.jetbrains.annotations; public @interface Nullable {}"),
            jpa("Money", "@Embeddable public record Money(@Column(precision = 12, scale = 2) BigDecimal amount,",
                    "    @Column(length = 3) String currency) {}"),
            jpa("Status", "public enum Status { NEW, PAID, SHIPPED }"),
            jpa("Account", "@Entity @Table(name = \"accounts\") public class Account {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;",
                    "  @org.jetbrains.annotations.NotNull @Column(nullable = false, length = 120) private String email;",
                    "  @org.jetbrains.annotations.Nullable private String nickname;",
                    "  @org.jetbrains.annotations.NotNull private String plan;",
                    "  @Version private long version;",
                    "  @OneToMany(mappedBy = \"account\") private List<Purchase> purchases;", "}"),
            jpa("Purchase", "@Entity @Table(name = \"purchases\") public class Purchase {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;",
                    "  @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = \"account_id\") private Account account;",
                    "  @Embedded private Money total;",
                    "  @Enumerated(EnumType.STRING) @Column(nullable = false, length = 16) private Status status;",
                    "  @Version private Integer revision;",
                    "  @OneToMany(mappedBy = \"purchase\") @MapKey(name = \"sku\") private Map<String, PurchaseLine> lines;", "}"),
            jpa("LineKey", "public class LineKey implements java.io.Serializable { Long purchase; String sku; }"),
            jpa("PurchaseLine", "@Entity @Table(name = \"purchase_lines\") @IdClass(LineKey.class) public class PurchaseLine {",
                    "  @Id @ManyToOne(fetch = FetchType.LAZY) private Purchase purchase;",
                    "  @Id @Column(length = 32) private String sku;",
                    "  @Min(1) private int quantity;", "}"),
        };
    }
}
