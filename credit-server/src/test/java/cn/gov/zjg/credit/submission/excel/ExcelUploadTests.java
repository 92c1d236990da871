package cn.gov.zjg.credit.submission.excel;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.BatchService;
import cn.gov.zjg.credit.submission.BatchStatus;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Excel/CSV channel against the real database: good files stage every row, bad files get a specific refusal. */
@CreditIntegrationTest
class ExcelUploadTests {

    @Autowired
    ExcelUploadService uploads;

    @Autowired
    BatchService batches;

    @Autowired
    DepartmentService departments;

    @Autowired
    JdbcTemplate jdbc;

    long department;

    @BeforeEach
    void department() {
        department = departments.findByCode("scjg").orElseThrow().id();
    }

    @Test
    void stagesEveryRowOfAWellFormedWorkbookAndReconciles() {
        byte[] file = Workbooks.xlsx(Workbooks.LICENSE_HEADERS, Workbooks.licenseRows(300, (i, row) -> { }));

        Batch batch = awaitDone(upload(RecordType.LICENSE, "许可.xlsx", file));

        assertThat(batch.status()).isEqualTo(BatchStatus.STAGED);
        assertThat(batch.rowsRead()).isEqualTo(300);
        assertThat(batch.rowsStaged()).isEqualTo(300);
        assertThat(batch.reconciled()).isTrue();
        assertThat(staged(batch, "count(*)")).isEqualTo(300L);
        assertThat(jdbc.queryForObject("select min(source_row) from license_staging where batch_id = ?", Integer.class,
                batch.id())).as("row numbers as the clerk sees them in Excel").isEqualTo(2);
        assertThat(batch.fileSha256()).hasSize(64);
    }

    @Test
    void storesTheOriginalFileEncryptedAndGivesItBackByteForByte() throws Exception {
        byte[] file = Workbooks.xlsx(Workbooks.LICENSE_HEADERS, Workbooks.licenseRows(5, (i, row) -> { }));

        Batch batch = awaitDone(upload(RecordType.LICENSE, "原件.xlsx", file));

        byte[] stored = jdbc.<byte[]>queryForObject(
                "select content from submission_file_chunk where batch_id = ? and seq = 0", (rs, n) -> rs.getBytes(1),
                batch.id());
        assertThat(stored).isNotEqualTo(file);
        try (InputStream original = batches.openOriginal(batch.id())) {
            assertThat(original.readAllBytes()).isEqualTo(file);
        }
    }

    @Test
    void normalisesDatesNumbersAndCodesTheWayAClerkExpects() {
        List<Map<String, Object>> rows = Workbooks.licenseRows(5, (i, row) -> {
            switch (i) {
                case 0 -> row.put("许可决定日期", LocalDate.of(2024, 5, 1)); // an Excel date cell
                case 1 -> row.put("许可决定日期", "2024-05-01");
                case 2 -> row.put("许可决定日期", "2024年5月1日");
                case 3 -> row.put("许可决定日期", "20240501");
                default -> row.put("许可决定日期", " 2024/5/1 ");
            }
            row.put("统一社会信用代码", "９１３２０５８２ＭＡ１ＭＵＬ３Ｑ１Ｇ"); // full-width
            row.put("行政相对人名称", "  张家港市规范企业" + i + "  ");
        });
        byte[] file = Workbooks.xlsx(Workbooks.LICENSE_HEADERS, rows);

        Batch batch = awaitDone(upload(RecordType.LICENSE, "格式.xlsx", file));

        assertThat(batch.rowsStaged()).isEqualTo(5);
        assertThat(jdbc.queryForList("select distinct jdrq from license_staging where batch_id = ?", LocalDate.class,
                batch.id())).containsExactly(LocalDate.of(2024, 5, 1));
        assertThat(jdbc.queryForList("select distinct xdr_shxym from license_staging where batch_id = ?", String.class,
                batch.id())).containsExactly("91320582MA1MUL3Q1G");
        assertThat(jdbc.queryForList("select xdr_mc from license_staging where batch_id = ? order by source_row",
                String.class, batch.id())).first().isEqualTo("张家港市规范企业0");
    }

