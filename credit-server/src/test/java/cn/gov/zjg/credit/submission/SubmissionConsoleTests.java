package cn.gov.zjg.credit.submission;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.WebClient;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The clerk's path through the console: template, upload, progress, batch page, receipt; and who may see what. */
@CreditIntegrationTest
class SubmissionConsoleTests {

    @LocalServerPort
    int port;

    @Test
    void clerkFillsTheTemplateWithAThousandRowsUploadsItAndSeesThemStaged() throws Exception {
        WebClient clerk = new WebClient(port);
        clerk.login("clerk-scjg", "Demo@2026");
        byte[] template = clerk.download("/console/submissions/templates/LICENSE").body();

        byte[] filled = fill(template, 1000);
        clerk.get("/console/submissions");
        HttpResponse<String> upload = clerk.postFile("/console/submissions/upload", Map.of("recordType", "LICENSE"),
                "file", "许可-1000行.xlsx", filled);

        assertThat(upload.statusCode()).isEqualTo(302);
        String batchPage = upload.headers().firstValue("Location").orElseThrow();
        String path = batchPage.substring(batchPage.indexOf("/console/"));
        awaitStaged(clerk, path);
        String page = clerk.get(path).body();
        assertThat(page).contains("已接收数据（1000 行）", "核对一致：读取 1000 行 = 已接收 1000 行 + 有误 0 行");
        assertThat(clerk.get("/console/submissions").body()).contains("许可-1000行.xlsx");
    }

    @Test
    void templateNamesEveryStandardFieldMarksRequiredOnesAndOffersDropdowns() throws Exception {
        WebClient clerk = new WebClient(port);
        clerk.login("clerk-sthj", "Demo@2026");

        byte[] template = clerk.download("/console/submissions/templates/PENALTY").body();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet data = workbook.getSheetAt(0);
            Row head = data.getRow(0);
            assertThat(head.getLastCellNum()).isEqualTo((short) 30);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo("*行政相对人名称");
            assertThat(head.getCell(19).getStringCellValue()).isEqualTo("罚款金额（万元）");
            // 行政相对人类别, 法定代表人证件类型, 证件类型, 处罚类别: every enumerated column of §1.4
            assertThat(data.getDataValidations()).hasSize(4);
            assertThat(data.getRow(1).getCell(0).getStringCellValue()).as("one example row").isNotBlank();
            assertThat(workbook.getSheetName(1)).isEqualTo("填报说明");
        }
    }

    @Test
    void wrongTemplateIsRefusedWithAMessageInChinese() throws Exception {
        WebClient clerk = new WebClient(port);
        clerk.login("clerk-sthj", "Demo@2026");
        byte[] penaltyTemplate = clerk.download("/console/submissions/templates/PENALTY").body();
        clerk.get("/console/submissions");

        HttpResponse<String> upload = clerk.postFile("/console/submissions/upload", Map.of("recordType", "LICENSE"),
                "file", "处罚.xlsx", penaltyTemplate);

        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(clerk.get("/console/submissions").body())
                .contains("这是行政处罚数据文件，当前选择的是行政许可");
    }

    @Test
    void anotherDepartmentCannotSeeTheBatch() throws Exception {
        WebClient owner = new WebClient(port);
        owner.login("clerk-scjg", "Demo@2026");
        byte[] template = owner.download("/console/submissions/templates/LICENSE").body();
        owner.get("/console/submissions");
        String location = owner.postFile("/console/submissions/upload", Map.of("recordType", "LICENSE"), "file",
                "另一个部门看不到.xlsx", fill(template, 3)).headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/console/"));
        WebClient other = new WebClient(port);
        other.login("clerk-sthj", "Demo@2026");

        assertThat(other.get(path).statusCode()).isEqualTo(404);
        assertThat(other.get(path + "/progress").statusCode()).isEqualTo(404);
        assertThat(other.download(path + "/original").statusCode()).isEqualTo(404);
        assertThat(other.get("/console/submissions").body()).doesNotContain("另一个部门看不到.xlsx");
    }

    @Test
    void receiptListsEachUnreadableCellWithRowColumnAndReason() throws Exception {
        WebClient clerk = new WebClient(port);
        clerk.login("clerk-scjg", "Demo@2026");
        byte[] template = clerk.download("/console/submissions/templates/LICENSE").body();
        byte[] withError = fill(template, 4, 2, "2024/13/45");
        clerk.get("/console/submissions");
        String location = clerk.postFile("/console/submissions/upload", Map.of("recordType", "LICENSE"), "file",
                "有误.xlsx", withError).headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/console/"));
        awaitStaged(clerk, path);

        byte[] receipt = clerk.download(path + "/receipt.xlsx").body();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(receipt))) {
            Row error = workbook.getSheetAt(1).getRow(1);
            assertThat(error.getCell(0).getNumericCellValue()).isEqualTo(4.0); // Excel row 4 = third data row
            assertThat(error.getCell(1).getStringCellValue()).isEqualTo("*许可决定日期");
            assertThat(error.getCell(2).getStringCellValue()).contains("不是存在的日期");
            assertThat(error.getCell(3).getStringCellValue()).isEqualTo("2024/13/45");
        }
        assertThat(clerk.get(path).body()).contains("有误数据（1 处）", "已接收数据（3 行）");
    }

    @Test
    void batchListFiltersByTypeStatusAndDateRange() {
        WebClient reviewer = new WebClient(port);
        reviewer.login("reviewer", "Demo@2026");
        String today = java.time.LocalDate.now(cn.gov.zjg.credit.shared.WebConfig.ZONE).toString();

        HttpResponse<String> page = reviewer.get("/console/submissions?recordType=LICENSE&status=STAGED&from=" + today
                + "&to=" + today);
        HttpResponse<String> none = reviewer.get("/console/submissions?from=2001-01-01&to=2001-01-31");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).contains("没有符合条件的数据");
    }

    /** Writes {@code rows} rows into the downloaded template in place of its example row. */
    static byte[] fill(byte[] template, int rows) throws Exception {
        return fill(template, rows, -1, null);
    }

    static byte[] fill(byte[] template, int rows, int badRow, String badDate) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            Row example = sheet.getRow(1);
            int columns = sheet.getRow(0).getLastCellNum();
            String[] values = new String[columns];
            for (int c = 0; c < columns; c++) {
                values[c] = example.getCell(c) == null ? "" : example.getCell(c).getStringCellValue();
            }
            int dateColumn = indexOf(sheet.getRow(0), "*许可决定日期");
            int numberColumn = indexOf(sheet.getRow(0), "*行政许可决定文书号");
            for (int r = 0; r < rows; r++) {
                Row row = sheet.getRow(r + 1) == null ? sheet.createRow(r + 1) : sheet.getRow(r + 1);
                for (int c = 0; c < columns; c++) {
                    String value = values[c];
                    if (c == numberColumn) {
                        value = "张市监许〔2026〕" + (5000 + r) + "号-" + System.nanoTime();
                    }
                    if (c == dateColumn && r == badRow) {
                        value = badDate;
                    }
                    row.createCell(c).setCellValue(value);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static int indexOf(Row head, String name) {
        for (int c = 0; c < head.getLastCellNum(); c++) {
            if (name.equals(head.getCell(c).getStringCellValue())) {
                return c;
            }
        }
        return -1;
    }

    private static void awaitStaged(WebClient client, String batchPath) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String progress = "";
        while (System.nanoTime() < deadline) {
            progress = client.get(batchPath + "/progress").body();
            if (!progress.contains("READING")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(progress).contains("\"status\":\"STAGED\"");
    }
}
