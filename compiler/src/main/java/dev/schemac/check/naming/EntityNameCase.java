package dev.schemac.check.naming;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.check.Spans;
import dev.schemac.check.Words;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Entity;
import dev.schemac.naming.Names;
import dev.schemac.source.Span;

/** SC601: entity names are PascalCase. */
@AutoService(Rule.class)
public final class EntityNameCase extends Rule {
    public EntityNameCase() {
        super("SC601", Severity.WARNING, "Entity name is not PascalCase",
                "Entity names become class names in Python and Java and model names in Prisma, where "
                + "PascalCase is the convention, and table names are derived from them by splitting at "
                + "capitals: `OrderItem` becomes `order_items`. A name such as `order_item` or `orderItem` "
                + "reads as a field, and `ORDERITEM` derives the table `orderitems`.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        for (Entity e : context.model().entities()) {
            if (!Words.isPascal(e.name())) out.report(e, notPascal(Spans.entityName(e), e.name()));
        }
    }

    Diagnostic notPascal(Span at, String name) {
        return finding(at, "entity " + Quoted.name(name) + " is not PascalCase",
                "rename it " + Quoted.name(Names.pascal(Names.snake(name).toLowerCase(java.util.Locale.ROOT))));
    }
}
