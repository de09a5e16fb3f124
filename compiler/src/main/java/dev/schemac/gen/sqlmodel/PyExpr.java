package dev.schemac.gen.sqlmodel;

import dev.schemac.render.python.Py;
import java.util.ArrayList;
import java.util.List;

/**
 * Python expressions as a small tree, laid out the way ruff format lays them out: on one
 * line when it fits in {@link #WIDTH} columns, otherwise one argument per line with a
 * trailing comma (which ruff then keeps exploded), recursively. Generated code that
 * already is in ruff's format passes {@code ruff format --check} unchanged.
 */
sealed interface PyExpr {
    int WIDTH = 120;

    /** The expression on one line. */
    String flat();

    /** Text that is never broken: a name, a literal, an operator expression. */
    record Raw(String text) implements PyExpr {
        public String flat() { return text; }
    }

    /** {@code name=value} inside a call. */
    record Kw(String name, PyExpr value) implements PyExpr {
        public String flat() { return name + "=" + value.flat(); }
    }

    /** {@code callee(args)}, a list {@code [args]}, a tuple {@code (args)} or a dict {@code {args}}. */
    record Group(String open, String close, List<PyExpr> items, boolean tuple) implements PyExpr {
        public Group {
            items = List.copyOf(items);
        }

        public String flat() {
            var parts = new ArrayList<String>();
            for (PyExpr e : items) parts.add(e.flat());
            // A one-element tuple needs its comma to stay a tuple.
            String comma = tuple && items.size() == 1 ? "," : "";
            return open + String.join(", ", parts) + comma + close;
        }
    }

    /** {@code key: value} inside a dict. */
    record Entry(PyExpr key, PyExpr value) implements PyExpr {
        public String flat() { return key.flat() + ": " + value.flat(); }
    }

    static PyExpr raw(String text) { return new Raw(text); }

    static PyExpr str(String s) { return new Raw(Py.str(s)); }

    static PyExpr kw(String name, PyExpr value) { return new Kw(name, value); }

    static PyExpr call(String callee, List<PyExpr> args) { return new Group(callee + "(", ")", args, false); }

    static PyExpr list(List<PyExpr> items) { return new Group("[", "]", items, false); }

    static PyExpr tuple(List<PyExpr> items) { return new Group("(", ")", items, true); }

    static PyExpr dict(List<PyExpr> entries) { return new Group("{", "}", entries, false); }

    static PyExpr entry(String key, PyExpr value) { return new Entry(str(key), value); }

    /**
     * {@code head + expr + tail} at {@code indent}, as lines (each ending in a newline).
     * {@code tail} follows the closing bracket, e.g. a comma inside an enclosing group.
     */
    static String layout(String indent, String head, PyExpr expr, String tail) {
        String line = indent + head + expr.flat() + tail;
        if (line.length() <= WIDTH || !(expandable(expr))) return line + "\n";
        var b = new StringBuilder();
        String inner = indent + "    ";
        if (expr instanceof Kw kw) return layout(indent, head + kw.name() + "=", kw.value(), tail);
        if (expr instanceof Entry en) return layout(indent, head + en.key().flat() + ": ", en.value(), tail);
        Group g = (Group) expr;
        b.append(indent).append(head).append(g.open()).append('\n');
        for (PyExpr item : g.items()) b.append(layout(inner, "", item, ","));
        b.append(indent).append(g.close()).append(tail).append('\n');
        return b.toString();
    }

    private static boolean expandable(PyExpr e) {
        if (e instanceof Group g) return !g.items().isEmpty();
        if (e instanceof Kw kw) return expandable(kw.value());
        if (e instanceof Entry en) return expandable(en.value());
        return false;
    }
}
