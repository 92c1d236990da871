package cn.gov.zjg.credit.review;

import cn.gov.zjg.credit.shared.Masking;

/** A queue row as the page shows it: the subject's name masked for a natural person, and the deadline. */
record QueueItem(QueueRow row, String subjectName, Deadline deadline) {

    static final String NATURAL_PERSON = "自然人";

    static QueueItem of(QueueRow row, Deadline deadline) {
        String name = NATURAL_PERSON.equals(row.subjectCategory()) ? Masking.personName(row.subjectName())
                : row.subjectName();
        return new QueueItem(row, name, deadline);
    }
}
