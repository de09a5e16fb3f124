package dev.schemac.pull.lift;

import dev.schemac.catalog.Catalog;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import dev.schemac.fmt.Formatter;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.parse.SchemaReader;
import dev.schemac.pull.Leftover;
import dev.schemac.pull.LiveSchema;
import dev.schemac.pull.PullFailure;
import dev.schemac.pull.PullMessages;
import dev.schemac.pull.compare.Change;
import dev.schemac.pull.compare.SchemaComparison;
import dev.schemac.pull.introspect.Collations;
import dev.schemac.source.SourceFile;
import dev.schemac.source.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A model pulled from a live database: lifted, written through the formatter, compiled,
 * and compared with the database it came from. Names the lowering derives differently
 * (a numbered duplicate) are made explicit and the model written again; what still
 * differs is reported beside the leftovers, each warning pointing at its comment.
 */
public final class PulledModel {
    private final String text;
    private final List<Diagnostic> warnings;
    private final Catalog catalog;
    private final List<Leftover> leftovers;
    private final Map<String, String> enumTypeNames;
    private final List<Leftover> residual;

    private PulledModel(String text, List<Diagnostic> warnings, Catalog catalog, List<Leftover> leftovers,
                        Map<String, String> enumTypeNames, List<Leftover> residual) {
        this.residual = List.copyOf(residual);
        this.text = text;
        this.warnings = warnings;
        this.catalog = catalog;
        this.leftovers = leftovers;
        this.enumTypeNames = Map.copyOf(enumTypeNames);
    }

    /**
     * The database's own name of each enum type (model enum → type name), which the model's
     * Catalog derives anew from the enum's name: {@code "Mood"} for the enum the model calls
     * {@code Mood} and whose type it names {@code mood}. PostgreSQL's only.
     */
    public Map<String, String> enumTypeNames() { return enumTypeNames; }

    /** What the model does not hold as the database has it, in the order of {@link #warnings()}. */
    public List<Leftover> leftovers() { return leftovers; }

    /**
     * Whether a leftover is a change the model's own Catalog would make to the database (an index the model derives
     * that the database lacks), not something of the database the model leaves out: a Catalog of the database's own
     * keys and indexes (an adoption's baseline) does not have it.
     */
    public boolean fromModelOnly(Leftover l) { return residual.contains(l); }

    /** The .schema text, formatted. */
    public String text() { return text; }

    /**
     * One warning per leftover, located at its comment in {@link #text()}, in the order of
     * {@link #leftovers()}; then one SC980 per error a default target's check finds in the model.
     */
    public List<Diagnostic> warnings() { return warnings; }

    /** The Catalog the pulled model compiles to. */
    public Catalog catalog() { return catalog; }

    private static final int ROUNDS = 4;

    /**
     * @param path     the file the model will be written to, as diagnostics name it
     * @param selected which tables to pull
     */
    public static PulledModel of(LiveSchema live, Predicate<String> selected, String path, String schemaName,
                                 SchemaComparison comparison) throws PullFailure {
        var ledger = new NameLedger();
        var relaxed = new java.util.TreeSet<String>();
        for (int round = 1; ; round++) {
            Lifter lifter;
            Draft draft;
            int lifts = 0;
            do { // names chosen before the lift knew all the derived ones may take one: choose them again
                lifter = new Lifter(live, selected, ledger);
                draft = lifter.lift(schemaName);
            } while (++lifts < ROUNDS && ledger.reserve(lifter.derivedNames));
            relax(draft, relaxed);
            var writer = ModelWriter.write(draft);
            String formatted = format(path, writer.text());
            Compilation c = compile(path, formatted, relaxed, draft, ledger);
            // Design rules the database breaks are now warnings (write the header again), or an item the model cannot
            // hold is now known (lift again, keeping it as a comment).
            if (c == null) continue;
            var pulled = new HashSet<>(lifter.pulledTables());
            pulled.addAll(lifter.joinTables());
            var changes = new ArrayList<Change>();
            for (Change ch : comparison.compare(c.catalog(), live)) {
                if (ch.table() == null ? draftHasEnum(ch) : pulled.contains(ch.table())) changes.add(ch);
            }
            if (round < ROUNDS && forceNames(changes, ledger.forced)) continue;
            if (round < 2 * ROUNDS && learnGenerated(changes, draft, ledger.generated)) continue;
            var residual = uncovered(changes, draft);
            List<Leftover> residualNotes = List.of();
            if (!residual.isEmpty()) {
                residualNotes = place(residual, draft);
                writer = ModelWriter.write(draft);
                formatted = format(path, writer.text());
            }
            var warnings = new ArrayList<>(locate(path, formatted, writer.placed));
            warnings.addAll(refusedByTargets(path, formatted));
            for (var k : live.brokenKeys()) {
                if (selected.test(k.table())) warnings.add(PullMessages.rowsBreakAKey(entityAt(path, formatted, c, k.table()), k));
            }
            return new PulledModel(formatted, warnings, c.catalog(),
                    writer.placed.stream().map(ModelWriter.Placed::leftover).toList(), lifter.enumTypeNames(), residualNotes);
        }
    }

