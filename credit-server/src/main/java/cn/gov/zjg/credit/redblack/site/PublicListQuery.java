package cn.gov.zjg.credit.redblack.site;

import java.time.LocalDate;

/**
 * Filters of the public list pages (department, list type or sub-type, listing date range) and the keyset cursor
 * {@code after} ({@code <listed_on>_<id>} of the last entry shown): deep pages cost what the first page costs.
 */
public record PublicListQuery(Long departmentId, Long listTypeId, LocalDate from, LocalDate to, LocalDate afterDate,
        Long afterId) {

    static PublicListQuery of(Long departmentId, Long listTypeId, LocalDate from, LocalDate to, String after) {
        LocalDate afterDate = null;
        Long afterId = null;
        if (after != null && after.matches("\\d{4}-\\d{2}-\\d{2}_\\d{1,18}")) {
            try {
                afterDate = LocalDate.parse(after.substring(0, 10));
                afterId = Long.parseLong(after.substring(11));
            } catch (RuntimeException e) {
                afterDate = null; // an unreadable cursor shows the first page
                afterId = null;
            }
        }
        return new PublicListQuery(departmentId, listTypeId, from, to, afterDate, afterId);
    }
}
