package dev.schemac.gen.docs;

import dev.schemac.gen.TargetContext;

/**
 * The decision record's sections that follow its brief point by point, each derived from the
 * model: the design choices after the schema (database type, naming, required fields, data
 * types) and the operational ones after the index strategy (performance, security).
 */
final class DecisionSections {
    private final TargetContext ctx;

    DecisionSections(TargetContext ctx) {
        this.ctx = ctx;
    }

    String design() {
        return new DatabaseType(ctx).render() + new NamingConventions(ctx).render() + new RequiredFields(ctx).render()
                + new DataTypes(ctx).render();
    }

    String operations() {
        var b = new StringBuilder("## Performance\n\n");
        new Performance(ctx).render(b);
        b.append("## Security\n\n");
        new Security(ctx).render(b);
        return b.toString();
    }

    String questions() {
        var b = new StringBuilder("\n## Clarifying Questions\n\n");
        new Questions(ctx).render(b);
        return b.toString();
    }
}
