package dev.schemac.resolve;

import dev.schemac.render.markdown.Quoted;
import dev.schemac.ast.Attribute;
import dev.schemac.ast.Ident;
import dev.schemac.ast.Value;
import dev.schemac.diag.Diagnostics;
import dev.schemac.lang.Attributes;
import dev.schemac.model.AccessPattern;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @@query("words", where: [f, ...], order: [g desc, ...])}: the words alone, or with
 * the fields the query compares for equality and sorts by, each an existing non-list field
 * named once per list (checked where every field list is, {@link EntityFieldNames#resolve}).
 */
final class QueryReader {
    private final Diagnostics diags;

    QueryReader(Diagnostics diags) {
        this.diags = diags;
    }

    /** The access pattern {@code a} declares, or null when it declares none (reported). */
    AccessPattern read(Attribute a, EntityFieldNames names) {
        var args = new Args(a, "@@query(\"access pattern\", where: [field, ...], order: [field desc, ...])", diags);
        if (!args.shape(1, 1, Attributes.WHERE_ARGUMENT, Attributes.ORDER_ARGUMENT)) return null;
        var text = args.string(args.positionals().get(0));
        List<String> where = List.of();
        var order = new ArrayList<AccessPattern.SortKey>();
        var whereArg = args.named(Attributes.WHERE_ARGUMENT);
        if (whereArg.isPresent()) {
            var items = queryFields(args, whereArg.get(), false);
            if (items == null) return null;
            where = names.resolve(items.stream().map(QueryField::name).toList(), "a query");
            if (where == null) return null;
        }
        var orderArg = args.named(Attributes.ORDER_ARGUMENT);
        if (orderArg.isPresent()) {
            var items = queryFields(args, orderArg.get(), true);
            if (items == null) return null;
            var sorted = names.resolve(items.stream().map(QueryField::name).toList(), "a query");
            if (sorted == null) return null;
            for (int i = 0; i < sorted.size(); i++) order.add(new AccessPattern.SortKey(sorted.get(i), items.get(i).descending()));
        }
        return text.isPresent() && !args.failed() ? new AccessPattern(a.span(), text.get(), where, order) : null;
    }

    /** A field of a query's {@code where} or {@code order} list, with its direction (ascending unless written {@code desc}). */
    private record QueryField(Ident name, boolean descending) {}

    /** The items of a {@code where: [...]} or {@code order: [...]} list: field names, directions only in {@code order}. */
    private static List<QueryField> queryFields(Args args, Value v, boolean directions) {
        if (!(v instanceof Value.ListOf list) || list.items().isEmpty()) {
            args.problem(v.span(), "expected a list of fields, such as `[author]`");
            return null;
        }
        var out = new ArrayList<QueryField>();
        for (Value item : list.items()) {
            Value field = item;
            boolean descending = false;
            if (item instanceof Value.Directed d) {
                String word = d.direction().text();
                if (!directions) {
                    args.problem(d.direction().span(), "a `where` field takes no direction; sort with `order: [...]`");
                    return null;
                }
                if (!word.equals(AccessPattern.SortKey.ASC) && !word.equals(AccessPattern.SortKey.DESC)) {
                    args.problem(d.direction().span(), "the direction after a field is `asc` or `desc`, not " + Quoted.name(word));
                    return null;
                }
                field = d.value();
                descending = word.equals(AccessPattern.SortKey.DESC);
            }
            if (!(field instanceof Value.Ref r) || r.parts().size() != 1) {
                args.problem(field.span(), "expected a field name");
                return null;
            }
            out.add(new QueryField(r.parts().get(0), descending));
        }
        return out;
    }
}
