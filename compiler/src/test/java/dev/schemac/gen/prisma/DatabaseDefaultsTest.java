package dev.schemac.gen.prisma;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compilation;
import dev.schemac.model.ScalarKind;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The database default expressions the Prisma target writes as {@code dbgenerated(...)}
 * are exactly those the SQL targets write into the DDL for the same columns (the targets
 * do not share code, so this keeps them together).
 */
class DatabaseDefaultsTest {

    @ParameterizedTest
    @EnumSource(PrismaProvider.class)
    void expressionsAreTheDdlsOwn(PrismaProvider p) {
        Compilation c = ParityModels.compile(ParityModels.all().stream()
                .filter(x -> ParityModels.name(x).equals("scalars")).findFirst().orElseThrow());
        String ddl = Targets.run(c, List.of(Targets.byName(p.dialect().id()).orElseThrow()), TargetOptions.defaults()).files()
                .get("sql/" + p.dialect().id() + "/schema.sql");
        assertThat(ddl).contains("token " + (p == PrismaProvider.POSTGRESQL ? "uuid" : "CHAR(36)") + " NOT NULL DEFAULT "
                + DatabaseDefaults.uuid(p) + ",");
        assertThat(ddl).containsPattern("\\bday (DATE|date) NOT NULL DEFAULT " + java.util.regex.Pattern.quote(
                DatabaseDefaults.now(ScalarKind.DATE, p)) + ",");
        assertThat(ddl).containsPattern("\\bat_time (TIME|time) NOT NULL DEFAULT " + java.util.regex.Pattern.quote(
                DatabaseDefaults.now(ScalarKind.TIME, p)) + ",");
    }

    @Test
    void timestampsUsePrismasNow() {
        for (PrismaProvider p : PrismaProvider.values()) assertThat(DatabaseDefaults.now(ScalarKind.DATETIME, p)).isNull();
    }
}
