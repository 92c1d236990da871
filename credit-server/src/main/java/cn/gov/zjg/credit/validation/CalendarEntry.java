package cn.gov.zjg.credit.validation;

import java.time.LocalDate;

/** One row of {@code holiday_calendar} as the console shows and edits it: an exception to Monday-to-Friday. */
record CalendarEntry(LocalDate day, DayKind kind, String name) {

    /** The length of {@code holiday_calendar.name}. */
    static final int NAME_MAX = 32;
}
