package dev.schemac.resolve;

import dev.schemac.ast.Declaration;
import dev.schemac.ast.EntityDecl;
import dev.schemac.ast.EnumDecl;
import dev.schemac.ast.MixinDecl;
import dev.schemac.parse.SchemaReader;
import dev.schemac.source.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The other .schema files beside a model file, read only when a name is unknown: a newcomer who
 * split a model over files but forgot the {@code import} is told which file declares the name.
 */
final class SiblingFiles {
    private SiblingFiles() {}

    /** Bigger files are no model a newcomer split up; the bound keeps a stray log file unread. */
    private static final long MAX_SIZE = 1 << 20;

    /** The name of a file beside {@code at}'s file that declares {@code name} as a type (mixins: {@code mixin}). */
    static Optional<String> declaring(Span at, String name, boolean mixin) {
        Path file = Path.of(at.file().path());
        if (!Files.isRegularFile(file)) return Optional.empty();
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) return Optional.empty();
        List<Path> siblings;
        try (Stream<Path> s = Files.list(folder)) {
            siblings = s.filter(p -> p.getFileName().toString().endsWith(".schema") && !p.equals(file.toAbsolutePath()))
                    .sorted().toList();
        } catch (IOException e) {
            return Optional.empty();
        }
        for (Path p : siblings) {
            try {
                if (!Files.isRegularFile(p) || Files.size(p) > MAX_SIZE) continue;
                var parsed = SchemaReader.read(p.toString(), Files.readAllBytes(p));
                for (Declaration d : parsed.file().declarations()) {
                    if (declares(d, name, mixin)) return Optional.of(p.getFileName().toString());
                }
            } catch (IOException e) {
                // an unreadable neighbour declares nothing we can point at
            }
        }
        return Optional.empty();
    }

    private static boolean declares(Declaration d, String name, boolean mixin) {
        if (mixin) return d instanceof MixinDecl m && m.name().text().equals(name);
        return (d instanceof EntityDecl e && e.name().text().equals(name))
                || (d instanceof EnumDecl en && en.name().text().equals(name));
    }
}
