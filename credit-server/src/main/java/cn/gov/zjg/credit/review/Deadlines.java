package cn.gov.zjg.credit.review;

import java.time.Clock;
import java.time.LocalDate;

import cn.gov.zjg.credit.validation.WorkingDayCalendar;

import org.springframework.stereotype.Component;

/**
 * The 7-working-day deadline of a decision (domain.md §3.1, decision 7) by the holiday calendar, and the decision-date
 * bounds the queue filters on, so "overdue" and "nearing" can be selected in SQL over a plain date column.
 */
@Component
class Deadlines {

    /** domain.md §3.1: 双公示 records go online within 7 working days of the decision. */
    static final int WORKING_DAYS = 7;

    private final WorkingDayCalendar calendar;
    private final Clock clock;

    Deadlines(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Deadline of(LocalDate decidedOn) {
        if (decidedOn == null) {
            return null;
        }
        LocalDate today = today();
        LocalDate date = calendar.addWorkingDays(decidedOn, WORKING_DAYS);
        int left = today.isAfter(date) ? -Math.max(1, calendar.workingDaysBetween(date, today))
                : calendar.workingDaysBetween(today, date);
        Deadline.State state = today.isAfter(date) ? Deadline.State.OVERDUE
                : left <= Deadline.SOON ? Deadline.State.DUE_SOON : Deadline.State.ON_TIME;
        return new Deadline(date, left, state);
    }

    /** Decisions before this date are past their deadline today. */
    LocalDate overdueBefore() {
        return firstDecisionWithDeadlineOnOrAfter(today());
    }

    /** Decisions before this date are past or nearing their deadline (at most {@link Deadline#SOON} days left). */
    LocalDate dueSoonBefore() {
        // Deadlines fall on working days, so "at most SOON working days left" means "on or before this date".
        LocalDate lastSoon = calendar.addWorkingDays(today(), Deadline.SOON);
        return firstDecisionWithDeadlineOnOrAfter(lastSoon.plusDays(1));
    }

    /**
     * The earliest decision date whose deadline is on or after {@code day}. Deadlines never decrease as the decision
     * date increases, so this splits decision dates into "deadline before {@code day}" and the rest.
     */
    private LocalDate firstDecisionWithDeadlineOnOrAfter(LocalDate day) {
        LocalDate candidate = day.minusDays(45); // 7 working days never span more than a month and a half
        while (calendar.addWorkingDays(candidate, WORKING_DAYS).isBefore(day)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }
}
