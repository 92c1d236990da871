package cn.gov.zjg.credit.validation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import cn.hutool.cache.CacheUtil;
import cn.hutool.cache.impl.TimedCache;

import org.springframework.stereotype.Service;

/**
 * Working days in mainland China: Monday to Friday, minus statutory holidays, plus make-up working weekends, from the
 * table {@code holiday_calendar} (seeded with the State Council notices for 2025 and 2026; each later year's notice,
 * published every November, must be added). A year without rows counts weekends only. Used for the 7-working-day
 * reporting deadline (domain.md decision 7) and by later features for objection and repair time limits (decision 10).
 * Each year's rows are cached on this node for ten minutes.
 */
@Service
public class WorkingDayCalendar {

    static final Duration TTL = Duration.ofMinutes(10);

    private final ValidationMapper mapper;
    private final TimedCache<Integer, Map<LocalDate, DayKind>> years = CacheUtil.newTimedCache(TTL.toMillis());
    private final WorkingDays days = new WorkingDays(this::exceptionsOf);

    WorkingDayCalendar(ValidationMapper mapper) {
        this.mapper = mapper;
    }

    /** Whether people work on {@code day}: a weekday that is no holiday, or a make-up working weekend. */
    public boolean isWorkingDay(LocalDate day) {
        return days.isWorkingDay(day);
    }

    /**
     * The date {@code workingDays} working days after {@code from}, not counting {@code from} itself: the deadline
     * "within 7 working days of the decision" is {@code addWorkingDays(decisionDate, 7)}. Negative values count
     * backwards; 0 returns {@code from}.
     */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        return days.add(from, workingDays);
    }

    /**
     * The number of working days after {@code from} up to and including {@code to} (negative when {@code to} is
     * earlier), so {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return days.between(from, to);
    }

    /** Forgets the cached years on this node (after the table was edited). */
    void evict() {
        years.clear();
    }

    private Map<LocalDate, DayKind> exceptionsOf(int year) {
        return years.get(year, false, () -> mapper.findCalendarDays(LocalDate.of(year, 1, 1),
                        LocalDate.of(year + 1, 1, 1)).stream()
                .collect(Collectors.toUnmodifiableMap(ValidationMapper.CalendarDay::day,
                        ValidationMapper.CalendarDay::kind)));
    }
}
