package dev.schemac.gen.docs;

import dev.schemac.output.MemoryOutput;
import dev.schemac.gen.TargetContext;
import dev.schemac.gen.Targets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Another target's files for the same compilation and options, found by name so that the
 * documents depend on no target's classes; empty when that target is not registered.
 * What the other target reports is its own business: it reports it when it runs itself.
 */
final class Sibling {
    private final TargetContext ctx;
    private final Map<String, Optional<Map<String, String>>> cache = new TreeMap<>();

    Sibling(TargetContext ctx) {
        this.ctx = ctx;
    }

    Optional<Map<String, String>> files(String target) {
        return cache.computeIfAbsent(target, name -> Targets.byName(name).map(t -> {
            var out = new MemoryOutput();
            t.generate(new TargetContext(ctx.compilation(), ctx.options()), out);
            return out.files();
        }));
    }

    Optional<String> file(String target, String path) {
        return files(target).map(f -> f.get(path));
    }
}
