package cn.gov.zjg.credit.validation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Map;

import cn.gov.zjg.credit.jobs.ExecutorEndpoint;
import cn.gov.zjg.credit.submission.excel.Workbooks;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.WebClient;
import cn.gov.zjg.credit.support.XxlJobAdmin;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's "done when": a clerk uploads a file with mistakes, the job validates it, the clerk downloads the receipt,
 * keeps and fixes only the failed rows, uploads that file again, and every row passes.
 */
@CreditIntegrationTest
class ReceiptRoundTripTests {

    @LocalServerPort
    int port;

    @Autowired
    ExecutorEndpoint endpoint;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void failedRowsFixedInTheReceiptAndUploadedAgainAllPass() throws Exception {
        String stamp = String.valueOf(System.nanoTime());
        byte[] file = Workbooks.xlsx(Workbooks.LICENSE_HEADERS, Workbooks.licenseRows(10, (i, row) -> {
            row.put("行政许可决定文书号", "张市监许〔2026〕" + stamp + "-" + i + "号");
            if (i == 2 || i == 7) {
                row.put("统一社会信用代码", "91320582MA1MUL3Q1H"); // wrong check character
            }
        }));
        WebClient clerk = new WebClient(port);
        clerk.login("clerk-scjg", "Demo@2026");
        String first = uploadAndValidate(clerk, "有错误.xlsx", file);
        assertThat(count(first, "INVALID")).isEqualTo(2);

        byte[] receipt = clerk.download(first.replace("/console/submissions/", "/console/validation/batches/")
                + "/receipt.xlsx").body();
        byte[] fixed = keepFailedRowsAndFix(receipt);
        String second = uploadAndValidate(clerk, "已改正.xlsx", fixed);

        assertThat(count(second, "INVALID")).as("problems left: %s", problems(second)).isZero();
        assertThat(count(second, "VALID") + count(second, "WARNED")).isEqualTo(2);
    }

    /** What the clerk does in Excel: filter on 未通过, fix the highlighted code, delete the other rows. */
    private static byte[] keepFailedRowsAndFix(byte[] receipt) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(receipt));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            int codeColumn = -1;
            for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                if (sheet.getRow(0).getCell(c).getStringCellValue().endsWith("统一社会信用代码")
                        && !sheet.getRow(0).getCell(c).getStringCellValue().contains("机关")
                        && !sheet.getRow(0).getCell(c).getStringCellValue().contains("来源")) {
                    codeColumn = c;
                }
            }
            assertThat(codeColumn).as("the credit code column").isPositive();
            for (int r = sheet.getLastRowNum(); r >= 1; r--) {
                Row row = sheet.getRow(r);
                if (!"未通过".equals(row.getCell(0).getStringCellValue())) {
                    sheet.removeRow(row); // an empty row is skipped on upload
                } else {
                    // The receipt is streamed with inline strings; POI (unlike Excel) keeps the old inline text on
                    // setCellValue, so the cell is replaced, as typing over it in Excel does.
                    row.removeCell(row.getCell(codeColumn));
                    row.createCell(codeColumn).setCellValue("91320582MA1MUL3Q1G");
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private String uploadAndValidate(WebClient clerk, String name, byte[] file) throws Exception {
        clerk.get("/console/submissions");
        String location = clerk.postFile("/console/submissions/upload", Map.of("recordType", "LICENSE"), "file", name,
                file).headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/console/"));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && clerk.get(path + "/progress").body().contains("READING")) {
            Thread.sleep(50);
        }
        new XxlJobAdmin(endpoint).trigger("validateSubmissions", 9501, 0, 1);
        long batchId = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        String pending = "select count(*) from license_staging where batch_id = ? and status in ('STAGED', 'VALIDATING')";
        while (System.nanoTime() < deadline && jdbc.queryForObject(pending, Long.class, batchId) > 0) {
            Thread.sleep(50);
        }
        return path;
    }

    private java.util.List<String> problems(String batchPath) {
        long batchId = Long.parseLong(batchPath.substring(batchPath.lastIndexOf('/') + 1));
        return jdbc.queryForList("select concat(source_row, ':', rule_code, ':', ifnull(field_code, ''), ':', args_json) "
                + "from validation_issue where batch_id = ?", String.class, batchId);
    }

    private long count(String batchPath, String status) {
        long batchId = Long.parseLong(batchPath.substring(batchPath.lastIndexOf('/') + 1));
        return jdbc.queryForObject("select count(*) from license_staging where batch_id = ? and status = ?",
                Long.class, batchId, status);
    }
}
