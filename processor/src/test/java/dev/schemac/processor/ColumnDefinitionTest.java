package dev.schemac.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The column definitions read into the language, and those left to the Java type (null). */
class ColumnDefinitionTest {
    @Test
    void theDefinitionsASpringTeamWritesAreRead() {
        assertThat(ColumnDefinition.read("jsonb")).isEqualTo(new ColumnDefinition("json", List.of(), false, false, null));
        assertThat(ColumnDefinition.read(" VARCHAR ( 40 ) ")).isEqualTo(new ColumnDefinition("string", List.of(40L), false, false, null));
        assertThat(ColumnDefinition.read("character varying(8) default 'Draft' not null"))
                .isEqualTo(new ColumnDefinition("string", List.of(8L), true, false, "\"Draft\""));
        assertThat(ColumnDefinition.read("numeric(12,2)").spelled()).isEqualTo("decimal(12, 2)");
        assertThat(ColumnDefinition.read("decimal(12)").spelled()).isEqualTo("decimal(12, 0)");
        assertThat(ColumnDefinition.read("char").spelled()).isEqualTo("char(1)");
        assertThat(ColumnDefinition.read("timestamp   with time zone default current_timestamp"))
                .isEqualTo(new ColumnDefinition("datetime", List.of(), false, false, "now()"));
        assertThat(ColumnDefinition.read("timestamptz").type()).isEqualTo("datetime");
        assertThat(ColumnDefinition.read("boolean default false")).isEqualTo(new ColumnDefinition("bool", List.of(), false, false, "false"));
        assertThat(ColumnDefinition.read("bigint unique not null")).isEqualTo(new ColumnDefinition("bigint", List.of(), true, true, null));
        assertThat(ColumnDefinition.read("integer default -1").defaultText()).isEqualTo("-1");
        assertThat(ColumnDefinition.read("double precision").type()).isEqualTo("double");
        assertThat(ColumnDefinition.read("int").type()).isEqualTo("int");
        assertThat(ColumnDefinition.read("time").type()).isEqualTo("time");
    }

    @Test
    void whatTheLanguageCannotSayIsNotRead() {
        for (String d : List.of("citext", "json", "timestamp", "timestamp without time zone", "time with time zone", "numeric",
                "varchar(20) collate \"C\"", "varchar(1,2)", "uuid(3)", "integer default nextval('s')", "integer check (x > 0)",
                "boolean default false default true", "text default 'it''s'", "serial", "", "interval", "int[]")) {
            assertThat(ColumnDefinition.read(d)).as(d).isNull();
        }
        assertThat(ColumnDefinition.read(null)).isNull();
    }
}
