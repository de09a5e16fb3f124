package dev.schemac.processor;

import dev.schemac.output.Sha256;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * What the source of one type (or package) says that its class file does not keep, written
 * beside the classes when the type is compiled from source: Javadoc, type-use
 * {@code @Nullable} (javac before JDK 22 does not hand type annotations read from class files
 * to processors), the spelling of numbers, and the line of each declaration. A later build
 * that reads the type from its class file (a partial recompilation, or the type in a jar)
 * takes them from here, so its model is the one a full build reads.
 *
 * <p>The record names the shape of the class it was made from (members, their kinds and
 * erased types): a class compiled again since without the processor no longer matches it.
 * One entry per line, {@code key TAB what TAB value}, values escaped.
 */
final class SourceRecord {
    /** The file beside the class file: {@code p/Customer.class} has {@code p/Customer.schemac-record}. */
    static final String SUFFIX = ".schemac-record";
    private static final String HEADER = "schemac source record 1";

    static final String DOC = "doc";
    static final String NULLABLE = "nullable";
    static final String LINE = "at";
    static final String NUMBER = "number ";

    private final String shape;
    private final Map<String, Map<String, String>> entries;

    SourceRecord(String shape, Map<String, Map<String, String>> entries) {
        this.shape = shape;
        this.entries = entries;
    }

    static SourceRecord empty(Element unit) {
        return new SourceRecord(shape(unit), new TreeMap<>());
    }

    String shape() { return shape; }

    /** One fact about an element ({@link #key}); null when not recorded. */
    String get(Element e, String what) {
        Map<String, String> m = entries.get(key(e));
        return m == null ? null : m.get(what);
    }

    void put(Element e, String what, String value) {
        if (value != null) entries.computeIfAbsent(key(e), k -> new TreeMap<>()).put(what, value);
    }

    /** The element within its unit: the unit itself, or a member by kind and name. */
    static String key(Element e) {
        if (e instanceof TypeElement || e instanceof PackageElement) return "unit";
        return e.getKind() + ":" + e.getSimpleName();
    }

    /**
     * Where the record of a unit lives: beside its class file, in the class output and so in
     * its jar ({@code p/Outer$Inner.schemac-record}, {@code p/package-info.schemac-record}).
     * Not under META-INF: javac's file manager finds no file in a jar's directory whose name
     * is not a Java identifier.
     */
    record Place(String pkg, String name) {
        String path() { return pkg.isEmpty() ? name : pkg.replace('.', '/') + "/" + name; }
    }

    static Place place(Element unit, Elements elements) {
        PackageElement pkg = elements.getPackageOf(unit);
        String p = pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
        if (unit instanceof PackageElement) return new Place(p, "package-info" + SUFFIX);
        String binary = elements.getBinaryName((TypeElement) unit).toString();
        return new Place(p, (p.isEmpty() ? binary : binary.substring(p.length() + 1)) + SUFFIX);
    }

    /**
     * The shape of a type as both views show it, source and class file: its kind, supertypes,
     * and the kinds, names and erased types of the members the model reads, sorted, hashed.
     */
    static String shape(Element unit) {
        var lines = new ArrayList<String>();
        lines.add(unit.getKind().toString());
        if (unit instanceof TypeElement t) {
            lines.add("extends " + erased(t.getSuperclass()));
            for (TypeMirror i : t.getInterfaces()) lines.add("implements " + erased(i));
            for (Element e : t.getEnclosedElements()) {
                TypeMirror type = switch (e.getKind()) {
                    case FIELD, ENUM_CONSTANT, RECORD_COMPONENT -> e.asType();
                    case METHOD -> readable((ExecutableElement) e) ? ((ExecutableElement) e).getReturnType() : null;
                    default -> null;
                };
                if (type != null) lines.add(e.getKind() + " " + e.getSimpleName() + " " + erased(type));
            }
        }
        lines.sort(null);
        return Sha256.hex(String.join("\n", lines)).substring(0, 32);
    }

    /** Methods that can be fields: no parameters, a result, not static (getters and accessors). */
    private static boolean readable(ExecutableElement m) {
        return m.getParameters().isEmpty() && m.getReturnType().getKind() != TypeKind.VOID
                && !m.getModifiers().contains(Modifier.STATIC) && m.getTypeParameters().isEmpty();
    }

    /** A type without its annotations and arguments, the same from source and from a class file. */
    private static String erased(TypeMirror t) {
        if (t.getKind().isPrimitive()) return t.getKind().toString();
        if (t instanceof ArrayType a) return erased(a.getComponentType()) + "[]";
        if (t instanceof DeclaredType d) return ((TypeElement) d.asElement()).getQualifiedName().toString();
        return t.getKind().toString();
    }

    static SourceRecord read(Filer filer, Place place) {
        for (StandardLocation where : List.of(StandardLocation.CLASS_OUTPUT, StandardLocation.CLASS_PATH)) {
            try {
                FileObject f = filer.getResource(where, place.pkg(), place.name());
                try (var r = new BufferedReader(new InputStreamReader(f.openInputStream(), StandardCharsets.UTF_8))) {
                    SourceRecord record = parse(r);
                    if (record != null) return record;
                }
            } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
                // Not in this location: look in the next.
            }
        }
        return null;
    }

    private static SourceRecord parse(BufferedReader r) throws IOException {
        if (!HEADER.equals(r.readLine())) return null; // written by another version of schemac: not ours to guess
        String shapeLine = r.readLine();
        if (shapeLine == null || !shapeLine.startsWith("shape ")) return null;
        var entries = new TreeMap<String, Map<String, String>>();
        for (String line; (line = r.readLine()) != null; ) {
            String[] parts = line.split("\t", 3);
            if (parts.length != 3) return null;
            entries.computeIfAbsent(parts[0], k -> new TreeMap<>()).put(parts[1], unescape(parts[2]));
        }
        return new SourceRecord(shapeLine.substring("shape ".length()), entries);
    }

    static void write(Filer filer, Place place, String text) throws IOException {
        FileObject f = filer.createResource(StandardLocation.CLASS_OUTPUT, place.pkg(), place.name());
        try (OutputStream out = f.openOutputStream()) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    String text() {
        var b = new StringBuilder(HEADER).append('\n').append("shape ").append(shape).append('\n');
        entries.forEach((key, facts) -> facts.forEach((what, value) ->
                b.append(key).append('\t').append(what).append('\t').append(escape(value)).append('\n')));
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        var b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            b.append(switch (n) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> n;
            });
        }
        return b.toString();
    }

    /** Kinds of element a record has entries for. */
    static boolean member(Element e) {
        return switch (e.getKind()) {
            case FIELD, ENUM_CONSTANT, RECORD_COMPONENT -> true;
            case METHOD -> readable((ExecutableElement) e);
            default -> false;
        };
    }

    static boolean isUnit(Element e) {
        return e.getKind() == ElementKind.PACKAGE || e instanceof TypeElement;
    }
}
