package cn.gov.zjg.credit.redblack.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.redblack.SubjectKeys;
import cn.gov.zjg.credit.security.PersonalDataProtection;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.validation.CreditCode;
import cn.gov.zjg.credit.validation.IdCardNumber;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batch credit check of 10,000 codes (issue 7: "returns in seconds"), run by {@code -Pbenchmark} only
 * (docs/benchmarks.md). Dataset, generated once per database: 100,000 published list entries and 100,000 serious
 * penalties in publicity of other subjects in the background; the 10,000 checked codes are 9,000 credit codes and
 * 1,000 ID numbers, of which 3,000 are on a list and 1,000 have a serious penalty. Times the service (lookups, measures,
 * log) and the Excel answer, five runs after a warm-up.
 */
@CreditIntegrationTest
class CreditCheckBenchmark {

    private static final int CODES = 10_000;
    private static final int BACKGROUND = 100_000;
    private static final String PREFIX = "91320582BM";

    @Autowired
    CreditCheckService checks;

    @Autowired
    PersonalDataProtection protection;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void tenThousandCodesAreCheckedInSeconds() throws IOException {
        List<String> codes = codes();
        ensureDataset(codes);
        CreditCheckService.Checker checker = new CreditCheckService.Checker("EXCEL", null, "benchmark", "benchmark");
        checks.check(codes, checker); // warm-up
        long[] service = new long[5];
        long[] withExcel = new long[5];
        List<CheckResult> results = List.of();
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            results = checks.check(codes, checker);
            service[run] = (System.nanoTime() - start) / 1_000_000;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CheckWorkbook.write(results, Map.of("CLEAR", "无", "RED", "红", "FLAGGED", "黑", "INVALID", "无效"), out);
            withExcel[run] = (System.nanoTime() - start) / 1_000_000;
        }
        long flagged = results.stream().filter(CheckResult::flagged).count();
        long red = results.stream().filter(r -> !r.redEntries().isEmpty()).count();
        Arrays.sort(service);
        Arrays.sort(withExcel);
        String report = String.format("""
                | codes | flagged | on a red list | service ms (min / median / max) | service + Excel ms (min / median / max) |
                |---|---|---|---|---|
                | %,d | %,d | %,d | %d / %d / %d | %d / %d / %d |
                """, codes.size(), flagged, red, service[0], service[2], service[4], withExcel[0], withExcel[2],
                withExcel[4]);
        System.out.println(report);
        Path dir = Path.of("target", "benchmark");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("credit-check.md"), report);
        assertThat(flagged).isEqualTo(3_000); // 2,000 black list entries + 1,000 serious penalties, disjoint
        assertThat(withExcel[2]).isLessThan(10_000);
    }

    /** 9,000 credit codes and 1,000 ID numbers, the same on every run. */
    private static List<String> codes() {
        List<String> codes = new ArrayList<>(CODES);
        for (int i = 0; i < 9_000; i++) {
            String first17 = PREFIX + String.format("%07d", i);
            codes.add(first17 + CreditCode.checkChar(first17));
        }
        for (int i = 0; i < 1_000; i++) {
            String first17 = "32058219800101" + String.format("%03d", i);
            String id = first17 + IdCardNumber.checkChar(first17);
            codes.add(id);
        }
        return codes;
    }

    private void ensureDataset(List<String> codes) {
        if (jdbc.queryForObject("select count(*) from redblack_entry where created_by = 'benchmark'", Long.class)
                >= BACKGROUND) {
            return;
        }
        Map<String, Long> type = new HashMap<>();
        jdbc.query("select code, id from redblack_list_type", rs -> {
            type.put(rs.getString(1), rs.getLong(2));
        });
        long department = jdbc.queryForObject("select id from department where code = 'scjg'", Long.class);
        String entrySql = "insert into redblack_entry (department_id, list_type_id, list_subtype_id, kind, subject_kind, "
                + "subject_key, subject_name, uscc, id_hash, reason, legal_basis, deciding_dept, document_no, listed_on, "
                + "valid_until, source_unit, channel, status, created_by, published_at) values "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, '基准测试', '基准测试依据', '张家港市市场监督管理局', ?, ?, ?, '基准', 'FORM', "
                + "'PUBLISHED', 'benchmark', now())";
        List<Object[]> rows = new ArrayList<>();
        LocalDate listed = LocalDate.now().minusDays(100);
        for (int i = 0; i < BACKGROUND; i++) { // background: other subjects
            String first17 = "91320582BG" + String.format("%07d", i);
            String uscc = first17 + CreditCode.checkChar(first17);
            boolean black = i % 2 == 0;
            rows.add(new Object[] {department, type.get(black ? "YZSX" : "SXJL"), type.get(black ? "SCJGYZ" : "CXDX"),
                    black ? "BLACK" : "RED", "LEGAL", uscc, "基准背景公司" + i, uscc, null, "基准〔2026〕" + i + "号",
                    listed, LocalDate.now().plusYears(2)});
        }
        for (int i = 0; i < 3_000; i++) { // checked codes: 0-1999 black (500 of them persons), 2000-2999 red
            String code = i < 1_500 ? codes.get(i) : i < 2_000 ? codes.get(9_000 + i - 1_500) : codes.get(i);
            boolean person = code.length() == 18 && !CreditCode.isValid(code);
            byte[] hash = person ? protection.hash(code) : null;
            boolean black = i < 2_000;
            rows.add(new Object[] {department, type.get(black ? "YZSX" : "SXJL"), type.get(black ? "ZDSSWF" : "NSXYA"),
                    black ? "BLACK" : "RED", person ? "NATURAL" : "LEGAL",
                    person ? SubjectKeys.natural(hash) : code, person ? "张*" : "基准核查公司" + i, person ? null : code,
                    hash, "基准核查〔2026〕" + i + "号", listed, LocalDate.now().plusYears(2)});
        }
        for (int from = 0; from < rows.size(); from += 2_000) {
            jdbc.batchUpdate(entrySql, rows.subList(from, Math.min(rows.size(), from + 2_000)));
        }
        // legal subjects and serious penalties: background 100,000, and codes 3000-3999 of the checked list
        List<Object[]> subjects = new ArrayList<>();
        for (int i = 0; i < BACKGROUND; i++) {
            String first17 = "91320582BP" + String.format("%07d", i);
            String uscc = first17 + CreditCode.checkChar(first17);
            subjects.add(new Object[] {uscc, uscc, "基准处罚公司" + i});
        }
        for (int i = 3_000; i < 4_000; i++) {
            subjects.add(new Object[] {codes.get(i), codes.get(i), "基准核查公司" + i});
        }
        for (int from = 0; from < subjects.size(); from += 2_000) {
            jdbc.batchUpdate("insert ignore into legal_subject (subject_key, uscc, name, category) "
                    + "values (?, ?, ?, '法人及非法人组织')", subjects.subList(from, Math.min(subjects.size(), from + 2_000)));
        }
        jdbc.update("insert into publicity_penalty (origin_staging_id, staging_id, department_id, subject_kind, "
                + "legal_subject_id, xdr_mc, xdr_lb, xdr_shxym, wsh, cflb, jdrq, cfjg, publicity_tier, publicity_max_end, "
                + "status) select -1000000000 - s.id, -1, ?, 'LEGAL', s.id, s.name, '法人及非法人组织', s.uscc, "
                + "concat('基准罚〔2026〕', s.id, '号'), '罚款', current_date - interval 30 day, '张家港市市场监督管理局', "
                + "'SERIOUS', current_date + interval 2 year, 'PUBLIC' from legal_subject s "
                + "where s.uscc like '91320582BP%' or s.uscc like '91320582BM%'", department);
    }
}
