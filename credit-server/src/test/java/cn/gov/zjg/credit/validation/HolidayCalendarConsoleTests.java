package cn.gov.zjg.credit.validation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.WebClient;
import com.alibaba.excel.EasyExcel;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrators' holiday calendar at /console/validation/holidays: one day at a time, Excel import (all rows or
 * none), delete, who may use it. Uses years 2033-2036, which nothing seeds (sql/V6 has 2025 and 2026 only).
 */
@CreditIntegrationTest
class HolidayCalendarConsoleTests {

    private static final String PAGE = "/console/validation/holidays";

    @LocalServerPort
    int port;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestYears() {
        jdbc.update("delete from holiday_calendar where day >= '2033-01-01' and day < '2037-01-01'");
        calendar.evict();
    }

    @Test
    void addingAHolidayMakesTheDayANonWorkingDayAtOnceAndIsLogged() {
        // given: a Wednesday, its year already cached as weekends only
        LocalDate day = LocalDate.of(2033, 6, 1);
        assertThat(calendar.isWorkingDay(day)).isTrue();
        WebClient admin = admin();
        assertThat(admin.get(PAGE + "?year=2033").body()).contains("2033 年没有节假日安排");

        // when
        HttpResponse<String> saved = admin.post(PAGE, Map.of("day", "2033-06-01", "kind", "HOLIDAY", "name", "测试节"));

        // then
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("year=2033"));
        assertThat(calendar.isWorkingDay(day)).isFalse();
        assertThat(admin.get(PAGE + "?year=2033").body())
                .contains("已保存 2033-06-01", "2033-06-01", "星期三", "放假", "测试节")
                .doesNotContain("2033 年没有节假日安排");
        assertThat(jdbc.queryForObject("select count(*) from operation_log where module = 'validation' "
                + "and action = 'save-holiday' and username = 'admin' and success = 1", Long.class)).isPositive();
    }

    @Test
    void refusesAFormWithAnImpossibleDateOrWithoutNameAndWritesNothing() {
        WebClient admin = admin();
        admin.get(PAGE);

        HttpResponse<String> wrongDate = admin.post(PAGE, Map.of("day", "2033-02-30", "kind", "HOLIDAY", "name", "x"));
        HttpResponse<String> noName = admin.post(PAGE, Map.of("day", "2033-06-02", "kind", "WORKDAY", "name", " "));
        HttpResponse<String> badKind = admin.post(PAGE, Map.of("day", "2033-06-03", "kind", "SICK", "name", "x"));

        assertThat(wrongDate.statusCode()).isEqualTo(422);
        assertThat(wrongDate.body()).contains("请填写有效日期");
        assertThat(noName.statusCode()).isEqualTo(422);
        assertThat(noName.body()).contains("请填写名称");
        assertThat(badKind.statusCode()).isEqualTo(422);
        assertThat(badKind.body()).contains("请选择“放假”或“调休上班”");
        assertThat(countIn(2033)).isZero();
    }

    @Test
    void importsAValidFileCountingAddedAndChangedDaysAndTheCalendarFollows() throws IOException {
        // given: one day already there under another name; dates as an Excel date cell and as text in three forms
        jdbc.update("insert into holiday_calendar (day, kind, name) values ('2034-10-02', 'HOLIDAY', '旧名称')");
        byte[] file = workbook(List.of(
                List.of(LocalDate.of(2034, 10, 2), "放假", "国庆节"),
                List.of("2034/10/03", "放假", "国庆节"),
                List.of("2034-10-04", "HOLIDAY", "国庆节"),
                List.of("2034年10月5日", "放假", "国庆节"),
                List.of("2034/10/08", "调休上班", "国庆节调休上班")));
        assertThat(calendar.isWorkingDay(LocalDate.of(2034, 10, 3))).isTrue();
        WebClient admin = admin();
        admin.get(PAGE + "?year=2034");

        // when
        HttpResponse<String> imported = admin.postFile(PAGE + "/import", Map.of(), "file", "节假日.xlsx", file);

        // then
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(302);
        assertThat(admin.get(PAGE + "?year=2034").body())
                .contains("导入完成：新增 4 天，修改 1 天，0 天无变化。")
                .contains("2034-10-02", "2034-10-05", "2034-10-08", "调休上班", "国庆节调休上班")
                .doesNotContain("旧名称");
        assertThat(countIn(2034)).isEqualTo(5);
        assertThat(calendar.isWorkingDay(LocalDate.of(2034, 10, 3))).isFalse(); // Tuesday off
        assertThat(calendar.isWorkingDay(LocalDate.of(2034, 10, 8))).isTrue(); // Sunday worked
        assertThat(jdbc.queryForObject("select count(*) from operation_log where module = 'validation' "
                + "and action = 'import-holidays' and username = 'admin' and success = 1", Long.class)).isPositive();
    }

    @Test
    void refusesAFileWithABadDateAndABadTypeNamingBothRowsAndWritesNothing() throws IOException {
        byte[] file = workbook(List.of(
                List.of("2035/05/01", "放假", "劳动节"),
                List.of("2035/13/45", "放假", "劳动节"),
                List.of("2035/05/03", "休息", "劳动节")));
        WebClient admin = admin();
        admin.get(PAGE + "?year=2035");

        HttpResponse<String> refused = admin.postFile(PAGE + "/import", Map.of("year", "2035"), "file", "假期.xlsx",
                file);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("文件中有 2 处错误，没有导入任何数据")
                .contains("第 3 行：日期“2035/13/45”无法识别")
                .contains("第 4 行：类型“休息”无效");
        assertThat(countIn(2035)).isZero();
        assertThat(calendar.isWorkingDay(LocalDate.of(2035, 5, 1))).isTrue(); // Tuesday, row 2 not half-imported
    }

    @Test
    void theDownloadedTemplateImportsAsItIsWithoutChangingAnything() {
        WebClient admin = admin();
        admin.get(PAGE);

        HttpResponse<byte[]> template = admin.download(PAGE + "/template.xlsx");
        assertThat(template.statusCode()).isEqualTo(200);
        List<Map<Integer, String>> rows = EasyExcel.read(new ByteArrayInputStream(template.body()))
                .headRowNumber(0).sheet(0).doReadSync();
        assertThat(rows.get(0).values()).containsExactly("日期", "类型（放假/调休上班）", "名称");
        assertThat(rows).hasSize(2);

        HttpResponse<String> imported = admin.postFile(PAGE + "/import", Map.of(), "file", "模板.xlsx",
                template.body());
        assertThat(imported.statusCode()).isEqualTo(302);
        assertThat(admin.get(PAGE + "?year=2026").body()).contains("导入完成：新增 0 天，修改 0 天，1 天无变化。");
    }

    @Test
    void deletingADayMakesItAnOrdinaryWeekdayAgainAndLogsTheDay() {
        // given
        WebClient admin = admin();
        admin.get(PAGE);
        admin.post(PAGE, Map.of("day", "2036-03-04", "kind", "HOLIDAY", "name", "测试删除"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2036, 3, 4))).isFalse();
        String page = admin.get(PAGE + "?year=2036").body();
        assertThat(page).contains(PAGE + "/2036-03-04/delete", "data-confirm=\"确定删除 2036-03-04（测试删除）吗");

        // when
        HttpResponse<String> deleted = admin.post(PAGE + "/2036-03-04/delete", Map.of());

        // then
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(countIn(2036)).isZero();
        assertThat(calendar.isWorkingDay(LocalDate.of(2036, 3, 4))).isTrue();
        assertThat(admin.get(PAGE + "?year=2036").body()).contains("已删除 2036-03-04", "2036 年没有节假日安排");
        assertThat(jdbc.queryForList("select target from operation_log where module = 'validation' "
                + "and action = 'delete-holiday' and username = 'admin'", String.class))
                .anySatisfy(target -> assertThat(target).contains("2036-03-04"));
    }

    @Test
    void aSubmitterMayNeitherSeeNorChangeTheCalendar() throws IOException {
        WebClient clerk = new WebClient(port);
        clerk.login("clerk-scjg", "Demo@2026");
        assertThat(clerk.get("/console").body()).doesNotContain(PAGE); // also loads a CSRF token for the posts

        assertThat(clerk.get(PAGE).statusCode()).isEqualTo(403);
        assertThat(clerk.download(PAGE + "/template.xlsx").statusCode()).isEqualTo(403);
        assertThat(clerk.post(PAGE, Map.of("day", "2033-06-01", "kind", "HOLIDAY", "name", "x")).statusCode())
                .isEqualTo(403);
        assertThat(clerk.post(PAGE + "/2026-10-01/delete", Map.of()).statusCode()).isEqualTo(403);
        assertThat(clerk.postFile(PAGE + "/import", Map.of(), "file", "x.xlsx",
                workbook(List.of(List.of("2033/06/01", "放假", "x")))).statusCode()).isEqualTo(403);
        assertThat(countIn(2033)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from holiday_calendar where day = '2026-10-01'", Long.class))
                .isOne();
    }

    private WebClient admin() {
        WebClient admin = new WebClient(port);
        admin.login("admin", "Demo@2026");
        return admin;
    }

    private long countIn(int year) {
        return jdbc.queryForObject("select count(*) from holiday_calendar where year(day) = ?", Long.class, year);
    }

    /** An .xlsx with the template's header; LocalDate values become date cells, everything else text. */
    private static byte[] workbook(List<? extends List<?>> rows) throws IOException {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("节假日");
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            Row head = sheet.createRow(0);
            List.of("日期", "类型", "名称").forEach(h -> head.createCell(head.getPhysicalNumberOfCells()).setCellValue(h));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Cell cell = row.createCell(c);
                    if (rows.get(r).get(c) instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else {
                        cell.setCellValue(rows.get(r).get(c).toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
