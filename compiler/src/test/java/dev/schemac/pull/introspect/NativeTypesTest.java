package dev.schemac.pull.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.catalog.ColumnType;
import dev.schemac.model.ScalarKind;
import dev.schemac.pull.DbEngine;
import org.junit.jupiter.api.Test;

/** Engine type spellings: one canonical form per engine, and the schemac type nearest to each. */
class NativeTypesTest {

    @Test
    void postgresAliasesAndBlanksCompareEqual() {
        assertThat(NativeTypes.canonicalPostgres("timestamptz")).isEqualTo("timestamp with time zone");
        assertThat(NativeTypes.canonicalPostgres("timestamp with time zone")).isEqualTo("timestamp with time zone");
        assertThat(NativeTypes.canonicalPostgres("timestamp")).isEqualTo("timestamp without time zone");
        assertThat(NativeTypes.canonicalPostgres("timestamp(3) with time zone")).isEqualTo("timestamp(3) with time zone");
        assertThat(NativeTypes.canonicalPostgres("time")).isEqualTo("time without time zone");
        assertThat(NativeTypes.canonicalPostgres("varchar(20)")).isEqualTo("character varying(20)");
        assertThat(NativeTypes.canonicalPostgres("numeric(10, 2)")).isEqualTo("numeric(10,2)");
        assertThat(NativeTypes.canonicalPostgres("INT4")).isEqualTo("integer");
        assertThat(NativeTypes.canonicalPostgres("bpchar(3)")).isEqualTo("character(3)");
        assertThat(NativeTypes.canonicalPostgres("\"Color\"")).isEqualTo("\"Color\"");
    }

    @Test
    void everySchemacTypeRendersAndReadsBackExactly() {
        for (DbEngine engine : DbEngine.values()) {
            for (ScalarKind k : ScalarKind.values()) {
                var t = switch (k) {
                    case DECIMAL -> new ColumnType(k, null, 10, 2, null);
                    case STRING -> new ColumnType(k, 40, null, null, null);
                    case CHAR -> new ColumnType(k, 3, null, null, null);
                    default -> new ColumnType(k, null, null, null, null);
                };
                String rendered = NativeTypes.rendered(engine, t);
                // MariaDB's JSON is LONGTEXT with a json_valid check: the reader sees the check, not the type.
                if (k == ScalarKind.JSON && engine == DbEngine.MARIADB) {
                    assertThat(rendered).isEqualTo("longtext");
                    continue;
                }
                var mapped = NativeTypes.map(engine, rendered);
                assertThat(mapped).as("%s on %s (%s)", k, engine, rendered).isNotNull();
                assertThat(mapped.exact()).as("%s on %s (%s)", k, engine, rendered).isTrue();
                // UUID and CHAR(36) share a spelling off PostgreSQL; the reader tells them apart by the default.
                if (!(k == ScalarKind.UUID && engine != DbEngine.POSTGRES)) {
                    assertThat(NativeTypes.rendered(engine, mapped.type())).isEqualTo(rendered);
                }
            }
        }
    }

    @Test
    void nearTypesAreMappedButNotExact() {
        var ts = NativeTypes.map(DbEngine.POSTGRES, NativeTypes.canonicalPostgres("timestamp without time zone"));
        assertThat(ts.type().kind()).isEqualTo(ScalarKind.DATETIME);
        assertThat(ts.exact()).isFalse();
        var unsigned = NativeTypes.map(DbEngine.MYSQL, NativeTypes.canonicalMysql("smallint(5) unsigned"));
        assertThat(unsigned.type().kind()).isEqualTo(ScalarKind.SMALLINT);
        assertThat(unsigned.exact()).isFalse();
        var nvarchar = NativeTypes.map(DbEngine.SQLITE, NativeTypes.canonicalSqlite("nvarchar(40)"));
        assertThat(nvarchar.type()).isEqualTo(new ColumnType(ScalarKind.STRING, 40, null, null, null));
        assertThat(nvarchar.exact()).isFalse();
        assertThat(NativeTypes.map(DbEngine.MYSQL, "datetime").exact()).isFalse();
        assertThat(NativeTypes.map(DbEngine.MYSQL, "datetime(6)").exact()).isTrue();
    }

    @Test
    void typesWithoutASchemacTypeAreNotMapped() {
        assertThat(NativeTypes.map(DbEngine.POSTGRES, "integer[]")).isNull();
        assertThat(NativeTypes.map(DbEngine.POSTGRES, "tsvector")).isNull();
        assertThat(NativeTypes.map(DbEngine.POSTGRES, "int4range")).isNull();
        assertThat(NativeTypes.map(DbEngine.POSTGRES, "geometry(Point,4326)")).isNull();
        assertThat(NativeTypes.map(DbEngine.MYSQL, "geometry")).isNull();
        assertThat(NativeTypes.map(DbEngine.MYSQL, NativeTypes.canonicalMysql("set('a','b')"))).isNull();
        assertThat(NativeTypes.map(DbEngine.SQLITE, "")).isNull();
    }

    @Test
    void mysqlEnumValuesKeepQuotesAndCase() {
        assertThat(NativeTypes.canonicalMysql("ENUM('In Process', 'it''s')")).isEqualTo("enum('In Process','it''s')");
        assertThat(NativeTypes.enumValues("enum('a,b','c')")).containsExactly("a,b", "c");
        assertThat(NativeTypes.canonicalMysql("INT(11)")).isEqualTo("int");
        assertThat(NativeTypes.canonicalMysql("tinyint(1)")).isEqualTo("tinyint(1)");
        assertThat(NativeTypes.canonicalMysql("BOOLEAN")).isEqualTo("tinyint(1)");
        assertThat(NativeTypes.canonicalMysql("DECIMAL(10, 2)")).isEqualTo("decimal(10,2)");
    }
}
