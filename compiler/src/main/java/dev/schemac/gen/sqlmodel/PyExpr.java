package dev.schemac.gen.sqlmodel;

import dev.schemac.render.python.Py;
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
    default String flat() {
        var b = new StringBuilder();
        appendFlat(b);
        return b.toString();
    }

    /** Appends {@link #flat()} to {@code b}. */
    void appendFlat(StringBuilder b);

    /**
     * The length of {@link #flat()} when it is at most {@code limit}, else some number above
     * {@code limit}: a long expression is not written out only to be found too long.
     */
    int width(int limit);

    /** Text that is never broken: a name, a literal, an operator expression. */
    record Raw(String text) implements PyExpr {
        public String flat() { return text; }

        public void appendFlat(StringBuilder b) { b.append(text); }

        public int width(int limit) { return text.length(); }
    }

    /** {@code name=value} inside a call. */
    record Kw(String name, PyExpr value) implements PyExpr {
        public void appendFlat(StringBuilder b) {
            b.append(name).append('=');
            value.appendFlat(b);
        }

        public int width(int limit) {
            int own = name.length() + 1;
            return own > limit ? own : own + value.width(limit - own);
        }
    }

    /** {@code callee(args)}, a list {@code [args]}, a tuple {@code (args)} or a dict {@code {args}}. */
    record Group(String open, String close, List<PyExpr> items, boolean tuple) implements PyExpr {
        public Group {
            items = List.copyOf(items);
        }

        public void appendFlat(StringBuilder b) {
            b.append(open);
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) b.append(", ");
                items.get(i).appendFlat(b);
            }
            // A one-element tuple needs its comma to stay a tuple.
            if (oneTuple()) b.append(',');
            b.append(close);
        }

        public int width(int limit) {
            int w = open.length() + close.length() + (oneTuple() ? 1 : 0) + 2 * Math.max(0, items.size() - 1);
            for (int i = 0; i < items.size() && w <= limit; i++) w += items.get(i).width(limit - w);
            return w;
        }

        private boolean oneTuple() {
            return tuple && items.size() == 1;
        }
    }

    /** {@code key: value} inside a dict. */
    record Entry(PyExpr key, PyExpr value) implements PyExpr {
        public void appendFlat(StringBuilder b) {
            key.appendFlat(b);
            b.append(": ");
            value.appendFlat(b);
        }

        public int width(int limit) {
            int own = key.width(limit) + 2;
            return own > limit ? own : own + value.width(limit - own);
        }
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
        int room = WIDTH - indent.length() - head.length() - tail.length();
        if (expr.width(room) <= room || !expandable(expr)) return indent + head + expr.flat() + tail + "\n";
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
