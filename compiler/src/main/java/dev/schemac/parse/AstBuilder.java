package dev.schemac.parse;

import dev.schemac.render.markdown.Quoted;
import dev.schemac.ast.Argument;
import dev.schemac.ast.Attribute;
import dev.schemac.ast.Declaration;
import dev.schemac.ast.EntityDecl;
import dev.schemac.ast.EnumDecl;
import dev.schemac.ast.EnumValueDecl;
import dev.schemac.ast.FieldDecl;
import dev.schemac.ast.Ident;
import dev.schemac.ast.ImportDecl;
import dev.schemac.ast.Member;
import dev.schemac.ast.MixinDecl;
import dev.schemac.model.Op;
import dev.schemac.ast.SchemaDecl;
import dev.schemac.ast.SchemaFile;
import dev.schemac.ast.Setting;
import dev.schemac.ast.TypeRef;
import dev.schemac.ast.Value;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.grammar.SchemaLexer;
import dev.schemac.grammar.SchemaParser;
import dev.schemac.source.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Parse tree to AST. Every node's span is stamped by {@link #span}; doc comments are taken
 * from the doc channel just before a declaration's first token. Parts of the tree that
 * error recovery left incomplete are skipped: the syntax error has been reported already.
 *
 * <p>The rules read on every field (entity, member, field, type, attribute) are read in one pass
 * over their children: each generated accessor searches the children again on every call. Such a
 * pass keeps what the accessor would return, the first child of a kind or all of them in order.
 */
final class AstBuilder {
    private final Offsets offsets;
    private final BufferedTokenStream tokens;
    private final List<Diagnostic> diagnostics;

    AstBuilder(Offsets offsets, BufferedTokenStream tokens, List<Diagnostic> diagnostics) {
        this.offsets = offsets;
        this.tokens = tokens;
        this.diagnostics = diagnostics;
    }

    SchemaFile file(SchemaParser.FileContext ctx) {
        var decls = new ArrayList<Declaration>();
        for (var d : ctx.declaration()) {
            Declaration decl = declaration(d);
            if (decl != null) decls.add(decl);
        }
        return new SchemaFile(offsets.file(), decls);
    }

    /** One declaration parsed on its own (the parser's {@code declaration} rule), or null where it holds none. */
    Declaration declarationOf(SchemaParser.DeclarationContext d) { return declaration(d); }

    private Declaration declaration(SchemaParser.DeclarationContext d) {
        if (d.schemaDecl() != null) return schema(d.schemaDecl());
        if (d.importDecl() != null) return importDecl(d.importDecl());
        if (d.enumDecl() != null) return enumDecl(d.enumDecl());
        if (d.mixinDecl() != null) return mixin(d.mixinDecl());
        if (d.entityDecl() != null) return entity(d.entityDecl());
        return null;
    }

    private SchemaDecl schema(SchemaParser.SchemaDeclContext c) {
        if (c.ident() == null) return null;
        var settings = new ArrayList<Setting>();
        for (var s : c.setting()) {
            if (s.ident() == null || s.value() == null) continue;
            Value v = value(s.value());
            if (v != null) settings.add(new Setting(span(s), ident(s.ident()), v));
        }
        return new SchemaDecl(span(c), ident(c.ident()), doc(c), settings);
    }

    private ImportDecl importDecl(SchemaParser.ImportDeclContext c) {
        if (c.STRING() == null || c.STRING().getSymbol().getStartIndex() < 0) return null;
        return new ImportDecl(span(c), string(c.STRING().getSymbol()));
    }

    private EnumDecl enumDecl(SchemaParser.EnumDeclContext c) {
        if (c.ident() == null) return null;
        var values = new ArrayList<EnumValueDecl>();
        for (var v : c.enumValue()) {
            if (v.ident() == null) continue;
            values.add(new EnumValueDecl(span(v), ident(v.ident()), doc(v), attributes(v.attribute())));
        }
        return new EnumDecl(span(c), ident(c.ident()), doc(c), values);
    }

