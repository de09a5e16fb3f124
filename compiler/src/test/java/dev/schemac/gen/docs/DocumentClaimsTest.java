package dev.schemac.gen.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.access.AccessPath;
import dev.schemac.access.AccessPaths;
import dev.schemac.access.IndexCandidate;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Table;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.model.Entity;
import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of claim the two documents make, read back out of the generated text and checked
 * against the Model and Catalog it came from: every index or constraint named exists; every
 * query said to be served names the index {@link AccessPaths} decides (the planner tests prove
 * that one on real engines); every referrer named references the table, and none is left out;
 * every count is the Catalog's; the dialect, Prisma provider and files named are the ones the
 * model and its targets use; no sentence addresses the tool's user; articles agree with the
 * word after them.
 */
class DocumentClaimsTest {
    static List<Path> models() throws IOException {
        var out = new ArrayList<Path>();
        try (Stream<Path> dirs = Files.list(TestPaths.examples())) {
            for (Path d : dirs.sorted().toList()) {
                Path m = d.resolve(d.getFileName() + ".schema");
                if (Files.isRegularFile(m)) out.add(m);
            }
        }
        out.add(TestPaths.testResources().resolve("access/planner.schema"));
        out.add(TestPaths.testResources().resolve("checks/access/SC730-query-not-served.schema"));
        out.add(TestPaths.testResources().resolve("checks/access/SC732-unique-of-live-rows.schema"));
        return out;
    }

    record Docs(Compilation c, Map<String, String> files, List<String> texts) {}

    static Docs docs(Path model) {
        Compilation c = Compiler.compile(List.of(model));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var r = Targets.run(c, Targets.all(), TargetOptions.defaults());
        assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
        var texts = r.files().entrySet().stream().filter(e -> e.getKey().endsWith(".md") && (e.getKey().equals("Database_Design.md")
                || e.getKey().startsWith("ai/decisions/"))).map(Map.Entry::getValue).toList();
        assertThat(texts).hasSize(2);
        return new Docs(c, r.files(), texts);
    }

    /** Prose only: fenced blocks quote other outputs (DDL, Prisma, Python), which have their own tests. */
    static String prose(String md) {
        var b = new StringBuilder();
        boolean code = false;
        for (String line : md.split("\n")) {
            if (line.strip().startsWith("```")) {
                code = !code;
                continue;
            }
            if (!code) b.append(line).append('\n');
        }
        return b.toString();
    }

    private static final Pattern NAMED_INDEX = Pattern.compile("`((?:idx|uq|pk|fk|ck)_[a-z0-9_]+)`");

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyIndexOrConstraintNamedExists(Path model) {
        Docs d = docs(model);
        Set<String> names = new HashSet<>();
        for (Table t : d.c().catalog().tables()) {
            names.add(t.primaryKey().name());
            t.uniques().forEach(u -> names.add(u.name()));
            t.indexes().forEach(i -> names.add(i.name()));
            t.foreignKeys().forEach(f -> names.add(f.name()));
            t.checks().forEach(k -> names.add(k.name()));
        }
        var unknown = new TreeSet<String>();
        for (String text : d.texts()) {
            Matcher m = NAMED_INDEX.matcher(prose(text));
            while (m.find()) if (!names.contains(m.group(1))) unknown.add(m.group(1));
        }
        assertThat(unknown).as("names the documents give that are in no table of the Catalog").isEmpty();
    }

    private static final Pattern SERVED = Pattern.compile("- \"(.*)\" on `([^`]+)`, `[^`]*`: served by the (primary key|unique constraint|index) `([^`]+)`");
    private static final Pattern NOT_SERVED = Pattern.compile("- \"(.*)\" on `([^`]+)`, `[^`]*`: no index serves it");

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyQueryNamesTheIndexThatServesIt(Path model) {
        Docs d = docs(model);
        var paths = AccessPaths.of(d.c().model(), d.c().catalog()).stream().filter(AccessPath::verified).toList();
        for (String text : d.texts()) {
            String p = prose(text);
            int claims = 0;
            for (AccessPath path : paths) {
                String desc = Words.text(path.pattern().description());
                Matcher served = SERVED.matcher(p), not = NOT_SERVED.matcher(p);
                String said = null;
                boolean saidUnserved = false;
                while (served.find()) if (served.group(1).equals(desc) && served.group(2).equals(path.table().name())) said = served.group(4);
                while (not.find()) if (not.group(1).equals(desc) && not.group(2).equals(path.table().name())) saidUnserved = true;
                if (said == null && !saidUnserved) continue; // this document does not list the queries
                claims++;
                if (path.served()) {
                    assertThat(said).as("the index serving \"%s\"", desc).isEqualTo(path.servedBy().get().name());
                    assertThat(AccessPaths.serving(path).stream().map(IndexCandidate::name)).contains(said);
                } else {
                    assertThat(saidUnserved).as("\"%s\" is said to be unserved", desc).isTrue();
                    assertThat(said).isNull();
                }
            }
            if (p.contains("### Declared access patterns")) assertThat(claims).isEqualTo(paths.size());
        }
    }

