package dev.schemac.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.model.ScalarKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The one form of a temporal check literal, and a float bound as binary32 stores it. */
class CheckLiteralFormsTest {
    @Test
    void everySpellingOfAnInstantHasOneForm() {
        for (String s : new String[] {"2030-06-15T12:00", "2030-06-15 12:00:00", "2030-06-15T12:00:00Z",
                "2030-06-15 12:00:00+00", "2030-06-15 12:00:00.000000", "2030-06-15 14:00:00+02:00", "2030-06-15 07:00:00-0500"}) {
            assertThat(TemporalText.canonical(ScalarKind.DATETIME, s)).as(s).isEqualTo("2030-06-15 12:00:00");
        }
        assertThat(TemporalText.canonical(ScalarKind.TIME, "08:00")).isEqualTo("08:00:00");
        assertThat(TemporalText.canonical(ScalarKind.TIME, "17:30:00.000000")).isEqualTo("17:30:00");
        assertThat(TemporalText.canonical(ScalarKind.DATE, "2030-06-15")).isEqualTo("2030-06-15");
        // A fraction that is not zero is no whole-second value: left to the caller.
        assertThat(TemporalText.canonical(ScalarKind.DATETIME, "2030-06-15 12:00:00.5")).isNull();
        assertThat(TemporalText.canonical(ScalarKind.STRING, "2030-06-15")).isNull();
    }

    @Test
    void aValueOffTheCalendarOrOutsideTheYearsIsNoValueInAnyShape() {
        assertThat(TemporalText.flaw(ScalarKind.DATETIME, "2030-02-30T10:00:00+02:00")).isEqualTo(TemporalText.Flaw.CALENDAR);
        assertThat(TemporalText.flaw(ScalarKind.DATETIME, "2030-06-15 12:00+19:00")).isEqualTo(TemporalText.Flaw.CALENDAR);
        assertThat(TemporalText.flaw(ScalarKind.DATETIME, "2030-06-15 24:00")).isEqualTo(TemporalText.Flaw.CALENDAR);
        assertThat(TemporalText.flaw(ScalarKind.TIME, "25:00")).isEqualTo(TemporalText.Flaw.CALENDAR);
        assertThat(TemporalText.flaw(ScalarKind.DATE, "2023-02-29")).isEqualTo(TemporalText.Flaw.CALENDAR);
        // In UTC the instant falls before year 1, or after 9999.
        assertThat(TemporalText.flaw(ScalarKind.DATETIME, "0001-01-01 00:30:00+01:00")).isEqualTo(TemporalText.Flaw.YEARS);
        assertThat(TemporalText.flaw(ScalarKind.DATETIME, "9999-12-31 23:30:00-01:00")).isEqualTo(TemporalText.Flaw.YEARS);
        assertThat(TemporalText.flaw(ScalarKind.DATE, "0000-01-01")).isEqualTo(TemporalText.Flaw.YEARS);
        assertThat(TemporalText.flaw(ScalarKind.DATETIME, "2030-06-15T 12:00")).isEqualTo(TemporalText.Flaw.SHAPE);
        assertThat(TemporalText.flaw(ScalarKind.DATETIME, "2030-06-15 12:00:00+05:30")).isNull();
        assertThat(TemporalText.canonical(ScalarKind.DATETIME, "2030-06-15 12:00:00+05:30")).isEqualTo("2030-06-15 06:30:00");
        assertThat(TemporalText.canonical(ScalarKind.DATETIME, "2030-02-30T10:00:00+02:00")).isNull();
    }

    @Test
    void aFloatBoundIsWrittenAsBinary32StoresIt() {
        assertThat(Binary32.stored(new BigDecimal("0.3"))).isEqualByComparingTo("0.300000011920928955078125");
        assertThat(Binary32.stored(new BigDecimal("0.7"))).isEqualByComparingTo("0.699999988079071044921875");
        // Exact in binary32: as written.
        assertThat(Binary32.stored(new BigDecimal("0.75")).toPlainString()).isEqualTo("0.75");
        assertThat(Binary32.stored(new BigDecimal("100")).toPlainString()).isEqualTo("100");
        // Beyond binary32's range: as written (the column cannot hold it anyway).
        assertThat(Binary32.stored(new BigDecimal("1e39"))).isEqualByComparingTo("1e39");
        // Read back from an engine's catalog as the model wrote it.
        assertThat(Binary32.shortest(new BigDecimal("0.300000011920928955078125"))).isEqualByComparingTo("0.3");
        assertThat(Binary32.shortest(new BigDecimal("0.3000001"))).isEqualByComparingTo("0.3000001");
    }
}
