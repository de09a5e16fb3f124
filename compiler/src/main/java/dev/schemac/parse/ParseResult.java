package dev.schemac.parse;

import dev.schemac.ast.SchemaFile;
import dev.schemac.diag.Diagnostic;
import java.util.List;

/** The AST of one file (possibly partial after syntax errors) and what went wrong reading it. */
public record ParseResult(SchemaFile file, List<Diagnostic> diagnostics) {
    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
