package dev.schemac.gen.sqlmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PyExpr#layout} measures an expression without writing it out ({@link PyExpr#width});
 * these pin that the measure is the flat text's length wherever it decides, and that the
 * layout is the one made by writing every expression out and measuring the text.
 */
class PyExprLayoutTest {

    @Test
    void widthIsTheFlatLengthUpToTheLimitAndAboveTheLimitPastIt() {
        var random = new Random(18);
        for (int n = 0; n < 3_000; n++) {
            PyExpr e = expr(random, 0);
            int length = e.flat().length();
            for (int limit : new int[] {-5, 0, 1, length - 1, length, length + 1, random.nextInt(200), 120}) {
                int w = e.width(limit);
                if (length <= limit) assertThat(w).as("%s within %d", e.flat(), limit).isEqualTo(length);
                else assertThat(w).as("%s within %d", e.flat(), limit).isGreaterThan(limit);
            }
        }
    }

    @Test
    void layoutIsTheLayoutOfTheWrittenOutText() {
        var random = new Random(25);
        for (int n = 0; n < 3_000; n++) {
            PyExpr e = expr(random, 0);
            String head = "x".repeat(random.nextInt(40)) + " = ";
            String tail = random.nextBoolean() ? "" : ",";
            assertThat(PyExpr.layout("    ", head, e, tail)).isEqualTo(measuredLayout("    ", head, e, tail));
        }
    }

    /** The layout as it was made before the measure: the whole flat text built at every level. */
    private static String measuredLayout(String indent, String head, PyExpr expr, String tail) {
        String line = indent + head + expr.flat() + tail;
        if (line.length() <= PyExpr.WIDTH || !expandable(expr)) return line + "\n";
        if (expr instanceof PyExpr.Kw kw) return measuredLayout(indent, head + kw.name() + "=", kw.value(), tail);
        if (expr instanceof PyExpr.Entry en) return measuredLayout(indent, head + en.key().flat() + ": ", en.value(), tail);
        var g = (PyExpr.Group) expr;
        var b = new StringBuilder().append(indent).append(head).append(g.open()).append('\n');
        for (PyExpr item : g.items()) b.append(measuredLayout(indent + "    ", "", item, ","));
        return b.append(indent).append(g.close()).append(tail).append('\n').toString();
    }

    private static boolean expandable(PyExpr e) {
        if (e instanceof PyExpr.Group g) return !g.items().isEmpty();
        if (e instanceof PyExpr.Kw kw) return expandable(kw.value());
        if (e instanceof PyExpr.Entry en) return expandable(en.value());
        return false;
    }

    private static PyExpr expr(Random random, int depth) {
        int kind = depth > 3 ? 0 : random.nextInt(7);
        return switch (kind) {
            case 0, 1 -> PyExpr.raw(word(random));
            case 2 -> PyExpr.str(word(random) + "'\"" + word(random));
            case 3 -> PyExpr.kw(word(random), expr(random, depth + 1));
            case 4 -> PyExpr.entry(word(random), expr(random, depth + 1));
            case 5 -> PyExpr.tuple(items(random, depth));
            default -> random.nextBoolean() ? PyExpr.call(word(random), items(random, depth)) : PyExpr.list(items(random, depth));
        };
    }

    private static List<PyExpr> items(Random random, int depth) {
        var out = new ArrayList<PyExpr>();
        for (int i = random.nextInt(6); i > 0; i--) out.add(expr(random, depth + 1));
        return out;
    }

    private static String word(Random random) {
        return "w".repeat(1 + random.nextInt(random.nextInt(10) == 0 ? 90 : 12));
    }
}