    private MixinDecl mixin(SchemaParser.MixinDeclContext c) {
        if (c.ident() == null) return null;
        return new MixinDecl(span(c), ident(c.ident()), doc(c), members(c));
    }

    private EntityDecl entity(SchemaParser.EntityDeclContext c) {
        SchemaParser.IdentContext name = null;
        var mixins = new ArrayList<Ident>();
        for (ParseTree child : children(c)) {
            if (!(child instanceof SchemaParser.IdentContext id)) continue;
            if (name == null) name = id;
            else mixins.add(ident(id));
        }
        if (name == null) return null;
        return new EntityDecl(span(c), ident(name), doc(c), mixins, members(c));
    }

    /** The members of an entity or mixin body. */
    private List<Member> members(ParserRuleContext body) {
        var out = new ArrayList<Member>(body.getChildCount());
        for (ParseTree child : children(body)) {
            if (!(child instanceof SchemaParser.MemberContext m)) continue;
            // A member is one field or one block attribute (after error recovery, perhaps neither).
            for (ParseTree part : children(m)) {
                if (part instanceof SchemaParser.FieldContext f) {
                    FieldDecl field = field(f);
                    if (field != null) out.add(field);
                    break;
                }
                if (part instanceof SchemaParser.BlockAttributeContext b) {
                    Attribute a = attribute(b, true);
                    if (a != null) out.add(a);
                    break;
                }
            }
        }
        return out;
    }

    private FieldDecl field(SchemaParser.FieldContext c) {
        SchemaParser.IdentContext name = null;
        SchemaParser.TypeRefContext typeRef = null;
        SchemaParser.ValueContext written = null;
        var attributes = new ArrayList<SchemaParser.AttributeContext>();
        for (ParseTree child : children(c)) {
            if (child instanceof SchemaParser.IdentContext x) {
                if (name == null) name = x;
            } else if (child instanceof SchemaParser.TypeRefContext x) {
                if (typeRef == null) typeRef = x;
            } else if (child instanceof SchemaParser.ValueContext x) {
                if (written == null) written = x;
            } else if (child instanceof SchemaParser.AttributeContext x) {
                attributes.add(x);
            }
        }
        if (name == null || typeRef == null) return null;
        // Built in the order written (type arguments, default, attributes), so are their diagnostics.
        TypeRef type = typeRef(typeRef);
        if (type == null) return null;
        Value def = written == null ? null : value(written);
        return new FieldDecl(span(c), ident(name), doc(c), type, def, attributes(attributes));
    }

    private TypeRef typeRef(SchemaParser.TypeRefContext t) {
        SchemaParser.IdentContext name = null;
        var written = new ArrayList<SchemaParser.ValueContext>();
        boolean list = false;
        boolean optional = false;
        for (ParseTree child : children(t)) {
            if (child instanceof SchemaParser.IdentContext x) {
                if (name == null) name = x;
            } else if (child instanceof SchemaParser.ValueContext x) {
                written.add(x);
            } else if (child instanceof TerminalNode x) {
                int type = x.getSymbol().getType();
                list |= type == SchemaLexer.LBRACKET;
                optional |= type == SchemaLexer.QUESTION;
            }
        }
        if (name == null) return null;
        var args = new ArrayList<Value>();
        for (var v : written) {
            Value val = value(v);
            if (val != null) args.add(val);
        }
        return new TypeRef(span(t), ident(name), args, list, optional);
    }

    private List<Attribute> attributes(List<SchemaParser.AttributeContext> as) {
        var out = new ArrayList<Attribute>(as.size());
        for (var a : as) {
            Attribute attr = attribute(a, false);
            if (attr != null) out.add(attr);
        }
        return out;
    }

