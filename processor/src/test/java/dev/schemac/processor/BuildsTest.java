package dev.schemac.processor;

import static dev.schemac.processor.Sources.java;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor as build tools run it: discovered on the processor path, run again into
 * the same class output, given only some of the sources, told where to write.
 */
class BuildsTest {
    private static final String PROCESSOR_PATH = System.getProperty("java.class.path");

    private static final JavaFileObject A = java("m.A", "import dev.schemac.annotations.*;",
            "/** Alpha. */", "@Entity(name = \"Alpha\") public record A(int n) {}");
    private static final JavaFileObject B = java("m.B", "import dev.schemac.annotations.*;",
            "@Entity(name = \"Beta\") public record B(A a, @Column(length = 9) String code) {}");
    private static final JavaFileObject C = java("m.C", "import dev.schemac.annotations.*;",
            "@Entity(name = \"Gamma\") public class C { int x; }");
    private static final JavaFileObject A_LIST = java("m.A", "import dev.schemac.annotations.*;",
            "/** Alpha. */", "@Entity(name = \"Alpha\") public record A(int n, java.util.List<B> bs) {}");

    @TempDir Path tmp;

    private static Javac.Run discovered(Path out, List<JavaFileObject> sources, String... options) {
        var opts = new java.util.ArrayList<>(List.of("-processorpath", PROCESSOR_PATH));
        opts.addAll(List.of(options));
        return Javac.compile(out, sources, opts.toArray(String[]::new));
    }

    @Test
    void plainJavacFindsTheProcessorOnTheProcessorPath() {
        var run = discovered(tmp, List.of(A, B));
        assertThat(run.errors()).isEmpty();
        assertThat(Javac.files(tmp.resolve("schemac"))).containsKeys("json/model.json", "sql/sqlite/schema.sql");
        assertThat(Javac.files(tmp.resolve("META-INF/schemac"))).containsEntry("types.txt", "entity m.A\nentity m.B\n");
    }

    @Test
    void buildingAgainIntoTheSameOutputNeitherCollidesNorChangesAnything() {
        assertThat(discovered(tmp, List.of(A, B)).errors()).isEmpty();
        var first = Javac.files(tmp.resolve("schemac"));
        var again = discovered(tmp, List.of(A, B));
        assertThat(again.errors()).isEmpty();
        assertThat(again.ok()).isTrue();
        assertThat(Javac.files(tmp.resolve("schemac"))).isEqualTo(first);
    }

    @Test
    void aPartialRecompilationStillDescribesTheWholeModel() {
        assertThat(discovered(tmp, List.of(A_LIST, B, C)).errors()).isEmpty();
        var full = Javac.files(tmp.resolve("schemac"));
        assertThat(full.get("json/model.json")).contains("Alpha.");
        var partial = discovered(tmp, List.of(C));
        assertThat(partial.errors()).isEmpty();
        // A's Javadoc, which its class file does not keep, comes from the record the full build wrote beside it.
        assertThat(tmp.resolve("m/A.schemac-record")).exists();
        assertThat(Javac.files(tmp.resolve("schemac"))).isEqualTo(full);
    }

    @Test
    void anEntityWhoseClassIsGoneDropsOut() throws IOException {
        assertThat(discovered(tmp, List.of(A, B, C)).errors()).isEmpty();
        assertThat(Javac.files(tmp.resolve("schemac")).get("sql/sqlite/schema.sql")).contains("CREATE TABLE gammas");
        Files.delete(tmp.resolve("m/C.class"));
        assertThat(discovered(tmp, List.of(B)).errors()).isEmpty();
        assertThat(Javac.files(tmp.resolve("schemac")).get("sql/sqlite/schema.sql")).doesNotContain("CREATE TABLE gammas");
        assertThat(Javac.files(tmp.resolve("META-INF/schemac"))).containsEntry("types.txt", "entity m.A\nentity m.B\n");
    }

    @Test
    void outOptionWritesTheFilesIntoADirectory() {
        Path dir = tmp.resolve("handover");
        var run = discovered(tmp.resolve("classes"), List.of(A, B), "-Aschemac.out=" + dir, "-Aschemac.targets=json,sqlite");
        assertThat(run.errors()).isEmpty();
        assertThat(Javac.files(dir).keySet()).containsExactly(".schemac-manifest", "json/model.json", "sql/sqlite/drop.sql",
                "sql/sqlite/schema.sql");
        assertThat(Javac.files(tmp.resolve("classes/schemac"))).isEmpty();
    }

