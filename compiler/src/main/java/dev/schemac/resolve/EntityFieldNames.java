package dev.schemac.resolve;

import dev.schemac.ast.Ident;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The field names an entity's attributes may name: those declared (in the entity and its
 * mixins) and those implicit fields may take, each checked to exist and to have columns.
 * {@code declared} lists every declared name, {@code fields} the declared fields that resolved.
 */
final class EntityFieldNames {
    private final String entity;
    private final Set<String> declared;
    private final Map<String, FieldDraft> fields;
    private final boolean timestamps;
    private final Diagnostics diags;

    /** {@code timestamps}: whether the schema's settings give entities implicit timestamps. */
    EntityFieldNames(String entity, Set<String> declared, Map<String, FieldDraft> fields, boolean timestamps,
                     Diagnostics diags) {
        this.entity = entity;
        this.declared = declared;
        this.fields = fields;
        this.timestamps = timestamps;
        this.diags = diags;
    }

    String entity() { return entity; }

    /** The declared field of that name that resolved, or null. */
    FieldDraft field(String name) { return fields.get(name); }

    /** The names a placeholder may use: the declared ones, then the implicit ones. */
    List<String> all() {
        var names = new ArrayList<>(declared);
        names.addAll(implicit());
        return names;
    }

    /** The declared list fields. */
    List<String> lists() {
        return fields.values().stream().filter(FieldDraft::isList).map(FieldDraft::name).toList();
    }

    /** The field names an attribute lists as its positional arguments, checked; null when one is wrong (reported). */
    List<String> listed(Args args, String where) {
        var names = args.names();
        if (names.isEmpty()) return null;
        return resolve(names.get(), where);
    }

    /**
     * A list of field names as written (a key, an index, a query's fields): each checked to exist
     * (implicit fields included), to have columns and to be named once, since every database
     * refuses a key or index that names a column twice. Null when one is wrong (reported).
     */
    List<String> resolve(List<Ident> names, String where) {
        var firstAt = new HashMap<String, Ident>();
        boolean ok = true;
        for (Ident id : names) {
            Ident first = firstAt.putIfAbsent(id.text(), id);
            if (first != null) {
                diags.add(Messages.fieldListedTwice(id.span(), id.text(), where, first.span()));
                ok = false;
            }
        }
        var out = resolveEach(names, where);
        return ok ? out : null;
    }

    /** Field names as written, each checked to exist and to have columns, repeats allowed; null when one is wrong. */
    List<String> resolveEach(List<Ident> names, String where) {
        var out = new ArrayList<String>();
        boolean ok = true;
        var implicit = implicit();
        for (Ident id : names) {
            String n = id.text();
            if (!declared.contains(n) && !implicit.contains(n)) {
                var candidates = new ArrayList<>(declared);
                candidates.addAll(implicit);
                diags.add(Messages.unknownField(id.span(), entity, n, Suggest.closest(n, candidates)));
                ok = false;
                continue;
            }
            FieldDraft d = fields.get(n);
            if (d != null && d.isList()) {
                diags.add(Messages.listInKey(id.span(), n, where));
                ok = false;
                continue;
            }
            out.add(n);
        }
        return ok ? out : null;
    }

    /** Names that implicit fields may take; whether they exist is settled after the attributes are read. */
    private Set<String> implicit() {
        var out = new HashSet<String>();
        out.add(EntityResolver.IMPLICIT_KEY);
        if (timestamps) out.addAll(EntityResolver.TIMESTAMPS);
        out.removeAll(declared);
        return out;
    }
}
