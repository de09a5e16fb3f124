package dev.schemac.gen.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compiler;
import dev.schemac.support.TestPaths;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The documents have every section the briefs ask for, quote the other targets' files
 * exactly, and contain no boilerplate: no prose line of one example's documents appears
 * in another's, except the plain statements that a target or analysis is missing from
 * this build (which are about the build, and go away when it is complete).
 */
class DesignDocumentTest {
    static final List<String> EXAMPLES = List.of("shop", "blog", "saas");

    static Map<String, String> files(String example) {
        var c = Compiler.compile(List.of(TestPaths.examples().resolve(example + "/" + example + ".schema")));
        var r = Targets.run(c, Targets.all(), TargetOptions.defaults());
        assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
        return r.files();
    }

    @Test
    void everySectionOfTheBriefs() {
        var f = files("shop");
        assertThat(f.get("Database_Design.md")).contains("## Database Design Summary", "### Technology Stack",
                "## Key Entities and Relationships", "### Core Entities", "### Relationship Summary", "## ER Diagram",
                "## SQLModel Schema", "## Prisma Schema", "## Design Rationale & Assumptions", "### Design Decisions",
                "### Assumptions", "### Trade-offs", "## Migration Strategy", "## Sample Seed Data",
                "## Performance Considerations", "## Security Considerations");
        assertThat(f.get("ai/decisions/001_checkout_database_schema.md")).contains("## Entity-Relationship Diagram",
                "## Schema Definition (SQLite)", "## Index Strategy", "## Migration Files Created", "## Assumptions");
    }

    /**
     * Every output is the same bytes whatever the machine's locale: a locale that groups thousands with dots, and one
     * with digits of its own, write the same figures ("2,000,000 rows", "2024-01-01") as the root locale.
     */
    @Test
    void everyOutputIsTheSameInEveryLocale() throws java.io.IOException {
        var models = new ArrayList<>(DocumentClaimsTest.models());
        Locale before = Locale.getDefault();
        try {
            for (var model : models) {
                Locale.setDefault(Locale.ROOT);
                var c = Compiler.compile(List.of(model));
                var expected = Targets.run(c, Targets.all(), TargetOptions.defaults()).files();
                for (Locale other : List.of(Locale.GERMANY, Locale.forLanguageTag("ar-EG-u-nu-arab"), Locale.forLanguageTag("hi-IN-u-nu-deva"))) {
                    Locale.setDefault(other);
                    var again = Targets.run(Compiler.compile(List.of(model)), Targets.all(), TargetOptions.defaults()).files();
                    for (var e : expected.entrySet()) {
                        assertThat(again.get(e.getKey())).as("%s of %s in %s", e.getKey(), model.getFileName(), other).isEqualTo(e.getValue());
                    }
                }
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void quotesTheOtherTargetsExactly() {
        for (String example : EXAMPLES) {
            var f = files(example);
            String design = f.get("Database_Design.md");
            String record = f.keySet().stream().filter(k -> k.startsWith("ai/decisions/")).map(f::get).findFirst().orElseThrow();
            String dialect = design.replaceAll("(?s).*`dialect = (\\w+)`.*", "$1");
            assertThat(design).contains("```mermaid\n" + f.get("mermaid/er.mmd") + "```");
            assertThat(design).contains("```sql\n" + f.get("seed/" + dialect + "/seed.sql") + "```");
            assertThat(record).contains("```\n" + f.get("erd/er.txt") + "```");
            assertThat(record).contains("```sql\n" + f.get("sql/" + dialect + "/schema.sql") + "```");
            for (String path : f.keySet()) {
                if (path.startsWith("migrations/")) assertThat(record).contains("- `" + path + "`");
            }
        }
    }

    static final List<Pattern> ABOUT_THE_BUILD = List.of(
            Pattern.compile(".*The `\\w+` target is not registered in this build.*"),
            Pattern.compile("No normal-form analysis is attached to this compilation.*"),
            Pattern.compile(".*— the `\\w+` target is not registered in this build.*"));

    @Test
    void everyProseLineNamesSomethingOfItsModel() {
        var unanchored = new ArrayList<String>();
        for (String example : EXAMPLES) {
            var c = Compiler.compile(List.of(TestPaths.examples().resolve(example + "/" + example + ".schema")));
            Set<String> names = names(c);
            var f = files(example);
            for (var e : f.entrySet()) {
                if (!e.getKey().endsWith(".md")) continue;
                for (String line : prose(e.getValue())) {
                    // A file of the hand-over, or a folder of them, is something of this model too.
                    boolean anchored = f.keySet().stream().anyMatch(path -> mentionsPath(line, path));
                    for (String w : line.split("[^A-Za-z0-9_]+")) if (names.contains(w)) anchored = true;
                    for (String w : line.split("[^A-Za-z0-9]+")) if (names.contains(w)) anchored = true;
                    for (String phrase : phrases(c)) if (line.contains(phrase)) anchored = true;
                    if (!anchored) unanchored.add(example + "/" + e.getKey() + ": " + line);
                }
            }
        }
        assertThat(unanchored).as("sentences that name nothing of their model read the same for every model").isEmpty();
    }

    /** Whether a line names {@code path} or a folder it lies in (in backticks, as the documents write paths). */
    static boolean mentionsPath(String line, String path) {
        for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
            if (line.contains("`" + path.substring(0, i + 1) + "`")) return true;
        }
        return line.contains(path);
    }

    /** What a sentence can be about: the model's names, its settings and the options it was generated with. */
    static Set<String> names(dev.schemac.compile.Compilation c) {
        var out = new java.util.HashSet<String>();
        var s = c.model().settings();
        out.add(s.name());
        out.addAll(List.of(s.displayTitle().split("\\W+")));
        if (s.feature() != null) out.add(s.feature());
        out.add(s.dialect().displayName());
        out.add(s.dialect().id());
        out.add(TargetOptions.defaults().timestamp());
        for (var e : c.model().entities()) {
            out.add(e.name());
            e.mixins().forEach(out::add);
            for (var fd : e.fields()) out.add(fd.name());
        }
        for (var e : c.model().enums()) out.add(e.name());
        for (var e : c.catalog().enums()) out.add(e.typeName());
        for (var t : c.catalog().tables()) {
            out.add(t.name());
            out.add(t.primaryKey().name());
            if (t.updatedAtTrigger() != null) out.add(t.updatedAtTrigger());
            t.columns().forEach(col -> out.add(col.name()));
            t.foreignKeys().forEach(x -> out.add(x.name()));
            t.uniques().forEach(x -> out.add(x.name()));
            t.indexes().forEach(x -> out.add(x.name()));
        }
        return out;
    }

    /** Text the model carries whole: doc comments, volumes, growth and query descriptions. */
    static List<String> phrases(dev.schemac.compile.Compilation c) {
        var out = new ArrayList<String>();
        for (var e : c.model().entities()) {
            if (e.doc() != null) out.add(e.doc().strip());
            if (e.volume() != null) out.add(String.format("%,d", e.volume().rows()));
            e.queries().forEach(q -> out.add(q.description()));
            for (var f : e.fields()) if (f.doc() != null) out.add(f.doc().strip());
        }
        return out;
    }

    /** Lines of prose: not code, not headings, not table rules, not a lone list marker. */
    static List<String> prose(String md) {
        var out = new ArrayList<String>();
        boolean code = false;
        String[] lines = md.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i].strip();
            if (s.startsWith("```")) {
                code = !code;
                continue;
            }
            boolean tableHeader = s.startsWith("|") && i + 1 < lines.length && lines[i + 1].strip().startsWith("| ---");
            // A line that only leads into the list after it ("Values whose representation changes:") is structure, like a heading.
            int next = i + 1;
            while (next < lines.length && lines[next].isBlank()) next++;
            String body = s.replaceFirst("^([-*]|\\d+\\.) ", "");
            boolean leadIn = body.endsWith(":") && !body.contains(". ") && next < lines.length
                    && lines[next].strip().matches("([-*]|\\d+\\.) .*");
            if (code || s.isEmpty() || s.startsWith("#") || tableHeader || s.startsWith("| ---") || leadIn) continue;
            if (ABOUT_THE_BUILD.stream().anyMatch(p -> p.matcher(s).matches())) continue;
            if (Set.of("- Key Attributes:", "- Relationships:", "- Relationships: none").contains(s)) continue;
            out.add(s);
        }
        return out;
    }

