package dev.schemac.check.normalform;

import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.IndexSpec;
import dev.schemac.model.Origin;
import dev.schemac.naming.Names;
import dev.schemac.normalform.CoverFd;
import dev.schemac.normalform.DeclaredFd;
import dev.schemac.normalform.ProposedRelation;
import dev.schemac.source.LineBreaks;
import dev.schemac.source.Span;
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
 * a foreign key and no column is renamed; other determinants stay plain fields.
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
            List<String> key = parts.get(i).key();
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
        if (parts.size() < 2) return "";
        return new DecompositionText(entity, parts, taken, true).render();
    }

    /**
     * The text written from the model alone (field names, types, keys and relations, no
     * comments or other attributes), for the analysis kept in the compilation: the same model
     * written in a .schema file or as annotated Java must give the same bytes.
     */
    public static String renderFromModel(Entity entity, List<ProposedRelation<FdOrigin>> parts, Set<String> taken) {
        if (parts.size() < 2) return "";
        return new DecompositionText(entity, parts, taken, false).render();
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
        if (!isSchemaText(span, "entity")) return fromModel(0);
        String file = span.file().text();
        Set<String> kept = new HashSet<>(parts.get(0).attributes());
        var edits = new ArrayList<Edit>();
        for (Field f : entity.storedFields()) {
            if (!inside(f.span(), span)) continue;
            if (!kept.contains(f.name())) {
                edits.add(dropLine(file, f.span()));
            } else if (referenced.containsKey(f.name())) {
                edits.add(new Edit(typeStart(file, f), f.span().end(), reference(f)));
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
        var constraints = new ArrayList<IndexSpec>(entity.indexes());
        constraints.addAll(entity.uniques());
        for (IndexSpec s : constraints) {
            if (!kept.containsAll(s.fields()) && inside(s.span(), span)) edits.add(dropLine(file, s.span()));
        }
        edits.sort(Comparator.comparingInt(Edit::start).reversed());
        var text = new StringBuilder(file.substring(span.start(), span.end()));
        int last = Integer.MAX_VALUE;
        for (Edit e : edits) {
            if (e.end() > last) continue;  // one line dropped for two reasons
            text.replace(e.start() - span.start(), e.end() - span.start(), e.text());
            last = e.start();
        }
        return text.toString();
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

    private String reference(Field f) {
        String column = f.columnName() != null ? f.columnName() : f.name();
        return referenced.get(f.name()) + (f.id() ? " @id" : "") + " @map(\"" + column + "\")";
    }

    /**
     * Whether to reuse a span's text: it is asked for, and it is {@code .schema} source starting
     * with the keyword (or name) given; a model built by the annotation processor points at
     * Java source instead.
     */
    private boolean isSchemaText(Span span, String start) {
        String file = span.file().text();
        return fromSource && span.end() <= file.length() && file.startsWith(start, span.start())
                && !span.file().path().endsWith(".java");
    }

    // --- the new entities

    /** A part written from the model: each field's own text where it is `.schema` source. */
    private String fromModel(int i) {
        ProposedRelation<FdOrigin> p = parts.get(i);
        var lines = new LinkedHashMap<String, String>();
        for (String a : p.attributes()) {
            Field f = entity.requireField(a);
            if (f.origin() == Origin.IMPLICIT) continue;
            lines.put(a, declaration(f, p.key(), i));
        }
        int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0);
        var b = new StringBuilder("entity ").append(names.get(i)).append(" {\n");
        lines.forEach((name, rest) -> b.append("  ").append(pad(name, width)).append(' ').append(rest).append('\n'));
        if (p.key().size() > 1) b.append("  @@id(").append(String.join(", ", p.key())).append(")\n");
        var depends = new LinkedHashMap<List<String>, List<String>>();
        for (CoverFd<FdOrigin> fd : p.dependencies()) {
            if (!fd.lhs().equals(p.key())) depends.computeIfAbsent(fd.lhs(), k -> new ArrayList<>()).add(fd.rhs());
        }
        depends.forEach((lhs, rhs) -> b.append("  @@depends(").append(String.join(", ", lhs)).append(" -> ")
                .append(String.join(", ", rhs)).append(")\n"));
        return b.append('}').toString();
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
                : f.type().display() + (f.nullable() ? "?" : "");
        String rest = ID_OR_AUTO.matcher(written).replaceAll("");
        boolean soleKey = key.size() == 1 && key.get(0).equals(f.name());
        return soleKey ? INDEX_OR_UNIQUE.matcher(rest).replaceAll("") + " @id" : rest;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
