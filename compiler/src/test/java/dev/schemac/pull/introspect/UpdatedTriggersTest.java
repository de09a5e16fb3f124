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
        // Several @updated columns: one trigger that sets each unless the UPDATE changed it.
        assertThat(UpdatedTriggers.sqlite("""
                CREATE TRIGGER trg_sessions_updated_at AFTER UPDATE ON sessions FOR EACH ROW
                WHEN NEW.seen_at IS OLD.seen_at OR NEW.updated_at IS OLD.updated_at
                BEGIN
                  UPDATE sessions SET seen_at = CASE WHEN NEW.seen_at IS OLD.seen_at THEN CURRENT_TIMESTAMP ELSE seen_at END, \
                updated_at = CASE WHEN NEW.updated_at IS OLD.updated_at THEN datetime('now') ELSE NEW.updated_at END WHERE id = NEW.id;
                END""", "sessions")).containsExactly("seen_at", "updated_at");
        assertThat(UpdatedTriggers.sqlite("CREATE TRIGGER t AFTER UPDATE ON o BEGIN UPDATE o SET m = CASE WHEN NEW.m IS OLD.m "
                + "THEN CURRENT_TIMESTAMP ELSE 1 END WHERE id = NEW.id; END", "o")).as("CASE keeping something else").isNull();
        assertThat(UpdatedTriggers.sqlite("CREATE TRIGGER t AFTER UPDATE ON o BEGIN UPDATE o SET m = CASE WHEN NEW.n IS OLD.n "
                + "THEN CURRENT_TIMESTAMP ELSE m END WHERE id = NEW.id; END", "o")).as("CASE on another column").isNull();
        // Or one UPDATE per column (as earlier releases wrote for several), each of the row that changed.
        assertThat(UpdatedTriggers.sqlite("CREATE TRIGGER t AFTER UPDATE ON o BEGIN UPDATE o SET m = CURRENT_TIMESTAMP WHERE id = NEW.id; "
                + "UPDATE o SET n = CURRENT_TIMESTAMP WHERE a = NEW.a AND b = NEW.b; END", "o")).containsExactly("m", "n");
        assertThat(UpdatedTriggers.sqlite("CREATE TRIGGER t AFTER UPDATE ON o BEGIN UPDATE o SET m = CURRENT_TIMESTAMP WHERE id = NEW.id; "
                + "UPDATE x SET m = CURRENT_TIMESTAMP WHERE id = NEW.id; END", "o")).as("a second UPDATE of another table").isNull();
        assertThat(UpdatedTriggers.sqlite("CREATE TRIGGER t AFTER UPDATE ON o BEGIN UPDATE o SET m = CURRENT_TIMESTAMP WHERE id = NEW.id; "
                + "UPDATE o SET n = n + 1 WHERE id = NEW.id; END", "o")).as("a second UPDATE that is no timestamp").isNull();
        // Stamping every row, or rows other than the one that changed, is no @updated.
        assertThat(UpdatedTriggers.sqlite("CREATE TRIGGER t AFTER UPDATE ON o BEGIN UPDATE o SET m = CURRENT_TIMESTAMP; END", "o"))
                .as("no WHERE").isNull();
        assertThat(UpdatedTriggers.sqlite("CREATE TRIGGER t AFTER UPDATE ON o BEGIN UPDATE o SET m = CURRENT_TIMESTAMP WHERE id = OLD.id + 1; END",
                "o")).as("another row").isNull();
        assertThat(UpdatedTriggers.sqlite("CREATE TRIGGER t AFTER UPDATE ON o BEGIN UPDATE o SET m = CURRENT_TIMESTAMP WHERE id = NEW.id OR 1 = 1; END",
                "o")).as("OR").isNull();
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
