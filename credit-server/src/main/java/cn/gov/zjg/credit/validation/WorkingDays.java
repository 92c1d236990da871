package cn.gov.zjg.credit.validation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Working-day arithmetic over a calendar of exceptions given per year (domain.md §3.1: statutory holidays are not
 * working days, make-up weekends are). A day without an exception is a working day from Monday to Friday, which is
 * also the whole rule for a year without rows. Periods follow the Chinese legal convention: the start day is not
 * counted (民法典 art. 201).
 */
final class WorkingDays {

    private final IntFunction<Map<LocalDate, DayKind>> exceptionsOfYear;

    WorkingDays(IntFunction<Map<LocalDate, DayKind>> exceptionsOfYear) {
        this.exceptionsOfYear = exceptionsOfYear;
    }

    boolean isWorkingDay(LocalDate day) {
        DayKind kind = exceptionsOfYear.apply(day.getYear()).get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The day {@code days} working days after {@code from} (before it, when negative); 0 gives {@code from}. */
    LocalDate add(LocalDate from, int days) {
        int step = days < 0 ? -1 : 1;
        LocalDate day = from;
        for (int left = Math.abs(days); left > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * Working days after {@code from} up to and including {@code to}, so that
     * {@code between(d, add(d, n)) == n} for n ≥ 0; negative when {@code to} is before {@code from}.
     */
    int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
