package dev.schemac.cli;

import dev.schemac.output.OutputLocks;
import java.nio.file.Path;
import java.util.List;

/**
 * A process of its own that holds an output folder's locks as a writing run holds them, until its
 * standard input ends: {@code LockHolder OUT [HISTORY]}. It prints {@code held} once it holds them,
 * or the diagnostic's code when another run does.
 */
public final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws Exception {
        try (var locks = OutputLocks.take(List.of(Path.of(args[0])), args.length > 1 ? Path.of(args[1]) : null)) {
            System.out.println(locks.problem() == null ? "held" : locks.problem().code());
            System.out.flush();
            System.in.readAllBytes();
        }
    }
}
