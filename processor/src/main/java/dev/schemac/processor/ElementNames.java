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
     * The schema name of a Java member: {@code passwordHash} → {@code password_hash},
     * {@code getDeletedAt} → {@code deleted_at}; snake_case names stay as they are.
     */
    static String field(String javaName) {
        return Names.snake(javaName);
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
