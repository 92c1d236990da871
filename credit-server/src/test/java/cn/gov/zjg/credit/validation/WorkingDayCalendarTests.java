package cn.gov.zjg.credit.validation;

import java.time.LocalDate;

import cn.gov.zjg.credit.support.CreditIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeded calendar: State Council notices for 2025 and 2026 (sql/V6), weekends for other years. */
@CreditIntegrationTest
class WorkingDayCalendarTests {

    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void nationalDay2025IsEightDaysOffWithTwoMakeUpWeekendDays() {
        LocalDate.of(2025, 10, 1).datesUntil(LocalDate.of(2025, 10, 9))
                .forEach(day -> assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse());
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).isTrue(); // Sunday
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue(); // Saturday
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 30), 1)).isEqualTo(LocalDate.of(2025, 10, 9));
    }

    @Test
    void springFestival2026RunsFromTheFifteenthToTheTwentyThirdOfFebruary() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue(); // Saturday, made up
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse(); // Monday, 除夕
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse(); // Monday, 初七
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 24))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue(); // Saturday, made up
        // decided Fri 02-13: 02-14 (1), 02-24 .. 02-27 (2-5), 02-28 (6), Mon 03-02 (7)
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 7)).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void labourDay2026AndItsMakeUpSaturday() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 4))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 9))).isTrue();
        // 05-06 .. 05-09 (the Saturday is made up) and 05-11
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 11))).isEqualTo(5);
    }

    @Test
    void aYearWithoutRowsCountsOnlyWeekends() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 10, 1))).isTrue(); // Tuesday; 2030 not seeded
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 10, 5))).isFalse(); // Saturday
    }
}
