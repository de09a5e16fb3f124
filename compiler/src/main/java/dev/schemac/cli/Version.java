package dev.schemac.cli;

/** Reads the version Maven wrote into the jar manifest; "dev" when run from classes. */
final class Version {
    private Version() {}

    static String number() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