    @Test
    void unreadableCellsBecomeErrorsNamingRowAndColumnWhileTheOtherRowsAreStaged() {
        List<Map<String, Object>> rows = Workbooks.licenseRows(10, (i, row) -> {
            if (i == 3) {
                row.put("许可决定日期", "2024/02/30");
            }
            if (i == 7) {
                row.put("有效期自", "下个月");
            }
        });

        Batch batch = awaitDone(upload(RecordType.LICENSE, "有误.xlsx",
                Workbooks.xlsx(Workbooks.LICENSE_HEADERS, rows)));

        assertThat(batch.rowsRead()).isEqualTo(10);
        assertThat(batch.rowsStaged()).isEqualTo(8);
        assertThat(batch.rowsFailed()).isEqualTo(2);
        assertThat(batch.reconciled()).isTrue();
        assertThat(jdbc.queryForList("select concat(source_row, ':', column_name, ':', error_code) from submission_error "
                + "where batch_id = ? order by source_row", String.class, batch.id()))
                .containsExactly("5:许可决定日期:dateInvalid", "9:有效期自:dateUnreadable");
        byte[] rawRow = jdbc.<byte[]>queryForObject("select raw_row_enc from submission_error where batch_id = ? limit 1",
                (rs, n) -> rs.getBytes(1), batch.id());
        assertThat(rawRow).as("the whole row is kept, encrypted").isNotEmpty();
    }

    @Test
    void identifiersOfPersonsAreStoredOnlyEncryptedWithAKeyedHash() {
        List<Map<String, Object>> rows = Workbooks.licenseRows(2, (i, row) -> {
            row.put("行政相对人类别", "自然人");
            row.remove("统一社会信用代码");
            row.put("证件类型", "身份证");
            row.put("证件号码", "11010519491231002x");
        });
        List<String> headers = new java.util.ArrayList<>(Workbooks.LICENSE_HEADERS);
        headers.addAll(List.of("证件类型", "证件号码"));

        Batch batch = awaitDone(upload(RecordType.LICENSE, "自然人.xlsx", Workbooks.xlsx(headers, rows)));

        List<Map<String, Object>> stored = jdbc.queryForList(
                "select xdr_zjhm_enc, xdr_zjhm_hash from license_staging where batch_id = ?", batch.id());
        assertThat(stored).hasSize(2).allSatisfy(row -> {
            assertThat(new String((byte[]) row.get("xdr_zjhm_enc"), StandardCharsets.ISO_8859_1))
                    .doesNotContain("11010519491231002");
            assertThat((byte[]) row.get("xdr_zjhm_hash")).hasSize(32);
        });
        assertThat(Arrays.equals((byte[]) stored.get(0).get("xdr_zjhm_hash"), (byte[]) stored.get(1).get("xdr_zjhm_hash")))
                .as("equal numbers (x normalised to X) share one hash").isTrue();
    }

    @Test
    void acceptsLegacyOneDotZeroHeadersAndJoinsTheTwoPenaltyKinds() {
        Map<String, Object> row = new LinkedHashMap<>(Workbooks.PENALTY_ROW);
        row.remove("处罚类别");
        row.remove("行政相对人名称");
        row.remove("处罚内容");
        row.put("CF_XDR_MC", "张家港市旧版格式有限公司");
        row.put("CF_CFLB1", "罚款");
        row.put("CF_CFLB2", "没收违法所得");
        row.put("CF_JG", "罚款并没收违法所得");
        List<String> headers = List.copyOf(row.keySet());

        Batch batch = awaitDone(upload(RecordType.PENALTY, "旧版.xlsx", Workbooks.xlsx(headers, List.of(row))));

        Map<String, Object> stored = jdbc.queryForMap(
                "select xdr_mc, cflb, nr from penalty_staging where batch_id = ?", batch.id());
        assertThat(stored).containsEntry("xdr_mc", "张家港市旧版格式有限公司")
                .containsEntry("cflb", "罚款;没收违法所得")
                .containsEntry("nr", "罚款并没收违法所得");
    }

    @Test
    void readsOldXlsWorkbooks() {
        byte[] file = Workbooks.xls(Workbooks.LICENSE_HEADERS, Workbooks.licenseRows(20, (i, row) -> { }));

        Batch batch = awaitDone(upload(RecordType.LICENSE, "旧格式.xls", file));

        assertThat(batch.fileFormat()).isEqualTo("XLS");
        assertThat(batch.rowsStaged()).isEqualTo(20);
    }

