package dev.schemac.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name SC111 suggests for one that starts with digits: it starts with a letter and keeps what the digits said. */
class DigitLedNamesTest {
    @Test
    void oneDigitIsSpelledAsAWordInTheNamesStyle() {
        assertThat(Habits.withoutLeadingDigits("2", "fa_enabled")).isEqualTo("two_fa_enabled");
        assertThat(Habits.withoutLeadingDigits("2", "_fa")).isEqualTo("two_fa");
        assertThat(Habits.withoutLeadingDigits("3", "DModel")).isEqualTo("ThreeDModel");
        assertThat(Habits.withoutLeadingDigits("2", "XL")).isEqualTo("TWO_XL");
    }

    @Test
    void aLongerNumberMovesToTheEnd() {
        assertThat(Habits.withoutLeadingDigits("2024", "_sales")).isEqualTo("sales_2024");
        assertThat(Habits.withoutLeadingDigits("2024", "Report")).isEqualTo("Report2024");
        assertThat(Habits.withoutLeadingDigits("2024", "Q1")).isEqualTo("Q1_2024");
    }

    @Test
    void nothingButDigitsAndUnderscoresKeepsThemBehindAnUnderscore() {
        assertThat(Habits.withoutLeadingDigits("1", "_")).isEqualTo("_1_");
    }
}
