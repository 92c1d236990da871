package cn.gov.zjg.credit.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.submission.FieldDef;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.submission.RowNormalizer;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.validation.RecordValidator;
import cn.gov.zjg.credit.validation.RuleViolation;
import cn.gov.zjg.credit.validation.Severity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The living demo (issue 6): generated records pass the rules, and the loader takes them through the real path. */
@CreditIntegrationTest
class DemoDataLoaderTests {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    RecordValidator validator;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void everyGeneratedRecordPassesTheValidationRulesWithoutAnError() {
        LocalDate today = LocalDate.now(clock);
        for (DemoDataset.DemoBatch batch : DemoDataset.batches(new DemoDataset.Plan(11, 400, 400, 0), today)) {
            RecordType type = batch.penalty() ? RecordType.PENALTY : RecordType.LICENSE;
            for (Map<String, Object> record : batch.records()) {
                RowNormalizer.Result read = RowNormalizer.fromFieldCodes(type, 1, record);
                assertThat(read.errors()).as("%s", record).isEmpty();
                List<RuleViolation> errors = validator.validate(type, byCode(type, read.row().values()), today)
                        .stream().filter(v -> v.severity() == Severity.ERROR).toList();
                assertThat(errors).as("%s", record).isEmpty();
            }
        }
    }

    @Test
    void loadsASmallDatasetThroughIntakeValidationReviewAndPublicationOnce() {
        // given: a dataset of its own (the shared database keeps other tests' rows)
        String name = "t" + System.nanoTime() % 1_000_000_000L;
        DemoDataset.Plan plan = new DemoDataset.Plan(System.nanoTime(), 40, 40, 20);

        // when
        String summary = loader.loadOnce(name, plan, false);

        // then
        assertThat(summary).startsWith("80 rows staged");
        assertThat(loader.loadOnce(name, plan, false)).as("loaded once").isNull();
        Map<String, Integer> byStatus = new HashMap<>();
        for (String table : List.of("license_staging", "penalty_staging")) {
            jdbc.query("select s.status, count(*) from " + table + " s join submission_batch b on b.id = s.batch_id "
                    + "where b.idempotency_key like ? group by s.status", rs -> {
                        byStatus.merge(rs.getString(1), rs.getInt(2), Integer::sum);
                    }, "demo-" + name + "-%");
        }
        // the deliberate mistakes (1 in 20: 2 licenses, 2 penalties) are refused; the rest are published
        assertThat(byStatus).containsEntry("INVALID", 4).containsEntry("PUBLISHED", 76).hasSize(2);
        Integer published = jdbc.queryForObject("select (select count(*) from publicity_license p join license_staging s "
                + "on s.id = p.origin_staging_id join submission_batch b on b.id = s.batch_id where b.idempotency_key "
                + "like ?) + (select count(*) from publicity_penalty p join penalty_staging s on s.id = "
                + "p.origin_staging_id join submission_batch b on b.id = s.batch_id where b.idempotency_key like ?)",
                Integer.class, "demo-" + name + "-%", "demo-" + name + "-%");
        assertThat(published).isEqualTo(76);
        assertThat(jdbc.queryForObject("select count(*) from publicity_penalty p join penalty_staging s on s.id = "
                + "p.origin_staging_id join submission_batch b on b.id = s.batch_id where b.idempotency_key like ? "
                + "and p.bz like '演示数据%' and p.status in ('PUBLIC', 'STOPPED', 'NOT_PUBLIC', 'REVOKED')",
                Integer.class, "demo-" + name + "-%")).isEqualTo(38);
        assertThat(jdbc.queryForObject("select status from demo_dataset where name = ?", String.class, name))
                .isEqualTo("DONE");
        // red list: enterprises with licenses of 市场监管局, proposed by the tax bureau and approved by the reviewer
        List<String> licensed = DemoDataset.batches(plan, LocalDate.now(clock)).stream()
                .filter(b -> b.department() == DemoDepartment.MARKET && !b.penalty())
                .flatMap(b -> b.records().stream()).filter(r -> !DemoDataset.MISTAKE_REMARK.equals(r.get("BZ")))
                .map(r -> (String) r.get("XK_XDR_SHXYM"))
                .filter(code -> code != null && code.startsWith("91")).toList();
        assertThat(licensed).isNotEmpty();
        Integer red = jdbc.queryForObject("select count(*) from redblack_entry where created_by = 'api:demo-sw' and "
                + "status = 'PUBLISHED' and uscc in (" + String.join(",", java.util.Collections.nCopies(licensed.size(),
                "?")) + ")", Integer.class, licensed.toArray());
        assertThat(red).isEqualTo(Math.min(8, (int) licensed.stream().distinct().count()));
    }

    private static Map<String, Object> byCode(RecordType type, Object[] values) {
        Map<String, Object> map = new HashMap<>();
        List<FieldDef> fields = type.fields();
        for (int i = 0; i < fields.size(); i++) {
            map.put(fields.get(i).code(), values[i]);
        }
        return map;
    }
}