    @Test
    void readsCsvInGbkAndInUtf8() {
        List<Map<String, Object>> rows = Workbooks.licenseRows(3, (i, row) -> { });
        Batch gbk = awaitDone(upload(RecordType.LICENSE, "gbk.csv",
                Workbooks.csv(Workbooks.LICENSE_HEADERS, rows, WorkbookInspector.GBK)));
        Batch utf8 = awaitDone(upload(RecordType.LICENSE, "utf8.csv",
                Workbooks.csv(Workbooks.LICENSE_HEADERS, Workbooks.licenseRows(4, (i, row) -> { }),
                        StandardCharsets.UTF_8)));

        assertThat(gbk.rowsStaged()).isEqualTo(3);
        assertThat(utf8.rowsStaged()).isEqualTo(4);
        assertThat(jdbc.queryForList("select xdr_mc from license_staging where batch_id = ? order by source_row",
                String.class, gbk.id())).containsExactly("张家港市测试企业0有限公司", "张家港市测试企业1有限公司",
                "张家港市测试企业2有限公司");
    }

    @Test
    void usesTheCachedValueOfFormulas() {
        List<Map<String, Object>> rows = Workbooks.licenseRows(1, (i, row) -> {
            row.put("许可内容", new Workbooks.Formula("CONCATENATE(\"准予\",\"许可\")"));
        });
        byte[] file = Workbooks.write(new XSSFWorkbook(), wb -> {
            Workbooks.fillSheet(wb, wb.createSheet("数据"), Workbooks.LICENSE_HEADERS, rows);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // Excel stores the result with the formula
        });

        Batch batch = awaitDone(upload(RecordType.LICENSE, "公式.xlsx", file));

        assertThat(staged(batch, "max(nr)")).isEqualTo("准予许可");
    }

    @Test
    void fillsMergedCellsDownTheRowsTheyCover() {
        List<Map<String, Object>> rows = Workbooks.licenseRows(4, (i, row) -> {
            if (i > 0) {
                row.remove("许可机关");
            }
        });
        byte[] file = Workbooks.write(new XSSFWorkbook(), wb -> {
            var sheet = wb.createSheet("数据");
            Workbooks.fillSheet(wb, sheet, Workbooks.LICENSE_HEADERS, rows);
            int column = Workbooks.LICENSE_HEADERS.indexOf("许可机关");
            sheet.addMergedRegion(new CellRangeAddress(1, 4, column, column));
        });

        Batch batch = awaitDone(upload(RecordType.LICENSE, "合并.xlsx", file));

        assertThat(jdbc.queryForList("select xkjg from license_staging where batch_id = ?", String.class, batch.id()))
                .hasSize(4).containsOnly("张家港市市场监督管理局");
    }

    @Test
    void readsTheFirstVisibleSheetWithAMatchingHeader() {
        byte[] file = Workbooks.write(new XSSFWorkbook(), wb -> {
            Workbooks.fillSheet(wb, wb.createSheet("隐藏的旧数据"), Workbooks.LICENSE_HEADERS,
                    Workbooks.licenseRows(7, (i, row) -> { }));
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("请在第三个工作表填写");
            Workbooks.fillSheet(wb, wb.createSheet("本月数据"), Workbooks.LICENSE_HEADERS,
                    Workbooks.licenseRows(3, (i, row) -> { }));
            wb.setSheetHidden(0, true);
            wb.setActiveSheet(1);
        });

        Batch batch = awaitDone(upload(RecordType.LICENSE, "隐藏.xlsx", file));

        assertThat(batch.sheetName()).isEqualTo("本月数据");
        assertThat(batch.rowsStaged()).isEqualTo(3);
    }

