package cn.gov.zjg.credit.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Administrators' changes to {@code holiday_calendar}: one day at a time, or a whole imported file at once. Every
 * change clears {@link WorkingDayCalendar}'s cache on this node after it is committed, so the next deadline computed
 * here already uses it (other nodes see it when their ten-minute cache expires). Who changed what is in the operation
 * log (the console handlers are audited).
 */
@Service
class HolidayCalendarService {

    private final ValidationMapper mapper;
    private final WorkingDayCalendar calendar;
    private final TransactionTemplate transaction;

    HolidayCalendarService(ValidationMapper mapper, WorkingDayCalendar calendar,
            PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.calendar = calendar;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What an import or a save changed: days newly added, days whose kind or name changed, days already so. */
    record Outcome(int added, int changed, int unchanged) {
    }

    /** The year's exceptions in date order; empty when the year falls back to weekends. */
    List<CalendarEntry> year(int year) {
        return mapper.findCalendarEntries(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** The years that have rows. */
    List<Integer> years() {
        return mapper.findCalendarYears();
    }

    /** Adds the day, or replaces its kind and name. */
    Outcome save(CalendarEntry entry) {
        return saveAll(List.of(entry));
    }

    /**
     * Adds or replaces every entry in one transaction: all of them or none. The days must be distinct (the import
     * checks this before).
     */
    Outcome saveAll(List<CalendarEntry> entries) {
        if (entries.isEmpty()) {
            return new Outcome(0, 0, 0);
        }
        Outcome outcome = transaction.execute(status -> {
            Map<LocalDate, CalendarEntry> stored = mapper.findCalendarEntriesByDays(
                    entries.stream().map(CalendarEntry::day).toList()).stream()
                    .collect(Collectors.toMap(CalendarEntry::day, Function.identity()));
            List<CalendarEntry> writes = entries.stream()
                    .filter(e -> !Objects.equals(stored.get(e.day()), e)).toList();
            if (!writes.isEmpty()) {
                mapper.upsertCalendarEntries(writes);
            }
            int added = (int) writes.stream().filter(e -> !stored.containsKey(e.day())).count();
            return new Outcome(added, writes.size() - added, entries.size() - writes.size());
        });
        calendar.evict(); // after the commit, so no reader can cache the old rows again
        return outcome;
    }

    /** Removes the day's exception; false when there was none. */
    boolean delete(LocalDate day) {
        boolean deleted = mapper.deleteCalendarEntry(day) > 0;
        calendar.evict();
        return deleted;
    }
}
