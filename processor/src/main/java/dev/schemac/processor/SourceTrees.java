package dev.schemac.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * The Java source as javac's tree API shows it, where the element API cannot. It places
 * diagnostics where {@code Messager} cannot: javac finds no source position for a record
 * component, nor for an annotation that is repeated (it looks for the container javac
 * synthesized, which was never written). It reads what was written (the literal of an
 * annotation value) and where (the line of a declaration), and tells a type compiled from
 * source from one read from a class file. Where that API is missing (another compiler) or
 * the tree is not there (a class file), callers fall back to Messager and the element API.
 */
final class SourceTrees {
    private final Trees trees;
    /**
     * Declarations' paths, found a type at a time: javac's {@code getPath(Element)} scans the
     * compilation unit from its start on every call. A type's own path (null: it has no tree),
     * and the paths of the variables declared in it, by name.
     */
    private final Map<Element, TreePath> typePaths = new HashMap<>();
    private final Map<Element, Map<String, TreePath>> variables = new HashMap<>();
    /** {@code p/User.java} by compilation unit. */
    private final Map<CompilationUnitTree, String> files = new IdentityHashMap<>();

    private SourceTrees(Trees trees) { this.trees = trees; }

    /** The trees, or null when the compiler is not javac. */
    static SourceTrees of(ProcessingEnvironment env) {
        try {
            return new SourceTrees(Trees.instance(env));
        } catch (Throwable t) {
            Failures.rethrowIfFatal(t);
            return null;
        }
    }

    /** Whether Messager would lose the position of this origin. */
    static boolean needed(Origin o) {
        if (o.element().getKind() == ElementKind.RECORD_COMPONENT) return true;
        if (o.annotation() == null) return false;
        return !o.element().getAnnotationMirrors().contains(o.annotation()) || o.value() != null && !ownValue(o.annotation(), o.value());
    }

    /** Whether a value is one of the annotation's own (or an item of one), not one inside a nested annotation. */
    private static boolean ownValue(AnnotationMirror m, AnnotationValue v) {
        for (AnnotationValue own : Mirrors.explicit(m).values()) {
            if (own == v || indexOf(Mirrors.items(own), v) >= 0) return true;
        }
        return false;
    }

    /** Prints at the written tree of the origin; false when the tree cannot be found. */
    boolean print(Kind kind, String text, Origin o) {
        Written w = find(o);
        if (w == null) return false;
        trees.printMessage(kind, text, w.tree(), w.unit());
        return true;
    }

    /** A tree as written, in its compilation unit. */
    record Written(Tree tree, CompilationUnitTree unit) {}

