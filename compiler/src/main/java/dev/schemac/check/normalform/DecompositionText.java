package dev.schemac.check.normalform;

import dev.schemac.lang.ModelString;
import dev.schemac.model.AccessPattern;
import dev.schemac.model.DefaultValue;
import dev.schemac.model.Dependency;
import dev.schemac.model.FieldCheck;
import dev.schemac.model.Entity;
import dev.schemac.model.EntityCheck;
import dev.schemac.model.FieldType;
import dev.schemac.model.ScalarKind;
import dev.schemac.render.markdown.Quoted;
import dev.schemac.model.Field;
import dev.schemac.model.IndexSpec;
import dev.schemac.model.Origin;
import dev.schemac.naming.Names;
import dev.schemac.normalform.CoverFd;
import dev.schemac.normalform.DeclaredFd;
import dev.schemac.normalform.ProposedRelation;
import dev.schemac.source.LineBreaks;
import dev.schemac.source.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A 3NF decomposition written as {@code .schema} text the user can paste over the entity.
 * The first part keeps the entity's name and its own source text, so comments, mixins and
 * attributes survive; only the lines of fields that moved out (and of the {@code @@depends}
 * that the new entities now enforce as keys) are dropped. Each other part becomes an entity
 * keyed by its determinant. A single-field scalar determinant becomes a to-one relation to
 * its new entity, mapped onto the same column, so the database enforces the dependency with
 * a foreign key and no column is renamed; other determinants stay plain fields. Another key a
 * new entity has besides its own becomes {@code @@unique}, so the database enforces it too.
 *
 * <p>Every proposal must be one the compiler itself accepts and that removes the finding without
 * losing rows or a constraint; where no split can be that (see {@link #refusal}), none is written
 * and the help says why.
 */
public final class DecompositionText {
    private static final Pattern ID_OR_AUTO = Pattern.compile("\\s+@(id|auto)\\b(?!\\s*\\()");
    /** On a field that becomes a primary key, an index or unique constraint of its own is redundant. */
    private static final Pattern INDEX_OR_UNIQUE = Pattern.compile("\\s+@(index|unique)\\b(?!\\s*\\()");

    private final Entity entity;
    private final List<ProposedRelation<FdOrigin>> parts;
    /** Whether to reuse the user's source text; false writes every part from the model alone. */
    private final boolean fromSource;
    private final List<String> names = new ArrayList<>();
    /** Single-field determinant → the name of the part it is the key of. */
    private final Map<String, String> referenced = new HashMap<>();

    private DecompositionText(Entity entity, List<ProposedRelation<FdOrigin>> parts, Set<String> taken,
                              boolean fromSource) {
        this.entity = entity;
        this.parts = parts;
        this.fromSource = fromSource;
        // The model's names are only looked up: copying them per entity made large models quadratic.
        var used = new HashSet<String>();
        for (int i = 0; i < parts.size(); i++) {
            String name = i == 0 ? entity.name() : Names.pascal(Names.snake(parts.get(i).nameHint()));
            String unique = name;
            for (int n = 2; i > 0 && (taken.contains(unique) || !used.add(unique)); n++) unique = name + n;
            names.add(unique);
            List<String> key = keyOf(parts, i);
            if (i > 0 && key.size() == 1 && entity.requireField(key.get(0)).relation() == null) {
                referenced.put(key.get(0), unique);
            }
        }
    }

    /**
     * The text for a diagnostic's help, reusing the user's own source text; empty when there
     * is nothing to split. {@code taken} are the model's entity names, which new entities must
     * not reuse.
     */
    public static String render(Entity entity, List<ProposedRelation<FdOrigin>> parts, Set<String> taken) {
        if (parts.size() < 2 || refusal(entity, parts) != null) return "";
        return new DecompositionText(entity, parts, taken, true).render();
    }

    /**
     * The text written from the model alone (field names, types, keys and relations, no
     * comments or other attributes), for the analysis kept in the compilation: the same model
     * written in a .schema file or as annotated Java must give the same bytes.
     */
    public static String renderFromModel(Entity entity, List<ProposedRelation<FdOrigin>> parts, Set<String> taken) {
        if (parts.size() < 2 || refusal(entity, parts) != null) return "";
        return new DecompositionText(entity, parts, taken, false).render();
    }


    /**
     * Why no split of the entity can be proposed safely, or null when one can: pasting it would
     * be refused, lose rows, or not remove the finding. A determinant that may be NULL cannot be
     * the key of its own entity (and the rows without it would have nothing to point at); an
     * implicit timestamp cannot move, having no text to move; a field brought by a mixin comes
     * back with the mixin; a field that depends on one to-one relation alone is a fact of the
     * entity the relation points at, which a second table keyed by the relation would copy
     * again; and MySQL cannot key an unbounded value.
     */
    public static String refusal(Entity entity, List<ProposedRelation<FdOrigin>> parts) {
        if (parts.size() < 2) return null;
        Set<String> kept = new HashSet<>(parts.get(0).attributes());
        for (String k : entity.primaryKey()) {
            if (!kept.contains(k)) return "the split would move the primary key field " + Quoted.name(k);
        }
        for (int i = 1; i < parts.size(); i++) {
            ProposedRelation<FdOrigin> p = parts.get(i);
            List<String> moved = p.attributes().stream().filter(a -> !kept.contains(a)).toList();
            for (String a : p.attributes()) {
                Field f = entity.requireField(a);
                if (f.origin() == Origin.MIXIN) {
                    return Quoted.name(a) + " comes from the mixin " + Quoted.name(f.mixin())
                            + ", which would bring it back: change the mixin (make the dependent fields a relation "
                            + "to one entity every user of the mixin shares)";
                }
            }
            for (String a : moved) {
                if (entity.requireField(a).origin() == Origin.IMPLICIT) {
                    return Quoted.name(a) + " is an implicit timestamp and cannot move: declare it as a field, or "
                            + "drop it from the declared dependency";
                }
            }
            List<String> key = keyOf(parts, i);
            for (String k : key) {
                Field f = entity.requireField(k);
                if (f.nullable()) {
                    return "the determinant " + Quoted.name(k) + " is optional: it cannot be the key of an entity of "
                            + "its own, and the rows without it would be lost; make it required first";
                }
                if (f.type() instanceof FieldType.Scalar s && (s.kind() == ScalarKind.TEXT
                        || s.kind() == ScalarKind.JSON || s.kind() == ScalarKind.BYTES)) {
                    return "the determinant " + Quoted.name(k) + " is unbounded " + s.kind().name().toLowerCase(java.util.Locale.ROOT)
                            + ", which MySQL cannot key; give it a length first";
                }
            }
            if (key.size() == 1 && entity.requireField(key.get(0)).relation() != null) {
                Field r = entity.requireField(key.get(0));
                return String.join(", ", moved.stream().map(Quoted::name).toList()) + (moved.size() == 1 ? " depends" : " depend")
                        + " on " + Quoted.name(r.name()) + " alone: a fact of " + Quoted.name(r.relation().target())
                        + ", which a table keyed by " + Quoted.name(r.name()) + " would copy again; drop "
                        + (moved.size() == 1 ? "it" : "them") + " and read " + (moved.size() == 1 ? "it" : "them")
                        + " through " + Quoted.name(r.name()) + " (moving the field into " + Quoted.name(r.relation().target())
                        + " if it has none)";
            }
        }
        for (EntityCheck c : entity.checks()) {
            if (parts.stream().noneMatch(p -> p.attributes().containsAll(List.of(c.left(), c.right())))) {
                return "the check " + Quoted.name(c.left() + " " + c.op().symbol() + " " + c.right())
                        + " would compare fields of two entities";
            }
        }
        return null;
    }

    private String render() {
        var b = new StringBuilder(mainPart());
        for (int i = 1; i < parts.size(); i++) b.append("\n\n").append(fromModel(i));
        return b.toString();
    }

    // --- the part that keeps the entity's key: its own text, edited

    private record Edit(int start, int end, String text) {}

    private String mainPart() {
        Span span = entity.span();
        if (!isSchemaText(span, "entity")) return mainFromModel();
        String file = span.file().text();
        Set<String> kept = new HashSet<>(parts.get(0).attributes());
        var edits = new ArrayList<Edit>();
        for (Field f : entity.storedFields()) {
            // An implicit field's span is the entity's name: it has no text of its own to edit.
            if (f.origin() == Origin.IMPLICIT || !inside(f.span(), span)) continue;
            if (!kept.contains(f.name())) {
                edits.add(dropLine(file, f.span()));
            } else if (referenced.containsKey(f.name())) {
                edits.add(new Edit(typeStart(file, f), f.span().end(), reference(f, f.id())));
            }
        }
        Set<DeclaredFd<FdOrigin>> stays = new HashSet<>(parts.get(0).declared());
        for (int i = 1; i < parts.size(); i++) {
            for (DeclaredFd<FdOrigin> d : parts.get(i).declared()) {
                if (d.origin().isDeclaredDependency() && !stays.contains(d) && inside(d.origin().span(), span)) {
                    edits.add(dropLine(file, d.origin().span()));
                }
            }
        }
        for (Dependency d : entity.dependencies()) {
            if (!staysIn(kept, d) && inside(d.span(), span)) edits.add(dropLine(file, d.span()));
        }
        for (EntityCheck c : entity.checks()) {
            if (!(kept.contains(c.left()) && kept.contains(c.right())) && inside(c.span(), span)) {
                edits.add(dropLine(file, c.span()));
            }
        }
        // A query naming a field that moved is the new entity's to declare; left here it would name no field.
        for (AccessPattern q : entity.queries()) {
            if (!kept.containsAll(queried(q)) && inside(q.span(), span)) edits.add(dropLine(file, q.span()));
        }
        var constraints = new ArrayList<IndexSpec>(entity.indexes());
        constraints.addAll(entity.uniques());
        for (IndexSpec s : constraints) {
            if (!kept.containsAll(s.fields()) && inside(s.span(), span)) edits.add(dropLine(file, s.span()));
        }
        edits.sort(Comparator.comparingInt(Edit::start).reversed().thenComparing(Comparator.comparingInt(Edit::end).reversed()));
        var text = new StringBuilder(file.substring(span.start(), span.end()));
        int last = Integer.MAX_VALUE;
        for (Edit e : edits) {
            if (e.end() > last) continue;  // one line dropped for two reasons
            text.replace(e.start() - span.start(), e.end() - span.start(), e.text());
            last = e.start();
        }
        return text.toString();
    }

    private static boolean staysIn(Set<String> kept, Dependency d) {
        return kept.containsAll(d.from()) && kept.containsAll(d.to());
    }

    private static List<String> queried(AccessPattern q) {
        var fields = new ArrayList<String>(q.where());
        for (AccessPattern.SortKey k : q.order()) fields.add(k.field());
        return fields;
    }

    /**
     * The first part written from the model: the entity keeps its own key (an implicit one is
     * not written), its unique constraints, checks and markers, and the {@code @@depends} no
     * new entity took over.
     */
    private String mainFromModel() {
        ProposedRelation<FdOrigin> p = parts.get(0);
        Set<String> kept = new HashSet<>(p.attributes());
        List<String> pk = entity.primaryKey();
        var lines = new LinkedHashMap<String, String>();
        for (String a : p.attributes()) {
            Field f = entity.requireField(a);
            if (f.origin() == Origin.IMPLICIT) continue;
            // A composite key is written as the language allows too: `@id` on each of its fields.
            String rest;
            if (referenced.containsKey(a)) {
                rest = reference(f, pk.contains(a));
            } else {
                rest = modelText(f);
                if (pk.contains(a)) rest += " @id" + (f.auto() ? " @auto" : "");
                else if (f.unique()) rest += " @unique";
                // The entity keeps its table and columns: a pasted proposal renames nothing that stays.
                if (f.columnName() != null) rest += " @map(" + ModelString.quote(f.columnName()) + ")";
            }
            lines.put(a, rest);
        }
        var b = header(0, lines);
        for (IndexSpec u : entity.uniques()) {
            if (kept.containsAll(u.fields())) b.append("  @@unique(").append(String.join(", ", u.fields())).append(")\n");
        }
        for (EntityCheck c : entity.checks()) {
            if (kept.contains(c.left()) && kept.contains(c.right())) b.append(check(c));
        }
        if (entity.tableName() != null) b.append("  @@map(").append(ModelString.quote(entity.tableName())).append(")\n");
        Set<Span> movedOut = new HashSet<>();
        for (int i = 1; i < parts.size(); i++) {
            for (DeclaredFd<FdOrigin> d : parts.get(i).declared()) if (d.origin().isDeclaredDependency()) movedOut.add(d.origin().span());
        }
        for (DeclaredFd<FdOrigin> d : p.declared()) if (d.origin().isDeclaredDependency()) movedOut.remove(d.origin().span());
        for (Dependency d : entity.dependencies()) {
            if (staysIn(kept, d) && !movedOut.contains(d.span())) {
                b.append("  @@depends(").append(String.join(", ", d.from())).append(" -> ")
                        .append(String.join(", ", d.to())).append(")\n");
            }
        }
        return b.append('}').toString();
    }

    private StringBuilder header(int part, Map<String, String> lines) {
        int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0);
        var b = new StringBuilder("entity ").append(names.get(part)).append(" {\n");
        lines.forEach((name, rest) -> b.append("  ").append(pad(name, width)).append(' ').append(rest).append('\n'));
        return b;
    }

    private static String check(EntityCheck c) {
        return "  @@check(" + c.left() + " " + c.op().symbol() + " " + c.right()
                + (c.name() == null ? "" : ", name = " + ModelString.quote(c.name())) + ")\n";
    }

    /**
     * A field's type, default, checks and markers written from the model: what the source text
     * would have carried, so the model path loses no constraint and no personal-data marking.
     */
    private static String modelText(Field f) {
        var b = new StringBuilder(f.type().display()).append(f.nullable() ? "?" : "");
        if (f.defaultValue() != null) b.append(" = ").append(literal(f.defaultValue()));
        for (FieldCheck c : f.checks()) {
            String named = c.name() == null ? "" : ", name = " + ModelString.quote(c.name());
            if (c instanceof FieldCheck.Compare x) {
                b.append(" @check(").append(x.op().symbol()).append(' ').append(x.value() instanceof BigDecimal n
                        ? n.toPlainString() : ModelString.quote(String.valueOf(x.value()))).append(named).append(')');
            } else if (c instanceof FieldCheck.Length x) {
                b.append(" @length(").append(x.min() != null && x.max() != null ? x.min() + ", " + x.max()
                        : x.min() != null ? "min = " + x.min() : "max = " + x.max()).append(named).append(')');
            } else if (c instanceof FieldCheck.Pattern x) {
                b.append(" @pattern(").append(ModelString.quote(x.regex())).append(named).append(')');
            }
        }
        return b.append(f.updatedAt() ? " @updated" : "").append(f.indexed() ? " @index" : "")
                .append(f.pii() ? " @pii" : "").append(f.secret() ? " @secret" : "").toString();
    }

    private static String literal(DefaultValue v) {
        if (v instanceof DefaultValue.Number n) return n.value().toPlainString();
        if (v instanceof DefaultValue.Text t) return ModelString.quote(t.value());
        if (v instanceof DefaultValue.Bool x) return String.valueOf(x.value());
        if (v instanceof DefaultValue.EnumValue e) return e.value();
        return v instanceof DefaultValue.Now ? "now()" : "uuid()";
    }

    private static boolean inside(Span inner, Span outer) {
        return inner.file() == outer.file() && inner.start() >= outer.start() && inner.end() <= outer.end();
    }

    /** The whole line(s) of a span when nothing but a comment shares them, else the span alone. */
    private static Edit dropLine(String file, Span s) {
        int lineStart = LineBreaks.lineStart(file, s.start());
        int lineEnd = LineBreaks.lineEnd(file, s.end());
        String before = file.substring(lineStart, s.start());
        String after = file.substring(s.end(), lineEnd).strip();
        if (before.isBlank() && (after.isEmpty() || after.startsWith("//"))) {
            return new Edit(lineStart, lineEnd == file.length() ? lineEnd : LineBreaks.after(file, lineEnd), "");
        }
        return new Edit(s.start(), s.end(), "");
    }

    private static int typeStart(String file, Field f) {
        int i = f.span().start() + f.name().length();
        while (i < f.span().end() && Character.isWhitespace(file.charAt(i))) i++;
        return i;
    }

    /** The field as a relation to the entity it determines; {@code id} when the field keeps its own {@code @id}. */
    private String reference(Field f, boolean id) {
        String column = f.columnName() != null ? f.columnName() : f.name();
        return referenced.get(f.name()) + (id ? " @id" : "") + " @map(\"" + column + "\")";
    }

    /**
     * Whether to reuse a span's text: it is asked for, and it is {@code .schema} source starting
     * with the keyword (or name) given; a model built by the annotation processor points at
     * Java source instead.
     */
    private boolean isSchemaText(Span span, String start) {
        String file = span.file().text();
        return fromSource && span.file().first() == 0 && span.end() <= file.length() && file.startsWith(start, span.start())
                && !span.file().path().endsWith(".java");
    }

    // --- the new entities

    /** A part written from the model: each field's own text where it is `.schema` source. */
    private String fromModel(int i) {
        ProposedRelation<FdOrigin> p = parts.get(i);
        List<String> key = keyOf(parts, i);
        var lines = new LinkedHashMap<String, String>();
        for (String a : p.attributes()) {
            Field f = entity.requireField(a);
            if (f.origin() == Origin.IMPLICIT) continue;
            lines.put(a, declaration(f, key, i));
        }
        var b = header(i, lines);
        if (key.size() > 1) b.append("  @@id(").append(String.join(", ", key)).append(")\n");
        var depends = new LinkedHashMap<List<String>, List<String>>();
        for (CoverFd<FdOrigin> fd : p.dependencies()) {
            if (!fd.lhs().equals(key)) depends.computeIfAbsent(fd.lhs(), k -> new ArrayList<>()).add(fd.rhs());
        }
        // Another key of the part is a unique constraint, or nothing would enforce it (nor keep the join lossless).
        depends.forEach((lhs, rhs) -> {
            if (closure(p, lhs).containsAll(p.attributes())) {
                b.append("  @@unique(").append(String.join(", ", lhs)).append(")\n");
            } else {
                b.append("  @@depends(").append(String.join(", ", lhs)).append(" -> ")
                        .append(String.join(", ", rhs)).append(")\n");
            }
        });
        Set<String> kept = new HashSet<>(parts.get(0).attributes());
        for (EntityCheck c : entity.checks()) {
            boolean here = p.attributes().contains(c.left()) && p.attributes().contains(c.right());
            if (here && !(kept.contains(c.left()) && kept.contains(c.right()))) b.append(check(c));
        }
        return b.append('}').toString();
    }

    /**
     * The key a new entity is written with: of the part's keys, the first the entity keeps (so
     * that it becomes a relation to the new entity), else the synthesis's; the others become
     * {@code @@unique}.
     */
    static List<String> keyOf(List<ProposedRelation<FdOrigin>> parts, int i) {
        ProposedRelation<FdOrigin> p = parts.get(i);
        List<String> kept = parts.get(0).attributes();
        if (kept.containsAll(p.key())) return p.key();
        for (CoverFd<FdOrigin> fd : p.dependencies()) {
            if (kept.containsAll(fd.lhs()) && closure(p, fd.lhs()).containsAll(p.attributes())) return fd.lhs();
        }
        return p.key();
    }

    /** What the part's dependencies derive from {@code lhs}. */
    private static Set<String> closure(ProposedRelation<FdOrigin> p, List<String> lhs) {
        Set<String> out = new HashSet<>(lhs);
        for (boolean grew = true; grew; ) {
            grew = false;
            for (CoverFd<FdOrigin> fd : p.dependencies()) if (out.containsAll(fd.lhs())) grew |= out.add(fd.rhs());
        }
        return out;
    }

    /** A field's declaration after its name: its own text, keyed for this part. */
    private String declaration(Field f, List<String> key, int part) {
        String target = referenced.get(f.name());
        if (target != null && !target.equals(names.get(part))) {
            return target + (key.contains(f.name()) && key.size() == 1 ? " @id" : "") + " @map(\""
                    + (f.columnName() != null ? f.columnName() : f.name()) + "\")";
        }
        String file = f.span().file().text();
        String written = isSchemaText(f.span(), f.name()) ? file.substring(typeStart(file, f), f.span().end())
                : modelText(f);
        String rest = ID_OR_AUTO.matcher(written).replaceAll("");
        boolean soleKey = key.size() == 1 && key.get(0).equals(f.name());
        return soleKey ? INDEX_OR_UNIQUE.matcher(rest).replaceAll("") + " @id" : rest;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
