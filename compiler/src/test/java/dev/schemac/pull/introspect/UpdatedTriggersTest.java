package dev.schemac.pull.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Triggers that only keep a timestamp current are read as @updated; anything else is not. */
class UpdatedTriggersTest {

    @Test
    void sqliteTriggersSchemacWritesAndOthersLikeThem() {
        assertThat(UpdatedTriggers.sqlite("""
                CREATE TRIGGER trg_orders_updated_at AFTER UPDATE ON orders FOR EACH ROW
                WHEN NEW.updated_at IS OLD.updated_at
                BEGIN
                  UPDATE orders SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
                END""", "orders")).containsExactly("updated_at");
        assertThat(UpdatedTriggers.sqlite("CREATE TRIGGER t AFTER UPDATE ON o BEGIN UPDATE o SET m = datetime('now') "
                + "WHERE rowid = NEW.rowid; END", "o")).containsExactly("m");
        assertThat(UpdatedTriggers.sqlite("CREATE TRIGGER t AFTER INSERT ON o BEGIN UPDATE o SET m = CURRENT_TIMESTAMP; END", "o"))
                .isNull();
        assertThat(UpdatedTriggers.sqlite("CREATE TRIGGER t AFTER UPDATE ON o BEGIN UPDATE o SET m = 1; END", "o")).isNull();
        assertThat(UpdatedTriggers.sqlite("CREATE TRIGGER t AFTER UPDATE ON o BEGIN UPDATE o SET m = CURRENT_TIMESTAMP; "
                + "DELETE FROM x; END", "o")).isNull();
        // A column named begin is not the body's BEGIN.
        assertThat(UpdatedTriggers.sqlite("CREATE TRIGGER t AFTER UPDATE ON o FOR EACH ROW WHEN NEW.begin IS OLD.begin "
                + "BEGIN UPDATE o SET begin = CURRENT_TIMESTAMP WHERE id = NEW.id; END", "o")).containsExactly("begin");
    }

    @Test
    void postgresFunctionBodies() {
        assertThat(UpdatedTriggers.postgres("""
                BEGIN
                  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN
                    NEW.updated_at := CURRENT_TIMESTAMP;
                  END IF;
                  RETURN NEW;
                END;""")).containsExactly("updated_at");
        assertThat(UpdatedTriggers.postgres("BEGIN NEW.last_update = now(); RETURN NEW; END")).containsExactly("last_update");
        assertThat(UpdatedTriggers.postgres("BEGIN NEW.n = NEW.n + 1; RETURN NEW; END")).isNull();
        assertThat(UpdatedTriggers.postgres("BEGIN INSERT INTO log VALUES (1); NEW.t = now(); RETURN NEW; END")).isNull();
        assertThat(UpdatedTriggers.postgres("BEGIN NEW.t = now(); RETURN NULL; END")).isNull();
    }
}
