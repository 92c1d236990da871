package cn.gov.zjg.credit.submission.excel;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.security.PersonalDataProtection;
import cn.gov.zjg.credit.shared.PageQuery;
import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.BatchService;
import cn.gov.zjg.credit.submission.BatchStatus;
import cn.gov.zjg.credit.submission.CellError;
import cn.gov.zjg.credit.submission.FieldDef;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.submission.benchmark.LicenseFileGenerator;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import com.alibaba.excel.EasyExcel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Upload to staging end to end: the background read, the staging writer, the error records, the counters. */
@CreditIntegrationTest
class ExcelUploadServiceTests {

    private static final String PERSON_ID = "320582199003071234";

    @Autowired
    ExcelUploadService uploads;

    @Autowired
    BatchService batches;

    @Autowired
    DepartmentService departments;

    @Autowired
    PersonalDataProtection protection;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void stagesEveryRowOfAFileSpanningSeveralChunks() throws Exception {
        // given: more rows than one flush (1,000) and one insert batch (500), ending with a partial chunk
        Path file = dir.resolve("license.xlsx");
        LicenseFileGenerator.write(file, 2_345, 7);

        // when
        Batch batch = uploadAndWait(file);

        // then
        assertThat(batch.status()).isEqualTo(BatchStatus.STAGED);
        assertThat(batch.rowsStaged()).isEqualTo(2_345);
        assertThat(batch.rowsFailed()).isZero();
        assertThat(jdbc.queryForObject("select count(distinct source_row) from license_staging where batch_id = ? "
                + "and xdr_mc is not null and jdrq is not null and yxqzi is not null", Long.class, batch.id()))
                .isEqualTo(2_345);
    }

    @Test
    void writesIdentifiersOnlyEncryptedWithTheirHashAndLeavesMissingOnesEmpty() throws Exception {
        // given
        Path file = dir.resolve("people.xlsx");
        write(file, List.of(
                row(Map.of("XK_XDR_MC", "王芳", "XK_XDR_LB", "自然人", "XK_XDR_ZJLX", "身份证",
                        "XK_XDR_ZJHM", PERSON_ID, "XK_JDRQ", LocalDate.of(2026, 11, 2))),
                row(Map.of("XK_XDR_MC", "张家港市示例贸易有限公司", "XK_XDR_LB", "法人及非法人组织",
                        "XK_XDR_SHXYM", "91320582MA1MUL3Q0D", "XK_JDRQ", "2026年11月3日"))));

        // when
        Batch batch = uploadAndWait(file);

        // then
        assertThat(batch.rowsStaged()).isEqualTo(2);
        Map<String, Object> person = staged(batch, 2);
        assertThat(new String((byte[]) person.get("xdr_zjhm_enc"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(PERSON_ID);
        assertThat(protection.decryptText((byte[]) person.get("xdr_zjhm_enc"))).isEqualTo(PERSON_ID);
        assertThat((byte[]) person.get("xdr_zjhm_hash")).isEqualTo(protection.hash(PERSON_ID));
        assertThat(person.get("jdrq")).hasToString("2026-11-02");
        Map<String, Object> company = staged(batch, 3);
        assertThat(company.get("xdr_zjhm_enc")).isNull();
        assertThat(company.get("xdr_zjhm_hash")).isNull();
        assertThat(company.get("jdrq")).hasToString("2026-11-03");
    }

    @Test
    void recordsAnUnreadableCellAsAnErrorAndStagesTheOtherRows() throws Exception {
        // given
        Path file = dir.resolve("mixed.xlsx");
        write(file, List.of(
                row(Map.of("XK_XDR_MC", "甲公司", "XK_JDRQ", "2026/11/02")),
                row(Map.of("XK_XDR_MC", "乙公司", "XK_JDRQ", "2026/13/45")),
                row(Map.of("XK_XDR_MC", "丙公司", "XK_JDRQ", "20261104"))));

        // when
        Batch batch = uploadAndWait(file);

        // then
        assertThat(batch.status()).isEqualTo(BatchStatus.STAGED);
        assertThat(batch.rowsRead()).isEqualTo(3);
        assertThat(batch.rowsStaged()).isEqualTo(2);
        assertThat(batch.rowsFailed()).isEqualTo(1);
        assertThat(batches.findErrors(batch.id(), PageQuery.of(1, 10)).rows())
                .extracting(CellError::sourceRow, CellError::fieldCode, CellError::errorCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "XK_JDRQ", "dateInvalid"));
        assertThat(jdbc.queryForList("select source_row from license_staging where batch_id = ? order by source_row",
                Integer.class, batch.id())).containsExactly(2, 4);
    }

    @Test
    void aValueWiderThanItsStagingColumnIsACellErrorNotAFailedFile() throws Exception {
        // given: the 1,200th row holds a 行政相对人类别 wider than its staging column (varchar(64)); chunks are written
        // on a second thread while the next one is read
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 1_500; i++) {
            rows.add(row(Map.of("XK_XDR_MC", "第" + i + "家公司", "XK_XDR_LB", i == 1_200 ? "类".repeat(100) : "法人及非法人组织",
                    "XK_JDRQ", "2026/11/02")));
        }
        Path file = dir.resolve("too-wide.xlsx");
        write(file, rows);

        // when
        Batch batch = uploadAndWait(file);

        // then
        assertThat(batch.status()).isEqualTo(BatchStatus.STAGED);
        assertThat(batch.rowsStaged()).isEqualTo(1_499);
        assertThat(batch.rowsFailed()).isEqualTo(1);
        assertThat(batches.countStoredRows(batch)[0]).isEqualTo(1_499);
        assertThat(batches.findErrors(batch.id(), PageQuery.of(1, 10)).rows())
                .extracting(CellError::sourceRow, CellError::errorCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1_201, "tooLongForStaging"));
    }

    private Batch uploadAndWait(Path file) throws Exception {
        long departmentId = departments.findByCode("scjg").orElseThrow().id();
        Batch batch;
        try (InputStream in = Files.newInputStream(file)) {
            batch = uploads.upload(RecordType.LICENSE, departmentId,
                    new ExcelUploadService.Upload(file.getFileName().toString(), Files.size(file), in), "clerk-scjg");
        }
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (batch.status() == BatchStatus.READING && System.nanoTime() < deadline) {
            Thread.sleep(50);
            batch = batches.find(batch.id(), null);
        }
        return batch;
    }

    private Map<String, Object> staged(Batch batch, int sourceRow) {
        return jdbc.queryForMap("select xdr_zjhm_enc, xdr_zjhm_hash, jdrq from license_staging "
                + "where batch_id = ? and source_row = ?", batch.id(), sourceRow);
    }

    /** A license row with the given values by field code; every other mandatory text field filled in. */
    private static List<Object> row(Map<String, Object> values) {
        List<FieldDef> fields = RecordType.LICENSE.fields();
        List<Object> row = new ArrayList<>(Arrays.asList(new Object[fields.size()]));
        for (int i = 0; i < fields.size(); i++) {
            FieldDef field = fields.get(i);
            row.set(i, values.containsKey(field.code()) ? values.get(field.code())
                    : field.mandatory() && field.kind() != cn.gov.zjg.credit.submission.FieldKind.DATE ? "示例" : null);
        }
        return row;
    }

    private static void write(Path file, List<List<Object>> rows) {
        EasyExcel.write(file.toFile()).head(LicenseFileGenerator.head()).sheet("行政许可").doWrite(rows);
    }
}
