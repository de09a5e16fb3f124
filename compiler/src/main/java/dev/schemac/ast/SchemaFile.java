package dev.schemac.ast;

import dev.schemac.source.SourceFile;
import java.util.List;

/** One parsed input: its declarations in the order written. */
public record SchemaFile(SourceFile source, List<Declaration> declarations) {
    public SchemaFile {
        declarations = List.copyOf(declarations);
    }
}
