package dev.schemac.check.design;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.check.Words;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.FieldType;
import dev.schemac.model.ScalarKind;
import dev.schemac.source.Span;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** SC706: a money amount stored as a binary floating-point number. */
@AutoService(Rule.class)
public final class MoneyAsFloat extends Rule {
    /** Words that name an amount of money. */
    static final Set<String> MONEY = Set.of("price", "prices", "amount", "amounts", "total", "subtotal", "cost",
            "costs", "balance", "fee", "fees", "tax", "vat", "salary", "wage", "wages", "payment", "revenue",
            "discount", "refund", "budget", "fare", "payout", "commission", "tip", "charge", "money", "cash",
            "earnings", "income", "expense", "expenses", "deposit", "credit", "debit", "rent", "invoice");

    /**
     * Words that make the name something other than money: a total weight, a tax rate, a unit of
     * measure (a payment's latency in ms, a total in kWh), a statistic over money (an average, a
     * probability, an elasticity), none of which is added up to the cent.
     */
    static final Set<String> NOT_MONEY = Set.of("rate", "ratio", "percent", "percentage", "pct", "factor", "weight",
            "distance", "count", "score", "points", "time", "duration", "hours", "minutes", "seconds", "days",
            "quantity", "qty", "length", "width", "height", "size", "volume", "km", "miles", "kg",
            "ms", "us", "ns", "sec", "secs", "mins", "mm", "cm", "g", "mg", "lb", "lbs", "oz", "kwh", "wh", "mwh",
            "kw", "watts", "kb", "mb", "gb", "bytes", "celsius", "latency", "avg", "average", "mean", "median",
            "stddev", "variance", "probability", "likelihood", "elasticity", "index");

    public MoneyAsFloat() {
        super("SC706", Severity.WARNING, "Money stored as a floating-point number",
                "`float` and `double` are binary fractions: 0.1 has no exact value, sums drift "
                + "(0.1 + 0.2 = 0.30000000000000004), and rounding differs between the database, Python "
                + "and JavaScript. Money must add up to the cent, so an amount is a `decimal(p, s)` "
                + "(`decimal(12, 2)` for most currencies, `decimal(19, 4)` where fractions of a cent "
                + "matter) or an integer count of the smallest unit (`price_cents int`). The rule reads "
                + "the field name: price, amount, total, cost, balance, fee, tax, salary, payment, "
                + "discount and similar words, unless a word such as rate, weight or count, a unit (ms, mm, "
                + "kwh) or a statistic (avg, probability) says otherwise. It is a warning, not an error: a name "
                + "is evidence, not proof (a payment's latency in ms is a `double` and no money), and an error "
                + "would refuse a correct model until the rule is switched off for every field of it. A team "
                + "that wants floating-point money refused sets `severity = [\"SC706=error\"]`.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        var reported = new HashSet<Span>();
        for (Entity e : context.model().entities()) {
            for (Field f : e.storedFields()) {
                if (!(f.type() instanceof FieldType.Scalar s)) continue;
                if (s.kind() != ScalarKind.FLOAT && s.kind() != ScalarKind.DOUBLE) continue;
                List<String> words = Words.of(f.name());
                if (Collections.disjoint(words, MONEY) || !Collections.disjoint(words, NOT_MONEY)) continue;
                if (reported.add(f.span())) out.report(e, floatMoney(f.span(), e.name(), f.name(), s.kind().keyword()));
            }
        }
    }

    Diagnostic floatMoney(Span at, String entity, String field, String type) {
        return finding(at, Quoted.name(entity + "." + field) + " looks like money but is " + Quoted.name(type),
                s -> "use " + Quoted.name(s.type("decimal(12, 2)")) + " (or " + Quoted.name(s.type("decimal(19, 4)")) + " for fractions of a cent), or an "
                        + Quoted.name(s.type("int")) + " count of cents");
    }
}
