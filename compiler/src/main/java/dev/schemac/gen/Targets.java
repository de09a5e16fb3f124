package dev.schemac.gen;

import dev.schemac.catalog.Catalog;
import dev.schemac.compile.Compilation;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.output.MemoryOutput;
import dev.schemac.output.NameLimit;
import dev.schemac.output.Output;
import dev.schemac.output.Staging;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;

/** The registry of targets, and running a selection of them into memory. */
public final class Targets {
    private Targets() {}

    /** Loaded once, on first use: the registered targets cannot change while the JVM runs. */
    private static final class Registry {
        static final List<Target> ALL;
        static final Map<String, Target> BY_NAME;
        static final List<String> NAMES;

        static {
            var all = new ArrayList<Target>();
            ServiceLoader.load(Target.class, Targets.class.getClassLoader()).forEach(all::add);
            all.sort(Comparator.comparing(Target::name));
            var byName = new LinkedHashMap<String, Target>();
            for (Target t : all) {
                Target other = byName.putIfAbsent(t.name(), t);
                if (other != null) {
                    throw new IllegalStateException("two targets are named " + t.name() + ": " + other.getClass().getName()
                            + " and " + t.getClass().getName());
                }
            }
            ALL = List.copyOf(all);
            BY_NAME = Map.copyOf(byName);
            NAMES = List.copyOf(byName.keySet());
        }
    }

    /** Every registered target, by name. */
    public static List<Target> all() {
        return Registry.ALL;
    }

    /** Every registered target's name, sorted: what {@link #select} knows besides {@link #ALL} and {@link #NONE}. */
    public static List<String> names() {
        return Registry.NAMES;
    }

    public static Optional<Target> byName(String name) {
        return Optional.ofNullable(Registry.BY_NAME.get(name));
    }

    /** Chooses every target. */
    public static final String ALL = "all";
    /** Chooses no target (compile and check only). */
    public static final String NONE = "none";

    /** Targets chosen by name, in the order first named, and the names that are no target. */
    public record Selection(List<Target> chosen, List<String> unknown) {}

    /**
     * The one vocabulary for choosing targets, shared by {@code generate --target} and the
     * processor's {@code -Aschemac.targets}: target names, {@code all} (every target) and
     * {@code none} (nothing); blanks are ignored, repeats count once.
     */
    public static Selection select(Collection<String> names) {
        var all = all();
        var chosen = new LinkedHashMap<String, Target>();
        var unknown = new ArrayList<String>();
        for (String raw : names) {
            String n = raw.strip();
            if (n.isEmpty() || n.equals(NONE)) continue;
            if (n.equals(ALL)) {
                all.forEach(t -> chosen.putIfAbsent(t.name(), t));
                continue;
            }
            var t = byName(n);
            if (t.isPresent()) chosen.putIfAbsent(n, t.get());
            else unknown.add(n);
        }
        return new Selection(List.copyOf(chosen.values()), List.copyOf(unknown));
    }

    /**
     * Starts, on one daemon thread beside the caller, the chosen targets' {@linkplain Target#warmUp
     * warm-up} at once and their {@linkplain Target#prepare preparation} when the caller hands
     * over the lowered Catalog; the caller {@linkplain Preparation#end ends} it when its
     * compilation is done, lowered or not. What goes wrong there is dropped: the target's own
     * check or generate does the same work again and reports it as it would have without the
     * head start.
     */
    public static Preparation prepare(Collection<Target> targets, TargetOptions options) {
        var chosen = List.copyOf(targets);
        var lowered = new CompletableFuture<Catalog>();
        var th = new Thread(() -> {
            try {
                chosen.forEach(Target::warmUp);
                Catalog catalog = lowered.join();
                if (catalog != null) chosen.forEach(t -> t.prepare(catalog, options));
            } catch (Throwable dropped) {
                // met again by the target's own run, which reports it
            }
        }, "schemac-prepare");
        th.setDaemon(true);
        th.start();
        return new Preparation(lowered);
    }

    /** The head start of {@link #prepare}: handed the Catalog once lowered, ended when the compilation is. */
    public static final class Preparation {
        private final CompletableFuture<Catalog> lowered;

