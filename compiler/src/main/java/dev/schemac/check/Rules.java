package dev.schemac.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The registry of rules, found once with ServiceLoader and kept in code order. */
public final class Rules {
    private Rules() {}

    private static final class Holder {
        static final List<Rule> ALL = load();
    }

    public static List<Rule> all() { return Holder.ALL; }

    public static Optional<Rule> byCode(String code) {
        return all().stream().filter(r -> r.code().equalsIgnoreCase(code)).findFirst();
    }

    private static List<Rule> load() {
        var out = new ArrayList<Rule>();
        ServiceLoader.load(Rule.class, Rules.class.getClassLoader()).forEach(out::add);
        return sorted(out);
    }

    /** Rules in code order; two rules with one code are a build mistake, caught here. */
    static List<Rule> sorted(List<Rule> rules) {
        Map<String, Rule> seen = new HashMap<>();
        for (Rule r : rules) {
            Rule other = seen.putIfAbsent(r.code(), r);
            if (other != null) {
                throw new IllegalStateException("rule code " + r.code() + " is used by " + other.getClass().getName()
                        + " and " + r.getClass().getName());
            }
        }
        var copy = new ArrayList<>(rules);
        copy.sort(Comparator.comparing(Rule::code));
        return List.copyOf(copy);
    }
}
