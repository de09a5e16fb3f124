package dev.schemac.cli;

import picocli.CommandLine;

/** Reads the version Maven wrote into the jar manifest; "dev" when run from classes. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"schemac " + number()};
    }

    static String number() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
