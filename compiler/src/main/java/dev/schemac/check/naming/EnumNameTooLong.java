package dev.schemac.check.naming;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.catalog.EnumDef;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.EnumMember;
import dev.schemac.model.EnumType;
import dev.schemac.naming.Names;
import dev.schemac.source.Span;

/**
 * SC608: an enum type name or value longer than PostgreSQL allows. Table and column names past
 * the limit are the core's error SC503; enums are rendered as named types and labels only in
 * PostgreSQL, so they get a rule of their own.
 */
@AutoService(Rule.class)
public final class EnumNameTooLong extends Rule {
    public EnumNameTooLong() {
        super("SC608", Severity.WARNING, "Enum name or value too long for PostgreSQL",
                "PostgreSQL stores an enum as a named type whose name and labels are identifiers of at "
                + "most 63 bytes. A longer type name is silently truncated, so two long enum names can "
                + "collide; a longer label is rejected when the type is created. Other dialects store "
                + "enum values in a column check or an ENUM column and do not limit them this way. "
                + "(Table and column names past a dialect's limit are the error SC503.)");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        for (EnumType en : context.model().enums()) {
            EnumDef def = context.catalog().enumDef(en.name()).orElseThrow();
            if (Names.bytes(def.typeName()) > Names.MAX_IDENTIFIER) out.report(tooLong(dev.schemac.check.Spans.enumName(en), "enum type", def.typeName()));
            for (EnumMember m : en.values()) {
                if (Names.bytes(m.dbValue()) > Names.MAX_IDENTIFIER) out.report(tooLong(m.span(), "enum value", m.dbValue()));
            }
        }
    }


    Diagnostic tooLong(Span at, String kind, String name) {
        return finding(at, kind + " " + Quoted.name(name) + " is " + Names.bytes(name) + " bytes; PostgreSQL allows "
                + Names.MAX_IDENTIFIER, "shorten it to at most " + Names.MAX_IDENTIFIER + " bytes");
    }
}