    /**
     * -Aschemac.out is written as `generate --out` writes: a hand-written file at an output path is
     * refused (SC137), another model's folder too (SC138), a folder another run holds (SC136), and
     * nothing is written; the manifest records the model and removes what the model no longer writes.
     */
    @Test
    void theOutDirectoryIsOwnedAndLockedAsTheCommandLinesIs() throws IOException {
        Path dir = tmp.resolve("handover");
        Path mine = Files.createDirectories(dir.resolve("sql/sqlite")).resolve("schema.sql");
        Files.writeString(mine, "-- mine\n");
        Path notes = Files.writeString(dir.resolve("notes.txt"), "mine too\n"); // so not a folder only schemac wrote
        var refused = discovered(tmp.resolve("classes"), List.of(A, B), "-Aschemac.out=" + dir, "-Aschemac.targets=json,sqlite");
        assertThat(refused.ok()).isFalse();
        assertThat(refused.errors()).anySatisfy(e -> assertThat(e)
                .startsWith("[SC137] would replace `sql/sqlite/schema.sql`, which schemac did not write")
                .contains("run again with `-Aschemac.force` to replace it").doesNotContain("--force"));
        assertThat(Javac.files(dir).keySet()).containsExactly("notes.txt", "sql/sqlite/schema.sql");
        Files.delete(mine);
        Files.delete(notes);

        try (var held = dev.schemac.output.OutputLocks.take(List.of(dir), null)) {
            var locked = discovered(tmp.resolve("classes2"), List.of(A, B), "-Aschemac.out=" + dir, "-Aschemac.targets=json,sqlite");
            assertThat(locked.errors()).anySatisfy(e -> assertThat(e).startsWith("[SC136] another schemac run is writing this output folder"));
            assertThat(Javac.files(dir).keySet()).containsExactly(".schemac-lock");
        }

        var run = discovered(tmp.resolve("classes3"), List.of(A, B), "-Aschemac.out=" + dir, "-Aschemac.targets=json,sqlite");
        assertThat(run.errors()).isEmpty();
        assertThat(Javac.files(dir).get(".schemac-manifest")).contains(" sqlite sql/sqlite/schema.sql\n");
        var other = discovered(tmp.resolve("classes4"), List.of(java("n.Other", "import dev.schemac.annotations.*;",
                "@Schema(name = \"other\") @Entity public record Other(int n) {}")), "-Aschemac.out=" + dir, "-Aschemac.targets=json");
        assertThat(other.errors()).anySatisfy(e -> assertThat(e).startsWith("[SC138] this output folder is schema `")
                .contains("run again with `-Aschemac.force`: what ").doesNotContain("--force"));
        assertThat(Javac.files(dir).keySet()).containsExactly(".schemac-manifest", "json/model.json", "sql/sqlite/drop.sql",
                "sql/sqlite/schema.sql");
        var handed = discovered(tmp.resolve("classes5"), List.of(java("n.Other", "import dev.schemac.annotations.*;",
                "@Schema(name = \"other\") @Entity public record Other(int n) {}")), "-Aschemac.out=" + dir, "-Aschemac.targets=json",
                "-Aschemac.force");
        assertThat(handed.errors()).isEmpty();
        assertThat(Javac.files(dir).get(".schemac-manifest")).contains("\nmodel other\n");
    }

