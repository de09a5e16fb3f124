package dev.schemac.support;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.Target;
import dev.schemac.gen.Targets;
import dev.schemac.resolve.Loader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compiles for every target but mongo: for the models that hold a {@code decimal} wider than
 * MongoDB's Decimal128 (SC446 when the mongo target is chosen), which the relational, seed and
 * pull tests take as they are.
 */
public final class WithoutMongo {
    private WithoutMongo() {}

    public static Set<String> targets() {
        return Targets.all().stream().map(Target::name).filter(n -> !n.equals("mongo")).collect(Collectors.toSet());
    }

    public static Compilation compile(List<Path> inputs) {
        return compile(inputs, Loader.FILES);
    }

    public static Compilation compile(List<Path> inputs, Loader.Source source) {
        return Compiler.compile(inputs, source, Map.of(), false, targets());
    }
}
