package cn.gov.zjg.credit.review;

import java.time.LocalDate;

/**
 * A record's reporting deadline (domain.md §3.1 and decision 7: online within 7 working days of the decision) as the
 * queue shows it: the date, the working days left (negative when past) and its state.
 */
record Deadline(LocalDate date, int workingDaysLeft, State state) {

    /** Rows with at most this many working days left stand out as nearing the deadline. */
    static final int SOON = 2;

    enum State {
        /** Past the deadline. */
        OVERDUE,
        /** At most {@link #SOON} working days left. */
        DUE_SOON,
        ON_TIME
    }

    public int workingDaysOverdue() {
        return -workingDaysLeft;
    }
}