        private Preparation(CompletableFuture<Catalog> lowered) {
            this.lowered = lowered;
        }

        /** The model is lowered: the targets' preparation starts (after their warm-up). */
        public void lowered(Catalog catalog) {
            lowered.complete(catalog);
        }

        /** The compilation is over; a model that never lowered prepares nothing. */
        public void end() {
            lowered.complete(null);
        }
    }

    /**
     * The files of the chosen targets and what they reported; on any error the files are empty.
     * {@code owners} names the target that wrote each file (output folders keep it in their manifest).
     */
    public record Result(Map<String, String> files, List<Diagnostic> diagnostics, Map<String, String> owners) {
        public boolean hasErrors() { return diagnostics.stream().anyMatch(Diagnostic::isError); }
    }

    /**
     * {@code c} as the chosen targets (and those they read) need it: without the checks' analyses
     * when none of them {@linkplain Target#readsAnalyses reads} them. A caller that hands the
     * targets this and keeps no other reference lets the analyses go before the targets run.
     */
    public static Compilation forTargets(Compilation c, List<Target> targets) {
        return running(targets).stream().anyMatch(Target::readsAnalyses) ? c : c.withoutAnalyses();
    }

    /**
     * Runs the chosen targets, each after the targets it {@linkplain Target#reads reads}. A target
     * run only because another reads it contributes its files to that reader alone: they are
     * not written, and what it reports is said when it is chosen itself. Targets that do not
     * read each other run at the same time, one per processor.
     */
    public static Result run(Compilation c, List<Target> targets, TargetOptions options) {
        return run(c, targets, options, Runtime.getRuntime().availableProcessors());
    }

    /** {@link #run(Compilation, List, TargetOptions, int, Output)} on one thread per processor. */
    public static Result run(Compilation c, List<Target> targets, TargetOptions options, Output sink) {
        return run(c, targets, options, Runtime.getRuntime().availableProcessors(), sink);
    }

    /**
     * {@link #run(Compilation, List, TargetOptions)} on at most {@code threads} threads (1: all in
     * the caller's thread, one after the other). The result does not depend on the number: each
     * target is a pure function of the compilation, the options and the files of what it reads,
     * and the results are gathered in the one dependency order whichever finished first.
     */
    public static Result run(Compilation c, List<Target> targets, TargetOptions options, int threads) {
        return run(c, targets, options, threads, null);
    }

    /**
     * Runs the chosen targets as {@link #run(Compilation, List, TargetOptions, int)} does, but
     * hands each file of a chosen target to {@code sink} as soon as it is written, instead of
     * keeping it: the result's files are then empty and its owners complete (on errors too: the
     * caller discards what the sink holds). Only the files of a target that another one reads
     * are kept in memory, for that reader. {@code sink} receives writes from several threads.
     */
    public static Result run(Compilation c, List<Target> targets, TargetOptions options, int threads, Output sink) {
        var order = running(targets);
        var chosen = Set.copyOf(targets);
        var read = new HashSet<String>();
        for (Target t : order) read.addAll(t.reads());
        var routing = new Routing(chosen, read, sink, false, OwnDialects.of(c.model(), options, targets));
        var runs = threads <= 1 || order.size() <= 1 ? serially(c, order, options, routing)
                : concurrently(c, order, options, threads, routing);
        var out = new MemoryOutput();
        var diags = new LinkedHashSet<Diagnostic>();
        var owners = new LinkedHashMap<String, String>();
        var compiled = Set.copyOf(c.diagnostics());
        for (Target t : order) {
            if (!chosen.contains(t)) continue;
            Run run = runs.get(t);
            if (sink == null) run.files().forEach(out::write);
            for (String path : run.paths()) {
                if (owners.putIfAbsent(path, t.name()) != null && sink != null) {
                    throw new IllegalStateException("written twice: " + path);
                }
            }
            // Targets that render the same dialect (sql, migrations) report its limits alike: one problem, said once.
            // What check already reported (dialect limits run there too) is not said again.
            for (Diagnostic d : run.reported()) if (!compiled.contains(d)) diags.add(d);
        }
        var sorted = new ArrayList<>(diags);
        sorted.sort(Diagnostics.ORDER);
        boolean errors = sorted.stream().anyMatch(Diagnostic::isError);
        Map<String, String> files = errors || sink != null ? Map.of() : new LinkedHashMap<>(out.files());
        return new Result(files, sorted, errors ? Map.of() : owners);
    }

