package dev.schemac.resolve;

import dev.schemac.render.markdown.Quoted;
import dev.schemac.ast.Argument;
import dev.schemac.ast.Attribute;
import dev.schemac.ast.Declaration;
import dev.schemac.ast.EntityDecl;
import dev.schemac.ast.EnumDecl;
import dev.schemac.ast.EnumValueDecl;
import dev.schemac.ast.FieldDecl;
import dev.schemac.ast.Member;
import dev.schemac.ast.MixinDecl;
import dev.schemac.ast.SchemaDecl;
import dev.schemac.ast.SchemaFile;
import dev.schemac.ast.Setting;
import dev.schemac.ast.Value;
import dev.schemac.lang.Attributes;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every piece of free text a model holds, as written: doc comments, the title, string
 * arguments of the attributes that take text, defaults and check literals. Which attribute
 * argument holds which kind of text is listed here once; the attribute's form itself is
 * the resolver's business (a string where a name belongs is reported there).
 *
 * <p>How a message names a slot is spelled only when one is reported: almost every text is
 * fine, and spelling a description for each would cost more than checking the text.
 */
final class TextSlots {
    private final List<TextSlot> out = new ArrayList<>();

    private TextSlots() {}

    static List<TextSlot> of(List<SchemaFile> files) {
        var s = new TextSlots();
        for (SchemaFile f : files) for (Declaration d : f.declarations()) s.declaration(d);
        return s.out;
    }

    private void declaration(Declaration d) {
        if (d instanceof SchemaDecl s) {
            doc(s.span(), s.doc(), () -> "the doc comment of schema " + Quoted.name(s.name().text()));
            for (Setting st : s.settings()) {
                if (st.key().text().equals("title")) str(st.value(), TextKind.LINE, () -> "the title");
            }
        } else if (d instanceof EnumDecl e) {
            doc(e.span(), e.doc(), () -> "the doc comment of enum " + Quoted.name(e.name().text()));
            for (EnumValueDecl v : e.values()) {
                Supplier<String> name = () -> e.name().text() + "." + v.name().text();
                doc(v.span(), v.doc(), () -> "the doc comment of " + Quoted.name(name.get()));
                for (Attribute a : v.attributes()) {
                    if (a.name().text().equals(Attributes.MAP)) {
                        positional(a, TextKind.LABEL, () -> "the stored label of " + Quoted.name(name.get()));
                    }
                }
            }
        } else if (d instanceof EntityDecl e) {
            doc(e.span(), e.doc(), () -> "the doc comment of entity " + Quoted.name(e.name().text()));
            members(e.name().text(), e.members());
        } else if (d instanceof MixinDecl m) {
            doc(m.span(), m.doc(), () -> "the doc comment of mixin " + Quoted.name(m.name().text()));
            members(m.name().text(), m.members());
        }
    }

    private void members(String owner, List<Member> members) {
        for (Member m : members) {
            if (m instanceof FieldDecl f) field(() -> owner + "." + f.name().text(), f);
            else if (m instanceof Attribute a) block(owner, a);
        }
    }

    private void field(Supplier<String> name, FieldDecl f) {
        // A description is a closure made per call: made only where a text may be listed (a model has a
        // field on every line, and most carry no doc comment or constraint name).
        if (f.doc() != null) doc(f.span(), f.doc(), () -> "the doc comment of " + Quoted.name(name.get()));
        if (f.defaultValue() != null) str(f.defaultValue(), TextKind.DATA, () -> "the default of " + Quoted.name(name.get()));
        for (Attribute a : f.attributes()) {
            if (namesConstraint(a)) storedNames(a, () -> Quoted.name(name.get()));
            switch (a.name().text()) {
                case Attributes.MAP -> positional(a, TextKind.COLUMN_NAME, () -> "the column name " + Quoted.name(a.display()) + " of " + Quoted.name(name.get()));
                case Attributes.RELATION -> positional(a, TextKind.RELATION, () -> "the relation name of " + Quoted.name(name.get()));
                case Attributes.PATTERN -> positional(a, TextKind.PATTERN, () -> "the " + Quoted.name(a.display()) + " of " + Quoted.name(name.get()));
                case Attributes.CHECK -> {
                    for (Argument arg : a.args()) {
                        if (arg instanceof Argument.Compare c) {
                            str(c.value(), TextKind.DATA, () -> "the " + Quoted.name(a.display()) + " literal of " + Quoted.name(name.get()));
                        }
                    }
                }
                default -> { }
            }
        }
    }

