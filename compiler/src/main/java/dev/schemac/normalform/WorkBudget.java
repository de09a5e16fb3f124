package dev.schemac.normalform;

/**
 * The closure computations one analysis may still spend on its super-linear parts (key search,
 * implied partial dependencies). Linear parts (cover, classifying cover dependencies) are not
 * charged. Mutable and private to one analysis.
 */
final class WorkBudget {

    private final long limit;
    private long spent;

    WorkBudget(long limit) {
        this.limit = limit;
    }

    /** Charges one closure if the budget allows it. */
    boolean tryCharge() {
        if (spent >= limit) {
            return false;
        }
        spent++;
        return true;
    }

    /** Charges one closure regardless: for work that must happen (the first key). */
    void charge() {
        spent++;
    }

    long spent() {
        return spent;
    }
}
