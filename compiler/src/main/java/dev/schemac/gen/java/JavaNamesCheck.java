package dev.schemac.gen.java;

import com.google.auto.service.AutoService;
import dev.schemac.catalog.Catalog;
import dev.schemac.compile.ModelCheck;
import dev.schemac.diag.Diagnostic;
import dev.schemac.model.EnumMember;
import dev.schemac.model.EnumType;
import dev.schemac.model.Model;
import java.util.ArrayList;

/**
 * The java target's type names, decided by {@code check} as well: two model names whose Java
 * types would meet (an enum {@code Tag_} and the metamodel of entity {@code Tag}) are refused
 * before any target runs, as every name the outputs cannot take is; so is an enum label longer
 * than a Java string constant holds (SC952).
 */
@AutoService(ModelCheck.class)
public final class JavaNamesCheck implements ModelCheck {
    @Override
    public Findings run(Model model, Catalog catalog) {
        var out = new ArrayList<Diagnostic>();
        TypePlan.of(model, out::add);
        // Table and column names are a few bytes at most (SC503); only a label can be longer than a constant.
        for (EnumType e : model.enums()) {
            for (EnumMember m : e.values()) {
                if (!JavaConstants.fits(m.dbValue())) {
                    out.add(JavaDiagnostics.constantTooLong(m.span(), e.name(), m.name(), JavaConstants.classFileBytes(m.dbValue())));
                }
            }
        }
        return Findings.of(out);
    }
}