    /**
     * What {@link #run} would report, from each chosen target's {@link Target#check}: nothing is
     * rendered unless a target's check renders to find out. The result holds no files and no owners.
     */
    public static Result check(Compilation c, List<Target> targets, TargetOptions options) {
        return check(c, targets, options, Runtime.getRuntime().availableProcessors());
    }

    /** {@link #check(Compilation, List, TargetOptions)} on at most {@code threads} threads. */
    public static Result check(Compilation c, List<Target> targets, TargetOptions options, int threads) {
        var chosen = new LinkedHashSet<>(targets); // a check reads no sibling: the targets read are not run
        var routing = new Routing(chosen, Set.of(), null, true, OwnDialects.of(c.model(), options, targets));
        var runs = threads <= 1 || chosen.size() <= 1 ? serially(c, chosen, options, routing)
                : concurrently(c, chosen, options, threads, routing);
        var diags = new LinkedHashSet<Diagnostic>();
        var compiled = Set.copyOf(c.diagnostics());
        for (Target t : chosen) {
            for (Diagnostic d : runs.get(t).reported()) if (!compiled.contains(d)) diags.add(d);
        }
        var sorted = new ArrayList<>(diags);
        sorted.sort(Diagnostics.ORDER);
        return new Result(Map.of(), sorted, Map.of());
    }

    /**
     * Which targets were chosen, which are read by another, where chosen files go when they are
     * not kept, whether the targets only check, and the dialects whose limits are errors (one set
     * for the whole run: the targets that render a dialect report its limits alike).
     */
    private record Routing(Set<Target> chosen, Set<String> read, Output sink, boolean checks, Set<dev.schemac.model.Dialect> own) {
        boolean streams(Target t) { return sink != null && chosen.contains(t); }

        /** Whether the files are kept in memory: a reader needs them and the sink cannot read them back. */
        boolean keeps(Target t) {
            return sink == null || read.contains(t.name()) && !(streams(t) && sink instanceof Staging);
        }
    }

    /**
     * What one target produced: the files kept in memory (for a reader, or for the result), the
     * paths of all it wrote (sorted), and what it reported.
     */
    private record Run(Map<String, String> files, List<String> paths, List<Diagnostic> reported) {}

    /** One target, given the runs of the targets it reads (those that are registered). */
    private static Run runOne(Compilation c, Target t, TargetOptions options, Map<Target, Run> done, Routing routing) {
        if (routing.checks()) {
            var ctx = TargetContext.checking(c, options, t, routing.own());
            namesFit(t.files(ctx), ctx);
            t.check(ctx);
            return new Run(Map.of(), List.of(), ctx.reported());
        }
        var siblings = new HashMap<String, Map<String, String>>();
        var findings = new ArrayList<Diagnostic>();
        for (String name : t.reads().stream().sorted().toList()) {
            byName(name).map(done::get).ifPresent(r -> {
                siblings.put(name, r.files());
                findings.addAll(r.reported());
            });
        }
        var ctx = new TargetContext(c, options, t, siblings, findings, routing.own());
        var declared = t.files(ctx);
        if (!namesFit(declared, ctx)) {
            t.check(ctx); // what check reports besides; nothing is rendered that could not be written
            return new Run(Map.of(), List.of(), ctx.reported());
        }
        if (routing.keeps(t)) {
            var own = new MemoryOutput();
            t.generate(ctx, own);
            wroteWhatItDeclared(t, declared, own.files().keySet());
            if (routing.streams(t)) own.files().forEach(routing.sink()::write);
            return new Run(own.files(), List.copyOf(own.files().keySet()), ctx.reported());
        }
        var paths = new ArrayList<String>();
        t.generate(ctx, new Output() {
            @Override public void write(String path, String content) {
                routing.sink().write(path, content);
                paths.add(path);
            }

            @Override public void write(String path, Rendering content) {
                routing.sink().write(path, content);
                paths.add(path);
            }
        });
        paths.sort(null);
        wroteWhatItDeclared(t, declared, paths);
        // A reader of this target's files reads them back from the staging folder, when its turn comes.
        var files = routing.read().contains(t.name()) ? ((Staging) routing.sink()).readBack(paths) : Map.<String, String>of();
        return new Run(files, List.copyOf(paths), ctx.reported());
    }

