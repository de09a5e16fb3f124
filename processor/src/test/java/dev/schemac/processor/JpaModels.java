package dev.schemac.processor;

import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Generated JPA models with their {@code .schema} twins, in the style of
 * bench/processor/gen.py's Jakarta flavour: a chain of entities, each with a key, five
 * scalar columns, an enum, a to-one relation to the previous entity and the list of the
 * next one's rows pointing back, and a two-column index.
 */
final class JpaModels {
    private JpaModels() {}

    record Model(List<JavaFileObject> sources, String twin) {}

    static Model generated(int n) {
        var sources = new ArrayList<JavaFileObject>();
        var twin = new StringBuilder("enum Status {\n  NEW\n  ACTIVE\n  RETIRED\n}\n");
        sources.add(Sources.java("test.Status", "public enum Status { NEW, ACTIVE, RETIRED }"));
        for (int i = 0; i < n; i++) {
            String name = name(i);
            var body = new ArrayList<>(List.of(
                    "@Entity",
                    "@Table(indexes = @Index(columnList = \"name, quantity\"))",
                    "public class " + name + " {",
                    "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) long id;",
                    "  @Column(length = 100, unique = true, nullable = false) String name;",
                    "  int quantity;",
                    "  @Column(precision = 10, scale = 2, nullable = false) BigDecimal price;",
                    "  @Column(nullable = false) Instant updatedOn;",
                    "  @Enumerated(EnumType.STRING) @Column(nullable = false) Status status;"));
            twin.append("entity ").append(name).append(" {\n")
                    .append("  id bigint @id @auto\n  name string(100) @unique\n  quantity int\n  price decimal(10, 2)\n")
                    .append("  updated_on datetime\n  status Status\n");
            if (i > 0) {
                body.add("  @ManyToOne(optional = false) " + name(i - 1) + " parent;");
                twin.append("  parent ").append(name(i - 1)).append(" @on_delete(no_action)\n");
            }
            if (i + 1 < n) {
                body.add("  @OneToMany(mappedBy = \"parent\") List<" + name(i + 1) + "> children;");
                twin.append("  children ").append(name(i + 1)).append("[]\n");
            }
            body.add("}");
            twin.append("  @@timestamps(false)\n  @@index(name, quantity)\n}\n");
            sources.add(JpaMappingTest.jpa(name, body.toArray(String[]::new)));
        }
        return new Model(sources, twin.toString());
    }

    static String name(int i) {
        return String.format("E%04d", i);
    }
}
