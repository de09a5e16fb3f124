package dev.schemac.resolve;

import dev.schemac.ast.Declaration;
import dev.schemac.ast.EntityDecl;
import dev.schemac.ast.EnumDecl;
import dev.schemac.ast.EnumValueDecl;
import dev.schemac.ast.FieldDecl;
import dev.schemac.ast.Ident;
import dev.schemac.ast.Member;
import dev.schemac.ast.MixinDecl;
import dev.schemac.ast.SchemaDecl;
import dev.schemac.ast.SchemaFile;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.model.EnumMember;
import dev.schemac.model.EnumType;
import dev.schemac.model.Model;
import dev.schemac.naming.CaseFold;
import dev.schemac.render.files.FileNames;
import dev.schemac.source.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names the model declares, held against what the targets can take: no leading
 * underscore, no two declarations (or two stored labels of an enum) that a database or a
 * file system would read as one, no type named like a {@code java.lang} type the generated
 * Java refers to by its simple name, and a schema name that can name a file and a package.
 */
final class NameCheck {
    /**
     * The {@code java.lang} types generated Java code names without importing them; a type of
     * the model in the same package would take their place in every file.
     */
    static final Set<String> JAVA_LANG_TYPES = Set.of("String", "Object", "Boolean", "Byte", "Short", "Integer",
            "Long", "Float", "Double", "Character", "Number", "Record", "Enum");

    private final Diagnostics diags;

    NameCheck(Diagnostics diags) { this.diags = diags; }

    void run(List<SchemaFile> files, Model model) {
        var declared = new HashMap<String, Ident>();
        for (SchemaFile f : files) {
            for (Declaration d : f.declarations()) {
                if (d instanceof SchemaDecl s) schemaName(s.name());
                else if (d instanceof EnumDecl e) {
                    type("enum", e.name(), declared);
                    for (EnumValueDecl v : e.values()) underscore("enum value", v.name());
                } else if (d instanceof EntityDecl e) {
                    type("entity", e.name(), declared);
                    fields(e.members());
                } else if (d instanceof MixinDecl m) {
                    type("mixin", m.name(), declared);
                    fields(m.members());
                }
            }
        }
        for (EnumType e : model.enums()) labels(e);
    }

    private void schemaName(Ident name) {
        String n = name.text();
        if (!FileNames.isSafe(n) || n.startsWith("_")) {
            diags.add(Messages.nameNotPortable(name.span(), "schema name " + Messages.quoted(n), null,
                    "it names the decision record's file and the Java package, so it starts with a letter or digit and has at most "
                            + FileNames.MAX + " characters"));
        } else if (n.toLowerCase(Locale.ROOT).equals("java")) {
            diags.add(Messages.nameReserved(name.span(), "schema", n,
                    "would be the Java package of the generated code, and the JVM refuses to load classes of package `java`"));
        }
    }

    private void type(String kind, Ident name, Map<String, Ident> declared) {
        if (underscore(kind, name)) return;
        if (!kind.equals("mixin") && JAVA_LANG_TYPES.contains(name.text())) {
            diags.add(Messages.nameReserved(name.span(), kind, name.text(), "is also a `java.lang` type, which the generated "
                    + "Java code names without importing it"));
        }
        Ident other = declared.putIfAbsent(CaseFold.key(name.text()), name);
        if (other != null && !other.text().equals(name.text())) {
            diags.add(Messages.namesFoldTogether(name.span(), kind, name.text(), other.text(), "", other.span()));
        }
    }

    private void fields(List<Member> members) {
        for (Member m : members) if (m instanceof FieldDecl f) underscore("field", f.name());
    }

    private boolean underscore(String kind, Ident name) {
        if (!name.text().startsWith("_")) return false;
        diags.add(Messages.declaredNameNotPortable(name.span(), kind, name.text()));
        return true;
    }

    /** Stored labels must stay apart in MySQL's ENUM, whose collation ignores case and accents. */
    private void labels(EnumType e) {
        var seen = new HashMap<String, EnumMember>();
        for (EnumMember m : e.values()) {
            if (TextRules.check(TextKind.LABEL, m.dbValue()) != null) continue;
            EnumMember other = seen.putIfAbsent(CaseFold.key(m.dbValue()), m);
            if (other != null) {
                Span first = other.span();
                diags.add(Messages.enumLabelsCollide(m.span(), e.name(), m.dbValue(), other.dbValue(), first));
            }
        }
    }
}