    /**
     * Reports each declared file whose name (or a folder's) the file system cannot hold, at the
     * model text it comes from; whether all fit. {@code check} and {@code generate} both ask here.
     */
    private static boolean namesFit(List<OutputFile> files, TargetContext ctx) {
        boolean fit = true;
        for (OutputFile f : files) {
            String name = NameLimit.tooLong(f.path());
            if (name == null) continue;
            ctx.report(Messages.outputNameTooLong(f.origin(), name, NameLimit.bytes(name)));
            fit = false;
        }
        return fit;
    }

    /** The declaration of {@link Target#files} is the whole truth: what check vetted is what was written. */
    private static void wroteWhatItDeclared(Target t, List<OutputFile> declared, Collection<String> written) {
        var expected = new java.util.TreeSet<String>();
        declared.forEach(f -> expected.add(f.path()));
        if (!expected.equals(new java.util.TreeSet<>(written))) {
            throw new IllegalStateException("target " + t.name() + " wrote " + new java.util.TreeSet<>(written)
                    + " but declared " + expected);
        }
    }

    private static Map<Target, Run> serially(Compilation c, Set<Target> order, TargetOptions options, Routing routing) {
        var done = new HashMap<Target, Run>();
        for (Target t : order) done.put(t, runOne(c, t, options, done, routing));
        return done;
    }

    /**
     * Each target starts when the targets it reads have finished. A target that throws ends the
     * whole run with its own exception, as it would running alone.
     */
    private static Map<Target, Run> concurrently(Compilation c, Set<Target> order, TargetOptions options, int threads,
                                                 Routing routing) {
        var pool = Executors.newFixedThreadPool(Math.min(threads, order.size()), r -> {
            var th = new Thread(r, "schemac-target");
            th.setDaemon(true);
            return th;
        });
        try {
            var futures = new LinkedHashMap<Target, CompletableFuture<Run>>();
            for (Target t : order) {
                // A check reads no sibling, so it waits for none. The siblings' futures are taken
                // here, on this thread: the map is not safe to read from the pool while it grows.
                var reads = new LinkedHashMap<Target, CompletableFuture<Run>>();
                if (!routing.checks()) {
                    t.reads().stream().map(Targets::byName).flatMap(Optional::stream)
                            .forEach(r -> reads.put(r, futures.get(r)));
                }
                futures.put(t, CompletableFuture.allOf(reads.values().toArray(CompletableFuture<?>[]::new))
                        .thenApplyAsync(ignored -> {
                            var done = new HashMap<Target, Run>();
                            reads.forEach((r, f) -> done.put(r, f.join()));
                            return runOne(c, t, options, done, routing);
                        }, pool));
            }
            var done = new HashMap<Target, Run>();
            for (var e : futures.entrySet()) done.put(e.getKey(), join(e.getValue()));
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Run join(CompletableFuture<Run> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof CompletionException && cause.getCause() != null) cause = cause.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw e;
        }
    }

    /**
     * Every target a run of {@code chosen} runs, each after the targets it reads: the chosen ones
     * and, transitively, the ones they read (docs reads migrations, which then renders too).
     */
    public static LinkedHashSet<Target> running(Collection<Target> chosen) {
        var order = new LinkedHashSet<Target>();
        for (Target t : chosen) visit(t, order, new LinkedHashSet<>());
        return order;
    }

    /** Adds {@code t} to {@code order} after every target it reads (depth first; a cycle is a bug in the targets). */
    private static void visit(Target t, Set<Target> order, Set<Target> path) {
        if (order.contains(t)) return;
        if (!path.add(t)) throw new IllegalStateException("targets read each other in a cycle: " + path);
        for (String name : t.reads().stream().sorted().toList()) byName(name).ifPresent(r -> visit(r, order, path));
        path.remove(t);
        order.add(t);
    }
}