    /**
     * A folder an older processor wrote (no manifest) holds only files at paths this run writes: it is
     * adopted, the changed output replaced and the manifest written, with no SC137 to break the build.
     */
    @Test
    void anOutDirectoryWithoutAManifestHoldingOnlyThisRunsPathsIsAdopted() throws IOException {
        Path dir = tmp.resolve("upgraded");
        var first = discovered(tmp.resolve("classes"), List.of(A, B), "-Aschemac.out=" + dir, "-Aschemac.targets=json,sqlite");
        assertThat(first.errors()).isEmpty();
        Files.delete(dir.resolve(".schemac-manifest"));
        Files.writeString(dir.resolve("sql/sqlite/schema.sql"), "-- an older release's output\n");
        var run = discovered(tmp.resolve("classes2"), List.of(A, B), "-Aschemac.out=" + dir, "-Aschemac.targets=json,sqlite");
        assertThat(run.errors()).isEmpty();
        assertThat(dir.resolve("sql/sqlite/schema.sql")).content().startsWith("-- Schema for SQLite");
        assertThat(Javac.files(dir).get(".schemac-manifest")).contains(" sqlite sql/sqlite/schema.sql\n");
        // Where the folder holds anything else, adoption is no longer safe: refused, and -Aschemac.force replaces.
        Files.delete(dir.resolve(".schemac-manifest"));
        Files.writeString(dir.resolve("sql/sqlite/schema.sql"), "-- an older release's output\n");
        Files.writeString(dir.resolve("README.txt"), "the user's\n");
        var refused = discovered(tmp.resolve("classes3"), List.of(A, B), "-Aschemac.out=" + dir, "-Aschemac.targets=json,sqlite");
        assertThat(refused.errors()).anySatisfy(e -> assertThat(e).startsWith("[SC137] would replace `sql/sqlite/schema.sql`"));
        assertThat(dir.resolve("sql/sqlite/schema.sql")).content().isEqualTo("-- an older release's output\n");
        var forced = discovered(tmp.resolve("classes4"), List.of(A, B), "-Aschemac.out=" + dir, "-Aschemac.targets=json,sqlite",
                "-Aschemac.force=true");
        assertThat(forced.errors()).isEmpty();
        assertThat(dir.resolve("sql/sqlite/schema.sql")).content().startsWith("-- Schema for SQLite");
        assertThat(dir.resolve("README.txt")).content().isEqualTo("the user's\n");
        var bad = discovered(tmp.resolve("classes5"), List.of(A, B), "-Aschemac.out=" + dir, "-Aschemac.force=yes");
        assertThat(bad.errors()).anySatisfy(e -> assertThat(e)
                .startsWith("[SC911] processor option -Aschemac.force must be `true` or `false`, not `yes`"));
    }

    @Test
    void anOutOptionThatIsNoFolderIsTheUsersToFixAsOnTheCommandLine() throws IOException {
        // A file where the folder should be: SC130, as `generate --out FILE` says; never SC910 "a bug in schemac".
        Path file = Files.writeString(tmp.resolve("a-file"), "mine\n");
        var run = discovered(tmp.resolve("classes"), List.of(A, B), "-Aschemac.out=" + file, "-Aschemac.targets=json");
        assertThat(run.ok()).isFalse();
        assertThat(run.errors()).anySatisfy(e -> assertThat(e)
                .startsWith("[SC130] cannot write under `" + file + "`: it is a file, not a folder")
                .contains("help: choose another output folder (--out), or move the file away; nothing was written"));
        assertThat(run.errors()).noneSatisfy(e -> assertThat(e).contains("SC910"));
        assertThat(file).content().isEqualTo("mine\n");
        // Empty: refused as `--out ""` is, with the settings' own words.
        var empty = discovered(tmp.resolve("classes2"), List.of(A, B), "-Aschemac.out=", "-Aschemac.targets=json");
        assertThat(empty.ok()).isFalse();
        assertThat(empty.errors()).anySatisfy(e -> assertThat(e).startsWith("[SC911] processor option -Aschemac.out ")
                .contains("must name a folder, not an empty string"));
    }

    @Test
    void aModelWithErrorsWritesNothing() {
        Path dir = tmp.resolve("handover");
        var bad = java("m.Bad", "import dev.schemac.annotations.*;", "@Entity public class Bad { @Length(max = 2) int n; }");
        var run = discovered(tmp.resolve("classes"), List.of(A, B, bad), "-Aschemac.out=" + dir);
        assertThat(run.ok()).isFalse();
        assertThat(run.errors()).anySatisfy(e -> assertThat(e).contains("[SC322]"));
        assertThat(dir).doesNotExist();
        assertThat(Javac.files(tmp.resolve("classes/schemac"))).isEmpty();
    }

