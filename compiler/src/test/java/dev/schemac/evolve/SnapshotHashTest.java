package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.schemac.output.Sha256;
import org.junit.jupiter.api.Test;

/** A snapshot's catalog hash, taken while printing, is the hash of the printed text. */
class SnapshotHashTest {

    @Test
    void hashWhilePrintingIsTheHashOfThePrintedText() {
        var f = JsonNodeFactory.instance;
        var n = f.objectNode();
        n.put("name", "caf\u00e9 \u2192 \ud83d\ude00");
        n.putArray("tables").addObject().put("a", 1).putArray("empty");
        n.putObject("nested").put("x", f.numberNode(new java.math.BigDecimal("12.50")).decimalValue());
        assertThat(SnapshotJson.sha256(n)).isEqualTo(Sha256.hex(SnapshotJson.print(n)));
        assertThat(SnapshotJson.sha256(f.objectNode())).isEqualTo(Sha256.hex(SnapshotJson.print(f.objectNode())));
    }
}