    /** An {@code attribute} or a {@code blockAttribute}: a sigil, a name, perhaps arguments. */
    private Attribute attribute(ParserRuleContext c, boolean block) {
        SchemaParser.IdentContext name = null;
        SchemaParser.ArgumentsContext args = null;
        for (ParseTree child : children(c)) {
            if (child instanceof SchemaParser.IdentContext x) {
                if (name == null) name = x;
            } else if (child instanceof SchemaParser.ArgumentsContext x) {
                if (args == null) args = x;
            }
        }
        if (name == null) return null;
        var out = new ArrayList<Argument>();
        if (args != null) {
            SchemaParser.DependencyContext d = null;
            var written = new ArrayList<SchemaParser.ArgumentContext>();
            for (ParseTree child : children(args)) {
                if (child instanceof SchemaParser.ArgumentContext x) written.add(x);
                else if (child instanceof SchemaParser.DependencyContext x && d == null) d = x;
            }
            if (d != null) {
                var from = new ArrayList<Ident>();
                var to = new ArrayList<Ident>();
                int arrow = d.ARROW().getSymbol().getTokenIndex();
                for (var id : d.ident()) (id.start.getTokenIndex() < arrow ? from : to).add(ident(id));
                out.add(new Argument.Dependency(span(d), from, to));
            }
            for (var a : written) {
                Argument arg = argument(a);
                if (arg != null) out.add(arg);
            }
        }
        return new Attribute(span(c), ident(name), block, out);
    }

    private Argument argument(SchemaParser.ArgumentContext a) {
        if (a instanceof SchemaParser.NamedArgumentContext n) {
            Value v = n.value() == null ? null : value(n.value());
            return v == null ? null : new Argument.Named(span(n), ident(n.ident()), v, n.COLON() != null);
        }
        if (a instanceof SchemaParser.ComparisonArgumentContext c) {
            Value v = c.value() == null ? null : value(c.value());
            return v == null ? null : new Argument.Compare(span(c), op(c.compareOp()), v, c.compareOp().getText());
        }
        if (a instanceof SchemaParser.BinaryComparisonArgumentContext b) {
            if (b.value().size() < 2) return null;
            Value l = value(b.value(0));
            Value r = value(b.value(1));
            return l == null || r == null ? null : new Argument.BinaryCompare(span(b), l, op(b.compareOp()), r,
                    b.compareOp().getText());
        }
        if (a instanceof SchemaParser.ValueArgumentContext v) {
            Value val = v.value() == null ? null : value(v.value());
            return val == null ? null : new Argument.Positional(span(v), val);
        }
        return null;
    }

    private static Op op(SchemaParser.CompareOpContext c) {
        return Op.fromSymbol(c.getText());
    }

    private Value value(SchemaParser.ValueContext v) {
        if (v instanceof SchemaParser.NumberValueContext n) {
            if (n.NUMBER() == null || n.NUMBER().getSymbol().getStartIndex() < 0) return null;
            String text = n.getText();
            try {
                return new Value.Num(span(n), new BigDecimal(text.replace("_", "")), text);
            } catch (NumberFormatException e) {
                // The lexer only produces numbers; one whose exponent is beyond any range cannot be read.
                diagnostics.add(Messages.valueInvalid(span(n), "the number " + Quoted.name(text), "has an exponent beyond any range",
                        "write a number the field's type can hold"));
                return null;
            }
        }
        if (v instanceof SchemaParser.StringValueContext s) {
            return s.STRING().getSymbol().getStartIndex() < 0 ? null : string(s.STRING().getSymbol());
        }
        if (v instanceof SchemaParser.CallValueContext c) {
            return c.ident() == null ? null : new Value.Call(span(c), ident(c.ident()));
        }
        if (v instanceof SchemaParser.ReferenceValueContext r) {
            var parts = new ArrayList<Ident>();
            for (var id : r.ident()) parts.add(ident(id));
            return parts.isEmpty() ? null : new Value.Ref(span(r), parts);
        }
        if (v instanceof SchemaParser.ListValueContext l) {
            var items = new ArrayList<Value>();
            for (var item : l.listItem()) {
                Value x = item.value() == null ? null : value(item.value());
                if (x != null && item.ident() != null) x = new Value.Directed(span(item), x, ident(item.ident()));
                if (x != null) items.add(x);
            }
            return new Value.ListOf(span(l), items);
        }
        return null;
    }

