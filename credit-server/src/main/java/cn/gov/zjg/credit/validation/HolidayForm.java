package cn.gov.zjg.credit.validation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Adds or changes one day of the holiday calendar. The day is text, read like an imported date (2026-10-01 from the
 * date picker, or 2026/10/01, 2026年10月1日), so a wrong date becomes a field error rather than a binding failure.
 */
record HolidayForm(
        @NotBlank(message = "{validation.holidays.form.dayRequired}") String day,
        @NotNull(message = "{validation.holidays.form.kindRequired}")
        @Pattern(regexp = "HOLIDAY|WORKDAY", message = "{validation.holidays.form.kindRequired}") String kind,
        @NotBlank(message = "{validation.holidays.form.nameRequired}")
        @Size(max = CalendarEntry.NAME_MAX, message = "{validation.holidays.form.nameTooLong}") String name) {

    static HolidayForm empty() {
        return new HolidayForm("", DayKind.HOLIDAY.name(), "");
    }

    static HolidayForm of(CalendarEntry entry) {
        return new HolidayForm(entry.day().toString(), entry.kind().name(), entry.name());
    }
}
