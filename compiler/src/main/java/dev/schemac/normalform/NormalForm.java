package dev.schemac.normalform;

/** Normal forms in increasing strength; 1NF is assumed (the caller checks attribute atomicity). */
public enum NormalForm {
    FIRST("1NF"),
    SECOND("2NF"),
    THIRD("3NF"),
    BOYCE_CODD("BCNF");

    private final String label;

    NormalForm(String label) {
        this.label = label;
    }

    /** The conventional short name: 1NF, 2NF, 3NF, BCNF. */
    public String label() {
        return label;
    }

    public boolean isAtLeast(NormalForm other) {
        return compareTo(other) >= 0;
    }
}
