package dev.schemac.resolve;

import dev.schemac.ast.EntityDecl;
import dev.schemac.ast.EnumDecl;
import dev.schemac.ast.MixinDecl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The names declared across all files; entities, enums and mixins share one namespace. */
record Symbols(Map<String, EntityDecl> entities, Map<String, EnumDecl> enums, Map<String, MixinDecl> mixins) {

    static Symbols empty() {
        return new Symbols(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    List<String> typeNames() {
        var out = new ArrayList<String>();
        for (var k : dev.schemac.model.ScalarKind.values()) out.add(k.keyword());
        out.addAll(entities.keySet());
        out.addAll(enums.keySet());
        return out;
    }
}
