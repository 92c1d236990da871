package cn.gov.zjg.credit.redblack;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.WebClient;
import com.alibaba.excel.EasyExcel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intake validation (issue 7): Excel upload with a receipt of row, column and reason; the console form with field
 * errors; subject codes (GB 32100, GB 11643), dates, a legal basis for black lists (domain.md §4.1), duplicates.
 */
@CreditIntegrationTest
class RedBlackIntakeTests {

    /** Template columns in a different order, with the required marks and a note in brackets. */
    private static final List<String> HEAD = List.of("*主体名称", "主体类型", "统一社会信用代码", "证件类型", "证件号码",
            "*名单类型", "名单子类", "列入原因及失信事实", "认定依据（黑名单必填）", "认定部门", "认定文号", "列入日期", "有效期至");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void uploadProposesEveryGoodRowAndListsEachProblemWithRowColumnAndReason() throws Exception {
        // given
        String good = RedBlackFixtures.uscc();
        String red = RedBlackFixtures.uscc();
        String badCheck = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        String id = RedBlackFixtures.idNumber();
        String badId = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        String doc = "张市监严失〔2026〕X" + good.substring(11) + "号";
        String today = LocalDate.now().minusDays(1).toString();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("上传测试甲公司" + good.substring(12), "法人及非法人组织", good, "", "", "严重失信主体名单", "市场监督管理严重违法失信名单",
                "虚假登记", "《市场监督管理严重违法失信名单管理办法》第十条", "张家港市市场监督管理局", doc, today, "2029-12-31"));
        rows.add(row("上传测试乙公司", "法人", badCheck, "", "", "YZSX", "", "虚假登记", "某依据", "市场监管局", doc + "b", today, ""));
        rows.add(row("上传测试丙公司", "法人", RedBlackFixtures.uscc(), "", "", "严重失信主体名单", "", "虚假登记", "",
                "市场监管局", doc + "c", today, ""));
        rows.add(row("上传测试丁公司", "法人", RedBlackFixtures.uscc(), "", "", "YZSX", "", "虚假登记", "某依据", "市场监管局",
                doc + "d", "2026/13/45", ""));
        rows.add(row("上传测试甲公司" + good.substring(12), "法人及非法人组织", good, "", "", "严重失信主体名单", "市场监督管理严重违法失信名单",
                "虚假登记", "某依据", "张家港市市场监督管理局", doc, today, ""));
        rows.add(row("王小明", "自然人", "", "身份证", badId, "YZSX", "", "拖欠工资", "某依据", "人社局", doc + "f", today, ""));
        rows.add(row("上传测试诚信公司" + red.substring(12), "法人", red, "", "", "守信激励对象", "诚信典型", "诚信经营典型",
                "", "张家港市市场监督管理局", "张市监诚〔2026〕" + red.substring(11) + "号", today, ""));
        rows.add(row("上传测试庚公司", "法人", RedBlackFixtures.uscc(), "", "", "黄名单", "", "原因", "", "某部门", doc + "h",
                today, ""));
        WebClient clerk = login("clerk-scjg");
        clerk.get("/console/redblack/uploads");

        // when
        HttpResponse<String> upload = clerk.postFile("/console/redblack/uploads", Map.of(), "file", "名单.xlsx",
                workbook(rows));