    /** Whether an attribute has a {@code name =} or {@code map =} argument, the only ones {@link #storedNames} lists. */
    private static boolean namesConstraint(Attribute a) {
        for (Argument arg : a.args()) {
            if (arg instanceof Argument.Named n && (n.name().text().equals(Attributes.NAME_ARGUMENT)
                    || n.name().text().equals(Attributes.MAP_ARGUMENT))) return true;
        }
        return false;
    }

    /** Every {@code name = "..."} and {@code map = "..."} names a constraint the databases store. */
    private void storedNames(Attribute a, Supplier<String> owner) {
        named(a, Attributes.NAME_ARGUMENT, TextKind.NAME, () -> "the constraint name of " + Quoted.name(a.display()) + " on " + owner.get());
        named(a, Attributes.MAP_ARGUMENT, TextKind.NAME, () -> "the constraint name of " + Quoted.name(a.display()) + " on " + owner.get());
    }

    private void block(String owner, Attribute a) {
        String n = a.name().text();
        if (!n.equals(Attributes.INDEX) && !n.equals(Attributes.UNIQUE) && namesConstraint(a)) storedNames(a, () -> Quoted.name(owner));
        switch (n) {
            case Attributes.MAP -> positional(a, TextKind.TABLE_NAME, () -> "the table name " + Quoted.name(a.display()) + " of " + Quoted.name(owner));
            case Attributes.INDEX, Attributes.UNIQUE -> named(a, Attributes.NAME_ARGUMENT, TextKind.NAME,
                    () -> "the name of an " + Quoted.name(a.display()) + " of " + Quoted.name(owner));
            case Attributes.QUERY -> positional(a, TextKind.LINE, () -> "a " + Quoted.name(a.display()) + " of " + Quoted.name(owner));
            case Attributes.DENORMALIZED -> positional(a, TextKind.LINE, () -> "the " + Quoted.name(a.display()) + " reason of " + Quoted.name(owner));
            case Attributes.VOLUME -> named(a, Attributes.GROWTH_ARGUMENT, TextKind.LINE,
                    () -> "the " + Quoted.name(a.display()) + " growth of " + Quoted.name(owner));
            default -> { }
        }
    }

    private void positional(Attribute a, TextKind kind, Supplier<String> what) {
        for (Argument arg : a.args()) {
            if (arg instanceof Argument.Positional p) str(p.value(), kind, what);
        }
    }

    private void named(Attribute a, String key, TextKind kind, Supplier<String> what) {
        for (Argument arg : a.args()) {
            if (arg instanceof Argument.Named n && n.name().text().equals(key)) str(n.value(), kind, what);
        }
    }

    private void str(Value v, TextKind kind, Supplier<String> what) {
        if (v instanceof Value.Str s) out.add(new TextSlot(s.span(), kind, s.value(), what));
    }

    /** A doc comment, one slot per line; {@link #docLine} finds the line's own span when one is reported. */
    private void doc(Span declaration, String doc, Supplier<String> what) {
        if (doc == null) return;
        for (String line : doc.split("\n", -1)) out.add(new TextSlot(declaration, TextKind.DOC, line, what));
    }

    /**
     * Where a doc comment line is written: searched upwards from its declaration through the
     * {@code ///} lines and other comments above it. The declaration itself when the text is
     * not found there (an AST built from annotated Java has no {@code ///} lines).
     */
    static Span docLine(Span declaration, String line) {
        var file = declaration.file();
        for (int n = file.line(declaration.start()) - 1; n >= 1; n--) {
            int prevStart = file.lineStart(n);
            String l = file.lineText(n);
            String t = l.strip();
            int doc = l.indexOf("///");
            if (t.startsWith("///")) {
                int at = l.indexOf(line, doc + 3);
                if (at >= 0) return new Span(declaration.file(), prevStart + at, prevStart + at + line.length());
            } else if (!t.isEmpty() && !t.startsWith("//") && !t.startsWith("/*") && !t.startsWith("*")) {
                break;
            }
        }
        return declaration;
    }
}
