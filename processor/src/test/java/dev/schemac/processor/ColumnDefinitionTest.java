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
    void aQuotedDefaultIsTakenAsWrittenWhateverTheCaseAndSpacingAround() {
        assertThat(ColumnDefinition.read("varchar(20) default 'A  B'").defaultText()).isEqualTo("\"A  B\"");
        // Lower-cased, İ is two characters: the value is read from the text as written, not from a folded copy.
        assertThat(ColumnDefinition.read("varchar(5) default 'İ'").defaultText()).isEqualTo("\"İ\"");
        assertThat(ColumnDefinition.read("varchar(5) DEFAULT 'İx' NOT NULL"))
                .isEqualTo(new ColumnDefinition("string", List.of(5L), true, false, "\"İx\""));
        assertThat(ColumnDefinition.read("text default 'it''s'").defaultText()).isEqualTo("\"it's\"");
        assertThat(ColumnDefinition.read("text default ''''").defaultText()).isEqualTo("\"'\"");
        assertThat(ColumnDefinition.read("text default ''").defaultText()).isEqualTo("\"\"");
        assertThat(ColumnDefinition.read("Character\tVarying(8)\n  DEFAULT\t'x'\r\n NOT \t NULL  Unique"))
                .isEqualTo(new ColumnDefinition("string", List.of(8L), true, true, "\"x\""));
        // Keywords inside the quotes are the value's, not the definition's.
        assertThat(ColumnDefinition.read("text default 'not null'"))
                .isEqualTo(new ColumnDefinition("text", List.of(), false, false, "\"not null\""));
        assertThat(ColumnDefinition.read("text default 'x default ''y'' unique' not null"))
                .isEqualTo(new ColumnDefinition("text", List.of(), true, false, "\"x default 'y' unique\""));
        assertThat(ColumnDefinition.read("timestamp with time zone DEFAULT CURRENT_TIMESTAMP").defaultText()).isEqualTo("now()");
        assertThat(ColumnDefinition.read("boolean DEFAULT TRUE").defaultText()).isEqualTo("true");
        for (String d : List.of("text default 'open", "text default 'a' 'b'", "text notnull", "text not nullx",
                "text uniquely", "text default", "text default 'a' default 'b'")) {
            assertThat(ColumnDefinition.read(d)).as(d).isNull();
        }
    }

    @Test
    void theTypeIsWhatPullReadsTheSameTypeAsWhereSchemacWritesTheSameColumn() {
        assertThat(ColumnDefinition.read("varchar(65535)").spelled()).isEqualTo("string(65535)");
        assertThat(ColumnDefinition.read("bpchar(3)").spelled()).isEqualTo("char(3)");
        assertThat(ColumnDefinition.read("int4").type()).isEqualTo("int");
        assertThat(ColumnDefinition.read("float8").type()).isEqualTo("double");
        assertThat(ColumnDefinition.read("BYTEA").type()).isEqualTo("bytes");
        // Pull reads these as a type whose column schemac writes otherwise (jsonb, numeric(65,30), time without
        // time zone, text): the model would describe another column than Hibernate's, so they are not read.
        for (String d : List.of("json", "numeric", "time with time zone", "timetz", "varchar(65536)", "varchar(0)",
                "citext", "timestamp(3) with time zone", "character(256)")) {
            assertThat(ColumnDefinition.read(d)).as(d).isNull();
        }
    }

    @Test
    void whatTheLanguageCannotSayIsNotRead() {
        for (String d : List.of("citext", "json", "timestamp", "timestamp without time zone", "time with time zone", "numeric",
                "varchar(20) collate \"C\"", "varchar(1,2)", "uuid(3)", "integer default nextval('s')", "integer check (x > 0)",
                "boolean default false default true", "serial", "", "interval", "int[]")) {
            assertThat(ColumnDefinition.read(d)).as(d).isNull();
        }
        assertThat(ColumnDefinition.read(null)).isNull();
    }
}