    @Test
    void refusesTheSameFileTwicePointingAtTheEarlierBatch() {
        byte[] file = Workbooks.xlsx(Workbooks.LICENSE_HEADERS, Workbooks.licenseRows(2, (i, row) -> {
            row.put("许可内容", "重复上传测试");
        }));
        Batch first = awaitDone(upload(RecordType.LICENSE, "一次.xlsx", file));

        assertThatThrownBy(() -> upload(RecordType.LICENSE, "再次.xlsx", file))
                .isInstanceOfSatisfying(IntakeRefusal.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("submission.upload.duplicate");
                    assertThat(e.args()).contains(first.batchNo());
                });
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused(RecordType.LICENSE, "空.xlsx", new byte[0], "submission.upload.empty");
    }

    @Test
    void refusesAnotherFileRenamedToXlsx() {
        assertRefused(RecordType.LICENSE, "报表.xlsx", "%PDF-1.7 not a workbook".getBytes(StandardCharsets.UTF_8),
                "submission.upload.notExcel");
    }

    @Test
    void refusesATruncatedWorkbook() {
        byte[] file = Workbooks.xlsx(Workbooks.LICENSE_HEADERS, Workbooks.licenseRows(50, (i, row) -> { }));

        assertRefused(RecordType.LICENSE, "截断.xlsx", Arrays.copyOf(file, file.length / 2),
                "submission.upload.corrupt");
    }

    @Test
    void refusesAZipBomb() {
        byte[] file = Workbooks.zipBomb(Workbooks.xlsx(Workbooks.LICENSE_HEADERS,
                Workbooks.licenseRows(1, (i, row) -> { })));

        assertRefused(RecordType.LICENSE, "炸弹.xlsx", file, "submission.upload.zipBomb");
    }

    @Test
    void refusesAWorkbookWithOnlyHeaders() {
        assertRefused(RecordType.LICENSE, "表头.xlsx", Workbooks.xlsx(Workbooks.LICENSE_HEADERS, List.of()),
                "submission.upload.noDataRows");
    }

    @Test
    void refusesAPenaltyFileUploadedAsLicenses() {
        byte[] file = Workbooks.xlsx(Workbooks.PENALTY_HEADERS, List.of(Workbooks.PENALTY_ROW));

        assertRefused(RecordType.LICENSE, "处罚.xlsx", file, "submission.upload.wrongTemplate");
    }

    @Test
    void refusesMissingRequiredColumnsAndNamesThem() {
        List<String> headers = Workbooks.LICENSE_HEADERS.stream()
                .filter(h -> !h.equals("许可决定日期") && !h.equals("许可机关")).toList();

        assertThatThrownBy(() -> upload(RecordType.LICENSE, "缺列.xlsx",
                Workbooks.xlsx(headers, Workbooks.licenseRows(1, (i, row) -> { }))))
                .isInstanceOfSatisfying(IntakeRefusal.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("submission.upload.missingColumns");
                    assertThat(e.args()[0].toString()).contains("许可决定日期", "许可机关");
                });
    }

    @Test
    void refusesDuplicatedColumnsAndNamesThem() {
        List<String> headers = new java.util.ArrayList<>(Workbooks.LICENSE_HEADERS);
        headers.add("XK_WSH");

        assertThatThrownBy(() -> upload(RecordType.LICENSE, "重复列.xlsx",
                Workbooks.xlsx(headers, Workbooks.licenseRows(1, (i, row) -> row.put("XK_WSH", "x")))))
                .isInstanceOfSatisfying(IntakeRefusal.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("submission.upload.duplicatedColumns");
                    assertThat(e.args()[0].toString()).contains("行政许可决定文书号");
                });
    }

    @Test
    void refusesAFileOverTheSizeLimitBeforeReadingIt() {
        InputStream neverRead = new ByteArrayInputStream(new byte[0]);

        assertThatThrownBy(() -> uploads.upload(RecordType.LICENSE, department,
                new ExcelUploadService.Upload("大.xlsx", 51L * 1024 * 1024, neverRead), "clerk-scjg"))
                .isInstanceOfSatisfying(IntakeRefusal.class,
                        e -> assertThat(e.messageKey()).isEqualTo("submission.upload.tooLarge"));
    }

    @Test
    void refusesUnsupportedFileTypes() {
        assertRefused(RecordType.LICENSE, "数据.docx", new byte[] {1, 2, 3}, "submission.upload.unsupportedType");
    }

    private void assertRefused(RecordType type, String name, byte[] content, String messageKey) {
        long batchesBefore = jdbc.queryForObject("select count(*) from submission_batch", Long.class);
        assertThatThrownBy(() -> upload(type, name, content))
                .isInstanceOfSatisfying(IntakeRefusal.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
        assertThat(jdbc.queryForObject("select count(*) from submission_batch", Long.class))
                .as("a refused file leaves no half-made batch").isEqualTo(batchesBefore);
    }

    private Batch upload(RecordType type, String name, byte[] content) {
        return uploads.upload(type, department,
                new ExcelUploadService.Upload(name, content.length, new ByteArrayInputStream(content)), "clerk-scjg");
    }

    private Object staged(Batch batch, String expression) {
        return jdbc.queryForObject("select " + expression + " from " + batch.recordType().stagingTable()
                + " where batch_id = ?", Object.class, batch.id());
    }

    private Batch awaitDone(Batch batch) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Batch current = batch;
        while (current.status() == BatchStatus.READING && System.nanoTime() < deadline) {
            sleep();
            current = batches.find(batch.id(), null);
        }
        assertThat(current.status()).as("batch %s finished", batch.batchNo()).isNotEqualTo(BatchStatus.READING);
        return current;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
