package cn.gov.zjg.credit.validation;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Working-day arithmetic (domain.md §3.1, decision 7), on a hand-made calendar of exceptions. */
class WorkingDaysTests {

    // A made-up year 2030: a three-day holiday Wed 2030-05-01 .. Fri 05-03, made up on Sat 05-04.
    private final WorkingDays days = new WorkingDays(year -> year != 2030 ? Map.of() : Map.of(
            LocalDate.of(2030, 5, 1), DayKind.HOLIDAY,
            LocalDate.of(2030, 5, 2), DayKind.HOLIDAY,
            LocalDate.of(2030, 5, 3), DayKind.HOLIDAY,
            LocalDate.of(2030, 5, 4), DayKind.WORKDAY));

    @Test
    void holidaysAreNotWorkingDaysAndMakeUpWeekendsAre() {
        assertThat(days.isWorkingDay(LocalDate.of(2030, 5, 1))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2030, 5, 4))).isTrue(); // Saturday, made up
        assertThat(days.isWorkingDay(LocalDate.of(2030, 5, 5))).isFalse(); // Sunday
        assertThat(days.isWorkingDay(LocalDate.of(2030, 4, 30))).isTrue(); // Tuesday
    }

    @Test
    void yearWithoutRowsFallsBackToWeekends() {
        assertThat(days.isWorkingDay(LocalDate.of(2031, 5, 1))).isTrue(); // Thursday, no calendar for 2031
        assertThat(days.isWorkingDay(LocalDate.of(2031, 5, 3))).isFalse(); // Saturday
    }

    @Test
    void sevenWorkingDaysSkipHolidaysAndCountMakeUpDays_decision7() {
        // Tue 04-30 + 7: Sat 05-04 (1), Mon 05-06 .. Fri 05-10 (2-6), Mon 05-13 (7); the start day is not counted
        assertThat(days.add(LocalDate.of(2030, 4, 30), 7)).isEqualTo(LocalDate.of(2030, 5, 13));
        assertThat(days.between(LocalDate.of(2030, 4, 30), LocalDate.of(2030, 5, 13))).isEqualTo(7);
        assertThat(days.between(LocalDate.of(2030, 4, 30), LocalDate.of(2030, 5, 12))).isEqualTo(6);
    }

    @Test
    void aDecisionOnAHolidayStartsCountingOnTheNextWorkingDay() {
        assertThat(days.add(LocalDate.of(2030, 5, 2), 1)).isEqualTo(LocalDate.of(2030, 5, 4));
    }

    @Test
    void countsAcrossTheTurnOfTheYear() {
        // Fri 2030-12-27 + 3: Mon 12-30, Tue 12-31, Wed 2031-01-01 (no 2031 rows: a weekday)
        assertThat(days.add(LocalDate.of(2030, 12, 27), 3)).isEqualTo(LocalDate.of(2031, 1, 1));
    }

    @Test
    void countsBackwardsAndZero() {
        assertThat(days.add(LocalDate.of(2030, 5, 6), -1)).isEqualTo(LocalDate.of(2030, 5, 4));
        assertThat(days.add(LocalDate.of(2030, 5, 6), 0)).isEqualTo(LocalDate.of(2030, 5, 6));
        assertThat(days.between(LocalDate.of(2030, 5, 13), LocalDate.of(2030, 4, 30))).isEqualTo(-7);
        assertThat(days.between(LocalDate.of(2030, 5, 6), LocalDate.of(2030, 5, 6))).isZero();
    }
}
