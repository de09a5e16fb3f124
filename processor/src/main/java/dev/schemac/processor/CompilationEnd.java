package dev.schemac.processor;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * The end of javac's compilation, and whether it failed. javac attributes the project's code
 * after annotation processing, so an error there (a type error in a method body, an
 * ambiguous import) comes after the processor's last round; files written into
 * {@code -Aschemac.out} then would be written by a failed build. They are written here
 * instead, when the compilation ends with every type it analysed also generated: after an
 * error javac generates no further class, so a type analysed and never generated is a failed
 * compilation. With {@code -proc:only} nothing is analysed, and nothing can fail later.
 */
final class CompilationEnd implements TaskListener {
    private final Set<TypeElement> analysed = new HashSet<>();
    private final Set<TypeElement> generated = new HashSet<>();
    private final List<Runnable> actions = new ArrayList<>();

    private CompilationEnd() {}

    /** Listening to the compilation, or null when the compiler is not javac (then the caller acts at once). */
    static CompilationEnd of(ProcessingEnvironment env) {
        try {
            var end = new CompilationEnd();
            JavacTask.instance(env).addTaskListener(end);
            return end;
        } catch (Throwable t) {
            Failures.rethrowIfFatal(t);
            return null;
        }
    }

    private static boolean declarationOnly(TaskEvent e) {
        var file = e.getSourceFile();
        return file != null && (file.isNameCompatible("package-info", javax.tools.JavaFileObject.Kind.SOURCE)
                || file.isNameCompatible("module-info", javax.tools.JavaFileObject.Kind.SOURCE));
    }

    /** Runs {@code action} when the compilation ends without an error. */
    void whenSucceeded(Runnable action) { actions.add(action); }

    @Override
    public void finished(TaskEvent e) {
        switch (e.getKind()) {
            // A package-info or module-info without annotations is analysed and gets no class file.
            case ANALYZE -> { if (e.getTypeElement() != null && !declarationOnly(e)) analysed.add(e.getTypeElement()); }
            case GENERATE -> { if (e.getTypeElement() != null) generated.add(e.getTypeElement()); }
            case COMPILATION -> {
                if (generated.containsAll(analysed)) actions.forEach(Runnable::run);
                actions.clear();
            }
            default -> { }
        }
    }
}
