package dev.schemac.resolve;

import dev.schemac.ast.Argument;
import dev.schemac.ast.Attribute;
import dev.schemac.ast.Declaration;
import dev.schemac.ast.EntityDecl;
import dev.schemac.ast.FieldDecl;
import dev.schemac.ast.Member;
import dev.schemac.ast.MixinDecl;
import dev.schemac.ast.SchemaFile;
import dev.schemac.ast.Value;
import dev.schemac.diag.Diagnostics;
import dev.schemac.evolve.RenameHints;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code @renamed_from} / {@code @@renamed_from} hints of a model, for the migration
 * diff. The resolver checks their shape; they do not change the model itself (a renamed
 * field is the same field), so they are read from the syntax tree here instead of being
 * carried through the Model. A field hint in a mixin applies to every entity using it.
 */
public final class RenameHintReader {
    private RenameHintReader() {}

    public static final String ATTRIBUTE = dev.schemac.lang.Attributes.RENAMED_FROM;

    /** The hints of the model in these files (call on a model that compiles). */
    public static RenameHints read(List<Path> inputs) {
        return fromAst(new Loader(Loader.FILES, new Diagnostics()).load(inputs));
    }

    public static RenameHints fromAst(List<SchemaFile> files) {
        var mixins = new HashMap<String, MixinDecl>();
        for (SchemaFile f : files) for (Declaration d : f.declarations()) if (d instanceof MixinDecl m) mixins.put(m.name().text(), m);
        var entities = new LinkedHashMap<String, RenameHints.Hint>();
        var fields = new LinkedHashMap<String, Map<String, RenameHints.Hint>>();
        for (SchemaFile f : files) {
            for (Declaration d : f.declarations()) {
                if (!(d instanceof EntityDecl e)) continue;
                String entity = e.name().text();
                var own = new LinkedHashMap<String, RenameHints.Hint>();
                for (var m : e.mixins()) {
                    MixinDecl mixin = mixins.get(m.text());
                    if (mixin != null) fieldHints(mixin.members(), own);
                }
                fieldHints(e.members(), own);
                if (!own.isEmpty()) fields.put(entity, own);
                for (Member member : e.members()) {
                    if (member instanceof Attribute a && a.block()) {
                        RenameHints.Hint h = hint(a);
                        if (h != null) entities.put(entity, h);
                    }
                }
            }
        }
        return new RenameHints(entities, fields);
    }

    private static void fieldHints(List<Member> members, Map<String, RenameHints.Hint> out) {
        for (Member member : members) {
            if (!(member instanceof FieldDecl fd)) continue;
            for (Attribute a : fd.attributes()) {
                RenameHints.Hint h = hint(a);
                if (h != null) out.put(fd.name().text(), h);
            }
        }
    }

    private static RenameHints.Hint hint(Attribute a) {
        if (!a.name().text().equals(ATTRIBUTE) || a.args().size() != 1) return null;
        if (a.args().get(0) instanceof Argument.Positional p && p.value() instanceof Value.Str s) {
            return new RenameHints.Hint(s.value(), a.span());
        }
        return null;
    }
}
