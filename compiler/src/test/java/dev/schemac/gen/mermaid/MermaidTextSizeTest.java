package dev.schemac.gen.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.testing.Engines;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SC752's limit is Mermaid's own: the real package (tools/node) has a default {@code maxTextSize} of
 * {@link MermaidTarget#MAX_TEXT_SIZE}, a diagram's {@code %%{init}%%} line leaves it as it is (while it
 * does set the theme), and the page's {@code mermaid.initialize} raises it, as the help says. The
 * warning's location and message are pinned by {@code SC752_mermaid_too_long} (ExpectedDiagnosticsTest).
 */
class MermaidTextSizeTest {
    @Test
    void theLimitAndTheHelpAreMermaidsOwn() throws Exception {
        String js = """
                import m from 'mermaid'
                m.initialize({ startOnLoad: false, securityLevel: 'strict' })
                const dflt = m.mermaidAPI.defaultConfig.maxTextSize
                await m.parse('%%{init: {"maxTextSize": 999999, "theme": "dark"}}%%\\nerDiagram\\n  a {\\n    int x\\n  }\\n')
                const afterInit = m.mermaidAPI.getConfig().maxTextSize, theme = m.mermaidAPI.getConfig().theme
                m.initialize({ startOnLoad: false, maxTextSize: 200000 })
                console.log(JSON.stringify({ dflt, afterInit, theme, raised: m.mermaidAPI.getConfig().maxTextSize }))
                """;
        Process p = new ProcessBuilder("node", "--input-type=module", "-e", js).directory(Engines.nodeTools().toFile())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        JsonNode r = new ObjectMapper().readTree(out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow());
        assertThat(r.get("dflt").asInt()).isEqualTo(MermaidTarget.MAX_TEXT_SIZE);
        assertThat(r.get("theme").asText()).as("the directive is read").isEqualTo("dark");
        assertThat(r.get("afterInit").asInt()).as("a directive cannot raise it").isEqualTo(MermaidTarget.MAX_TEXT_SIZE);
        assertThat(r.get("raised").asInt()).isEqualTo(200_000);
    }
}
