package dev.schemac.processor;

/**
 * A processor must not throw at javac: a crash there loses every diagnostic of the
 * compilation and names the processor, not the user's class. Everything is caught and
 * reported on the element being read, except what leaves the JVM unusable anyway.
 */
final class Failures {
    private Failures() {}

    static void rethrowIfFatal(Throwable t) {
        if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) throw (VirtualMachineError) t;
    }
}
