package dev.schemac.processor;

import dev.schemac.ast.Value;
import dev.schemac.diag.Diagnostic;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * The bound of schemac's {@code @Min}/{@code @Max} as the number that was written. Its
 * {@code value} is a Java {@code double} (so {@code @Min(0)} stays valid Java), which
 * would turn {@code 0.50} into {@code 0.5} and {@code 9007199254740993L} into
 * {@code 9007199254740992}; so the literal is read from the source instead, exactly as the
 * {@code .schema} reader keeps a literal (value and spelling). Where the double cannot hold
 * that number the model still keeps it, and a warning says the class file does not
 * (SC921). {@code exact = "..."} is the text form, exact in the class file too. The other
 * numeric members of the annotations are {@code int} or {@code long}, exact by type.
 */
final class Bounds {
    /** Java's decimal literals: digits with underscores, a fraction, an exponent, a type suffix. */
    private static final Pattern JAVA_DECIMAL =
            Pattern.compile("[0-9][0-9_]*(\\.[0-9_]*)?([eE][+-]?[0-9][0-9_]*)?[lLfFdD]?|\\.[0-9][0-9_]*([eE][+-]?[0-9][0-9_]*)?[fFdD]?");

    private final SourceFacts facts;
    private final Consumer<Diagnostic> report;

    Bounds(SourceFacts facts, Consumer<Diagnostic> report) {
        this.facts = facts;
        this.report = report;
    }

    /** The bound of one {@code @Min}/{@code @Max}, or null when there is none (reported). */
    Value read(JavaMember member, AnnotationMirror m, Origin at, Nodes nodes) {
        Map<String, AnnotationValue> v = Mirrors.explicit(m);
        AnnotationValue exact = v.get("exact");
        AnnotationValue value = v.get("value");
        String annotation = "@" + m.getAnnotationType().asElement().getSimpleName();
        if ((exact == null) == (value == null)) {
            report.accept(Problems.boundForm(nodes.at(at), annotation, member.name(),
                    exact == null ? "gives neither `value` nor `exact`" : "gives both `value` and `exact`"));
            return null;
        }
        if (exact != null) {
            Origin o = at.with(m, exact);
            String text = AttributeReader.string(exact).strip();
            Value n = nodes.number(text, o);
            if (n == null) report.accept(Problems.notANumber(nodes.at(o), member.name(), text));
            return n;
        }
        if (!(value.getValue() instanceof Double d)) return null; // javac reports the broken value
        Origin o = at.with(m, value);
        String written = facts.number(o);
        // A record of another version of the class is no help: only a spelling of this value is.
        if (written != null && !spells(written, d)) written = null;
        if (written == null || !Double.isFinite(d)) return nodes.number(d, o);
        if (new BigDecimal(written.replace("_", "")).compareTo(new BigDecimal(Double.toString(d))) != 0) {
            report.accept(Problems.inexactNumber(nodes.at(o), annotation, member.name(), written, d));
        }
        return nodes.number(written, o);
    }

    /** Whether Java turns the literal into this double (as a double literal, or as a float one widened). */
    private static boolean spells(String literal, double d) {
        var n = new BigDecimal(literal.replace("_", ""));
        return n.doubleValue() == d || (double) (float) d == d && n.floatValue() == (float) d;
    }

    private static String unwrap(String s) {
        String t = s.strip();
        while (t.startsWith("(") && t.endsWith(")")) t = t.substring(1, t.length() - 1).strip();
        return t;
    }

    /**
     * The number a Java literal writes, as a literal of the language ({@code -1_000L} →
     * {@code -1_000}, {@code .5} → {@code 0.5}); null for a constant expression or a hex or
     * octal literal, whose double is all there is.
     */
    static String literal(String source) {
        String t = unwrap(source);
        String sign = "";
        if (t.startsWith("-") || t.startsWith("+")) {
            sign = t.startsWith("-") ? "-" : "";
            t = unwrap(t.substring(1));
        }
        if (!JAVA_DECIMAL.matcher(t).matches()) return null;
        if (t.length() > 1 && t.charAt(0) == '0' && Character.isDigit(t.charAt(1)) && t.matches("[0-9_]+[lL]?")) {
            return null; // an octal literal: its digits are not its value
        }
        if (t.matches(".*[lLfFdD]")) t = t.substring(0, t.length() - 1);
        String number = sign + t;
        if (Nodes.isNumber(number)) return number;
        // Java spellings the language has no form for (`1.`, `.5`, `1_.5`): the same value, plainly.
        return sign + new BigDecimal(t.replace("_", "")).toPlainString();
    }
}
