package cn.gov.zjg.credit.validation;

/** A row of {@code holiday_calendar}: an exception to "Monday to Friday are working days". */
enum DayKind {
    /** No work: a statutory holiday, its bridge days, and the weekend days inside the holiday span. */
    HOLIDAY,
    /** A make-up working day (调休上班) on a weekend. */
    WORKDAY
}
