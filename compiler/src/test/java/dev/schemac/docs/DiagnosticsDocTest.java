package dev.schemac.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.diag.CodeDoc;
import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/diagnostics.md is generated from the code catalogue and must stay in step with it. */
class DiagnosticsDocTest {

    static String render() {
        var b = new StringBuilder();
        b.append("# Diagnostics\n\n")
                .append("Every diagnostic schemac reports has a stable code. `schemac explain CODE` prints the\n")
                .append("same text as this page, which is generated from the compiler's catalogue of codes\n")
                .append("(`./scripts/update-golden.sh` rewrites it).\n\n")
                .append("Codes: `SC1xx` reading and syntax, `SC2xx` declarations and names, `SC3xx` types,\n")
                .append("defaults and attributes, `SC4xx` keys and relations, `SC5xx` tables, names and dialects,\n")
                .append("`SC6xx`–`SC8xx` the checks of docs/rules.md, `SC9xx` the Java front end (docs/annotations.md).\n\n")
                .append("| code | default | title |\n|---|---|---|\n");
        for (CodeDoc d : CodeDoc.all()) {
            b.append("| [").append(d.id()).append("](#").append(d.id().toLowerCase(java.util.Locale.ROOT)).append(") | ")
                    .append(d.defaultSeverity().label()).append(" | ").append(d.title()).append(" |\n");
        }
        for (CodeDoc d : CodeDoc.all()) {
            b.append("\n## ").append(d.id()).append("\n\n**").append(d.title()).append("** (").append(d.defaultSeverity().label())
                    .append(")\n\n").append(d.explanation()).append('\n');
        }
        return b.toString();
    }

    @Test
    void docsListEveryCode() throws IOException {
        Path doc = TestPaths.root().resolve("docs/diagnostics.md");
        String expected = render();
        if (TestPaths.updating()) Files.writeString(doc, expected, StandardCharsets.UTF_8);
        assertThat(Files.readString(doc, StandardCharsets.UTF_8))
                .as("docs/diagnostics.md is out of date: run ./scripts/update-golden.sh").isEqualTo(expected);
    }
}
