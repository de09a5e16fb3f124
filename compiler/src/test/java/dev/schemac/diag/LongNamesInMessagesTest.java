package dev.schemac.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.parse.SchemaReader;
import dev.schemac.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name of 200,000 characters is shown cut in every message that quotes it (the source line
 * is windowed by the renderer; the message holds names, which {@link Messages#tick} cuts),
 * wherever the name stands in the model: each diagnostic's message, help and notes stay short.
 */
class LongNamesInMessagesTest {
    private static final String LONG = "n" + "a".repeat(199_998) + "z";
    private static final int MOST = 2_000;

    private static List<Diagnostic> diagnostics(String text) {
        var parsed = SchemaReader.parse(new SourceFile("t.schema", text));
        var out = new ArrayList<Diagnostic>(parsed.diagnostics());
        if (!parsed.diagnostics().isEmpty()) return out;
        Compilation c = Compiler.compileAst(List.of(parsed.file()));
        out.addAll(c.diagnostics());
        if (!c.hasErrors()) out.addAll(Targets.run(c, Targets.all(), TargetOptions.defaults()).diagnostics());
        return out;
    }

    private final List<String> tooLong = new ArrayList<>();

    private void assertShort(String where, String text) {
        var ds = diagnostics(text);
        assertThat(ds).as("%s: diagnostics", where).isNotEmpty();
        for (Diagnostic d : ds) {
            var texts = new ArrayList<String>();
            texts.add(d.message());
            if (d.help() != null) texts.add(d.help());
            for (var n : d.notes()) texts.add(n.message());
            for (String t : texts) {
                if (t.length() >= MOST) tooLong.add(where + ": " + d.code() + " " + t.substring(0, 150));
            }
        }
    }

    @Test
    void aLongNameIsCutInEveryMessage() {
        assertShort("field", "entity A {\n  " + LONG + " int\n}\n");
        assertShort("twice", "entity A {\n  " + LONG + " int\n  " + LONG + " int\n}\n");
        assertShort("entity", "entity " + LONG + " {\n  x int\n}\n");
        assertShort("entity twice", "entity " + LONG + " {\n  x int\n}\nentity " + LONG + " {\n  y int\n}\n");
        assertShort("unknown type", "entity A {\n  x " + LONG + "\n}\n");
        assertShort("unknown attribute", "entity A {\n  x int @" + LONG + "\n}\n");
        assertShort("column", "entity A {\n  x int @map(\"" + LONG + "\")\n}\n");
        assertShort("table", "entity A {\n  x int\n  @@map(\"" + LONG + "\")\n}\n");
        assertShort("index", "entity A {\n  x int @index(name = \"" + LONG + "\")\n}\n");
        assertShort("enum value", "enum E {\n  " + LONG + "\n}\nentity A {\n  x E\n}\n");
        assertShort("enum label", "enum E {\n  a @map(\"" + LONG + "\")\n}\nentity A {\n  x E\n}\n");
        assertShort("relation", "entity A {\n  b B @relation(\"" + LONG + "\")\n}\nentity B {\n  a A[]\n}\n");
        assertShort("field named in an index", "entity A {\n  x int\n  @@index(" + LONG + ")\n}\n");
        assertShort("check", "entity A {\n  x int\n  @@check(" + LONG + " > x)\n}\n");
        assertShort("default", "entity A {\n  x string(10) = \"" + LONG + "\"\n}\n");
        assertShort("schema", "schema " + LONG + " {\n}\nentity A {\n  x int\n}\n");
        assertThat(tooLong).as("messages, helps and notes that quote the name whole").isEmpty();
    }

    /** A name of up to 80 characters is quoted whole, as before. */
    @Test
    void aShortNameIsQuotedWhole() {
        String name = "b".repeat(80);
        var ds = diagnostics("entity A {\n  x " + name + "\n}\n");
        assertThat(ds).anyMatch(d -> d.message().contains("`" + name + "`"));
    }

    /**
     * A help's proposal is code to copy: only a name longer than the window is cut, never the
     * proposal around names of ordinary length, however long the whole span is.
     */
    @Test
    void aProposalOfOrdinaryNamesIsQuotedWhole() {
        String a = "warehouse_location_of_the_item";
        String b = "product_variant_of_the_catalog";
        String c = "supplier_contract_of_the_order";
        var ds = diagnostics("schema t {\n  ids = uuid\n}\nentity W {\n  n string(10)\n}\nentity P {\n  n string(10)\n}\n"
                + "entity S {\n  n string(10)\n}\nentity Link {\n  " + a + " W\n  " + b + " P\n  " + c + " S\n}\n");
        String unique = "`@@unique(" + a + ", " + b + ", " + c + ")`";
        assertThat(ds).filteredOn(d -> d.code().equals("SC701")).singleElement()
                .satisfies(d -> assertThat(d.help()).contains(unique).doesNotContain("…"));
    }

    /** A name of 73 to 80 code points inside a proposal (`@map("...")`) is written whole, a longer one cut around `…`. */
    @Test
    void aNameInAProposalIsCutOnlyPastTheWindow() {
        String within = "x".repeat(78) + "yz";
        assertThat(Messages.windowed("write `@map(\"" + within + "\")` on the field")).contains("`@map(\"" + within + "\")`");
        String past = "x".repeat(100) + "yz";
        assertThat(Messages.windowed("write `@map(\"" + past + "\")` on the field"))
                .contains("`@map(\"" + "x".repeat(60) + "…" + "x".repeat(8) + "yz\")`");
    }
}
