package dev.schemac.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Test sources and compiling them through the processor. */
final class Sources {
    private Sources() {}

    /** A source file from its lines; the package is {@code test} unless the text declares one. */
    static JavaFileObject java(String qualifiedName, String... lines) {
        String text = String.join("\n", lines);
        if (!qualifiedName.endsWith("package-info") && !text.startsWith("package ") && qualifiedName.contains(".")) {
            text = "package " + qualifiedName.substring(0, qualifiedName.lastIndexOf('.')) + ";\n" + text;
        }
        return JavaFileObjects.forSourceString(qualifiedName, text);
    }

    /** An {@code @Nullable} of its own package, as any library's would be: the rule goes by simple name. */
    static JavaFileObject typeUseNullable(String pkg) {
        return java(pkg + ".Nullable",
                "import java.lang.annotation.*;",
                "@Retention(RetentionPolicy.CLASS) @Target(ElementType.TYPE_USE)",
                "public @interface Nullable {}");
    }

    static JavaFileObject declarationNullable(String pkg) {
        return java(pkg + ".Nullable",
                "import java.lang.annotation.*;",
                "@Retention(RetentionPolicy.CLASS) @Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})",
                "public @interface Nullable {}");
    }

    static Compilation compile(List<JavaFileObject> files, String... options) {
        var opts = new ArrayList<>(List.of("-Xlint:all"));
        opts.addAll(List.of(options));
        return Compiler.javac().withProcessors(new SchemacProcessor()).withOptions(opts).compile(files);
    }

    static Compilation compile(JavaFileObject... files) {
        return compile(List.of(files));
    }

    /** A generated resource's text. */
    static String generated(Compilation c, String path) {
        try {
            return c.generatedFile(StandardLocation.CLASS_OUTPUT, "", "schemac/" + path).orElseThrow(
                    () -> new AssertionError("not generated: " + path + "; have " + resources(c)))
                    .getCharContent(true).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Paths of the generated schemac resources, relative to {@code schemac/}. */
    static List<String> resources(Compilation c) {
        var out = new ArrayList<String>();
        for (JavaFileObject f : c.generatedFiles()) {
            String uri = f.toUri().getPath();
            int at = uri.indexOf("/CLASS_OUTPUT/schemac/");
            if (at >= 0) out.add(uri.substring(at + "/CLASS_OUTPUT/schemac/".length()));
        }
        out.sort(null);
        return out;
    }
}
