package dev.schemac.processor;

import dev.schemac.ast.Argument;
import dev.schemac.ast.Attribute;
import dev.schemac.ast.EntityDecl;
import dev.schemac.ast.FieldDecl;
import dev.schemac.ast.Ident;
import dev.schemac.ast.Member;
import dev.schemac.ast.Node;
import dev.schemac.ast.Value;
import dev.schemac.diag.Diagnostic;
import dev.schemac.parse.ParseResult;
import dev.schemac.parse.SchemaReader;
import dev.schemac.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Checks and defaults are written in annotations as {@code .schema} text. They are read by
 * the language's own parser, placed where the grammar expects them, so a Java user gets
 * the lexical rules and syntax errors of the language and nothing the DSL would not accept.
 * Every span of the parsed text leads back to the annotation value.
 */
final class Expressions {
    private static final String FIELD_CHECK = "entity E {\n  f int @check(";
    private static final String ENTITY_CHECK = "entity E {\n  @@check(";
    private static final String DEFAULT = "entity E {\n  f int = ";

    private final Origins origins;
    private final Consumer<Diagnostic> report;

    Expressions(Origins origins, Consumer<Diagnostic> report) {
        this.origins = origins;
        this.report = report;
    }

    /** {@code ">= 0"} → the arguments of {@code @check(>= 0)}; null when not readable (reported). */
    List<Argument> fieldCheck(String text, Origin at, Nodes nodes) {
        Parsed p = member(FIELD_CHECK, text, ")\n}\n", at, nodes);
        if (p.member() instanceof FieldDecl f && f.attributes().size() == 1 && f.defaultValue() == null) {
            return f.attributes().get(0).args();
        }
        return fail(p, text, at, nodes, "@Check", "one comparison such as \">= 0\"");
    }

    /** {@code "startsAt < endsAt"} → the arguments of {@code @@check(starts_at < ends_at)}. */
    List<Argument> entityCheck(String text, Origin at, Nodes nodes) {
        Parsed p = member(ENTITY_CHECK, text, ")\n}\n", at, nodes);
        if (p.member() instanceof Attribute a) {
            var out = new ArrayList<Argument>();
            for (Argument arg : a.args()) out.add(fieldNames(arg, ElementNames.owner(at.element())));
            return out;
        }
        return fail(p, text, at, nodes, "@Check", "one comparison of two fields such as \"startsAt < endsAt\"");
    }

    /** {@code "PENDING"} → the default value; null when not readable (reported). */
    Value defaultValue(String text, Origin at, Nodes nodes) {
        Parsed p = member(DEFAULT, text, "\n}\n", at, nodes);
        if (p.member() instanceof FieldDecl f && f.attributes().isEmpty() && f.defaultValue() != null) return f.defaultValue();
        fail(p, text, at, nodes, "@Default", "one .schema literal such as 0, true, PENDING, now() or \"text\"");
        return null;
    }

    /** What the text parsed into: the one member it forms in its place, or null; syntax errors are reported. */
    private record Parsed(Member member, boolean reported) {}

    private Parsed member(String prefix, String text, String suffix, Origin at, Nodes nodes) {
        // The unit's path, and the text at offsets of the unit kept for it here: its diagnostics sort where it is read,
        // after the field's type and before its later attributes, as in a .schema file. The text stands at those
        // offsets without characters before it, which would grow with the unit for every value read in it.
        String source = prefix + text + suffix;
        int base = origins.reserve(nodes.file(), source.length() + 1);
        var file = new SourceFile(nodes.file().path(), source, base);
        origins.wholeFile(file, at);
        ParseResult r = SchemaReader.parse(file);
        if (!r.diagnostics().isEmpty()) {
            r.diagnostics().forEach(report);
            return new Parsed(null, true);
        }
        int end = base + prefix.length() + text.length();
        if (r.file().declarations().size() != 1 || !(r.file().declarations().get(0) instanceof EntityDecl e)
                || e.members().size() != 1 || !within(e.members().get(0), base + prefix.length(), end)) {
            return new Parsed(null, false);
        }
        return new Parsed(e.members().get(0), false);
    }

    /** Text that closes the parentheses it was put in would parse as more than one piece. */
    private static boolean within(Member m, int start, int end) {
        var parts = new ArrayList<Node>();
        if (m instanceof FieldDecl f) {
            if (f.defaultValue() != null) parts.add(f.defaultValue());
            f.attributes().forEach(a -> parts.addAll(a.args()));
        } else {
            parts.addAll(((Attribute) m).args());
        }
        for (Node n : parts) {
            if (n.span().start() < start || n.span().end() > end) return false;
        }
        return true;
    }

    private <T> T fail(Parsed p, String text, Origin at, Nodes nodes, String annotation, String expected) {
        if (!p.reported()) report.accept(Problems.notOneExpression(nodes.at(at), annotation, text, expected));
        return null;
    }

    /** Field names in an entity check are written as Java names (or schema names); the schema's are its fields'. */
    private static Argument fieldNames(Argument a, javax.lang.model.element.Element owner) {
        if (a instanceof Argument.BinaryCompare b) {
            return new Argument.BinaryCompare(b.span(), fieldName(b.left(), owner), b.op(), fieldName(b.right(), owner));
        }
        if (a instanceof Argument.Named n) {
            return new Argument.Named(n.span(), rename(n.name(), owner), fieldName(n.value(), owner));
        }
        return a;
    }

    private static Value fieldName(Value v, javax.lang.model.element.Element owner) {
        if (v instanceof Value.Ref r && r.parts().size() == 1) {
            return new Value.Ref(r.span(), List.of(rename(r.parts().get(0), owner)));
        }
        return v;
    }

    private static Ident rename(Ident id, javax.lang.model.element.Element owner) {
        return new Ident(id.span(), ElementNames.fieldIn(owner, id.text()));
    }
}
