package dev.schemac.resolve;

import dev.schemac.ast.Declaration;
import dev.schemac.ast.EntityDecl;
import dev.schemac.ast.EnumDecl;
import dev.schemac.ast.Ident;
import dev.schemac.ast.MixinDecl;
import dev.schemac.ast.SchemaDecl;
import dev.schemac.ast.SchemaFile;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.model.EnumMember;
import dev.schemac.model.EnumType;
import dev.schemac.model.Model;
import dev.schemac.naming.CaseFold;
import dev.schemac.naming.Lookalikes;
import dev.schemac.render.files.FileNames;
import dev.schemac.source.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names the model declares, held against what the targets can take: no two declarations (or two stored labels of an enum) that a database or a
 * file system would read as one, and a schema name that can name a file and a package. (A
 * type named like a {@code java.lang} type is renamed by the java target, from the one
 * reserved-word table, not refused.)
 */
final class NameCheck {
    private final Diagnostics diags;

    NameCheck(Diagnostics diags) { this.diags = diags; }

    void run(List<SchemaFile> files, Model model) {
        var declared = new HashMap<String, Ident>();
        for (SchemaFile f : files) {
            for (Declaration d : f.declarations()) {
                if (d instanceof SchemaDecl s) schemaName(s.name());
                else if (d instanceof EnumDecl e) {
                    type("enum", e.name(), declared);
                } else if (d instanceof EntityDecl e) {
                    type("entity", e.name(), declared);
                } else if (d instanceof MixinDecl m) {
                    type("mixin", m.name(), declared);
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
        Ident other = declared.putIfAbsent(CaseFold.key(name.text()), name);
        if (other != null && !other.text().equals(name.text())) {
            diags.add(Messages.namesFoldTogether(name.span(), kind, name.text(), other.text(), "", other.span()));
        }
    }

    /** Stored labels must stay apart in MySQL's ENUM, whose collation ignores case and accents. */
    private void labels(EnumType e) {
        var seen = new HashMap<String, EnumMember>();
        for (EnumMember m : e.values()) {
            if (TextRules.check(TextKind.LABEL, m.dbValue()) != null) continue;
            EnumMember other = seen.putIfAbsent(Lookalikes.key(m.dbValue()), m);
            if (other != null) {
                Span first = other.span();
                diags.add(Messages.enumLabelsCollide(m.span(), e.name(), m.dbValue(), other.dbValue(), first));
            }
        }
    }
}
