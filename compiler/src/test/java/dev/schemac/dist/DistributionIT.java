package dev.schemac.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution {@code mvn package} builds, used as README says: unpacked anywhere, its
 * start script linked into a folder on the PATH, run from a folder far from the checkout with
 * a bare environment (no SCHEMAC_ROOT, no Maven).
 */
class DistributionIT {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    Run sh(Path dir, Map<String, String> env, String... cmd) throws IOException, InterruptedException {
        var pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        var out = new String[1];
        var t = new Thread(() -> {
            try {
                out[0] = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                out[0] = "";
            }
        });
        t.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        t.join();
        return new Run(p.exitValue(), out[0], err);
    }

    /** The environment with the script's archive or cache switched off. */
    static Map<String, String> without(Map<String, String> env) {
        var off = new HashMap<>(env);
        off.put("SCHEMAC_CDS", "off");
        return off;
    }

    /** Runs with the archive (or cache), with a damaged one and without any say the same, and the JVM says nothing about it. */
    void sameWithAndWithout(Path project, Map<String, String> env, String schemac, Path archive) throws Exception {
        assertThat(archive).isRegularFile();
        var plain = sh(project, without(env), schemac, "check", "shop.schema");
        var shared = sh(project, env, schemac, "check", "shop.schema");
        archive.toFile().setWritable(true);
        Files.write(archive, new byte[] {1, 2, 3, 4});
        var damaged = sh(project, env, schemac, "check", "shop.schema");
        for (var run : List.of(shared, damaged)) {
            assertThat(run.code()).isEqualTo(plain.code());
            assertThat(run.out()).isEqualTo(plain.out());
            assertThat(run.err()).isEqualTo(plain.err()).doesNotContain("cds").doesNotContain("shared archive")
                    .doesNotContain("AOT");
        }
    }

    /**
     * A JDK of feature version 25 or newer, for the script's ahead-of-time cache: {@code
     * SCHEMAC_JAVA25} names its home, else the newest under /usr/lib/jvm. None is a failure, not a
     * skip: the build machines carry one (Temurin 25 beside the system's JDK 17).
     */
    static Path java25OrNewer() throws IOException {
        String named = System.getenv("SCHEMAC_JAVA25");
        if (named != null && !named.isBlank()) return Path.of(named);
        Path best = null;
        int bestVersion = 0;
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (var homes = Files.list(jvms)) {
                for (Path home : homes.sorted().toList()) {
                    int v = featureVersion(home);
                    if (v >= 25 && v > bestVersion && Files.isExecutable(home.resolve("bin/java"))) {
                        best = home;
                        bestVersion = v;
                    }
                }
            }
        }
        if (best == null) {
            throw new AssertionError("no JDK 25 or newer under /usr/lib/jvm and SCHEMAC_JAVA25 is not set:"
                    + " the start script's ahead-of-time cache cannot be tested");
        }
        return best;
    }

    private static int featureVersion(Path home) throws IOException {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) return 0;
        var m = java.util.regex.Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    @Test
    void theUnpackedScriptRunsOutsideTheCheckout() throws Exception {
        Path tarball = Path.of(System.getProperty("schemac.dist"));
        assertThat(tarball).exists();
        Path opt = Files.createDirectories(tmp.resolve("opt"));
        String java = ProcessHandle.current().info().command().orElseThrow();
        Path javaBin = Path.of(java).getParent();
        Path jvmTmp = Files.createDirectories(tmp.resolve("jvm-tmp")); // where the training run's folder must not stay
        var env = Map.of("PATH", tmp.resolve("bin") + ":" + javaBin + ":/usr/bin:/bin", "HOME", tmp.toString(),
                "LANG", "C.UTF-8", "SCHEMAC_JAVA_OPTS", "-Djava.io.tmpdir=" + jvmTmp);
        assertThat(sh(opt, env, "tar", "-xzf", tarball.toString()).code()).isZero();
        String version = tarball.getFileName().toString().replace(".tar.gz", "");
        Path home = opt.resolve(version);
        assertThat(home.resolve("bin/schemac")).isExecutable();
        assertThat(home.resolve("lib/schemac.jar")).isRegularFile();

        Files.createDirectories(tmp.resolve("bin"));
        Files.createSymbolicLink(tmp.resolve("bin/schemac"), home.resolve("bin/schemac"));
        Path project = Files.createDirectories(tmp.resolve("work/project"));
        Files.writeString(project.resolve("shop.schema"), "entity User {\n  email string(255) @unique @pii\n}\n");

        String schemac = tmp.resolve("bin/schemac").toString(); // the link, as a PATH lookup would find it
        var v = sh(project, env, schemac, "--version");
        assertThat(v.code()).as(v.err()).isZero();
        assertThat(v.out()).startsWith("schemac " + version.substring("schemac-".length()));

        var gen = sh(project, env, schemac, "generate", "-t", "sqlite,java", "shop.schema");
        assertThat(gen.code()).as(gen.err()).isZero();
        assertThat(project.resolve("generated/sql/sqlite/schema.sql")).content().contains("CREATE TABLE");
        assertThat(project.resolve("generated/java/schema/User.java")).exists();

        var bad = sh(project, env, schemac, "generate", "--timestamp", "20251301000000", "shop.schema");
        assertThat(bad.code()).isEqualTo(2);

        // After the first generate the script recorded the class-data-sharing archive beside the
        // jar (from its training run, which leaves nothing behind); runs with it, with a damaged
        // one and without any say the same, and the JVM says nothing about it.
        try (var left = Files.list(jvmTmp)) {
            assertThat(left).isEmpty();
        }
        sameWithAndWithout(project, env, schemac, home.resolve("lib/schemac.jsa"));

        // A heap size of the user's own replaces the script's (its first heap of 64 MiB beside an
        // -Xmx of 32 MiB would stop the JVM before schemac starts).
        var small = new HashMap<>(env);
        small.put("SCHEMAC_JAVA_OPTS", "-Xmx32m -Djava.io.tmpdir=" + jvmTmp);
        var smallHeap = sh(project, small, schemac, "check", "shop.schema");
        var usual = sh(project, env, schemac, "check", "shop.schema");
        assertThat(smallHeap).isEqualTo(usual);

        // On Java 25 or newer the script keeps an ahead-of-time cache instead, made after the
        // first check from a training run of its own (the check's report stays clean JSON).
        var env25 = new HashMap<>(env);
        env25.put("JAVA_HOME", java25OrNewer().toString());
        var plainJson = sh(project, without(env25), schemac, "check", "--format", "json", "shop.schema");
        var recording = sh(project, env25, schemac, "check", "--format", "json", "shop.schema");
        assertThat(recording).isEqualTo(plainJson);
        assertThat(plainJson.out()).startsWith("[");
        sameWithAndWithout(project, env25, schemac, home.resolve("lib/schemac.aot"));

        // Without java on the PATH (only the tools the script itself uses): a clear message and exit 2.
        Path tools = Files.createDirectories(tmp.resolve("tools"));
        for (String t : List.of("dirname", "readlink")) Files.createSymbolicLink(tools.resolve(t), Path.of("/usr/bin", t));
        var noJava = sh(project, Map.of("PATH", tmp.resolve("bin") + ":" + tools), schemac, "--version");
        assertThat(noJava.code()).isEqualTo(2);
        assertThat(noJava.err()).contains("schemac: needs Java 17 or newer");
    }
}
