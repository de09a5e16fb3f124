package dev.schemac.gen;

import dev.schemac.catalog.Catalog;
import dev.schemac.output.Output;
import java.util.List;
import java.util.Set;

/**
 * One kind of output. A target is a pure function of the compilation and options: no I/O
 * of its own, no clock, no randomness. Targets are found with ServiceLoader (register with
 * {@code @AutoService(Target.class)}); none knows another.
 */
public interface Target {

    /** The name used with {@code --target}. */
    String name();

    /** One line for {@code schemac generate --help} and the README. */
    String description();

    /**
     * The targets, by name, whose files this one quotes (the design documents embed the DDL
     * and the diagrams). The runner generates them first and hands their files over through
     * {@link TargetContext#sibling}; a name that is not registered is handed over as absent.
     */
    default Set<String> reads() { return Set.of(); }

    /**
     * Whether this target reads what the checks computed ({@link TargetContext#analyses}). When no
     * target of a run does, the run lets the analyses go before the targets start, so the heap
     * they run on does not carry them.
     */
    default boolean readsAnalyses() { return false; }

    /**
     * Writes this target's files. Whatever the model asks that this target cannot express
     * is reported through {@link TargetContext#report}; an error there means nothing of the
     * whole generation is written.
     */
    void generate(TargetContext context, Output out);

    /**
     * The files {@link #generate} writes for this context, computed from the names alone, without
     * rendering: {@code check} holds their names to the file system's limit before anything is
     * rendered or written, and {@link Targets} holds {@code generate} to writing exactly these.
     * Where generate would write nothing (a problem it reports), the list is empty.
     */
    List<OutputFile> files(TargetContext context);

    /**
     * Reports what {@link #generate} would report, for {@code check}, which writes nothing. The
     * default renders and drops the files; a target whose reports come from a cheaper pass than
     * rendering (or that reports nothing) overrides it. The context hands over no sibling here:
     * what a target reports never depends on another target's files.
     */
    default void check(TargetContext context) {
        generate(context, Output.DISCARD);
    }

    /**
     * Loads what this target's later work needs and no input decides (a library's data), on a
     * spare core at the start of a run that will run this target: nothing may depend on it but
     * speed.
     */
    default void warmUp() {}

    /**
     * Work that needs only the lowered Catalog and the options, started on a thread of its own
     * while the model's checks still run (see {@link Targets#prepare}): it may only fill a cache
     * that this target's {@link #check} or {@link #generate} reads again with the same inputs
     * (the sample rows), so whether it ran, or finished, never changes a result. A run whose
     * checks fail throws its work away.
     */
    default void prepare(Catalog catalog, TargetOptions options) {}

    /**
     * The options this target reads from {@link TargetOptions#extra()}, by full key
     * ({@code java.package}) with a one-line description. Front ends refuse any other key,
     * with a suggestion, before a target runs.
     */
    default java.util.Map<String, String> options() { return java.util.Map.of(); }

    /**
     * What a value of one of this target's {@link #options()} must be, when {@code value} is not
     * one ("must be ..."), or null when it is. Asked as the setting is read, whichever targets
     * are chosen, so a bad value is refused at its place in the settings file like any other.
     */
    default String optionRule(String key, String value) { return null; }

    /**
     * The databases a run that chooses this target writes for on the user's word, so that their
     * limits are errors and not a warning that their scripts are left out ({@link OwnDialects});
     * {@code named}: whether the user named this target one by one rather than through {@code all}.
     */
    default Set<dev.schemac.model.Dialect> asks(dev.schemac.model.Model model, TargetOptions options, boolean named) {
        return Set.of();
    }

    /**
     * Whether {@code generate} may remove a file this target wrote in an earlier run and no
     * longer writes. A target whose files may have been applied somewhere (migrations) says no.
     */
    default boolean removesStaleFiles() { return true; }
}