    private Value.Str string(Token t) {
        int start = offsets.charIndex(t.getStartIndex());
        Span at = offsets.span(start, offsets.charIndex(t.getStopIndex() + 1));
        var r = Unescape.string(t.getText());
        if (r.badEscapeAt() >= 0) {
            String esc = t.getText().substring(r.badEscapeAt(), Math.min(t.getText().length(), r.badEscapeAt() + 2));
            diagnostics.add(Messages.badEscape(offsets.span(start + r.badEscapeAt(), start + r.badEscapeAt() + 2), esc));
        }
        return new Value.Str(at, r.value());
    }

    /** A rule's children, none when it has no children list. */
    private static List<ParseTree> children(ParserRuleContext c) {
        return c.children == null ? List.of() : c.children;
    }

    private Ident ident(SchemaParser.IdentContext c) {
        // A name is one token; the rule's text is its text, without the concatenation getText does for any rule.
        String text = c.getChildCount() == 1 ? c.getChild(0).getText() : c.getText();
        return new Ident(span(c), text);
    }

    /**
     * Whether code comes before a doc comment on its line: no line break separates them but
     * those inside comments (a {@code ///} after {@code x int /* a multi-line comment *\/}
     * still follows the code).
     */
    private boolean followsCodeOnItsLine(Token doc) {
        int gapEnd = doc.getStartIndex();
        for (int i = doc.getTokenIndex() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (tokens.getTokenSource().getInputStream() != null
                    && hasLineBreak(tokens.getTokenSource().getInputStream(), t.getStopIndex() + 1, gapEnd)) {
                return false;
            }
            if (t.getChannel() == Token.DEFAULT_CHANNEL) return true;
            gapEnd = t.getStartIndex();
        }
        return false;
    }

    private static boolean hasLineBreak(org.antlr.v4.runtime.CharStream in, int from, int to) {
        if (to <= from) return false;
        String gap = in.getText(org.antlr.v4.runtime.misc.Interval.of(from, to - 1));
        return gap.indexOf('\n') >= 0 || gap.indexOf('\r') >= 0;
    }

    /** The span of a rule: from its first to its last token, robust against recovery leftovers. */
    private Span span(ParserRuleContext c) {
        int start = offsets.charIndex(Math.max(0, c.start.getStartIndex()));
        Token stop = c.stop;
        int end = stop == null || stop.getStopIndex() < c.start.getStartIndex() ? start
                : offsets.charIndex(stop.getStopIndex() + 1);
        return offsets.span(start, end);
    }

    /**
     * The {@code ///} lines before a declaration. A {@code ///} after code on its own line
     * comments that line and belongs to no declaration, so the formatter can keep it where
     * it is without giving it to the next one.
     */
    private String doc(ParserRuleContext c) {
        int first = c.start.getTokenIndex();
        // Most declarations follow code directly (skipped whitespace is no token): nothing hidden to collect.
        if (first <= 0 || tokens.get(first - 1).getChannel() == Token.DEFAULT_CHANNEL) return null;
        var hidden = tokens.getHiddenTokensToLeft(first, 2);
        if (hidden == null || hidden.isEmpty()) return null;
        var b = new StringBuilder();
        for (Token t : hidden) {
            if (t.getType() != SchemaLexer.DOC_COMMENT || followsCodeOnItsLine(t)) continue;
            String line = t.getText().substring(3);
            if (line.startsWith(" ")) line = line.substring(1);
            if (b.length() > 0) b.append('\n');
            b.append(line.stripTrailing());
        }
        String doc = b.toString().strip();
        return doc.isEmpty() ? null : doc;
    }
}
