package dev.schemac.diag;

/**
 * The help of a diagnostic, built from a {@link Spelling} rather than fixed text: what to
 * write is said in the syntax of the source the model came from ({@code @index} in a
 * {@code .schema} file, {@code @Index} to a Java user). The compiler says what to do; each
 * front end supplies how that is spelled.
 */
@FunctionalInterface
public interface Help {
    String in(Spelling spelling);
}
