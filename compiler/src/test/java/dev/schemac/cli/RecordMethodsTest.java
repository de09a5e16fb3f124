package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A record's own equals, hashCode and toString are linked at their first call through method
 * handles, spun as classes no class-data-sharing archive keeps (about 2 ms of CPU each in a cold
 * JVM): schemac's records that a run compares or hashes write theirs out (see {@code Span}).
 * This runs, each in a JVM of its own with its call-site linking traced, the start script's
 * training run (generate of every target and check of the shop example) and check of every
 * example, and finds no record method of schemac's linked.
 */
class RecordMethodsTest {
    @Test
    void noRunOfTheExamplesLinksARecordMethodOfSchemacs() throws IOException, InterruptedException {
        var linked = new ArrayList<String>();
        linked.addAll(recordMethodsLinked(List.of(Training.class.getName())));
        try (Stream<Path> dirs = Files.list(TestPaths.examples())) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path model : files.filter(f -> f.toString().endsWith(".schema")).sorted().toList()) {
                        linked.addAll(recordMethodsLinked(List.of(Main.class.getName(), "check", "--no-settings", model.toString())));
                    }
                }
            }
        }
        assertThat(linked).as("record methods linked at run time (write equals and hashCode out, as Span does)").isEmpty();
    }

    /** The records whose methods are written out, each against the record's own (ObjectMethods, as javac links them). */
    @Test
    void theMethodsWrittenOutAreTheRecordsOwn() throws Throwable {
        List<Class<?>> records = List.of(dev.schemac.source.Span.class, dev.schemac.catalog.Column.class,
                dev.schemac.catalog.ColumnType.class, dev.schemac.catalog.ForeignKey.class, dev.schemac.catalog.Index.class,
                dev.schemac.catalog.PrimaryKey.class, dev.schemac.catalog.UniqueConstraint.class, dev.schemac.catalog.Check.class,
                dev.schemac.catalog.Check.Compare.class, dev.schemac.catalog.Check.ColumnCompare.class,
                dev.schemac.catalog.Check.Length.class, dev.schemac.catalog.Check.Pattern.class,
                dev.schemac.catalog.Check.EnumMember.class, dev.schemac.catalog.Check.AllOrNone.class,
                dev.schemac.catalog.ColumnDefault.Number.class,
                dev.schemac.catalog.ColumnDefault.Text.class, dev.schemac.catalog.ColumnDefault.Bool.class,
                dev.schemac.catalog.ColumnDefault.EnumValue.class, dev.schemac.catalog.ColumnDefault.Now.class,
                dev.schemac.catalog.ColumnDefault.Uuid.class, dev.schemac.catalog.RowFilter.IsNull.class,
                dev.schemac.model.IndexSpec.class, dev.schemac.check.normalform.FdOrigin.class,
                dev.schemac.normalform.DeclaredFd.class, Class.forName("dev.schemac.normalform.MinimalCover$UnitKey"),
                Class.forName("dev.schemac.render.sql.Sql$Script"));
        for (Class<?> r : records) {
            var own = RecordsOwn.of(r);
            var components = r.getRecordComponents();
            Object base = RecordsOwn.instance(r, -1);
            assertThat(base.hashCode()).as(r + " hashCode").isEqualTo(expectedHash(r, own, base));
            if (r == dev.schemac.catalog.ColumnType.class) assertThat(base.toString()).isEqualTo(own.toString(base));
            for (int i = 0; i < components.length; i++) {
                Object other = RecordsOwn.instance(r, i);
                assertThat(other.hashCode()).as(r + " hashCode, component " + i).isEqualTo(expectedHash(r, own, other));
                assertThat(base.equals(other)).as(r + " equals, component " + i).isEqualTo(own.equals(base, other));
                assertThat(base.equals(RecordsOwn.instance(r, -1))).as(r + " equals itself").isTrue();
                if (r == dev.schemac.catalog.ColumnType.class) assertThat(other.toString()).isEqualTo(own.toString(other));
            }
            assertThat(base.equals(null)).isFalse();
            assertThat(base.equals("x")).isFalse();
        }
    }

    private static List<String> recordMethodsLinked(List<String> mainAndArgs) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE=true", "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArgs);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String trace = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        assertThat(trace).as("the trace of " + mainAndArgs).contains("linkCallSite");
        return trace.lines().filter(l -> l.startsWith("linkCallSite dev.schemac.") && l.contains("java.lang.runtime.ObjectMethods.bootstrap"))
                .map(l -> mainAndArgs + ": " + l.substring(0, Math.min(l.length(), 200))).toList();
    }

    /**
     * What a written-out hashCode must give: Span's is the record's own (diagnostics are keyed by
     * it); the others are {@code Objects.hash} of every component in order, so none is left out.
     */
    private static int expectedHash(Class<?> r, RecordsOwn own, Object x) throws Throwable {
        if (r == dev.schemac.source.Span.class) return own.hashCode(x);
        var components = r.getRecordComponents();
        var values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            var accessor = components[i].getAccessor();
            accessor.setAccessible(true);
            values[i] = accessor.invoke(x);
        }
        return java.util.Arrays.hashCode(values);
    }

    /** A record's own equals, hashCode and toString, linked as javac links them for a record that declares none. */
    private record RecordsOwn(java.lang.invoke.MethodHandle eq, java.lang.invoke.MethodHandle hash,
                              java.lang.invoke.MethodHandle text) {
        static RecordsOwn of(Class<?> r) throws Throwable {
            var lookup = java.lang.invoke.MethodHandles.privateLookupIn(r, java.lang.invoke.MethodHandles.lookup());
            var components = r.getRecordComponents();
            var getters = new java.lang.invoke.MethodHandle[components.length];
            var names = new ArrayList<String>();
            for (int i = 0; i < components.length; i++) {
                getters[i] = lookup.unreflect(components[i].getAccessor());
                names.add(components[i].getName());
            }
            String joined = String.join(";", names);
            java.util.function.BiFunction<String, java.lang.invoke.MethodType, java.lang.invoke.MethodHandle> link = (name, type) -> {
                try {
                    return ((java.lang.invoke.CallSite) java.lang.runtime.ObjectMethods.bootstrap(lookup, name, type, r, joined, getters)).getTarget();
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            };
            return new RecordsOwn(link.apply("equals", java.lang.invoke.MethodType.methodType(boolean.class, r, Object.class)),
                    link.apply("hashCode", java.lang.invoke.MethodType.methodType(int.class, r)),
                    link.apply("toString", java.lang.invoke.MethodType.methodType(String.class, r)));
        }

        boolean equals(Object a, Object b) throws Throwable { return (boolean) eq.invoke(a, b); }

        int hashCode(Object a) throws Throwable { return (int) hash.invoke(a); }

        String toString(Object a) throws Throwable { return (String) text.invoke(a); }

        /** An instance of {@code r}; {@code vary} names the one component given another value (-1: none). */
        static Object instance(Class<?> r, int vary) throws ReflectiveOperationException {
            var components = r.getRecordComponents();
            var types = new Class<?>[components.length];
            var values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = value(types[i], i == vary ? 1 : 0, i);
            }
            var constructor = r.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        }

        private static final List<dev.schemac.source.SourceFile> FILES = List.of(
                new dev.schemac.source.SourceFile("a.schema", "entity A {}\n"), new dev.schemac.source.SourceFile("b.schema", "entity B {}\n"));

        /** A value of {@code type} (ints grow with the component's {@code index}, so a span's start stays before its end). */
        private static Object value(Class<?> type, int variant, int index) throws ReflectiveOperationException {
            if (type == String.class || type == Object.class) return "v" + variant;
            if (type == int.class || type == Integer.class) return 3 + 10 * index + variant;
            if (type == boolean.class) return variant == 1;
            if (type == List.class) return List.of("x" + variant);
            if (type == java.math.BigDecimal.class) return java.math.BigDecimal.valueOf(variant);
            if (type.isEnum()) return type.getEnumConstants()[variant % type.getEnumConstants().length];
            if (type == dev.schemac.catalog.ColumnType.class) return new dev.schemac.catalog.ColumnType(null, variant, null, null, null);
            if (type == dev.schemac.catalog.ColumnDefault.class) {
                return variant == 0 ? new dev.schemac.catalog.ColumnDefault.Now() : new dev.schemac.catalog.ColumnDefault.Uuid();
            }
            if (type == dev.schemac.catalog.RowFilter.class) return new dev.schemac.catalog.RowFilter.IsNull("c" + variant);
            if (type == dev.schemac.source.SourceFile.class) return FILES.get(variant);
            if (type == dev.schemac.source.Span.class) return new dev.schemac.source.Span(FILES.get(0), variant, 2);
            if (type.getSimpleName().equals("AttrSet")) {
                var of = type.getDeclaredMethod("of", int.class, int[].class);
                of.setAccessible(true);
                return of.invoke(null, 8, new int[] {variant});
            }
            return variant == 0 ? null : instance(type, -1);
        }
    }
}
