package dev.schemac.processor;

import dev.schemac.naming.Names;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;

/** Names of elements: for messages, for source files, and in the schema (snake_case fields). */
final class ElementNames {
    private ElementNames() {}

    static String qualifiedName(Element e) {
        if (e instanceof QualifiedNameable q) {
            String n = q.getQualifiedName().toString();
            return n.isEmpty() && e instanceof PackageElement ? "(unnamed package)" : n;
        }
        Element parent = e.getEnclosingElement();
        return parent == null ? e.getSimpleName().toString() : qualifiedName(parent) + "." + e.getSimpleName();
    }

    /** {@code User.email}: the enclosing type's simple name and the member, for notes. */
    static String path(Element e) {
        if (e.getKind().isClass() || e.getKind().isInterface() || e instanceof PackageElement) {
            return e instanceof PackageElement ? "package " + qualifiedName(e) : e.getSimpleName().toString();
        }
        Element parent = e.getEnclosingElement();
        String member = e.getSimpleName() + (e.getKind() == ElementKind.METHOD ? "()" : "");
        return parent == null ? member : path(parent) + "." + member;
    }

    /**
     * The schema name of a Java name: {@code passwordHash} → {@code password_hash},
     * {@code getDeletedAt} → {@code deleted_at}; snake_case names stay as they are.
     */
    static String field(String javaName) {
        return Names.snake(javaName);
    }

    /** The schema name of a member: {@code @Column(field = "...")} when given, else its Java name in snake_case. */
    static String field(Element member) {
        var column = Mirrors.find(member, Annotations.COLUMN);
        var given = column == null ? null : Mirrors.explicit(column).get("field");
        if (given != null && given.getValue() instanceof String s && !s.isEmpty()) return s;
        return field(javaName(member));
    }

    /**
     * A field named in an annotation ({@code @Index({"addressLine2"})}, {@code mappedBy}):
     * the Java name of a member of {@code type} or of its supertypes gives that member's
     * schema name; anything else (a schema name, an implicit field) is taken in snake_case.
     */
    static String fieldIn(Element type, String written) {
        Element member = member(type, written, new java.util.HashSet<>());
        return member != null ? field(member) : field(written);
    }

    private static Element member(Element type, String javaName, java.util.Set<Element> seen) {
        if (!(type instanceof javax.lang.model.element.TypeElement t) || !seen.add(t)) return null;
        for (Element e : t.getEnclosedElements()) {
            boolean candidate = switch (e.getKind()) {
                case FIELD, RECORD_COMPONENT -> true;
                case METHOD -> ((javax.lang.model.element.ExecutableElement) e).getParameters().isEmpty();
                default -> false;
            };
            if (candidate && !e.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)
                    && javaName(e).equals(javaName)) {
                return e;
            }
        }
        var supers = new java.util.ArrayList<javax.lang.model.type.TypeMirror>(t.getInterfaces());
        supers.add(0, t.getSuperclass());
        for (var s : supers) {
            if (s instanceof javax.lang.model.type.DeclaredType d) {
                Element found = member(d.asElement(), javaName, seen);
                if (found != null) return found;
            }
        }
        return null;
    }

    /** The Java name: a field's or component's, or a getter's property ({@code getUnitPrice} → {@code unitPrice}). */
    static String javaName(Element member) {
        String n = member.getSimpleName().toString();
        if (member.getKind() != ElementKind.METHOD) return n;
        String p = accessorProperty(n);
        if (p.equals(n)) return n;
        // As JavaBeans decapitalizes: getURL is the property URL, getUrl the property url.
        return p.length() > 1 && Character.isUpperCase(p.charAt(1)) ? p : Character.toLowerCase(p.charAt(0)) + p.substring(1);
    }

    /** The type whose members an annotation on {@code e} names: the type itself, or a member's enclosing type. */
    static Element owner(Element e) {
        return e instanceof javax.lang.model.element.TypeElement ? e : e.getEnclosingElement();
    }

    /** {@code getDeletedAt} → {@code DeletedAt}, {@code isActive} → {@code Active}; other names unchanged. */
    static String accessorProperty(String method) {
        for (String prefix : new String[] {"get", "is"}) {
            if (method.length() > prefix.length() && method.startsWith(prefix)
                    && Character.isUpperCase(method.charAt(prefix.length()))) {
                return method.substring(prefix.length());
            }
        }
        return method;
    }
}
