package cn.gov.zjg.credit.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import cn.gov.zjg.credit.jobs.JobRunService;
import cn.gov.zjg.credit.security.PersonalDataProtection;
import cn.gov.zjg.credit.shared.LockConflicts;
import cn.gov.zjg.credit.shared.Masking;
import cn.gov.zjg.credit.submission.RecordType;
import cn.hutool.json.JSONUtil;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns approved staging rows into published double-publicity records and keeps the subject databases (issue 5):
 * per shard, chunks of rows are claimed and published set-based in one transaction each (subjects upserted by their
 * unique keys, so two shards or two nodes meeting the same subject create it once), then listeners are told.
 */
@Service
public class PublicationService {

    static final int CHUNK = 5_000;

    private final PublicationMapper mapper;
    private final PersonalDataProtection protection;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate perChunk;

    PublicationService(PublicationMapper mapper, PersonalDataProtection protection, ApplicationEventPublisher events,
            Clock clock, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.protection = protection;
        this.events = events;
        this.clock = clock;
        this.perChunk = new TransactionTemplate(transactions);
        this.perChunk.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** Publishes every approved row of this shard; returns a summary for the job log. */
    public String publishApproved(JobRunService.Progress progress) {
        int published = 0;
        for (RecordType type : RecordType.values()) {
            int done;
            do {
                String token = UUID.randomUUID().toString().replace("-", "");
                done = LockConflicts.retry(8, () -> publishChunk(type, progress.shardIndex(), progress.shardTotal(),
                        token));
                published += done;
                progress.report(published, 0);
            } while (done == CHUNK);
        }
        return published + " record(s) published";
    }

    /** Claims and publishes one chunk in one transaction; tells listeners after the commit. Returns the rows taken. */
    int publishChunk(RecordType type, int shardIndex, int shardTotal, String token) {
        Table table = Table.of(type);
        ChunkResult result = perChunk.execute(tx -> {
            int claimed = mapper.claim(table.staging(), shardIndex, shardTotal, CHUNK, token);
            if (claimed == 0) {
                return new ChunkResult(0, null);
            }
            LocalDate today = LocalDate.now(clock);
            mapper.insertNameHistory(table.staging(), token);
            mapper.upsertLegalSubjects(table.staging(), token);
            upsertNaturalPersons(table, token);
            mapper.insertPublished(type.name(), table.staging(), table.published(), table.columns(), token, today);
            mapper.insertPublishHistory(type.name(), table.staging(), table.published(), token);
            for (PublicationMapper.CorrectionRow correction : mapper.findCorrections(table.staging(), token)) {
                applyCorrection(type, table, correction, today);
            }
            PublicityChanged changed = PublicityLifecycle.changedEvent(type, mapper.findChanged(table.staging(), table.published(), token));
            mapper.markPublished(table.staging(), table.published(), token);
            return new ChunkResult(claimed, changed);
        });
        if (result.changed() != null && !result.changed().isEmpty()) {
            events.publishEvent(result.changed());
        }
        return result.claimed();
    }

    private void upsertNaturalPersons(Table table, String token) {
        Map<String, PublicationMapper.PersonUpsert> byHash = new LinkedHashMap<>();
        for (PublicationMapper.PersonRow row : mapper.findNaturalPersons(table.staging(), token)) {
            // Later decisions come last and win, as for legal subjects.
            byHash.put(java.util.HexFormat.of().formatHex(row.idHash()), new PublicationMapper.PersonUpsert(
                    row.idHash(), row.idType(), row.idEnc(), protection.encryptText(row.name()),
                    Masking.personName(row.name())));
        }
        List<PublicationMapper.PersonUpsert> persons = new ArrayList<>(byHash.values());
        for (int from = 0; from < persons.size(); from += 500) {
            mapper.upsertNaturalPersons(persons.subList(from, Math.min(persons.size(), from + 500)));
        }
    }

    /** 变更: replaces the published values in place and keeps the field-by-field difference as history. */
    private void applyCorrection(RecordType type, Table table, PublicationMapper.CorrectionRow correction,
            LocalDate today) {
        Map<String, Object> before = mapper.findPublishedValues(table.published(), table.comparable(),
                correction.recordId());
        if (before == null) {
            throw new IllegalStateException("correction " + correction.stagingId() + " of a missing record "
                    + correction.recordId());
        }
        mapper.applyCorrection(type.name(), table.staging(), table.published(), table.columns(),
                correction.stagingId(), correction.recordId(), today);
        Map<String, Object> after = mapper.findPublishedValues(table.published(), table.comparable(),
                correction.recordId());
        mapper.insertHistory(new PublicationMapper.HistoryInsert(type.name(), correction.recordId(), "CORRECT",
                (String) before.get("status"), (String) after.get("status"), correction.stagingId(),
                correction.actor(), null, JSONUtil.toJsonStr(differences(table.comparable(), before, after))));
    }

    /** Field differences of a correction: [{"field": column, "from": old, "to": new}] (no identifiers compared). */
    static List<Map<String, Object>> differences(List<String> columns, Map<String, Object> before,
            Map<String, Object> after) {
        List<Map<String, Object>> changes = new ArrayList<>();
        for (String column : columns) {
            Object from = before.get(column);
            Object to = after.get(column);
            if (!Objects.equals(normalised(from), normalised(to))) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("field", column);
                change.put("from", from == null ? null : normalised(from));
                change.put("to", to == null ? null : normalised(to));
                changes.add(change);
            }
        }
        return changes;
    }

    private static Object normalised(Object value) {
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        return value == null ? null : value.toString();
    }

    private record ChunkResult(int claimed, PublicityChanged changed) {
    }

    /** The staging and published tables of a record type, with the copied columns. */
    record Table(String staging, String published, List<PublishedColumns.Column> columns, List<String> comparable) {

        private static final Map<RecordType, Table> TABLES = Map.of(
                RecordType.LICENSE, create(RecordType.LICENSE, "publicity_license"),
                RecordType.PENALTY, create(RecordType.PENALTY, "publicity_penalty"));

        static Table of(RecordType type) {
            return TABLES.get(type);
        }

        private static Table create(RecordType type, String published) {
            return new Table(type.stagingTable(), published, PublishedColumns.of(type),
                    PublishedColumns.comparable(type));
        }
    }
}
