package dev.schemac.check.normalform;

import dev.schemac.model.Dependency;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.IndexSpec;
import dev.schemac.normalform.Analysis;
import dev.schemac.normalform.Limits;
import dev.schemac.normalform.NormalFormAnalyzer;
import dev.schemac.normalform.Relation;
import dev.schemac.source.Span;
import java.util.List;

/**
 * One entity seen as a relation: its stored fields are the attributes (a to-one relation
 * field is one attribute, whatever its column count), and its functional dependencies are the
 * primary key, each unique constraint (each {@code key -> all}) and each {@code @@depends}.
 * A unique constraint over nullable columns is treated as a key: rows whose value is null are
 * the exception SQL makes, not the rule the model states.
 */
public record EntityAnalysis(Entity entity, Analysis<FdOrigin> analysis) {

    public static EntityAnalysis of(Entity e) {
        return of(e, Limits.DEFAULT);
    }

    public static EntityAnalysis of(Entity e, Limits limits) {
        return new EntityAnalysis(e, NormalFormAnalyzer.analyze(relation(e), limits));
    }

    static Relation<FdOrigin> relation(Entity e) {
        List<Field> stored = e.storedFields();
        List<String> attributes = stored.stream().map(Field::name).toList();
        var b = Relation.<FdOrigin>builder(e.name(), attributes);
        Span keyAt = e.primaryKey().isEmpty() ? e.span() : e.requireField(e.primaryKey().get(0)).span();
        if (!e.primaryKey().isEmpty()) b.key(e.primaryKey(), new FdOrigin(FdOrigin.PRIMARY_KEY, keyAt));
        for (Field f : stored) {
            if (f.unique() && !e.primaryKey().equals(List.of(f.name()))) {
                b.key(List.of(f.name()), new FdOrigin(FdOrigin.UNIQUE_FIELD, f.span()));
            }
        }
        for (IndexSpec u : e.uniques()) b.key(u.fields(), new FdOrigin(FdOrigin.UNIQUE, u.span()));
        for (Dependency d : e.dependencies()) b.depends(d.from(), d.to(), new FdOrigin(FdOrigin.DEPENDS, d.span()));
        return b.build();
    }
}
