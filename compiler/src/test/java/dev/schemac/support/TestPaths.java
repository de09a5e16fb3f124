package dev.schemac.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locations in the repository, independent of the directory Maven runs tests in. */
public final class TestPaths {
    private TestPaths() {}

    public static Path root() {
        String env = System.getenv("SCHEMAC_ROOT");
        if (env != null && Files.isDirectory(Path.of(env, "examples"))) return Path.of(env).toAbsolutePath();
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("cannot find the repository root (no examples/ above " + Path.of("").toAbsolutePath() + ")");
        return p;
    }

    public static Path examples() { return root().resolve("examples"); }

    public static Path testResources() { return root().resolve("compiler/src/test/resources"); }

    /** Golden files are rewritten instead of compared when this is set (-Dschemac.update=true). */
    public static boolean updating() { return Boolean.getBoolean("schemac.update"); }
}
