package cn.gov.zjg.credit.portal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Filters of the double-publicity lists plus the keyset position: department, decision date range, category and a
 * keyword (a subject name, resolved to subject ids through the name index, or a decision number). Natural persons'
 * records are included only when the listing switch is on; {@code today} is the belt-and-braces bound of penalties'
 * publicity period.
 *
 * @param subjectIds   subjects whose name matched the keyword (null: no keyword)
 * @param afterJdrq    with {@code afterId}: rows strictly after this position in (jdrq desc, id desc) order
 * @param backwards    true: the page before {@code afterJdrq/afterId} (read in ascending order, then reversed)
 */
record RecordFilter(Long department, LocalDate from, LocalDate to, String category, String keyword,
        List<Long> subjectIds, boolean naturalPersons, LocalDate today, LocalDate afterJdrq, Long afterId,
        boolean backwards, int limit) implements Serializable {
}
