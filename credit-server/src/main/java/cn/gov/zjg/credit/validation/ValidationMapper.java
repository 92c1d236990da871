package cn.gov.zjg.credit.validation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import cn.gov.zjg.credit.submission.RecordType;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The validation feature's own tables: rule settings, the holiday calendar, the publicity tiers. */
@Mapper
interface ValidationMapper {

    List<StoredSetting> findSettings(RecordType recordType);

    /** Inserts or replaces the setting of one rule for one record type. */
    void upsertSetting(@Param("recordType") RecordType recordType, @Param("ruleCode") RuleCode ruleCode,
            @Param("severity") Severity severity, @Param("updatedBy") String updatedBy);

    /** Calendar exceptions from {@code from} (inclusive) to {@code to} (exclusive). */
    List<CalendarDay> findCalendarDays(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Calendar exceptions with their names, from {@code from} (inclusive) to {@code to} (exclusive). */
    List<CalendarEntry> findCalendarEntries(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** The stored rows among {@code days}. */
    List<CalendarEntry> findCalendarEntriesByDays(@Param("days") Collection<LocalDate> days);

    /** The years that have at least one calendar row, ascending. */
    List<Integer> findCalendarYears();

    /** Inserts or replaces each entry (one statement; at most an import's 1,000 rows). */
    void upsertCalendarEntries(@Param("entries") List<CalendarEntry> entries);

    int deleteCalendarEntry(LocalDate day);

    List<TierRule> findTierRules();

    /** A row of {@code validation_rule_setting} for one record type. */
    record StoredSetting(RuleCode ruleCode, Severity severity, String updatedBy, LocalDateTime updatedAt) {
    }

    /** A row of {@code holiday_calendar}. */
    record CalendarDay(LocalDate day, DayKind kind) {
    }

    /** A row of {@code publicity_tier_rule}. */
    record TierRule(long id, LocalDate effectiveFrom, PublicityTier tier, int minMonths, int maxMonths,
            boolean published, String source) {
    }
}
