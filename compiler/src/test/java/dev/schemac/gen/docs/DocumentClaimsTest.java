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
        // Models unlike the examples: other dialects and settings, stores, keys, names and gaps.
        try (Stream<Path> files = Files.list(TestPaths.testResources().resolve("docs"))) {
            files.filter(f -> f.toString().endsWith(".schema")).sorted().forEach(out::add);
        }
        // The app-readiness models, of working size (their imported files in common/ are not models of their own).
        try (Stream<Path> files = Files.list(TestPaths.testResources().resolve("app-models"))) {
            files.filter(f -> f.toString().endsWith(".schema")).sorted().forEach(out::add);
        }
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

    /** A code span of names written by NameText (`"catalogue products".created_at`, `"a ""b"""`), as plain in a document's sentences. */
    private static final Pattern NAME_SPAN = Pattern.compile("`((?:\"(?:[^\"`]|\"\")+\"|[A-Za-z_][A-Za-z0-9_]*)(?:(?:\\.|, )(?:\"(?:[^\"`]|\"\")+\"|[A-Za-z_][A-Za-z0-9_]*))*)`");
    private static final Pattern NAME_PART = Pattern.compile("\"((?:[^\"]|\"\")+)\"");

    /**
     * The line with each code span of names read back to the names as written: the claims below compare the names
     * the documents give with the catalog's, whichever way the one rule of names (NameText) writes them.
     */
    static String names(String text) {
        if (text.indexOf('"') < 0) return text;
        String line = text;
        Matcher m = NAME_SPAN.matcher(line);
        var b = new StringBuilder();
        while (m.find()) {
            String span = m.group(1);
            if (span.indexOf('"') < 0) continue;
            Matcher q = NAME_PART.matcher(span);
            var read = new StringBuilder();
            while (q.find()) {
                String name = q.group(1).replace("\"\"", "\"");
                // A plain word NameText writes bare: this span is a quoted value, not a name.
                q.appendReplacement(read, Matcher.quoteReplacement(dev.schemac.render.text.NameText.plain(name) ? q.group() : name));
            }
            q.appendTail(read);
            m.appendReplacement(b, Matcher.quoteReplacement("`" + read + "`"));
        }
        m.appendTail(b);
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
            while (m.find()) {
                // The naming section names the conventional name a deviating one replaces: "not `x`", "`x` is longer than".
                String p = prose(text);
                boolean conventional = p.startsWith("not ", Math.max(0, m.start() - 4))
                        || p.startsWith(" is longer than", m.end()) || p.startsWith(" is the full form", m.end());
                if (!conventional && !names.contains(m.group(1))) unknown.add(m.group(1));
            }
        }
        assertThat(unknown).as("names the documents give that are in no table of the Catalog").isEmpty();
    }

    /** A trigger's name in a document (a function's with {@code ()}); the convention {@code trg_{table}_updated_at} is none. */
    private static final Pattern NAMED_TRIGGER = Pattern.compile("`(trg_[^`(){}]+)(?:\\(\\))?`");
    private static final Pattern CREATED_TRIGGER = Pattern.compile("CREATE TRIGGER (?:\"((?:[^\"]|\"\")+)\"|(\\S+)) ");

    /**
     * Triggers are named by the Catalog and created by the scripts: every trigger name a
     * document gives is a trigger of each script that creates triggers (SQLite's and
     * PostgreSQL's DDL, Prisma's migration.sql), and each such script creates exactly the
     * Catalog's.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyTriggerNamedIsCreatedByEveryScriptWithTriggers(Path model) {
        Docs d = docs(model);
        var catalog = new TreeSet<String>();
        for (Table t : d.c().catalog().tables()) if (t.updatedAtTrigger() != null) catalog.add(t.updatedAtTrigger());
        int scripts = 0;
        for (var f : d.files().entrySet()) {
            if (!f.getKey().endsWith(".sql") || f.getKey().contains("drop") || f.getKey().contains("down")) continue;
            var created = new TreeSet<String>();
            Matcher m = CREATED_TRIGGER.matcher(f.getValue());
            while (m.find()) created.add(m.group(1) != null ? m.group(1).replace("\"\"", "\"") : m.group(2));
            if (created.isEmpty()) continue;
            scripts++;
            if (f.getKey().endsWith("schema.sql") || f.getKey().endsWith("migration.sql")) {
                assertThat(created).as("the triggers %s creates", f.getKey()).isEqualTo(catalog);
            }
            for (String text : d.texts()) {
                Matcher named = NAMED_TRIGGER.matcher(prose(text));
                while (named.find()) {
                    assertThat(created).as("`%s`, which a document names, in %s", named.group(1), f.getKey()).contains(named.group(1));
                }
            }
        }
        if (!catalog.isEmpty()) assertThat(scripts).as("scripts that create the Catalog's triggers").isPositive();
    }

    private static final Pattern SERVED = Pattern.compile("- \"(.*)\" on `([^`]+)`, `[^`]*`: served by the (primary key|unique constraint|index) `([^`]+)`");
    private static final Pattern NOT_SERVED = Pattern.compile("- \"(.*)\" on `([^`]+)`, `[^`]*`: no index serves it");

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyQueryNamesTheIndexThatServesIt(Path model) {
        Docs d = docs(model);
        var paths = AccessPaths.of(d.c().model(), d.c().catalog()).stream().filter(AccessPath::verified).toList();
        for (String text : d.texts()) {
            String p = names(prose(text));
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

    /**
     * A `@@query` in words only states no filter or sort: the documents give it as written, claim no index and no
     * condition for it, and the lead of the list says it speaks of the stated queries alone when any is in words only.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void aQueryInWordsOnlyIsGivenNoConditionAndNoIndex(Path model) {
        Docs d = docs(model);
        var paths = AccessPaths.of(d.c().model(), d.c().catalog());
        String design = prose(d.files().get("Database_Design.md"));
        long words = paths.stream().filter(p -> !p.verified()).count();
        if (words > 0) assertThat(design).doesNotContain("Each query is stated as the");
        for (AccessPath p : paths) {
            if (p.verified()) continue;
            String said = "\"" + Words.text(p.pattern().description()) + "\" on " + Words.name(p.table().name());
            for (String text : d.texts()) {
                for (String line : prose(text).split("\n")) {
                    if (!line.contains(said)) continue;
                    assertThat(line).as("%s", line).contains("in words only").doesNotContain("served by").doesNotContain("`WHERE");
                }
            }
        }
    }

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
                // Each table as NameText writes it (`"order lines"`), read back to the name.
                while (t.find()) {
                    String n = names(t.group());
                    named.add(n.substring(1, n.length() - 1));
                }
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
        if (d.c().model().entities().isEmpty()) {
            assertThat(design).contains("schema declares no entity, so it has no table");
            assertThat(d.c().catalog().tables()).isEmpty();
        } else {
            assertThat(m.find()).as("the summary states the counts").isTrue();
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(d.c().model().entities().size());
            assertThat(Integer.parseInt(m.group(2))).isEqualTo(d.c().catalog().tables().size());
        }
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

    /** A default as said: a code span of any fence (hostile text holds backticks), or the words for {@code now()} and {@code uuid()}. */
    private static final Pattern SAID_DEFAULT = Pattern.compile("defaults to (?:(`+)(.+?)(?<!`)\\1(?!`)|(the (?:date|time of day|time) of the insert|a new UUID))");

    /**
     * Every field the entity lists with a column default says the default the Catalog gives its
     * column (the one every script writes), an enum's by the value whose label is stored; a field
     * whose column has none says none. Implicit fields say where they come from instead.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyDefaultSaidIsTheColumnsAndNoneIsLeftOut(Path model) {
        Docs d = docs(model);
        String design = prose(d.files().get("Database_Design.md"));
        for (Entity e : d.c().model().entities()) {
            int at = design.indexOf("**" + e.name() + "** (table `");
            assertThat(at).as("the section of %s", e.name()).isNotNegative();
            int end = design.indexOf("   - Relationships", at);
            String section = design.substring(at, end < 0 ? design.length() : end);
            Table t = d.c().catalog().tableOf(e.name()).orElseThrow();
            for (var f : e.fields()) {
                if (f.relation() != null) continue;
                Matcher line = Pattern.compile("(?m)^     - `" + Pattern.quote(f.name()) + "` (.*)$").matcher(section);
                assertThat(line.find()).as("the line of %s.%s", e.name(), f.name()).isTrue();
                Matcher said = SAID_DEFAULT.matcher(line.group(1).split(" — ", 2)[0]);
                var col = t.columnsOf(f.name()).get(0);
                if (col.defaultValue() == null || f.origin() == dev.schemac.model.Origin.IMPLICIT) {
                    assertThat(said.find()).as("%s.%s has no default of its own to say", e.name(), f.name()).isFalse();
                    continue;
                }
                assertThat(said.find()).as("the default of %s.%s is said", e.name(), f.name()).isTrue();
                String expected = expectedDefault(d, f, col);
                // A value is a code span, fenced and made visible by the one Markdown path (hostile text holds backticks and line breaks).
                if (said.group(3) == null) expected = dev.schemac.render.markdown.Md.code(expected);
                String got = said.group(3) != null ? said.group(3) : said.group(1) + said.group(2) + said.group(1);
                assertThat(got).as("the default of %s.%s", e.name(), f.name()).isEqualTo(expected);
            }
        }
    }

    /** The default of the column, in the words or the text the documents give it (a value before its code span). */
    private static String expectedDefault(Docs d, dev.schemac.model.Field f, dev.schemac.catalog.Column col) {
        var v = col.defaultValue();
        if (v instanceof dev.schemac.catalog.ColumnDefault.Number n) return n.value().toPlainString();
        if (v instanceof dev.schemac.catalog.ColumnDefault.Text x) return dev.schemac.lang.ModelString.quote(x.value());
        if (v instanceof dev.schemac.catalog.ColumnDefault.Bool b) return String.valueOf(b.value());
        if (v instanceof dev.schemac.catalog.ColumnDefault.EnumValue ev) {
            var en = d.c().model().enums().stream().filter(x -> x.name().equals(f.type().display())).findFirst().orElseThrow();
            return en.values().stream().filter(m -> (m.dbValue() == null ? m.name() : m.dbValue()).equals(ev.value())).findFirst().orElseThrow().name();
        }
        if (v instanceof dev.schemac.catalog.ColumnDefault.Now) {
            return switch (col.type().kind()) {
                case DATE -> "the date of the insert";
                case TIME -> "the time of day of the insert";
                default -> "the time of the insert";
            };
        }
        return "a new UUID";
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

    /**
     * A folder that holds the migrations of an earlier run (the checked-in examples are such
     * folders) gives the same documents as an empty one: what they say about the migrations
     * comes from the migrations, not from whether this run wrote them.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theDocumentsDoNotDependOnWhetherTheMigrationsWereWrittenBefore(Path model) {
        Compilation c = Compiler.compile(List.of(model));
        var fresh = Targets.run(c, Targets.all(), TargetOptions.defaults()).files();
        var onDisk = new java.util.TreeMap<String, String>();
        fresh.forEach((p, t) -> {
            if (p.startsWith("migrations/")) onDisk.put(p.substring("migrations/".length()), t);
        });
        var history = dev.schemac.evolve.History.read(onDisk);
        assertThat(history.problems()).isEmpty();
        assertThat(history.entries()).hasSize(1);
        var again = Targets.run(c, Targets.all(), TargetOptions.defaults().withHistory(history));
        assertThat(again.hasErrors()).as("%s", again.diagnostics()).isFalse();
        for (String doc : fresh.keySet()) {
            if (doc.equals("Database_Design.md") || doc.startsWith("ai/decisions/")) {
                assertThat(again.files().get(doc)).as(doc).isEqualTo(fresh.get(doc));
            }
        }
    }

    /** The DDL of the model's primary dialect, as the hand-over holds it. */
    private static String primaryDdl(Docs d) {
        var dialect = d.c().model().settings().dialect();
        return d.files().get("sql/" + dialect.id() + "/schema.sql");
    }

    /**
     * Every count of CHECK constraints said of a dialect is that dialect's DDL's: an enum's
     * membership check exists only on SQLite, a {@code @pattern} check only where there are
     * regular expressions.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyCheckCountIsTheDdlsOfItsDialect(Path model) {
        Docs d = docs(model);
        for (String text : d.texts()) {
            String p = prose(text);
            Matcher m = Pattern.compile("(\\d+) CHECK constraints? in the (SQLite|PostgreSQL|MySQL) DDL").matcher(p);
            while (m.find()) {
                var dialect = java.util.Arrays.stream(dev.schemac.model.Dialect.values()).filter(x -> x.displayName().equals(m.group(2))).findFirst().orElseThrow();
                assertThat(Integer.parseInt(m.group(1))).as(m.group()).isEqualTo(checksIn(d.files().get("sql/" + dialect.id() + "/schema.sql")));
            }
            Matcher my = Pattern.compile("MySQL enforces (?:the CHECK constraint|the (\\d+) CHECK constraints) only from").matcher(p);
            while (my.find()) {
                int said = my.group(1) == null ? 1 : Integer.parseInt(my.group(1));
                assertThat(said).as(my.group()).isEqualTo(checksIn(d.files().get("sql/mysql/schema.sql")));
            }
            Matcher pm = Pattern.compile("so (?:the CHECK constraint|the (\\d+) CHECK constraints)(?: and [^,]*)?, which schema.prisma cannot express").matcher(p);
            while (pm.find()) {
                int said = pm.group(1) == null ? 1 : Integer.parseInt(pm.group(1));
                String prismaDdl = d.files().entrySet().stream().filter(e -> e.getKey().matches("migrations/prisma/[^/]+/migration.sql"))
                        .map(Map.Entry::getValue).findFirst().orElseThrow();
                assertThat(said).as(pm.group()).isEqualTo(checksIn(prismaDdl));
            }
        }
    }

    private static int checksIn(String ddl) {
        Matcher m = Pattern.compile("CONSTRAINT (?:\"(?:[^\"]|\"\")*\"|`(?:[^`]|``)*`|\\S+) CHECK ").matcher(ddl);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** The naming conventions' examples are names the primary dialect's DDL really holds. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyNamingExampleIsInThePrimaryDdl(Path model) {
        Docs d = docs(model);
        String record = d.texts().get(1);
        String ddl = primaryDdl(d);
        Matcher row = Pattern.compile("(?m)^\\| [A-Z][a-z ]+ \\| [^|]+ \\| `([^`]+)`(?: \\([^)]*\\))? \\|$").matcher(record.substring(record.indexOf("## Naming Conventions"),
                record.indexOf("## Required Fields")));
        while (row.find()) assertThat(ddl).as("the naming example %s", row.group(1)).contains(row.group(1));
    }

    /**
     * Each column the naming conventions call renamed by a {@code @map} ("column `loans.читатель`, not `reader_id`:
     * `@map` on Loan.reader names it") is that field's column, and the name it says the convention gives is the column
     * the field gets once the {@code @map} is taken out of the model: the model is compiled again without it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void aColumnSaidToBeRenamedByMapIsNamedSoWithoutIt(Path model, @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        renamedByMap(model, dir);
    }

    /** The claim above is made, and proved, for each {@code @map} of the library's model: its foreign key's too. */
    @org.junit.jupiter.api.Test
    void theLibrarysMappedColumnsAreEachSaidAndProved(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        assertThat(renamedByMap(TestPaths.testResources().resolve("docs/biblioteka.schema"), dir)).isEqualTo(7);
    }

    private static int renamedByMap(Path model, Path dir) throws IOException {
        int count = 0;
        Docs d = docs(model);
        String record = d.texts().get(1);
        Matcher m = Pattern.compile("(?m)^- column `([^`\"]+)\\.([^`\"]+)`(?:, not `([^`\"]+)`)?: `@map` on (\\w+)\\.(\\w+) names it\\.$")
                .matcher(record);
        String source = Files.readString(model);
        while (m.find()) {
            String table = m.group(1), column = m.group(2), said = m.group(3), entity = m.group(4), field = m.group(5);
            Table t = d.c().catalog().tableOf(entity).orElseThrow();
            assertThat(t.name()).isEqualTo(table);
            assertThat(t.columnsOf(field)).extracting(dev.schemac.catalog.Column::name).as(m.group()).containsExactly(column);
            assertThat(said).as("%s names the conventional column", m.group()).isNotNull();
            String map = "@map(" + dev.schemac.lang.ModelString.quote(column) + ")";
            assertThat(source).as(m.group()).contains(map);
            Path without = dir.resolve(model.getFileName().toString());
            Files.writeString(without, source.replace(map, ""));
            Compilation c = Compiler.compile(List.of(without));
            assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
            assertThat(c.catalog().tableOf(entity).orElseThrow().columnsOf(field)).extracting(dev.schemac.catalog.Column::name)
                    .as("%s, once %s is taken out", m.group(), map).containsExactly(said);
            count++;
        }
        return count;
    }

    /**
     * No sentence lists nothing or counts one thing in the plural: no "()", no ": ." and no
     * "1 tables", and a sentence that says personal data is stored readable names no secret.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void noEmptyListsNoPluralOneAndNoSecretCalledReadable(Path model) {
        Docs d = docs(model);
        var secrets = new TreeSet<String>();
        for (Table t : d.c().catalog().tables()) for (var col : t.columns()) if (col.secret()) secrets.add(t.name() + "." + col.name());
        for (String text : d.texts()) {
            String p = prose(text);
            assertThat(p).doesNotContainPattern("(?<![A-Za-z])\\(\\)");
            assertThat(p).doesNotContain(": .", " ,", "  are ", "  is ", " 0 entities", "all 0 ");
            Matcher one = Pattern.compile("\\b(?<![.,\\d])1 ([a-z]+s)\\b").matcher(p);
            while (one.find()) assertThat(one.group()).as("a count of one in the plural").isNull();
            // "1 of 4 entities carries": the verb agrees with the one, not with the whole.
            Matcher oneOf = Pattern.compile("(?<![.,\\d])\\b1 of \\d+ [a-z]+ (carry|declare|have|hold|keep)\\b").matcher(p);
            while (oneOf.find()) assertThat(oneOf.group()).as("one of several with a plural verb").isNull();
            Matcher readable = Pattern.compile("The database stores ([^.]*?) as readable values?").matcher(p);
            while (readable.find()) for (String x : secrets) assertThat(readable.group(1)).doesNotContain("`" + x + "`");
        }
    }

    /**
     * The data dictionary is read against the DDL: a field whose columns are not its own name (a relation's key
     * columns, a {@code @map}) says which they are, and every column it says is the Catalog's, in order.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyFieldNamesItsColumnsWhereTheyAreNotItsName(Path model) {
        Docs d = docs(model);
        String p = names(prose(d.files().get("Database_Design.md")));
        int checked = 0;
        for (Entity e : d.c().model().entities()) {
            Table t = d.c().catalog().tableOf(e.name()).orElse(null);
            if (t == null) continue;
            int at = p.indexOf("**" + e.name() + "** (table `" + t.name() + "`)");
            if (at < 0) continue;
            int end = p.indexOf("\n   - Relationships", at);
            String section = p.substring(at, end < 0 ? p.length() : end);
            for (var f : e.fields()) {
                List<String> cols = t.columnsOf(f.name()).stream().map(c -> c.name()).toList();
                if (cols.isEmpty()) continue;
                Matcher line = Pattern.compile("\n\\s+- `" + Pattern.quote(f.name()) + "` [^\n]*").matcher(section);
                if (!line.find()) continue;
                checked++;
                boolean own = cols.equals(List.of(f.name()));
                if (own) assertThat(line.group()).as("%s.%s", e.name(), f.name()).doesNotContain(" stored in ");
                else assertThat(line.group()).as("%s.%s", e.name(), f.name()).contains(" stored in `" + String.join(", ", cols) + "`");
            }
        }
        if (!d.c().catalog().tables().isEmpty()) assertThat(checked).as("fields read in the data dictionary").isPositive();
    }

    private static final Pattern SECRET_LENGTH = Pattern.compile("`([^`]+)\\.([^`]+)` holds at most (\\d+) characters?: ");

    /**
     * A secret column too short for a hash the Security section recommends is said to be, with its own length; one
     * long enough for every one of them is not mentioned.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void aSecretColumnTooShortForAHashIsSaidToBe(Path model) {
        Docs d = docs(model);
        for (String text : d.texts()) {
            String p = names(prose(text));
            if (!p.contains("- Secrets (`@secret`)")) continue;
            var said = new java.util.HashMap<String, Integer>();
            Matcher m = SECRET_LENGTH.matcher(p);
            while (m.find()) said.put(m.group(1) + "." + m.group(2), Integer.parseInt(m.group(3)));
            for (Table t : d.c().catalog().tables()) {
                for (var col : t.columns()) {
                    if (!col.secret()) continue;
                    Integer n = col.type().kind() == dev.schemac.model.ScalarKind.STRING || col.type().kind() == dev.schemac.model.ScalarKind.CHAR
                            ? col.type().length() : null;
                    String key = t.name() + "." + col.name();
                    if (n != null && n < 93) assertThat(said.get(key)).as(key).isEqualTo(n);
                    else assertThat(said).as(key).doesNotContainKey(key);
                }
            }
        }
    }

    /** The relationship summary says each relation once: one line per foreign key held, one per join table. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyRelationIsSummarisedOnce(Path model) {
        Docs d = docs(model);
        String design = d.files().get("Database_Design.md");
        String summary = design.substring(design.indexOf("### Relationship Summary"), design.indexOf("## ER Diagram"));
        long lines = summary.lines().filter(l -> l.startsWith("- ")).count();
        long expected = 0;
        for (Table t : d.c().catalog().tables()) {
            if (t.isJoinTable()) expected++;
            else expected += t.foreignKeys().size();
        }
        assertThat(lines).isEqualTo(expected);
    }

    /** A UUID said to be random and unguessable is one the primary DDL generates at random (MySQL's UUID() is version 1). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void aUuidCalledRandomIsGeneratedAtRandom(Path model) {
        Docs d = docs(model);
        for (String text : d.texts()) {
            if (prose(text).contains("random (version 4) UUID the database generates")) assertThat(primaryDdl(d)).doesNotContain("UUID()");
        }
    }

    /** "keeps the most indexes" names every table with the largest count, and that count is the Catalog's. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theTablesWithTheMostIndexesAreAllNamed(Path model) {
        Docs d = docs(model);
        int max = d.c().catalog().tables().stream().mapToInt(dev.schemac.access.IndexBudget::secondary).max().orElse(0);
        var top = new TreeSet<String>();
        for (Table t : d.c().catalog().tables()) if (dev.schemac.access.IndexBudget.secondary(t) == max) top.add(t.name());
        for (String text : d.texts()) {
            Matcher m = Pattern.compile("(?m)^(.*) keeps? the most indexes besides (?:its primary key|their primary keys), (\\d+)").matcher(names(prose(text)));
            while (m.find()) {
                assertThat(Integer.parseInt(m.group(2))).isEqualTo(max);
                var named = new TreeSet<String>();
                Matcher t = Pattern.compile("`([^`]+)`").matcher(m.group(1));
                // Each table as NameText writes it (`"order lines"`), read back to the name.
                while (t.find()) {
                    String n = names(t.group());
                    named.add(n.substring(1, n.length() - 1));
                }
                assertThat(named).isEqualTo(top);
            }
        }
    }

    /** The soft-delete marker is named by its column, whatever `@map` calls it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theSoftDeleteMarkerIsNamedByItsColumn(Path model) {
        Docs d = docs(model);
        for (var e : d.c().model().entities()) {
            if (e.softDelete().isEmpty()) continue;
            String column = d.c().catalog().tableOf(e.name()).orElseThrow().columnsOf(dev.schemac.model.Entity.SOFT_DELETE_FIELD).get(0).name();
            Matcher m = Pattern.compile("a row is marked deleted by setting `([^`]+)`").matcher(prose(d.texts().get(0)));
            assertThat(m.find()).isTrue();
            if (!column.equals(dev.schemac.model.Entity.SOFT_DELETE_FIELD)) assertThat(prose(d.texts().get(0))).doesNotContain("`deleted_at IS NULL`");
        }
    }

    /**
     * A sentence about a kind of thing the model has none of is no sentence of this model: the
     * complement of the soft-deleting entities, values freed from uniques, foreign-key actions,
     * a zero count, a missing creation time that the table has.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void noSentenceSpeaksOfWhatTheModelHasNone(Path model) {
        Docs d = docs(model);
        Catalog catalog = d.c().catalog();
        var entities = d.c().model().entities();
        boolean uniques = catalog.tables().stream().anyMatch(t -> !t.uniques().isEmpty());
        boolean fks = catalog.tables().stream().anyMatch(t -> !t.foreignKeys().isEmpty());
        for (String text : d.texts()) {
            String p = prose(text);
            if (p.contains("the other entities delete their rows for real")) {
                assertThat(entities).as("an entity that does not soft-delete").anyMatch(e -> e.softDelete().isEmpty());
            }
            if (p.contains("held under a unique constraint free up")) assertThat(uniques).isTrue();
            if (p.contains("the foreign keys' `ON DELETE` actions apply to every delete")) assertThat(fks).isTrue();
            assertThat(p).doesNotContainPattern("\\b0 (unique|CHECK|foreign|index)");
            assertThat(p).doesNotContain("a lower bound such as");
            Matcher none = Pattern.compile("None of this model's columns, checks or keys hits a limitation of (SQLite|PostgreSQL|MySQL)").matcher(p);
            if (none.find()) {
                var dialect = java.util.Arrays.stream(dev.schemac.model.Dialect.values()).filter(x -> x.displayName().equals(none.group(1))).findFirst().orElseThrow();
                assertThat(Tradeoffs.halfSetReferences(catalog, dialect)).as("references %s cannot keep all NULL or all set", none.group(1)).isEmpty();
                if (dialect == dev.schemac.model.Dialect.MYSQL) assertThat(d.c().diagnostics()).noneMatch(x -> x.code().equals("SC504"));
            }
            Matcher m = Pattern.compile("- `([^`]+)`, about [^\\n]*?it has no `created_at`, the creation time this design partitions by range"
                    + "(?: \\(whether ((?:`[^`]+`(?:, | and )?)+) could stand in)?").matcher(p);
            while (m.find()) {
                Table t = catalog.table(m.group(1)).orElseThrow();
                assertThat(Performance.creationTime(t)).isNull();
                var named = new TreeSet<String>();
                if (m.group(2) != null) for (Matcher c = Pattern.compile("`([^`]+)`").matcher(m.group(2)); c.find(); ) named.add(c.group(1));
                var times = new TreeSet<String>();
                Performance.otherTimes(t).forEach(c -> times.add(c.name()));
                assertThat(named).isEqualTo(times);
            }
        }
    }

    /** Each foreign key's index row and soft-delete sentence name the delete action and the rows its DDL has. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyDeleteActionNamedIsTheForeignKeys(Path model) {
        Docs d = docs(model);
        Catalog catalog = d.c().catalog();
        java.util.Map<String, ForeignKey> byName = new java.util.HashMap<>();
        java.util.Map<String, String> tableOf = new java.util.HashMap<>();
        for (Table t : catalog.tables()) for (ForeignKey fk : t.foreignKeys()) {
            byName.put(fk.name(), fk);
            tableOf.put(fk.name(), t.name());
        }
        for (String text : d.texts()) {
            String p = names(prose(text));
            Matcher row = Pattern.compile("foreign key `([^`]+)`: joins and its `ON DELETE ([A-Z ]+)` do not scan the table").matcher(p);
            while (row.find()) {
                assertThat(dev.schemac.render.sql.Sql.action(byName.get(row.group(1)).onDelete())).as(row.group()).isEqualTo(row.group(2));
            }
            assertThat(p).doesNotContain("joins and cascades do not scan");
            Matcher nulls = Pattern.compile("sets `([^`]+)` of the `([^`]+)` rows that refer to it to NULL, but soft-deleting one leaves them pointing at it \\(`([^`]+)`\\)").matcher(p);
            while (nulls.find()) {
                ForeignKey fk = byName.get(nulls.group(3));
                assertThat(fk.onDelete()).isEqualTo(dev.schemac.model.ReferentialAction.SET_NULL);
                assertThat(String.join(", ", fk.columns())).isEqualTo(nulls.group(1));
                assertThat(tableOf.get(nulls.group(3))).isEqualTo(nulls.group(2));
            }
            assertThat(p).doesNotContain("sets their ");
            // A delete that a key below refuses names that key with its own action.
            Matcher below = Pattern.compile("`([a-z_]+)\\.([^`]+)` \\(`ON DELETE ([A-Z ]+)`\\)").matcher(p);
            while (below.find()) {
                Table t = catalog.table(below.group(1)).orElseThrow();
                ForeignKey fk = t.foreignKeys().stream().filter(f -> String.join(", ", f.columns()).equals(below.group(2))).findFirst().orElseThrow();
                assertThat(dev.schemac.render.sql.Sql.action(fk.onDelete())).as(below.group()).isEqualTo(below.group(3));
            }
            assertThat(p).doesNotContain("`ON DELETE RESTRICT` or `NO ACTION`");
        }
    }

    /**
     * What the audit trail says each table records of its rows' times is what its columns hold,
     * and it says it of every table, join tables included: a table it leaves unnamed would read
     * as covered by the sentence around it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyTableSaidToRecordATimeHasTheColumn(Path model) {
        Docs d = docs(model);
        Catalog catalog = d.c().catalog();
        for (String text : d.texts()) {
            String audit = names(prose(text)).lines().filter(l -> l.startsWith("- Audit trail: ")).findFirst().orElse(null);
            if (audit == null) continue;
            var named = new ArrayList<String>();
            Matcher m = Pattern.compile("((?:`[^`]+`(?:, | and )?)+) records? (?:when each row was (created and last changed|last changed|created)|neither when (?:its|their) rows were created nor when they last changed)").matcher(audit);
            while (m.find()) {
                for (Matcher n = Pattern.compile("`([^`]+)`").matcher(m.group(1)); n.find(); ) {
                    Table t = catalog.table(n.group(1)).orElseThrow();
                    named.add(t.name());
                    boolean created = RequiredFields.recordsCreation(d.c().model(), t);
                    boolean changed = t.columns().stream().anyMatch(dev.schemac.catalog.Column::updatedAt);
                    String says = created && changed ? "created and last changed" : changed ? "last changed" : created ? "created" : null;
                    assertThat(says).as("%s in %s", t.name(), m.group()).isEqualTo(m.group(2));
                }
            }
            if (audit.contains("No table records when its rows change")) {
                assertThat(named).isEmpty();
                for (Table t : catalog.tables()) {
                    assertThat(RequiredFields.recordsCreation(d.c().model(), t) || t.columns().stream().anyMatch(dev.schemac.catalog.Column::updatedAt))
                            .as("%s records a time", t.name()).isFalse();
                }
            } else {
                assertThat(named).as("the tables the audit trail speaks of").containsExactlyInAnyOrderElementsOf(catalog.tables().stream().map(Table::name).toList());
            }
            // Every cascading foreign key is a cascade it names, join tables' and a tree's own included.
            long cascading = catalog.tables().stream().flatMap(t -> t.foreignKeys().stream())
                    .filter(fk -> fk.onDelete() == dev.schemac.model.ReferentialAction.CASCADE).count();
            if (audit.contains("no delete cascades")) assertThat(cascading).as("cascading keys").isZero();
            // Which cascades it names, each once: theAuditTrailNamesEachCascadeOnce.
        }
    }

    /**
     * Every mark of both diagrams, read back and checked against the Catalog's constraints:
     * {@code PK} a column of the primary key, {@code FK} a column of a foreign key, {@code UK}
     * a column unique on its own over every row (never one that is unique only with others or
     * only among live rows), {@code null} / {@code nullable} a nullable column; each key of
     * several columns and each live-rows unique is listed (text) or noted on its columns
     * (Mermaid); each relationship's ends are the cardinalities its keys allow.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyDiagramMarkIsTheCatalogsConstraint(Path model) {
        Docs d = docs(model);
        var tables = d.c().catalog().tables();
        // The text ERD: boxes in Catalog order, each column's marks, then the keys of several columns.
        String txt = d.files().get("erd/er.txt");
        var boxes = Pattern.compile("(?m)^\\+-+\\+\n\\| (.*?) *\\|\n\\+-+\\+\n((?:\\|.*\\|\n)+)\\+-+\\+\n(?:((?:\\|.*\\|\n)+)\\+-+\\+\n)?").matcher(txt);
        int i = 0;
        for (; boxes.find(); i++) {
            Table t = tables.get(i);
            assertThat(boxes.group(1)).isEqualTo(text(t.name()));
            var rows = boxes.group(2).lines().map(l -> l.substring(2, l.length() - 2).stripTrailing()).toList();
            assertThat(rows).as("columns of %s", t.name()).hasSize(t.columns().size());
            for (int k = 0; k < rows.size(); k++) {
                var col = t.columns().get(k);
                String row = rows.get(k);
                assertThat(row).startsWith(text(col.name()));
                var marks = new TreeSet<>(List.of(row.substring(text(col.name()).length()).strip().split(" +")));
                marks.remove("");
                assertThat(marks).as("marks of %s.%s", t.name(), col.name()).isEqualTo(expectedMarks(t, col, "null"));
            }
            var keys = boxes.group(3) == null ? List.<String>of() : boxes.group(3).lines().map(l -> l.substring(2, l.length() - 2).stripTrailing()).toList();
            assertThat(keys).as("keys of several columns of %s", t.name()).containsExactlyElementsOf(listedKeys(t, DocumentClaimsTest::text));
        }
        assertThat(i).as("boxes of the text ERD").isEqualTo(tables.size());
        // The decision record quotes the text ERD as the file holds it, so the checks above are its too.
        if (!tables.isEmpty()) assertThat(d.texts().get(1)).contains(txt.strip());
        // Mermaid, as the file and as the design document quotes it: attributes in Catalog order.
        String design = d.files().get("Database_Design.md");
        String quoted = design.substring(design.indexOf("```mermaid\n") + 11, design.indexOf("```", design.indexOf("```mermaid\n") + 11));
        for (String mmd : List.of(d.files().get("mermaid/er.mmd"), quoted)) {
            var blocks = Pattern.compile("(?m)^    \\S+(?:\\[\"[^\n]*\"\\])? \\{\n((?:        .*\n)*)    \\}").matcher(mmd);
            int j = 0;
            for (; blocks.find(); j++) {
                Table t = tables.get(j);
                var attrs = blocks.group(1).lines().toList();
                assertThat(attrs).as("attributes of %s", t.name()).hasSize(t.columns().size());
                for (int k = 0; k < attrs.size(); k++) {
                    var col = t.columns().get(k);
                    Matcher a = Pattern.compile("^        \\S+ \\S+((?: (?:PK|FK|UK)(?:, (?:PK|FK|UK))*)?)(?: \"(.*)\")?$").matcher(attrs.get(k));
                    assertThat(a.matches()).as(attrs.get(k)).isTrue();
                    var marks = new TreeSet<>(List.of(a.group(1).strip().split(", ")));
                    marks.remove("");
                    String comment = a.group(2) == null ? "" : a.group(2);
                    if (List.of(comment.split("; ")).contains("nullable")) marks.add("nullable");
                    var expected = expectedMarks(t, col, "nullable");
                    // Mermaid marks a column PK and UK at once only as PK.
                    if (expected.contains("PK")) expected.remove("UK");
                    assertThat(marks).as("marks of %s.%s", t.name(), col.name()).isEqualTo(expected);
                    for (String key : listedKeys(t)) {
                        String note = (key.startsWith("PK") ? "primary key" : "unique") + key.substring(2);
                        boolean mine = List.of(key.replaceAll("^.. \\((.*)\\).*$", "$1").split(", ")).contains(col.name());
                        assertThat(comment.contains(note)).as("%s noted on %s.%s", note, t.name(), col.name()).isEqualTo(mine);
                    }
                }
            }
            assertThat(j).as("entities of the Mermaid diagram").isEqualTo(tables.size());
        }
        // Relationship ends: the parent side is one exactly when the key is required, the child side at most one exactly when a key over every row lies within the foreign key.
        for (Table t : tables) {
            for (ForeignKey fk : t.foreignKeys()) {
                boolean required = fk.columns().stream().noneMatch(c -> t.requireColumn(c).nullable());
                boolean one = fk.columns().containsAll(t.primaryKey().columns())
                        || t.uniques().stream().anyMatch(u -> u.where() == null && fk.columns().containsAll(u.columns()));
                if (t.isJoinTable() && t.foreignKeys().size() == 2) {
                    ForeignKey a = t.foreignKeys().get(0), b = t.foreignKeys().get(1);
                    String actions = a.onDelete() == b.onDelete() ? "both keys ON DELETE " + dev.schemac.render.sql.Sql.action(a.onDelete())
                            : "ON DELETE " + dev.schemac.render.sql.Sql.action(a.onDelete()) + " from " + text(a.referencedTable()) + ", "
                            + dev.schemac.render.sql.Sql.action(b.onDelete()) + " from " + text(b.referencedTable());
                    assertThat(txt).as("the text ERD's line of %s", t.name())
                            .containsPattern(Pattern.quote("[" + text(a.referencedTable()) + "] *----* [" + text(b.referencedTable()) + "]") + " +"
                                    + Pattern.quote("through " + text(t.name()) + ", " + actions + "\n"));
                } else {
                    assertThat(txt).as("the text ERD's line of %s", fk.name())
                            .contains("[" + text(fk.referencedTable()) + "] " + (required ? "1" : "0..1") + "----" + (one ? "0..1" : "*")
                                    + " [" + text(t.name()) + "]  ");
                }
            }
        }
    }

    /**
     * A query that names the soft-delete column in its filter asks for live rows, as every query of the entity does:
     * its condition is {@code deleted_at IS NULL} once, never also {@code deleted_at = ?}, which no row could meet.
     */
    @org.junit.jupiter.api.Test
    void theSoftDeleteColumnInAFilterIsTheLiveRowFilter() {
        Docs d = docs(TestPaths.testResources().resolve("docs/workspace.schema"));
        String design = d.texts().get(0);
        assertThat(design).contains("\"live projects of a tenant\" on `projects`, `WHERE tenant_id = ? AND deleted_at IS NULL`")
                .doesNotContain("deleted_at = ?");
        var p = AccessPaths.of(d.c().model(), d.c().catalog()).get(0);
        assertThat(p.equality()).containsExactly("tenant_id");
        assertThat(p.live()).isEqualTo("deleted_at");
    }

    /** A name as the text ERD writes it: quoted unless it is one plain word. */
    private static String text(String name) {
        return dev.schemac.render.text.NameText.of(name);
    }

    /** The marks a column's constraints give it. */
    private static TreeSet<String> expectedMarks(Table t, dev.schemac.catalog.Column col, String nullMark) {
        var out = new TreeSet<String>();
        if (t.primaryKey().columns().contains(col.name())) out.add("PK");
        if (t.foreignKeys().stream().anyMatch(f -> f.columns().contains(col.name()))) out.add("FK");
        if (t.uniques().stream().anyMatch(u -> u.where() == null && u.columns().equals(List.of(col.name())))) out.add("UK");
        if (col.nullable()) out.add(nullMark);
        return out;
    }

    /** The keys no single column's mark can say: a primary key of several columns, a unique of several columns or of live rows only. */
    private static List<String> listedKeys(Table t) {
        return listedKeys(t, n -> n);
    }

    /** {@code spell}: how the diagram writes a name (the text ERD quotes one that is not a plain word). */
    private static List<String> listedKeys(Table t, java.util.function.UnaryOperator<String> spell) {
        var out = new ArrayList<String>();
        if (t.primaryKey().columns().size() > 1) {
            out.add("PK (" + String.join(", ", t.primaryKey().columns().stream().map(spell).toList()) + ")");
        }
        for (var u : t.uniques()) {
            if (u.columns().size() == 1 && u.where() == null) continue;
            out.add("UK (" + String.join(", ", u.columns().stream().map(spell).toList()) + ")"
                    + (u.where() == null ? "" : " where " + spell.apply(u.where().column()) + " is null"));
        }
        return out;
    }

    /**
     * keys.md states the escape of {@code :} and {@code \\} in keys, naming the columns whose
     * values need it, and the generated values bear it out: every key of seed.redis whose
     * placeholder segment came out escaped is filled by a column keys.md names (keys fed from
     * another table's rows too), and a column keys.md names or leaves out has, among values of
     * its type, one the key writer escapes or none. The real-server test proves what the escape does.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theRedisEscapeIsSaidWhereAKeyValueCanHoldASeparator(Path model) throws IOException {
        escapesSaidAndSeen(docs(model));
    }

    /**
     * A datetime key, in its own table's row key and in the relation key its children's rows
     * fill: the seed's keys come out escaped, and keys.md names both columns.
     */
    @org.junit.jupiter.api.Test
    void theSeedsEscapedKeysAreTheOnesKeysMdNames() throws IOException {
        Docs d = docs(TestPaths.testResources().resolve("docs/timetable.schema"));
        assertThat(escapesSaidAndSeen(d)).containsExactly("bookings.slot_starts_at", "slots.starts_at");
        assertThat(d.files().get("redis/keys.md")).contains("(the values of `bookings.slot_starts_at`, `slots.starts_at` can hold them)");
    }

    /** Checks keys.md's escape against the generated keys; returns the columns whose seed keys came out escaped. */
    private static Set<String> escapesSaidAndSeen(Docs d) throws IOException {
        Catalog catalog = d.c().catalog();
        var keysJson = new com.fasterxml.jackson.databind.ObjectMapper().readTree(d.files().get("redis/keys.json"));
        var keyColumns = new TreeSet<String>();
        var patterns = new ArrayList<Map.Entry<Pattern, List<String>>>();
        for (var e : keysJson.get("entities")) {
            for (var id : e.get("idColumns")) keyColumns.add(e.get("table").asText() + "." + id.asText());
            for (var k : e.get("keys")) {
                var cols = new ArrayList<String>();
                for (var c : k.get("keyColumns")) cols.add(k.get("source").asText() + "." + c.asText());
                keyColumns.addAll(cols);
                patterns.add(Map.entry(keyRegex(k.get("pattern").asText()), cols));
            }
        }
        var escapedInSeed = new TreeSet<String>();
        for (String line : d.files().getOrDefault("redis/seed.redis", "").lines().toList()) {
            String key = firstArgument(line);
            var p = patterns.stream().filter(x -> x.getKey().matcher(key).matches()).findFirst();
            assertThat(p).as("a pattern of keys.json for %s", key).isPresent();
            Matcher m = p.get().getKey().matcher(key);
            assertThat(m.matches()).isTrue();
            for (int i = 1; i <= m.groupCount(); i++) if (m.group(i).contains("\\")) escapedInSeed.add(p.get().getValue().get(i - 1));
        }
        var escapable = new TreeSet<String>();
        for (String qualified : keyColumns) {
            String[] tc = qualified.split("\\.", 2);
            var col = catalog.table(tc[0]).orElseThrow().requireColumn(tc[1]);
            if (valuesOfItsType(d.c().model(), col).stream().anyMatch(v -> !dev.schemac.nosql.KvValues.segment(col, v)
                    .equals(dev.schemac.nosql.KvValues.text(col, v)))) {
                escapable.add(qualified);
            }
        }
        assertThat(escapable).as("columns of escaped seed keys").containsAll(escapedInSeed);
        String keysMd = d.files().get("redis/keys.md");
        Matcher m = Pattern.compile("In a key or an id each value is one segment: .*? \\(the values of (.*?) can hold them\\)").matcher(keysMd);
        if (!m.find()) {
            assertThat(escapable).as("key columns with a value the key writer escapes").isEmpty();
            return escapedInSeed;
        }
        var named = new TreeSet<String>();
        for (Matcher n = Pattern.compile("`([^`]+)`").matcher(m.group(1)); n.find(); ) named.add(n.group(1));
        assertThat(named).isNotEmpty();
        assertThat(escapable).as("columns named as able to hold : or \\").containsAll(named);
        if (!m.group(1).contains(" more")) assertThat(named).isEqualTo(escapable);
        return escapedInSeed;
    }

    /** A key pattern as a regular expression: each placeholder one segment, escapes and all, as a group. */
    private static Pattern keyRegex(String pattern) {
        var b = new StringBuilder();
        int at = 0;
        for (Matcher m = Pattern.compile("\\{[^{}]*\\}").matcher(pattern); m.find(); at = m.end()) {
            b.append(Pattern.quote(pattern.substring(at, m.start()))).append("((?:\\\\.|[^:\\\\])*)");
        }
        return Pattern.compile(b.append(Pattern.quote(pattern.substring(at))).toString(), Pattern.DOTALL);
    }

    /** The key a seed.redis command writes, as redis-cli reads it: plain, or in quotes with {@code \\} escapes. */
    private static String firstArgument(String line) {
        String rest = line.substring(line.indexOf(' ') + 1);
        if (!rest.startsWith("\"")) return rest.split(" ", 2)[0];
        var out = new java.io.ByteArrayOutputStream();
        for (int i = 1; rest.charAt(i) != '"'; i++) {
            char c = rest.charAt(i);
            if (c != '\\') {
                out.write(c);
            } else if (rest.charAt(++i) == 'x') {
                out.write(Integer.parseInt(rest.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(rest.charAt(i));
            }
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Values a column of this type can hold, each character its text can take among them: an enum's stored values. */
    private static List<Object> valuesOfItsType(dev.schemac.model.Model model, dev.schemac.catalog.Column c) {
        if (c.type().isEnum()) return List.copyOf(model.enumType(c.type().enumName()).orElseThrow().values().stream()
                .map(v -> (Object) v.dbValue()).toList());
        return switch (c.type().kind()) {
            case STRING, TEXT, CHAR -> List.of("a:b\\c");
            case JSON -> List.of("{\"a:b\": \"c\\\\d\"}");
            case DATETIME -> List.of(java.time.LocalDateTime.of(2025, 1, 1, 3, 4, 5));
            case TIME -> List.of(java.time.LocalTime.of(3, 4, 5));
            case DATE -> List.of(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(-10_000, 12, 31));
            case UUID -> List.of(java.util.UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
            case BOOL -> List.of(true, false);
            case SMALLINT, INT, BIGINT -> List.of(-9_223_372_036_854_775_808L, 0);
            case FLOAT, DOUBLE -> List.of(-1.5e-300, Double.NaN, Double.NEGATIVE_INFINITY, 0.1);
            case DECIMAL -> List.of(new java.math.BigDecimal("-1.5E+30"), new java.math.BigDecimal("0.001"));
            case BYTES -> List.of((Object) new byte[] {':', '\\', 0, (byte) 0xff});
        };
    }

    /** The tables a delete of rows of {@code table} reaches through cascading keys, {@code table} itself too, worked out here from the keys alone. */
    static Set<String> cascadeClosure(Catalog catalog, String table) {
        var out = new TreeSet<String>(List.of(table));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Table t : catalog.tables()) for (ForeignKey fk : t.foreignKeys()) {
                if (fk.onDelete() == dev.schemac.model.ReferentialAction.CASCADE && out.contains(fk.referencedTable())) grew |= out.add(t.name());
            }
        }
        return out;
    }

    private static final Pattern DELETES_ROWS = Pattern.compile(
            "(?:(?:deletes |; (?:and )?)(?:the |the deleted row's links in |rows of )|(?:, | and )(?:the deleted row's links in |rows of ))`([a-z0-9_]+)`(?: rows)?(?: that refer to it)?(?: through `[^`]+`)?"
            + "(?:, and, in turn, the ((?:`[a-z0-9_]+`(?:, | and |, and )?)+) rows that refer to those through cascading keys)?");

    /**
     * A sentence saying what a delete removes names the whole cascade: the rows of the table it
     * cascades into and, in turn, every table a cascade reaches from there, each once.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyCascadeSaidNamesEveryTableItReaches(Path model) {
        Docs d = docs(model);
        Catalog catalog = d.c().catalog();
        for (String text : d.texts()) {
            Matcher m = DELETES_ROWS.matcher(prose(text));
            while (m.find()) {
                var named = new TreeSet<String>(List.of(m.group(1)));
                if (m.group(2) != null) {
                    Matcher t = Pattern.compile("`([a-z0-9_]+)`").matcher(m.group(2));
                    while (t.find()) assertThat(named.add(t.group(1)) || t.group(1).equals(m.group(1))).as("named twice in %s", m.group()).isTrue();
                }
                assertThat(named).as(m.group()).isEqualTo(cascadeClosure(catalog, m.group(1)));
            }
        }
    }

    private static final Pattern ENUM_TYPE_CHANGE = Pattern.compile("(?:Adds enum|Drops enum|Renames the PostgreSQL type of enum) `([^`]+)`");

    /**
     * A migration is described as the primary dialect's scripts hold it: an enum is made, renamed
     * or dropped as a type only where the dialect has enum types (PostgreSQL); SQLite keeps a check
     * and MySQL spells the values in each column, so no such sentence is true of them. Where the
     * dialect has enum types, each of the model's enums is said to be created by the first migration.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void anEnumTypeIsSaidToBeMadeOnlyWhereTheDialectHasEnumTypes(Path model) {
        Docs d = docs(model);
        var dialect = d.c().model().settings().dialect();
        var created = new TreeSet<String>();
        for (String text : d.texts()) {
            Matcher m = ENUM_TYPE_CHANGE.matcher(prose(text));
            while (m.find()) {
                assertThat(dev.schemac.render.sql.Sql.enumTypes(dialect)).as("%s on %s", m.group(), dialect).isTrue();
                if (m.group().startsWith("Adds")) created.add(m.group(1));
            }
        }
        if (dev.schemac.render.sql.Sql.enumTypes(dialect) && d.files().keySet().stream().anyMatch(f -> f.startsWith("migrations/sql/"))) {
            var enums = new TreeSet<String>();
            d.c().catalog().enums().forEach(e -> enums.add(e.name()));
            assertThat(created).isEqualTo(enums);
        }
    }

    /**
     * Partitioning is PostgreSQL's: SQLite has none, and MySQL's refuses a table with foreign keys. In a
     * design whose database is not PostgreSQL, each sentence that weighs partitioning names PostgreSQL,
     * and the documents say first what the design's own database offers; where no PostgreSQL schema is
     * written, nothing is weighed. An enum type is said to exist only on PostgreSQL.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void anEngineFeatureIsClaimedOnlyOfADatabaseThatHasIt(Path model) {
        engineFeatures(docs(model));
    }

    /** The claim above over large tables of each database: one with a creation time, one without, one referenced. */
    @org.junit.jupiter.api.Test
    void aLargeTableIsWeighedForPartitioningOnlyOnADatabaseThatPartitions() {
        for (var dialect : dev.schemac.model.Dialect.values()) {
            var parsed = dev.schemac.parse.SchemaReader.parse(new dev.schemac.source.SourceFile("big.schema", "schema big {\n  dialect = "
                    + dialect.id() + "\n}\n\n/// A reading.\nentity Reading {\n  value int\n  @@volume(rows = 20_000_000)\n}\n\n"
                    + "/// An event with its own time.\nentity Event {\n  at datetime\n  kind Kind\n  @@timestamps(false)\n  @@volume(rows = 30_000_000)\n}\n\n"
                    + "/// A kind.\nenum Kind { OPEN CLOSE }\n\n/// A device, referenced by its pings.\nentity Device {\n  pings Ping[]\n  @@volume(rows = 40_000_000)\n}\n\n"
                    + "/// A ping.\nentity Ping {\n  device Device @on_delete(cascade)\n}\n"));
            Compilation c = Compiler.compileAst(List.of(parsed.file()));
            assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
            var r = Targets.run(c, Targets.all(), TargetOptions.defaults());
            var texts = r.files().entrySet().stream().filter(e -> e.getKey().equals("Database_Design.md") || e.getKey().startsWith("ai/decisions/"))
                    .map(Map.Entry::getValue).toList();
            assertThat(texts).hasSize(2);
            assertThat(engineFeatures(new Docs(c, r.files(), texts))).as("%s: sentences that weigh partitioning", dialect).isPositive();
            // A foreign key to a table rules its partitioning out: its question is archiving, not whether partitioning pays.
            String on = dialect == dev.schemac.model.Dialect.POSTGRES ? "" : " on PostgreSQL";
            assertThat(String.join("\n", texts)).contains("At about 40,000,000 rows archiving is what keeps `devices` small: partitioning it" + on
                    + " is ruled out while `pings` refers to it").doesNotContain("40,000,000 rows the answer decides whether partitioning");
        }
    }

    private static int engineFeatures(Docs d) {
        var primary = d.c().model().settings().dialect();
        // The model's own words (its doc comments, quoted as purposes) are the author's, not the documents' claims.
        var own = new ArrayList<String>();
        if (d.c().model().settings().doc() != null) own.add(d.c().model().settings().doc());
        for (Entity e : d.c().model().entities()) if (e.doc() != null) own.add(e.doc());
        int weighed = 0;
        for (String text : d.texts()) {
            String p = prose(text);
            int here = 0;
            for (String said : p.split("\n")) {
                if (said.startsWith("#")) continue;
                String line = said;
                for (String o : own) for (String part : o.split("\n")) if (!part.isBlank()) line = line.replace(part.strip(), "");
                // A code span is a name or a type as the engine spells it (`VARCHAR(12) (enum Type)` for an enum named Type), not a claim.
                String l = line.replaceAll("`[^`]*`", "").toLowerCase(java.util.Locale.ROOT);
                if (l.contains("enum type") && primary != dev.schemac.model.Dialect.POSTGRES) {
                    assertThat(line).as("an enum type is PostgreSQL's").containsAnyOf("PostgreSQL", "no enum type");
                }
                if (!l.contains("partition") || line.contains("declares `@@volume`") || line.contains("declares no volume")
                        || line.contains("no partitioning is weighed")) continue;
                here++;
                if (primary != dev.schemac.model.Dialect.POSTGRES) assertThat(line).as("partitioning on %s", primary).contains("PostgreSQL");
            }
            if (here > 0 && primary != dev.schemac.model.Dialect.POSTGRES) {
                assertThat(p).as("what %s offers, said before PostgreSQL's partitioning is weighed", primary).contains(primary.displayName()
                        + ", this design's database, " + (primary == dev.schemac.model.Dialect.SQLITE ? "has no table partitioning"
                        : "partitions an InnoDB table only where no foreign key refers to it or from it"));
            }
            if (here > 0) assertThat(d.files()).as("partitioning weighed without a PostgreSQL schema").containsKey("sql/postgres/schema.sql");
            weighed += here;
        }
        return weighed;
    }

    private static final Pattern NOT_SNAKE = Pattern.compile("`([^`.]+)\\.([^`.]+)` is not in snake_case");
    private static final Pattern FIELD_WRITTEN = Pattern.compile("^- column `([^`.]+)\\.([^`.]+)`, not in snake_case: .*the field is written `([^`]+)`");

    /**
     * A foreign key column outside snake_case is said to be so for the part that is: a referenced column
     * named as not in snake_case is not, and a field named as written so is the field the column is named
     * after and is not in snake_case ("`aircraft_types.id` is not in snake_case" of a field `aircraftType` was false).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void aNameSaidNotToBeSnakeCaseIsNot(Path model) {
        for (String text : docs(model).texts()) {
            Matcher m = NOT_SNAKE.matcher(names(prose(text)));
            while (m.find()) assertThat(dev.schemac.naming.SnakeCase.is(m.group(2))).as(m.group()).isFalse();
            Matcher f = FIELD_WRITTEN.matcher("");
            for (String line : names(prose(text)).split("\n")) {
                if (!f.reset(line).find()) continue;
                assertThat(dev.schemac.naming.SnakeCase.is(f.group(3))).as(line).isFalse();
                assertThat(f.group(2)).as(line).startsWith(f.group(3));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aForeignKeyColumnOfACamelCaseFieldNamesTheFieldNotTheKey() {
        var parsed = dev.schemac.parse.SchemaReader.parse(new dev.schemac.source.SourceFile("fleet.schema", "schema fleet {\n  dialect = sqlite\n}\n\n"
                + "/// A type.\nentity AircraftType {\n  code string(4) @unique\n  flights Flight[]\n}\n\n"
                + "/// A flight.\nentity Flight {\n  aircraftType AircraftType\n}\n"));
        Compilation c = Compiler.compileAst(List.of(parsed.file()));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var r = Targets.run(c, Targets.all(), TargetOptions.defaults());
        String record = r.files().entrySet().stream().filter(e -> e.getKey().startsWith("ai/decisions/")).map(Map.Entry::getValue).findFirst().orElseThrow();
        assertThat(record).contains("- column `flights.aircraftType_id`, not in snake_case: a foreign key column is `{field}_{referenced column}`, and the field is written `aircraftType`.")
                .doesNotContain("`aircraft_types.id` is not in snake_case");
    }

    private static final Pattern AUDIT_CASCADE_ITEM = Pattern.compile("^  - A delete from `([^`]+)` deletes (.*)\\.$");

    /**
     * The audit trail names each table a delete cascades from once, as an item of its own under
     * the audit trail, with every table its cascading keys reach directly, each once: no table is
     * repeated, and none is left out. Within an item, the tables are parted by commas and "and",
     * or by semicolons where a table's own phrase holds a comma, never both, so each part is one table.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theAuditTrailNamesEachCascadeOnce(Path model) {
        Docs d = docs(model);
        Catalog catalog = d.c().catalog();
        var expected = new java.util.LinkedHashMap<String, Set<String>>();
        for (Table t : catalog.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.onDelete() == dev.schemac.model.ReferentialAction.CASCADE) {
                    expected.computeIfAbsent(fk.referencedTable(), x -> new TreeSet<>()).add(t.name());
                }
            }
        }
        for (String text : d.texts()) {
            List<String> lines = names(prose(text)).lines().toList();
            int at = -1;
            for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith("- Audit trail: ")) at = i;
            if (at < 0) continue;
            var items = new ArrayList<String>();
            for (int i = at + 1; i < lines.size() && lines.get(i).startsWith("  - "); i++) items.add(lines.get(i));
            assertThat(lines.get(at).contains("; deletes that cascade (listed below). ") || lines.get(at).contains(": deletes that cascade (listed below). "))
                    .as("the audit trail points to its cascades: %s", lines.get(at)).isEqualTo(!expected.isEmpty());
            var said = new java.util.LinkedHashMap<String, Set<String>>();
            for (String item : items) {
                Matcher m = AUDIT_CASCADE_ITEM.matcher(item);
                assertThat(m.matches()).as(item).isTrue();
                String from = m.group(1), clause = m.group(2);
                assertThat(said).as("%s named twice as deleted from", from).doesNotContainKey(from);
                boolean semicolons = clause.contains("; ");
                Matcher c = Pattern.compile((semicolons ? "(?:^|; (?:and )?)" : "(?:^|, | and )") + "(?:the rows of |the deleted row's links in |rows of )`([^`]+)`").matcher(clause);
                var into = new TreeSet<String>();
                var parts = new ArrayList<Integer>();
                while (c.find()) {
                    assertThat(into.add(c.group(1))).as("%s named twice in %s", c.group(1), clause).isTrue();
                    parts.add(c.start());
                }
                // Semicolons only where some table's phrase needs its own commas; otherwise a semicolon would be a second level.
                if (semicolons) {
                    boolean anyComma = false;
                    for (int i = 0; i < parts.size(); i++) {
                        String part = clause.substring(parts.get(i), i + 1 < parts.size() ? parts.get(i + 1) : clause.length()).replaceFirst("^; (?:and )?", "");
                        anyComma |= part.contains(",");
                    }
                    assertThat(anyComma).as("semicolons without need in %s", clause).isTrue();
                }
                said.put(from, into);
                // Two keys between one pair of tables (a move's from and to) are told apart by their columns.
                for (Table t : catalog.tables()) {
                    if (t.name().equals(from) || !into.contains(t.name())) continue;
                    var keys = t.foreignKeys().stream().filter(fk -> fk.referencedTable().equals(from)).toList();
                    if (keys.size() < 2) continue;
                    for (ForeignKey fk : keys) {
                        if (fk.onDelete() == dev.schemac.model.ReferentialAction.CASCADE) {
                            assertThat(clause).as("%s through %s", t.name(), fk.columns()).contains("`" + String.join(", ", fk.columns()) + "`");
                        }
                    }
                }
            }
            assertThat(said).isEqualTo(expected);
        }
    }

    private static final Pattern DECLARED_ROW = Pattern.compile("^\\| `([^`]+)` \\| `([^`]+)` \\| [^|]+ \\| [^|]+ \\| `@@(index|unique)` (on the entity|in mixin `([^`]+)`, which the entity uses)", Pattern.MULTILINE);

    /**
     * The index table says where each {@code @@index} and {@code @@unique} is written: in the
     * mixin it names when the entity has it from that mixin, else on the entity itself.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyDeclaredIndexSaysWhereItIsWritten(Path model) {
        Docs d = docs(model);
        var seen = new HashSet<String>();
        for (String text : d.texts()) {
            Matcher m = DECLARED_ROW.matcher(names(prose(text)));
            while (m.find()) {
                Table t = d.c().catalog().table(m.group(2)).orElseThrow();
                Entity e = d.c().model().entity(t.entity()).orElseThrow();
                List<String> columns = m.group(3).equals("index")
                        ? t.indexes().stream().filter(i -> i.name().equals(m.group(1))).findFirst().orElseThrow().columns()
                        : t.uniques().stream().filter(u -> u.name().equals(m.group(1))).findFirst().orElseThrow().columns();
                var specs = (m.group(3).equals("index") ? e.indexes() : e.uniques()).stream()
                        .filter(s -> s.fields().stream().flatMap(f -> t.columnsOf(f).stream()).map(c -> c.name()).toList().equals(columns)).toList();
                assertThat(specs).as(m.group()).isNotEmpty();
                if (m.group(5) == null) {
                    assertThat(specs).as(m.group()).allMatch(s -> s.mixin() == null);
                } else {
                    assertThat(e.mixins()).as(m.group()).contains(m.group(5));
                    assertThat(specs).as(m.group()).anyMatch(s -> m.group(5).equals(s.mixin()));
                }
                seen.add(m.group(5) == null ? "entity" : "mixin");
            }
        }
        // A model whose entities take an index from a mixin has rows that say so.
        boolean fromMixin = d.c().model().entities().stream().anyMatch(e -> e.indexes().stream().anyMatch(s -> s.mixin() != null)
                && d.c().catalog().tableOf(e.name()).isPresent());
        if (fromMixin) assertThat(seen).contains("mixin");
    }
}