    private static final Pattern REFERRED = Pattern.compile("`([A-Za-z0-9_]+)` has an integer key and is referenced by the tables? ([^\\n]+)");

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyReferrerNamedReferencesTheTable(Path model) {
        Docs d = docs(model);
        Catalog cat = d.c().catalog();
        for (String text : d.texts()) {
            Matcher m = REFERRED.matcher(prose(text));
            while (m.find()) {
                Table target = cat.tableOf(m.group(1)).orElseThrow();
                var named = new TreeSet<String>();
                Matcher t = Pattern.compile("`([^`]+)`").matcher(m.group(2));
                while (t.find()) named.add(t.group(1));
                var referrers = new TreeSet<String>();
                for (Table x : cat.tables()) {
                    for (ForeignKey fk : x.foreignKeys()) if (fk.referencedTable().equals(target.name()) && !x.name().equals(target.name())) referrers.add(x.name());
                }
                assertThat(named).as("tables said to reference %s", m.group(1)).isEqualTo(referrers);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void countsDialectsProvidersAndFilesAreTheModels(Path model) {
        Docs d = docs(model);
        var s = d.c().model().settings();
        String design = prose(d.files().get("Database_Design.md"));
        // Counts of the summary.
        Matcher m = Pattern.compile("holds (\\d+) entit(?:y|ies) .*? in (\\d+) tables?").matcher(design);
        assertThat(m.find()).as("the summary states the counts").isTrue();
        assertThat(Integer.parseInt(m.group(1))).isEqualTo(d.c().model().entities().size());
        assertThat(Integer.parseInt(m.group(2))).isEqualTo(d.c().catalog().tables().size());
        Matcher stamped = Pattern.compile("(\\d+) of (\\d+) entities carry `created_at`").matcher(design);
        if (stamped.find()) {
            assertThat(Long.parseLong(stamped.group(1))).isEqualTo(d.c().model().entities().stream().filter(Entity::timestamps).count());
            assertThat(Integer.parseInt(stamped.group(2))).isEqualTo(d.c().model().entities().size());
        }
        if (!s.timestamps()) assertThat(design).doesNotContain("@@timestamps(false)");
        // The technology stack names the model's dialect and the provider the Prisma schema really has.
        assertThat(design).contains("- Primary: " + s.dialect().displayName() + " (`sql/" + s.dialect().id() + "/schema.sql`)");
        String prisma = d.files().get("prisma/schema.prisma");
        Matcher provider = Pattern.compile("(?m)^\\s*provider\\s*=\\s*\"(sqlite|postgresql|mysql)\"").matcher(prisma);
        assertThat(provider.find()).isTrue();
        Matcher saidProvider = Pattern.compile("provider = \"([a-z]+)\"").matcher(design);
        while (saidProvider.find()) assertThat(saidProvider.group(1)).isEqualTo(provider.group(1));
        // Every generated file a document names in backticks is one of the hand-over's files.
        for (String text : d.texts()) {
            Matcher f = Pattern.compile("`((?:sql|sqlmodel|prisma|migrations|seed|erd|json|java|mongo|redis)/[^`\\s]+\\.[a-z]+)`").matcher(prose(text));
            while (f.find()) assertThat(d.files()).as("a file the document names").containsKey(f.group(1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void noSentenceAddressesTheToolsUserAndArticlesAgree(Path model) {
        Docs d = docs(model);
        for (String text : d.texts()) {
            String p = prose(text);
            assertThat(p).doesNotContain("would appear here", "not documented in the model", "TODO");
            Matcher a = Pattern.compile("\\b(a|an|A|An) `?([A-Za-z][A-Za-z]*)").matcher(p);
            while (a.find()) {
                String word = a.group(2);
                boolean vowel = "AEIOUaeiou".indexOf(word.charAt(0)) >= 0;
                // The exceptions English has: "a user", "a unique", "an SQL", "an hour"... judged by the first letters.
                boolean yooSound = word.matches("(?i)u(s|n[io]|ni|ti|r|k).*|(?i)eu.*|(?i)one.*|U[A-Z0-9]+.*");
                boolean letterName = word.matches("[FHLMNRSX][A-Z0-9]*") && word.length() <= 4 && word.equals(word.toUpperCase());
                boolean an = a.group(1).equalsIgnoreCase("an");
                boolean expectAn = letterName || (vowel && !yooSound);
                if (word.matches("(?i)hour.*|(?i)honest.*")) expectAn = true;
                assertThat(an).as("\"%s %s\" in %s", a.group(1), word, model.getFileName()).isEqualTo(expectAn);
            }
        }
    }
}