    /**
     * javac checks method bodies after the processor's last round: an error there fails the
     * build, and the out directory is not written, wherever the broken class is compiled.
     */
    @Test
    void aCompilationThatFailsAfterProcessingWritesNoOutDirectory() {
        var broken = java("m.Broken", "public class Broken { static int f() { int x = \"not an int\"; return x; } }");
        var early = java("m.Aardvark", "public class Aardvark { static int f() { int x = \"not an int\"; return x; } }");
        for (var sources : List.of(List.of(A, B, broken), List.of(early, A, B), List.of(A, broken, B))) {
            Path dir = tmp.resolve("handover" + sources.hashCode());
            var run = discovered(tmp.resolve("classes" + sources.hashCode()), sources, "-Aschemac.out=" + dir,
                    "-Aschemac.targets=json");
            assertThat(run.ok()).isFalse();
            assertThat(run.errors()).anySatisfy(e -> assertThat(e).contains("incompatible types"));
            assertThat(dir).as("%s", sources).doesNotExist();
        }
        // A package-info without annotations is analysed and gets no class file: the build still succeeded.
        Path withInfo = tmp.resolve("withPackageInfo");
        var info = java("m.package-info", "/** The model. */", "package m;");
        var ok = discovered(tmp.resolve("classesInfo"), List.of(info, A, B), "-Aschemac.out=" + withInfo, "-Aschemac.targets=json");
        assertThat(ok.errors()).isEmpty();
        assertThat(Javac.files(withInfo).keySet()).containsExactly(".schemac-manifest", "json/model.json");
        Path dir = tmp.resolve("procOnly");
        var only = discovered(tmp.resolve("classesProcOnly"), List.of(A, B), "-proc:only", "-Aschemac.out=" + dir,
                "-Aschemac.targets=json");
        assertThat(only.errors()).isEmpty();
        assertThat(Javac.files(dir).keySet()).containsExactly(".schemac-manifest", "json/model.json");
    }

    @Test
    void targetOptionsReachTheTargets() {
        var run = discovered(tmp.resolve("classes"), List.of(A, B), "-Aschemac.targets=java", "-Aschemac.java.package=com.acme.db",
                "-s", sources().toString());
        assertThat(run.errors()).isEmpty();
        assertThat(Javac.files(sources()).keySet()).containsExactlyInAnyOrder("com/acme/db/Alpha.java", "com/acme/db/Alpha_.java",
                "com/acme/db/Beta.java", "com/acme/db/Beta_.java");
    }

    @Test
    void theJavaTargetIsCompiledWithTheModelAndUserCodeCallsIt() throws IOException {
        // Uses the record, its metamodel's constants and a generated enum, in the same javac run.
        var kind = java("m.Kind", "public enum Kind { SMALL, LARGE }");
        var sized = java("m.Sized", "import dev.schemac.annotations.*;", "@Entity public record Sized(Kind kind) {}");
        var user = java("app.Report",
                "import m.db.*;",
                "public class Report {",
                "  public static String line(Beta b) { return Beta_.TABLE + \":\" + b.code() + \":\" + b.aId(); }",
                "  public static Beta sample() { return new Beta(1, 2, \"abc\", null, null); }",
                "  public static String kind() { return Kind.LARGE.value(); }",
                "}");
        Path classes = tmp.resolve("classes");
        var run = discovered(classes, List.of(A, B, kind, sized, user), "-s", sources().toString(),
                "-Aschemac.targets=java,sqlite");
        assertThat(run.errors()).isEmpty();
        assertThat(run.ok()).isTrue();
        // Without @Schema the sources go to `db` below the model's package, never beside the annotated classes.
        assertThat(Javac.files(sources()).keySet()).contains("m/db/Beta.java", "m/db/Beta_.java", "m/db/Kind.java");
        assertThat(classes.resolve("app/Report.class")).exists();
        assertThat(classes.resolve("m/db/Beta.class")).exists();
        // Only the java target is a source; the others stay resources.
        assertThat(Javac.files(classes.resolve("schemac")).keySet()).containsExactly("sql/sqlite/drop.sql", "sql/sqlite/schema.sql");
        // A rebuild into the same class output, the last build's classes on the class path.
        var again = discovered(classes, List.of(A, B, kind, sized), "-s", sources().toString(), "-Aschemac.targets=java,sqlite");
        assertThat(again.errors()).isEmpty();
        assertThat(again.ok()).isTrue();
        assertThat(classes.resolve("m/db/Beta.class")).exists();
    }