    /**
     * The errors the checks of {@code generate}'s default targets (every target) find in the model as
     * written, each as SC980 at its place: pull writes the database as it is, and where a target cannot
     * take that, the user learns it now rather than from {@code check}, {@code generate} or
     * {@code migrate --from-url}. Nothing is rendered ({@link Targets#check}).
     */
    private static List<Diagnostic> refusedByTargets(String path, String text) {
        var parsed = SchemaReader.read(path, text.getBytes(StandardCharsets.UTF_8));
        Compilation c = Compiler.compileAst(List.of(parsed.file()));
        var out = new ArrayList<Diagnostic>();
        for (Diagnostic d : Targets.check(c, Targets.all(), TargetOptions.defaults()).diagnostics()) {
            if (d.isError()) out.add(PullMessages.refusedByTarget(d));
        }
        return out;
    }

    private static boolean draftHasEnum(Change ch) {
        return ch.scope() == Change.Scope.ENUM;
    }

    private static String format(String path, String text) throws PullFailure {
        var parsed = SchemaReader.read(path, text.getBytes(StandardCharsets.UTF_8));
        var errors = parsed.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) throw new PullFailure(errors.stream().map(PullMessages::modelInvalid).toList());
        return Formatter.format(parsed.file());
    }

    /**
     * Compiles the model; null when the only errors are design rules the database breaks
     * (a float column named like money): those are added to {@code relaxed}, to be written
     * as warnings in the header, since a pulled model describes the database as it is; null
     * too when an error falls on a check or default the lift wrote, which the next lift keeps
     * as a comment ({@link Refusals}).
     */
    private static Compilation compile(String path, String text, java.util.Set<String> relaxed, Draft draft, NameLedger ledger)
            throws PullFailure {
        var parsed = SchemaReader.read(path, text.getBytes(StandardCharsets.UTF_8));
        Compilation c = Compiler.compileAst(List.of(parsed.file()));
        var errors = c.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (errors.isEmpty()) return c;
        boolean onlyRules = errors.stream().allMatch(d -> dev.schemac.check.Rules.byCode(d.code()).isPresent());
        if (onlyRules && errors.stream().anyMatch(d -> relaxed.add(d.code()))) return null;
        if (Refusals.learn(errors, parsed.file(), draft, ledger)) return null;
        throw new PullFailure(errors.stream().map(PullMessages::modelInvalid).toList());
    }

    private static void relax(Draft draft, java.util.Set<String> relaxed) {
        if (relaxed.isEmpty()) return;
        draft.settings.add("// the database breaks these design rules; pulled as it is, they are warnings here");
        draft.settings.add("severity = [" + String.join(", ", relaxed.stream().map(code -> "\"" + code + "=warning\"").toList()) + "]");
    }

    /**
     * A constraint the model derives a different name for than the database has (the lowering
     * numbers a duplicate): the pair shows as one object only in the model and one only in the
     * database, over the same columns. Such names are written explicitly next round.
     */
    private static boolean forceNames(List<Change> changes, Map<String, String> forced) {
        boolean more = false;
        for (Change a : changes) {
            if (isKeyRename(a)) more |= forced.put(a.table() + "\0pk", a.inDatabase()) == null;
        }
        for (Renamed r : renamed(changes)) {
            Change a = r.inDatabase();
            String key = switch (a.scope()) {
                case INDEX -> "idx:" + a.object();
                case UNIQUE -> "uq:" + a.inDatabase();
                case FOREIGN_KEY -> "fk:" + a.inDatabase().substring(1, a.inDatabase().indexOf(']')).replace(" ", "");
                case CHECK -> "ck:" + a.object();
                default -> null;
            };
            if (key != null && a.object() != null) more |= forced.put(a.table() + "\0" + key, a.object()) == null;
        }
        return more;
    }

    private static boolean isKeyRename(Change c) {
        return c.kind() == Change.Kind.DIFFERENT && c.scope() == Change.Scope.PRIMARY_KEY && "name".equals(c.object());
    }

    /** One object under another name: only in the database as {@code inDatabase}, only in the model as {@code inModel}. */
    private record Renamed(Change inDatabase, Change inModel) {}

    /** Objects of the same kind, table and definition, one only in the database and one only in the model. */
    private static List<Renamed> renamed(List<Change> changes) {
        var out = new ArrayList<Renamed>();
        for (Change a : changes) {
            // An enum renamed (its type folds into a table's name) is a change of no table: no constraint name to force.
            if (a.kind() != Change.Kind.ONLY_IN_DATABASE || a.table() == null) continue;
            for (Change b : changes) {
                if (b.kind() == Change.Kind.ONLY_IN_MODEL && b.scope() == a.scope() && a.table().equals(b.table())
                        && java.util.Objects.equals(b.inModel(), a.inDatabase())) {
                    out.add(new Renamed(a, b));
                }
            }
        }
        return out;
    }

    /**
     * Learns the name the compiled model gives each object whose live name a {@link Leftover.Kind#NAME}
     * leftover says is not kept, where that is not the derived name it says (the lowering numbered
     * it): the next lift's warning says the name generate gives. Whether anything was learned.
     */
    private static boolean learnGenerated(List<Change> changes, Draft draft, Map<String, String> generated) {
        var given = new HashMap<String, String>();
        for (Change c : changes) if (isKeyRename(c)) given.put(NameLedger.key(c.table(), c.inDatabase()), c.inModel());
        for (Renamed r : renamed(changes)) given.put(NameLedger.key(r.inDatabase().table(), r.inDatabase().object()), r.inModel().object());
        boolean learned = false;
        for (Leftover l : allLeftovers(draft)) {
            if (l.kind() != Leftover.Kind.NAME || l.table() == null || l.definition() == null) continue;
            String key = NameLedger.key(l.table(), l.name());
            String name = given.get(key);
            if (name != null && !name.equals(l.definition())) learned |= !name.equals(generated.put(key, name));
        }
        return learned;
    }

    /** The changes no leftover already accounts for. */
    private static List<Change> uncovered(List<Change> changes, Draft draft) {
        Set<String> covered = new HashSet<>();
        Set<String> coveredTables = new HashSet<>();
        Set<String> notKept = new HashSet<>();
        Set<String> tableComments = new HashSet<>();
        Set<String> leftOutKeys = new HashSet<>();
        for (Leftover l : allLeftovers(draft)) {
            if (l.table() == null) continue;
            // A table's comment left out (PulledDoc) is named by its table, as no other note is.
            if (l.kind() == Leftover.Kind.DIFFERENCE && l.column() == null && l.table().equals(l.name())) tableComments.add(l.table());
            if (l.kind() == Leftover.Kind.TABLE) coveredTables.add(l.table());
            if (l.column() != null) covered.add(l.table() + "\0" + l.column());
            if (l.name() != null) covered.add(l.table() + "\0" + l.name());
            // A name the model cannot keep: the derived name it writes instead is the same object.
            if (l.kind() == Leftover.Kind.NAME && l.definition() != null) covered.add(l.table() + "\0" + l.definition());
            if (l.kind() == Leftover.Kind.NAME) notKept.add(NameLedger.key(l.table(), l.name()));
            if (l.kind() == Leftover.Kind.FOREIGN_KEY && l.shape() instanceof Leftover.Shape.Reference r) {
                leftOutKeys.add(l.table() + "\0" + Change.foreignKeyText(r.columns(), r.table(), r.referencedColumns(), r.onDelete(), r.onUpdate()));
            }
        }
        var out = new ArrayList<Change>();
        for (Change c : changes) {
            if (c.table() != null && coveredTables.contains(c.table())) continue;
            if (c.table() != null && c.object() != null && covered.contains(c.table() + "\0" + c.object())) continue;
            // A foreign key the engine keeps no name for (SQLite) and pull left out (SC971) is known by its shape.
            if (c.scope() == Change.Scope.FOREIGN_KEY && c.object() == null && c.kind() == Change.Kind.ONLY_IN_DATABASE
                    && leftOutKeys.contains(c.table() + "\0" + c.inDatabase())) continue;
            if (c.scope() == Change.Scope.COMMENT && c.object() == null && tableComments.contains(c.table())) continue;
            // A primary key renamed: the leftover that says its live name is not kept says it.
            if (isKeyRename(c) && notKept.contains(NameLedger.key(c.table(), c.inDatabase()))) continue;
            if (c.scope() == Change.Scope.ENUM) {
                boolean named = allLeftovers(draft).stream().anyMatch(l -> l.kind() == Leftover.Kind.NAME && java.util.Objects.equals(c.object(), l.name()));
                if (named) continue;
            }
            out.add(c);
        }
        return out;
    }

    private static List<Leftover> allLeftovers(Draft draft) {
        var out = new ArrayList<Leftover>(draft.trailing);
        for (var e : draft.enums) out.addAll(e.notes());
        for (Object o : draft.entities) {
            if (o instanceof Leftover l) {
                out.add(l);
                continue;
            }
            var e = (Draft.EntityDraft) o;
            out.addAll(e.notes);
            for (var m : e.members) {
                if (m instanceof Draft.Note n) out.add(n.leftover());
                if (m instanceof Draft.FieldLine f) out.addAll(f.notes());
            }
        }
        return out;
    }

    /** Each residual change becomes a note on its entity (or at the end of the file). */
    private static List<Leftover> place(List<Change> residual, Draft draft) {
        var notes = new ArrayList<Leftover>();
        for (Change c : residual) {
            boolean column = c.scope() == Change.Scope.COLUMN || (c.scope() == Change.Scope.COMMENT && c.object() != null);
            var l = new Leftover(Leftover.Kind.DIFFERENCE, c.table(), column ? c.object() : null, c.object(), null,
                    c.describe().substring(2));
            Draft.EntityDraft target = null;
            for (Object o : draft.entities) {
                if (o instanceof Draft.EntityDraft e && c.table() != null && c.table().equals(e.sourceTable)) target = e;
            }
            if (target != null) target.notes.add(l);
            else draft.trailing.add(l);
            notes.add(l);
        }
        return notes;
    }

    /**
     * The name of the entity that makes {@code table} in the model as written ({@code text}, which may have changed since
     * {@code c} was compiled from it: the notes placed last), else null (a table left out of the model).
     */
    private static Span entityAt(String path, String text, Compilation c, String table) {
        var entity = c.catalog().table(table).map(dev.schemac.catalog.Table::entity).orElse(null);
        if (entity == null) return null;
        var m = java.util.regex.Pattern.compile("(?m)^entity\\s+(" + java.util.regex.Pattern.quote(entity) + ")\\b").matcher(text);
        return m.find() ? new Span(new SourceFile(path, text), m.start(1), m.end(1)) : null;
    }

    /**
     * Warnings at the comments that keep each leftover, found in order in the formatted text. A table default collation
     * shared by several tables is one warning, at the first of them, naming them all ({@link Collations#tablesByDefault});
     * each table's comment still names its columns.
     */
    private static List<Diagnostic> locate(String path, String text, List<ModelWriter.Placed> placed) {
        var file = new SourceFile(path, text);
        var leftovers = placed.stream().map(ModelWriter.Placed::leftover).toList();
        var collated = Collations.tablesByDefault(leftovers.stream().map(Leftover::table).filter(java.util.Objects::nonNull)
                .distinct().toList(), leftovers);
        var out = new ArrayList<Diagnostic>();
        int from = 0;
        for (var p : placed) {
            int at = text.indexOf(p.comment(), from);
            Span span = null;
            if (at >= 0) {
                span = new Span(file, at, at + p.comment().length());
                from = at + p.comment().length();
            }
            Leftover l = p.leftover();
            String collation = Collations.notesTableDefault(l) ? l.definition().substring(Collations.TABLE_DEFAULT.length()) : null;
            List<String> tables = collation == null ? List.of() : collated.getOrDefault(collation, List.of());
            if (tables.size() < 2) out.add(PullMessages.leftover(l, span));
            else if (tables.get(0).equals(l.table())) out.add(PullMessages.tablesCollateOtherwise(span, collation, tables));
        }
        return out;
    }
}
