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
import dev.schemac.source.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * SC709: a field whose name says it holds personal data, without {@code @pii}. The fields that
 * are marked are collected for the documents' security section (the {@code security} analysis).
 */
@AutoService(Rule.class)
public final class PersonalDataNotMarked extends Rule {
    static final Set<String> PERSONAL_WORDS = Set.of("email", "phone", "mobile", "fax", "birthday", "birthdate",
            "birth", "dob", "passport", "surname", "iban", "ssn");

    static final Set<String> PERSONAL_PAIRS = Set.of("first_name", "last_name", "full_name", "given_name",
            "family_name", "middle_name", "maiden_name", "ip_address", "home_address",
            "street_address", "postal_address", "national_id", "tax_id", "tax_number", "license_number",
            "driver_license", "phone_number", "social_security");

    public PersonalDataNotMarked() {
        super("SC709", Severity.INFO, "Personal data not marked @pii",
                "`@pii` marks personal data: what identifies a person or can be tied to one. Marked "
                + "fields are listed in the design document's security section, flagged in the generated "
                + "models, and never filled with realistic values in seed data, which is what data "
                + "protection reviews ask for. A field whose name says email, phone, first_name, "
                + "birth_date, ip_address, passport and the like is presumed personal. It is only a "
                + "suggestion: a shop's support email is not a person's.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        // Field names repeat across entities (`email`, `name`): each is read as words once.
        var byName = new java.util.HashMap<String, Boolean>();
        var reported = new HashSet<Span>();
        for (Entity e : context.model().entities()) {
            for (Field f : e.storedFields()) {
                if (f.pii() || f.secret() || f.relation() != null) continue;
                if (!byName.computeIfAbsent(f.name(), PersonalDataNotMarked::isPersonal)) continue;
                if (reported.add(f.span())) out.report(e, unmarked(f.span(), e.name(), f.name()));
            }
        }
    }

    static boolean isPersonal(String name) {
        List<String> words = Words.of(name);
        for (int i = 0; i < words.size(); i++) {
            if (PERSONAL_WORDS.contains(words.get(i))) return true;
            if (i + 1 < words.size() && PERSONAL_PAIRS.contains(words.get(i) + "_" + words.get(i + 1))) return true;
        }
        return false;
    }

    Diagnostic unmarked(Span at, String entity, String field) {
        return finding(at, Quoted.name(entity + "." + field) + " looks like personal data but is not marked `@pii`",
                s -> "mark it " + Quoted.name(s.attribute("@pii")) + " so documents and generated code treat it as personal data");
    }
}
