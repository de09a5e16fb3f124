package dev.schemac.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.PrimaryKey;
import dev.schemac.catalog.Table;
import dev.schemac.model.ScalarKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The safety net behind pull: a model that does not compile is never written, and says why
 * (SC976). No reader produces such a Catalog; this one is made by hand.
 */
class PulledModelTest {

    @Test
    void aModelThatDoesNotCompileIsAnErrorNotAFile() {
        var type = new ColumnType(ScalarKind.DECIMAL, null, 0, 0, null); // no engine reports a decimal of precision 0
        var id = new Column("id", null, new ColumnType(ScalarKind.INT, null, null, null, null), false, null, false, false,
                null, false, false, null);
        var amount = new Column("amount", null, type, false, null, false, false, null, false, false, null);
        var table = new Table("things", null, null, List.of(id, amount), new PrimaryKey("pk_things", List.of("id")), List.of(),
                List.of(), List.of(), List.of(), null, null);
        var info = new LiveSchema.TableInfo(List.of("id", "amount"), Map.of(
                "id", new LiveSchema.ColumnInfo("integer", true, null),
                "amount", new LiveSchema.ColumnInfo("numeric(0,0)", true, null)), Set.of(), List.of());
        var live = new LiveSchema(new LiveSchema.Source(DbEngine.POSTGRES, "15", "db", "public", true),
                Catalog.of(List.of(table), List.of()), Map.of("things", info), List.of(), List.of());
        assertThatThrownBy(() -> Puller.model(live, null, "things.schema"))
                .isInstanceOfSatisfying(PullFailure.class, f -> {
                    var d = f.diagnostics().get(0);
                    assertThat(d.code()).isEqualTo("SC976");
                    assertThat(d.message()).startsWith("the pulled model does not compile: [SC300] ");
                    // the precision of `amount decimal(0, 0)`, in the text that was never written
                    assertThat(d.span().location()).isEqualTo("things.schema:8:18");
                    assertThat(d.help()).isEqualTo("this is a defect of schemac pull; please report it with the database's schema");
                });
    }
}
