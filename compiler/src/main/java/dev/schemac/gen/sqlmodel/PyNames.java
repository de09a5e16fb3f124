package dev.schemac.gen.sqlmodel;

import dev.schemac.naming.TargetNames;
import java.util.HashSet;
import java.util.Set;

/**
 * Python names of the generated module. A model name that Python, the libraries or the module
 * itself claims is renamed as {@link TargetNames} spells it ({@code class} → {@code class_}; the
 * column or table keeps its name). An attribute that would meet one of the module's class names
 * moves aside too, because a class body that assigns {@code Order} makes every later annotation
 * in it resolve to that attribute instead.
 */
final class PyNames {
    private final Set<String> classNames = new HashSet<>();

    private PyNames() {}

    /** Starts with the module's class names, which attributes must not shadow either. */
    static PyNames withClasses(Iterable<String> classes) {
        var n = new PyNames();
        for (String c : classes) n.classNames.add(c);
        return n;
    }

    /** A class name for a model name. */
    static String className(String name) {
        return TargetNames.pythonClass(name).name();
    }

    /** An attribute name for a field or column name. */
    String attribute(String name) {
        String s = TargetNames.pythonAttribute(name).name();
        while (classNames.contains(s)) s = TargetNames.pythonAttribute(s + "_").name();
        return s;
    }

    /** An enum member name; members live in their own class, so only Python's and str's names clash. */
    static String member(String name) {
        return TargetNames.pythonEnumMember(name).name();
    }
}
