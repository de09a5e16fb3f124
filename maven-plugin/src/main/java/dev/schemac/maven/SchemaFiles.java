package dev.schemac.maven;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The model files of a project: the regular files below a folder whose path (relative, with
 * {@code /}) matches an include pattern and no exclude pattern. Patterns are Ant-style, as
 * in every Maven plugin: {@code *} within one folder name, {@code **} across folders
 * ({@code **}{@code /*.schema} matches {@code a.schema} too), {@code ?} one character.
 */
final class SchemaFiles {
    private SchemaFiles() {}

    static List<Path> find(Path dir, List<String> includes, List<String> excludes) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        var in = compile(includes);
        var out = compile(excludes);
        var found = new TreeSet<Path>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                if (a.isRegularFile() && matches(in, rel) && !matches(out, rel)) found.add(f.toAbsolutePath().normalize());
                return FileVisitResult.CONTINUE;
            }
        });
        return List.copyOf(found);
    }

    private static boolean matches(List<Pattern> patterns, String path) {
        for (Pattern p : patterns) if (p.matcher(path).matches()) return true;
        return false;
    }

    private static List<Pattern> compile(List<String> globs) {
        var out = new ArrayList<Pattern>();
        for (String g : globs) out.add(toRegex(g.strip().replace('\\', '/')));
        return out;
    }

    static Pattern toRegex(String glob) {
        var b = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && glob.startsWith("**/", i)) {
                b.append("(?:.*/)?");
                i += 2;
            } else if (c == '*' && glob.startsWith("**", i)) {
                b.append(".*");
                i += 1;
            } else if (c == '*') {
                b.append("[^/]*");
            } else if (c == '?') {
                b.append("[^/]");
            } else {
                b.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(b.toString());
    }
}