        // then
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(302);
        String receiptPath = upload.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        long uploadId = Long.parseLong(receiptPath.replaceAll(".*/", ""));
        assertThat(jdbc.queryForMap("select rows_read, rows_accepted, rows_refused from redblack_upload where id = ?",
                uploadId)).containsEntry("rows_read", 8).containsEntry("rows_accepted", 2)
                .containsEntry("rows_refused", 6);
        List<String> problems = jdbc.queryForList("select concat(source_row, '|', column_name, '|', message) "
                + "from redblack_upload_error where upload_id = ? order by source_row, id", String.class, uploadId);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("3|统一社会信用代码|").contains("校验位不正确"))
                .anySatisfy(p -> assertThat(p).startsWith("4|认定依据|").contains("须填写认定依据"))
                .anySatisfy(p -> assertThat(p).startsWith("5|列入日期|").contains("“2026/13/45”不是有效日期"))
                .anySatisfy(p -> assertThat(p).startsWith("6|认定文号|").contains("与第 2 行重复"))
                .anySatisfy(p -> assertThat(p).startsWith("7|证件号码|").contains("身份证号码校验位不正确"))
                .anySatisfy(p -> assertThat(p).startsWith("9|名单类型|").contains("“黄名单”不存在"));
        assertThat(String.join("\n", problems)).doesNotContain(badId);
        assertThat(jdbc.queryForObject("select count(*) from redblack_entry where upload_id = ? and status = 'PENDING'",
                Long.class, uploadId)).isEqualTo(2);
        assertThat(clerk.get(receiptPath).body()).contains("读取 8 行，提交审核 2 行，有问题 6 行", "与第 2 行重复");
        byte[] receipt = clerk.download(receiptPath + "/receipt.xlsx").body();
        List<Map<Integer, String>> receiptRows = EasyExcel.read(new ByteArrayInputStream(receipt)).sheet(0)
                .doReadSync();
        assertThat(receiptRows).anySatisfy(r -> assertThat(r).containsEntry(0, "3").containsEntry(1, "统一社会信用代码"));

        // and: the same good row uploaded again is a duplicate of the stored entry
        clerk.get("/console/redblack/uploads");
        HttpResponse<String> again = clerk.postFile("/console/redblack/uploads", Map.of(), "file", "again.xlsx",
                workbook(List.of(rows.get(0))));
        long againId = Long.parseLong(again.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        assertThat(jdbc.queryForList("select message from redblack_upload_error where upload_id = ?", String.class,
                againId)).containsExactly("该主体已以相同认定文号列入此名单（待审核或已公示），不能重复报送");
    }

    @Test
    void fileWithoutTheRequiredColumnsIsRefusedNamingThem() throws Exception {
        WebClient clerk = login("clerk-scjg");
        clerk.get("/console/redblack/uploads");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EasyExcel.write(out).head(List.of(List.of("主体名称"), List.of("统一社会信用代码"))).sheet("x")
                .doWrite(List.of(List.of("甲", RedBlackFixtures.uscc())));

        HttpResponse<String> upload = clerk.postFile("/console/redblack/uploads", Map.of(), "file", "x.xlsx",
                out.toByteArray());

        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(clerk.get("/console/redblack/uploads").body())
                .contains("表头缺少必填列：主体类型、名单类型、列入原因及失信事实、认定部门、认定文号、列入日期");
    }

    @Test
    void templateDownloadsWithEveryColumn() throws Exception {
        WebClient clerk = login("clerk-scjg");
        byte[] template = clerk.download("/console/redblack/uploads/template.xlsx").body();
        List<Map<Integer, String>> rows = EasyExcel.read(new ByteArrayInputStream(template)).sheet(0)
                .headRowNumber(0).doReadSync();
        assertThat(rows.get(0).values()).contains("*主体类型", "统一社会信用代码", "证件号码", "*认定文号", "认定依据",
                "有效期至", "移出条件", "数据来源单位");
    }

    @Test
    void formShowsAClearChineseErrorForEachBadField() {
        WebClient clerk = login("clerk-scjg");
        clerk.get("/console/redblack/entries/new");
        Map<String, String> form = new java.util.HashMap<>(RedBlackFixtures.blackForm("", "91320582MA1MUL3Q1H",
                "文号", LocalDate.now().plusYears(1)));
        form.put("legalBasis", "");
        form.put("listedOn", LocalDate.now().plusDays(5).toString());

        HttpResponse<String> response = clerk.post("/console/redblack/entries", form);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("主体名称不能为空", "统一社会信用代码“91320582MA1MUL3Q1H”的校验位不正确",
                "严重失信主体名单（黑名单）条目须填写认定依据", "列入日期不能晚于今天");
    }

    @Test
    void naturalPersonNeedsAValidIdNumber() {
        WebClient clerk = login("clerk-scjg");
        clerk.get("/console/redblack/entries/new");
        String id = RedBlackFixtures.idNumber();
        String wrong = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        Map<String, String> form = new java.util.HashMap<>(RedBlackFixtures.blackForm("李四", "", "张人社〔2026〕1号",
                LocalDate.now().plusYears(1)));
        form.put("subjectKind", "自然人");
        form.put("idNumber", wrong);

        HttpResponse<String> response = clerk.post("/console/redblack/entries", form);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("身份证号码校验位不正确");
    }

    private static List<Object> row(Object... values) {
        return List.of(values);
    }

    private static byte[] workbook(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EasyExcel.write(out).head(HEAD.stream().map(List::of).toList()).sheet("名单").doWrite(rows);
        return out.toByteArray();
    }

    private WebClient login(String user) {
        WebClient client = new WebClient(port);
        assertThat(client.login(user, "Demo@2026").statusCode()).isEqualTo(302);
        return client;
    }
}
