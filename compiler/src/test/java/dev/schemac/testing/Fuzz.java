package dev.schemac.testing;

/**
 * The size and seed of the generated-input tests (the fmt comment property, the mutation fuzz and the hostile
 * text harness). All are seeded, so a run is reproducible: the seed is printed, and
 * {@code -Dschemac.fuzz.seed=N} repeats it. CI runs the default number of cases, a couple
 * of minutes in all; {@code -Dschemac.fuzz.cases=N} runs N instead (see README).
 */
public final class Fuzz {
    private Fuzz() {}

    public static long seed() {
        return Long.getLong("schemac.fuzz.seed", 20251204L);
    }

    /** The number of cases to run: the property's CI default unless the command line asks for more. */
    public static int cases(int ciDefault) {
        return Integer.getInteger("schemac.fuzz.cases", ciDefault);
    }
}
