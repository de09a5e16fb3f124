package dev.schemac.cli;

import java.io.InputStream;
import java.io.PrintWriter;

/** Where a command reads standard input from and writes its output and diagnostics to. */
record Io(InputStream in, PrintWriter out, PrintWriter err) {}
