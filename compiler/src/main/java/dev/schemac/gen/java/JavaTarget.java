package dev.schemac.gen.java;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.schemac.catalog.Table;
import dev.schemac.gen.OutputFile;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetContext;
import dev.schemac.model.Entity;
import dev.schemac.model.EnumType;
import dev.schemac.output.NameLimit;
import dev.schemac.output.Output;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Java sources: per entity a record holding one row of its table and a metamodel class
 * ({@code User_}) with the table and column names as constants; per enum a Java enum that
 * knows its stored values. Every name comes from the Catalog. Files go to
 * {@code java/<package>/}; the package is the option {@value #PACKAGE_OPTION}, by default
 * the schema's name.
 */
@AutoService(Target.class)
public final class JavaTarget implements Target {
    /** The option naming the package of the generated sources. */
    public static final String PACKAGE_OPTION = "java.package";
    /** The folder of the generated sources: below it the package folders start (a build adds it as a source root). */
    public static final String SOURCE_ROOT = "java/";

    @Override public String name() { return "java"; }

    @Override
    public String description() {
        return "Java records, metamodel classes with table and column names, and enums (java/<package>/)";
    }

    @Override
    public java.util.Map<String, String> options() {
        return java.util.Map.of(PACKAGE_OPTION, "the package of the generated sources (default: from the schema's name)");
    }

    @Override
    public String optionRule(String key, String value) {
        return key.equals(PACKAGE_OPTION) && !JavaNames.isPackageName(value)
                ? "must be a Java package name (dot-separated identifiers that are not Java keywords and hold no invisible "
                        + "or control character, e.g. com.example.db)"
                : null;
    }

    @Override
    public void check(TargetContext ctx) {
        if (packageName(ctx) != null) TypePlan.of(ctx.model(), ctx::report);
    }

    /** The package of the sources, or null when the option names none (reported). */
    private static String packageName(TargetContext ctx) {
        String pkg = packageOption(ctx);
        if (JavaNames.isPackageName(pkg)) return pkg;
        ctx.report(JavaDiagnostics.badPackage(pkg));
        return null;
    }

    private static String packageOption(TargetContext ctx) {
        String pkg = ctx.options().extra().get(PACKAGE_OPTION);
        return pkg != null ? pkg : JavaNames.defaultPackage(ctx.model().settings().name());
    }

    /** Per enum its source; per entity its record's and its metamodel's, named after it. */
    @Override
    public List<OutputFile> files(TargetContext ctx) {
        String pkg = packageOption(ctx);
        if (!JavaNames.isPackageName(pkg)) return List.of();
        var plan = TypePlan.of(ctx.model(), reported -> {});
        if (plan == null) return List.of();
        // A package folder too long is the schema's name (or the option's) to shorten, not each type's.
        Span schema = NameLimit.tooLong(pkg.replace('.', '/')) != null ? ctx.model().anchor() : null;
        var files = new ArrayList<OutputFile>();
        for (EnumType e : ctx.model().enums()) {
            files.add(new OutputFile(path(pkg, plan.javaName(e.name())), schema != null ? schema : e.nameSpan()));
        }
        for (Entity e : ctx.model().entities()) {
            // The name the file is named after, not the whole declaration.
            Span at = schema != null ? schema : e.nameSpan();
            files.add(new OutputFile(path(pkg, plan.recordName(e.name())), at));
            files.add(new OutputFile(path(pkg, plan.metamodelName(e.name())), at));
        }
        return files;
    }

    private static String path(String pkg, String type) {
        return SOURCE_ROOT + pkg.replace('.', '/') + "/" + type + ".java";
    }

    @Override
    public void generate(TargetContext ctx, Output out) {
        String pkg = packageName(ctx);
        if (pkg == null) return;
        var plan = TypePlan.of(ctx.model(), ctx::report);
        if (plan == null) return;
        for (EnumType e : ctx.model().enums()) {
            write(out, pkg, EnumEmitter.emit(e, plan.javaName(e.name())));
        }
        for (Entity e : ctx.model().entities()) {
            Table table = ctx.catalog().tableOf(e.name()).orElseThrow(
                    () -> new IllegalStateException("the catalog has a table for every entity: " + e.name()));
            write(out, pkg, RecordEmitter.emit(e, table, plan.recordName(e.name()), pkg, plan));
            write(out, pkg, MetamodelEmitter.emit(e, table, ctx.catalog(), plan.metamodelName(e.name())));
        }
    }

    private static void write(Output out, String pkg, TypeSpec type) {
        String source = JavaFile.builder(pkg, type)
                .addFileComment("Generated by schemac from the model. Do not edit.")
                .skipJavaLangImports(true)
                .indent("    ")
                .build()
                .toString();
        out.write(path(pkg, type.name()), source);
    }
}