    @Test
    void aSchemaWithoutFeatureNamesTheRecordAfterItself() throws Exception {
        var dir = Files.createTempDirectory("schemac-docs");
        var file = dir.resolve("inventory.schema");
        Files.writeString(file, "schema inventory {\n  dialect = postgres\n}\n\nentity Item {\n  name string(40) @unique\n}\n");
        var c = Compiler.compile(List.of(file));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var f = Targets.run(c, List.of(Targets.byName("docs").orElseThrow()), TargetOptions.defaults()).files();
        assertThat(f).containsKey("ai/decisions/inventory_database_schema.md");
        assertThat(f.get("ai/decisions/inventory_database_schema.md"))
                .contains("The schema declares no `feature`, so this record is named after the schema (`inventory`).");
        assertThat(f.get("Database_Design.md")).contains("no entity declares `@@volume`", "no field of the inventory schema is marked `@pii`.")
                .doesNotContain("SQLite has no exact decimal type");
    }

    /**
     * A count of one row reads "1 row" wherever the documents give a number of rows: a model whose only
     * {@code @@volume} is one row (the largest declared, its data volume, its partitioning line, the decision
     * record's volumes, the document design's averages) says "about 1 row" and never "1 rows".
     */
    @Test
    void aVolumeOfOneRowIsOneRow() throws Exception {
        var dir = Files.createTempDirectory("schemac-docs");
        var file = dir.resolve("settings.schema");
        Files.writeString(file, "schema settings {\n  dialect = postgres\n}\n\nentity Singleton {\n  name string(40)\n"
                + "  flags Flag[]\n  @@volume(rows = 1)\n}\n\nentity Flag {\n  owner Singleton @on_delete(cascade)\n  code string(20)\n"
                + "  @@volume(rows = 1)\n}\n");
        var c = Compiler.compile(List.of(file));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var f = Targets.run(c, Targets.all(), TargetOptions.defaults()).files();
        assertThat(f.get("Database_Design.md")).contains("- Data volume of Singleton: about 1 row", "- `singletons`, about 1 row");
        assertThat(f.get("ai/decisions/settings_database_schema.md")).contains("- Volume: the largest declared is `singletons`, about 1 row.");
        var oneRows = Pattern.compile("(?<![0-9,.])1 (?:[A-Za-z`]+ )?rows\\b");
        for (var e : f.entrySet()) {
            var m = oneRows.matcher(e.getValue());
            assertThat(m.find() ? e.getValue().substring(Math.max(0, m.start() - 200), m.end()) : "").as(e.getKey()).isEmpty();
        }
    }
}
