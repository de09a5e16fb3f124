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
 * A Jakarta Persistence entity is written with JPA's annotations: a diagnostic on one speaks
 * JPA's words ({@code @Table(name)}, {@code @Table(indexes = @Index(columnList))}) and names
 * what the JPA annotation holds; schemac's own
 * entities keep schemac's words beside them in the same compilation.
 */
class JpaWordsTest {
    private static final String KEY = "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;";

    /** Every help line of the compilation's messages about one source file. */
    private static List<String> helps(Compilation c, JavaFileObject file) {
        return c.diagnostics().stream().filter(d -> d.getSource() != null && d.getSource().toUri().equals(file.toUri()))
                .map(d -> d.getMessage(Locale.ROOT)).filter(m -> m.contains("help:"))
                .map(m -> m.substring(m.indexOf("help:"))).toList();
    }

    @Test
    void aReservedTableNameOfAJpaEntityIsSaidInJpasWords() {
        var order = jpa("Order", "/** An order. */", "@Entity", "@Table(name = \"order\")", "public class Order {", KEY, "}");
        var group = jpa("Group", "/** A group. */", "@Entity", "public class Group {", KEY, "}");
        var own = Sources.java("test.Select", "import dev.schemac.annotations.*;", "/** A choice. */",
                "@Entity(table = \"select\")", "public class Select {", "  @Id @Auto long id;", "}");
        var c = Sources.compile(order, group, own);
        // Where the name is written (@Table(name), @Entity(table)); a derived name, on the class.
        assertThat(c).hadWarningContaining("[SC607] table name `order` is reserved").inFile(order).onLineContaining("@Table(name = \"order\")");
        assertThat(c).hadWarningContaining("[SC607] table name `groups` is reserved").inFile(group).onLineContaining("class Group");
        assertThat(c).hadWarningContaining("[SC607] table name `select` is reserved").inFile(own).onLineContaining("@Entity(table = \"select\")");
        for (var jpaFile : List.of(order, group)) {
            assertThat(helps(c, jpaFile)).anySatisfy(h -> assertThat(h).contains("rename it (or `@Table(name)` it)"))
                    .noneSatisfy(h -> assertThat(h).contains("@Entity("));
        }
        assertThat(helps(c, own)).anySatisfy(h -> assertThat(h).contains("rename it (or `@Entity(table)` it)"))
                .noneSatisfy(h -> assertThat(h).contains("@Table("));
    }

    @Test
    void aJoinTableIsSaidToHoldWhatItsAnnotationWrites() {
        var tag = jpa("Tag", "/** A tag. */ @Entity public class Tag {", KEY, "  @ManyToMany(mappedBy = \"tags\") List<Post> posts;", "}");
        var post = jpa("Post", "/** A post. */ @Entity public class Post {", KEY,
                "  @ManyToMany",
                "  @JoinTable(indexes = @Index(columnList = \"tags_id\"))",
                "  List<Tag> tags;",
                "  @ManyToMany",
                "  @JoinTable(",
                "    name = \"`PostReaders`\",",
                "    uniqueConstraints = @UniqueConstraint(columnNames = {\"readers_id\", \"read_id\"}))",
                "  List<Reader> readers;",
                "  @ManyToMany @JoinTable List<Tag> plain;",
                "}");
        var reader = jpa("Reader", "/** A reader. */ @Entity public class Reader {", KEY,
                "  @ManyToMany(mappedBy = \"readers\") List<Post> read;", "  @ManyToMany(mappedBy = \"plain\") List<Tag> tags;", "}");
        var c = Sources.compile(tag, post, reader);
        assertThat(c).hadWarningContaining("[SC916] @JoinTable(indexes) on `tags` cannot be said in the language: schemac derives "
                + "the join table's primary key and indexes itself").inFile(post).onLineContaining("@JoinTable(indexes");
        assertThat(c).hadWarningContaining("[SC916] @JoinTable(name) on `readers` cannot be said in the language: the language "
                + "names a join table after its relation, the snake_case of a name of letters, digits and `_`").inFile(post)
                .onLineContaining("name = \"`PostReaders`\"");
        assertThat(c).hadWarningContaining("[SC916] @JoinTable(uniqueConstraints) on `readers`").inFile(post)
                .onLineContaining("uniqueConstraints =");
        var joinTables = c.warnings().stream().map(d -> d.getMessage(Locale.ROOT)).filter(m -> m.contains("@JoinTable")).toList();
        assertThat(joinTables).as("a bare @JoinTable says nothing; no message says names it does not write").hasSize(3)
                .noneSatisfy(m -> assertThat(m).contains("@JoinTable names"));
    }

    @Test
    void anEmptyJpaIndexOrUniqueConstraintIsHelpedInJpasWords() {
        var item = jpa("Item", "/** An item. */ @Entity", "@Table(", "  indexes = @Index(columnList = \"\"),",
                "  uniqueConstraints = @UniqueConstraint(columnNames = {}))", "public class Item {", KEY, "}");
        var c = Sources.compile(item);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("help: write @Table(indexes = @Index(columnList = \"column, ...\"))").inFile(item)
                .onLineContaining("indexes = @Index");
        assertThat(c).hadErrorContaining("help: write @Table(uniqueConstraints = @UniqueConstraint(columnNames = {\"column\", ...}))")
                .inFile(item).onLineContaining("uniqueConstraints =");
        assertThat(helps(c, item)).isNotEmpty().noneSatisfy(h -> assertThat(h).containsAnyOf("on the class", "@Index(value", "@Unique("));
    }
}