    @Test
    void aRebuildDeletesTheLastBuildsClassFilesOfEachGeneratedTypeAndNoOthers() throws IOException {
        Path classes = tmp.resolve("classes");
        assertThat(discovered(classes, List.of(A, B), "-s", sources().toString(), "-Aschemac.targets=java").errors()).isEmpty();
        Path db = classes.resolve("m/db");
        // What a last build may have left: nested classes of generated types, and files that are not theirs.
        for (String name : List.of("Beta$Old.class", "Beta_$Old$Deeper.class", "Alpha$.class", "Betamax.class",
                "Betamax$Inner.class", "Beta$Old.txt")) {
            Files.writeString(db.resolve(name), "stale");
        }
        var again = discovered(classes, List.of(A, B), "-s", sources().toString(), "-Aschemac.targets=java");
        assertThat(again.errors()).isEmpty();
        assertThat(again.ok()).isTrue();
        try (var left = Files.list(db)) {
            assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.contains("$") || n.startsWith("Betamax")))
                    .containsExactlyInAnyOrder("Betamax.class", "Betamax$Inner.class", "Beta$Old.txt");
        }
        assertThat(db.resolve("Beta.class")).exists();
        assertThat(db.resolve("Alpha_.class")).exists();
    }

    @Test
    void userCodeCallingAMissingGeneratedTypeIsJavacsErrorAlone() {
        var user = java("app.Report", "public class Report { m.db.Nope n; }");
        var run = discovered(tmp.resolve("classes"), List.of(A, B, user), "-s", sources().toString(), "-Aschemac.targets=java");
        assertThat(run.ok()).isFalse();
        assertThat(run.errors()).anySatisfy(e -> assertThat(e).contains("Nope")).noneSatisfy(e -> assertThat(e).contains("[SC"));
    }

    private Path sources() {
        Path p = tmp.resolve("generated-sources");
        try {
            return Files.createDirectories(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void noTargetsCompilesAndChecksOnly() {
        var run = discovered(tmp, List.of(A, B), "-Aschemac.targets=none");
        assertThat(run.errors()).isEmpty();
        assertThat(Javac.files(tmp.resolve("schemac"))).isEmpty();
    }

    @Test
    void aFailingTargetIsReportedNotThrown() {
        var run = discovered(tmp, List.of(A, B), "-Aschemac.boom.now=yes");
        assertThat(run.ok()).isFalse();
        assertThat(run.errors()).anySatisfy(e -> assertThat(e).startsWith("[SC910] schemac failed: java.lang.IllegalStateException: boom"));
    }

    /**
     * What the compile finds wrong fails the build, in the same words and order run after run
     * and whichever targets are chosen, and nothing is written: no target, no record, no manifest.
     */
    @Test
    void aModelWithErrorsFailsTheBuildTheSameWayEveryTimeAndWritesNothing() {
        var twin = java("m.Twin", "import dev.schemac.annotations.*;", "@Entity(name = \"Alpha\") public record Twin(int n) {}");
        var first = discovered(tmp.resolve("one"), List.of(A, B, twin));
        assertThat(first.ok()).isFalse();
        assertThat(first.errors()).isNotEmpty().allSatisfy(e -> assertThat(e).startsWith("[SC").doesNotContain("SC910"));
        assertThat(Javac.files(tmp.resolve("one"))).isEmpty();
        for (String mode : List.of("all", "none")) {
            var again = discovered(tmp.resolve(mode), List.of(A, B, twin), "-Aschemac.targets=" + mode);
            assertThat(again.errors()).isEqualTo(first.errors());
            assertThat(again.notes()).isEqualTo(first.notes());
            assertThat(Javac.files(tmp.resolve(mode))).isEmpty();
        }
    }

    @Test
    void aTypeJavacCannotFindWritesNothing() {
        Path dir = tmp.resolve("handover");
        var h = java("m.H", "import dev.schemac.annotations.*;", "@Entity public record H(Nowhere n, int k) {}");
        var run = discovered(tmp.resolve("classes"), List.of(A, B, h), "-Aschemac.out=" + dir);
        assertThat(run.ok()).isFalse();
        assertThat(run.errors()).allSatisfy(e -> assertThat(e).doesNotContain("[SC"));
        assertThat(dir).doesNotExist();
    }
}