    /** The written tree of an origin (the value, else the annotation, else the declaration); null from a class file. */
    Written find(Origin o) {
        try {
            TreePath owner = ownerPath(o.element());
            if (owner == null) return null;
            Tree tree = owner.getLeaf();
            ModifiersTree mods = modifiers(tree);
            if (o.annotation() != null && mods != null) {
                AnnotationTree a = annotationTree(owner, mods, o);
                if (a != null) tree = o.value() == null ? a : valueTree(a, o.annotation(), o.value(), a);
            }
            return new Written(tree, owner.getCompilationUnit());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether a type or package was compiled from source in this compilation (else javac read its class file). */
    boolean fromSource(Element unit) {
        try {
            return path(unit) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The line of a declaration's name (where javac shows a message on the element, past its
     * annotations) and its file as {@code p/Customer.java}; null when it has no tree.
     */
    String where(Element e) {
        Written w = find(Origin.of(e));
        if (w == null) return null;
        long at = namePosition(e, w);
        if (at < 0) return null;
        return files.computeIfAbsent(w.unit(), SourceTrees::file) + ":" + w.unit().getLineMap().getLineNumber(at);
    }

    /** The declaration's name after its modifiers; the declaration's start when the text does not show it. */
    private long namePosition(Element e, Written w) {
        var positions = trees.getSourcePositions();
        long start = positions.getStartPosition(w.unit(), w.tree());
        ModifiersTree mods = modifiers(w.tree());
        long from = mods == null ? -1 : positions.getEndPosition(w.unit(), mods);
        if (from < 0) return start;
        try {
            String source = w.unit().getSourceFile().getCharContent(true).toString();
            var name = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(e.getSimpleName().toString()) + "\\b")
                    .matcher(source);
            return name.find((int) from) ? name.start() : start;
        } catch (java.io.IOException | RuntimeException x) {
            return start;
        }
    }

    private static String file(CompilationUnitTree unit) {
        String path = unit.getSourceFile().toUri().getPath();
        String file = path == null ? unit.getSourceFile().getName() : path.substring(path.lastIndexOf('/') + 1);
        var pkg = unit.getPackageName();
        String dir = pkg == null ? "" : pkg.toString().replace('.', '/') + "/";
        return dir + file;
    }

    /**
     * The doc comment of a declaration as written, from {@code /**} to the declaration; null
     * when there is no tree or no such comment before it.
     */
    String comment(Element e) {
        Written w = find(Origin.of(e));
        if (w == null) return null;
        try {
            long start = trees.getSourcePositions().getStartPosition(w.unit(), w.tree());
            CharSequence source = w.unit().getSourceFile().getCharContent(true);
            if (start < 0 || start > source.length()) return null;
            String before = source.subSequence(0, (int) start).toString();
            int open = before.lastIndexOf("/**");
            int close = open < 0 ? -1 : before.indexOf("*/", open + 3);
            return open < 0 || close < 0 ? null : before.substring(open, close + 2);
        } catch (java.io.IOException | RuntimeException x) {
            return null;
        }
    }

    /** The source text of an annotation value as written ({@code 0.50}, {@code -1_000L}); null when there is none. */
    String text(Origin o) {
        Written w = o.value() == null ? null : find(o);
        if (w == null || w.tree() instanceof AnnotationTree) return null;
        try {
            var positions = trees.getSourcePositions();
            long start = positions.getStartPosition(w.unit(), w.tree());
            long end = positions.getEndPosition(w.unit(), w.tree());
            CharSequence source = w.unit().getSourceFile().getCharContent(true);
            if (start < 0 || end > source.length() || start >= end) return null;
            return source.subSequence((int) start, (int) end).toString();
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** The declaration's path; a record component's is the header variable of the same name. */
    private TreePath ownerPath(Element e) {
        if (e.getKind() != ElementKind.RECORD_COMPONENT) return path(e);
        TreePath record = path(e.getEnclosingElement());
        if (record == null || !(record.getLeaf() instanceof ClassTree c)) return null;
        for (Tree m : c.getMembers()) {
            if (m instanceof VariableTree v && v.getName().contentEquals(e.getSimpleName())) return new TreePath(record, v);
        }
        return null;
    }

    /**
     * What {@code trees.getPath(e)} gives. A field or enum constant is looked up among its
     * type's member trees by its name, which no other variable of the type has; methods,
     * which may be overloaded or have no tree of their own, are left to javac.
     */
    private TreePath path(Element e) {
        if (e instanceof TypeElement) return typePath(e);
        boolean variable = e.getKind() == ElementKind.FIELD || e.getKind() == ElementKind.ENUM_CONSTANT;
        if (!variable || !(e.getEnclosingElement() instanceof TypeElement owner)) return trees.getPath(e);
        TreePath found = variables.computeIfAbsent(owner, this::variables).get(e.getSimpleName().toString());
        return found != null ? found : trees.getPath(e);
    }

    private TreePath typePath(Element type) {
        if (typePaths.containsKey(type)) return typePaths.get(type);
        TreePath p = trees.getPath(type);
        typePaths.put(type, p);
        return p;
    }

    /** The paths of the variables declared in a type's body, by name. */
    private Map<String, TreePath> variables(Element type) {
        var out = new HashMap<String, TreePath>();
        TreePath typePath = typePath(type);
        if (typePath == null || !(typePath.getLeaf() instanceof ClassTree c)) return out;
        for (Tree m : c.getMembers()) {
            if (m instanceof VariableTree v) out.putIfAbsent(v.getName().toString(), new TreePath(typePath, m));
        }
        return out;
    }

    private static ModifiersTree modifiers(Tree t) {
        if (t instanceof ClassTree c) return c.getModifiers();
        if (t instanceof VariableTree v) return v.getModifiers();
        if (t instanceof com.sun.source.tree.MethodTree m) return m.getModifiers();
        return null;
    }

    /** The n-th written annotation of the mirror's type, n being the mirror's place among the repeated ones. */
    private AnnotationTree annotationTree(TreePath owner, ModifiersTree mods, Origin o) {
        String type = Mirrors.typeName(o.annotation());
        int n = 0;
        for (AnnotationMirror m : Mirrors.all(o.element())) {
            if (m == o.annotation()) break;
            if (Mirrors.typeName(m).equals(type)) n++;
        }
        TreePath modsPath = new TreePath(owner, mods);
        for (AnnotationTree a : mods.getAnnotations()) {
            Element annotationType = trees.getElement(new TreePath(new TreePath(modsPath, a), a.getAnnotationType()));
            if (annotationType != null && ElementNames.qualifiedName(annotationType).equals(type) && n-- == 0) return a;
        }
        return null;
    }

    /** The written expression of an annotation value, an array item included. */
    private static Tree valueTree(AnnotationTree a, AnnotationMirror m, AnnotationValue v, Tree fallback) {
        for (Map.Entry<String, AnnotationValue> e : Mirrors.explicit(m).entrySet()) {
            ExpressionTree written = argument(a, e.getKey());
            if (written == null) continue;
            if (e.getValue() == v) return written;
            List<AnnotationValue> items = Mirrors.items(e.getValue());
            int i = indexOf(items, v);
            if (i >= 0) {
                if (written instanceof NewArrayTree arr && arr.getInitializers() != null && i < arr.getInitializers().size()) {
                    return arr.getInitializers().get(i);
                }
                return written;
            }
            // A value of a nested annotation (@Table(indexes = @Index(columnList = ...))): found in that annotation's tree.
            for (int j = 0; j < items.size(); j++) {
                if (!(items.get(j).getValue() instanceof AnnotationMirror nested)) continue;
                Tree item = written instanceof NewArrayTree arr ? (arr.getInitializers() != null && j < arr.getInitializers().size()
                        ? arr.getInitializers().get(j) : null) : written;
                if (item instanceof AnnotationTree nestedTree) {
                    Tree found = valueTree(nestedTree, nested, v, null);
                    if (found != null) return found;
                }
            }
        }
        return fallback;
    }

    private static ExpressionTree argument(AnnotationTree a, String name) {
        for (ExpressionTree arg : a.getArguments()) {
            if (arg instanceof AssignmentTree as && as.getVariable() instanceof IdentifierTree id
                    && id.getName().contentEquals(name)) {
                return as.getExpression();
            }
            if (!(arg instanceof AssignmentTree) && name.equals("value")) return arg;
        }
        return null;
    }

    private static int indexOf(List<AnnotationValue> items, AnnotationValue v) {
        var list = new ArrayList<>(items);
        for (int i = 0; i < list.size(); i++) if (list.get(i) == v) return i;
        return -1;
    }
}
