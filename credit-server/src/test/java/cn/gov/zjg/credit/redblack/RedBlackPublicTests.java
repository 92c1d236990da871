package cn.gov.zjg.credit.redblack;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public lists and the exposure board: filters and keyset paging, natural persons kept off public pages (switch
 * off, the default) and their identifiers stored only encrypted (domain.md §6), serious penalties in publicity on the
 * board, curation, and the credit check of penalties.
 */
@CreditIntegrationTest
class RedBlackPublicTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntryValidator validator;

    @Autowired
    EntryService entries;

    @Autowired
    ListTypeService types;

    @Autowired
    DepartmentService departments;

    @Test
    void publicListFiltersByTypeAndDateAndPagesByKeyset() {
        // given: 23 published red list entries of a sub-type of their own, one per day
        String code = "T" + System.nanoTime() % 1_000_000_000L;
        long parent = types.findAll().stream().filter(t -> t.code().equals("SXJL")).findFirst().orElseThrow().id();
        types.create(parent, ListKind.RED, code, "测试子类" + code, "测试措施", 99, "test");
        long subtype = types.findAll().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow().id();
        List<EntryDraft> drafts = new ArrayList<>();
        LocalDate first = LocalDate.now().minusDays(40);
        for (int i = 0; i < 23; i++) {
            drafts.add(draft(i, "守信激励对象", code, "分页测试公司" + code + "-" + i, RedBlackFixtures.uscc(), null,
                    first.plusDays(i), ""));
        }
        List<Long> ids = propose(drafts);
        assertThat(entries.approve(ids, "reviewer")).isEqualTo(23);
        WebClient visitor = new WebClient(port);

        // when / then: newest first, 20 per page, a next link with the keyset cursor
        HttpResponse<String> page1 = visitor.get("/redlist?listTypeId=" + subtype);
        assertThat(page1.body()).contains("分页测试公司" + code + "-22", "分页测试公司" + code + "-3")
                .doesNotContain("分页测试公司" + code + "-2<");
        String next = page1.body().replaceAll("(?s).*id=\"next-page\"[^>]*href=\"([^\"]+)\".*", "$1")
                .replace("&amp;", "&");
        assertThat(next).contains("after=" + first.plusDays(3));
        HttpResponse<String> page2 = visitor.get(next);
        assertThat(page2.body()).contains("分页测试公司" + code + "-2<", "分页测试公司" + code + "-0<")
                .doesNotContain("分页测试公司" + code + "-3<").doesNotContain("id=\"next-page\"");
        HttpResponse<String> ranged = visitor.get("/redlist?listTypeId=" + subtype + "&from=" + first.plusDays(5)
                + "&to=" + first.plusDays(6));
        assertThat(ranged.body()).contains("分页测试公司" + code + "-5<", "分页测试公司" + code + "-6<")
                .doesNotContain("分页测试公司" + code + "-7<").doesNotContain("分页测试公司" + code + "-4<");
        assertThat(visitor.get("/blacklist?listTypeId=" + subtype).body()).doesNotContain("分页测试公司" + code);
    }

    @Test
    void naturalPersonOnABlackListIsStoredEncryptedAndNotShownPublicly() {
        // given: a published black list entry of a natural person (credit.redblack.natural-person-listing is false)
        String idNumber = RedBlackFixtures.idNumber();
        String name = "欧阳测" + idNumber.substring(14);
        List<Long> ids = propose(List.of(draft(0, "YZSX", "TQNMG", name, null, idNumber, LocalDate.now().minusDays(3),
                "张人社失〔2026〕" + idNumber.substring(10) + "号")));
        entries.approve(ids, "reviewer");
        long id = ids.get(0);

        // then: stored encrypted with its keyed hash; linked to natural_person; masked name only
        Map<String, Object> row = jdbc.queryForMap("select subject_name, subject_name_enc, id_enc, uscc, "
                + "natural_person_id from redblack_entry where id = ?", id);
        assertThat(row.get("subject_name")).isEqualTo("欧" + "*".repeat(name.length() - 1));
        assertThat(new String((byte[]) row.get("id_enc"), StandardCharsets.ISO_8859_1)).doesNotContain(idNumber);
        assertThat(new String((byte[]) row.get("subject_name_enc"), StandardCharsets.UTF_8)).doesNotContain(name);
        assertThat(row.get("natural_person_id")).isNotNull();
        assertThat(jdbc.queryForObject("select name_masked from natural_person where id = ?", String.class,
                row.get("natural_person_id"))).isEqualTo(row.get("subject_name"));

        WebClient visitor = new WebClient(port);
        for (String path : List.of("/blacklist", "/blacklist/" + id, "/exposure", "/redlist")) {
            HttpResponse<String> page = visitor.get(path);
            assertThat(page.body()).as(path).doesNotContain(idNumber).doesNotContain(name)
                    .doesNotContain((String) row.get("subject_name"));
        }
        assertThat(visitor.get("/blacklist/" + id).statusCode()).isEqualTo(404);

        // and: the reviewer's page shows the masked name, never the number
        WebClient reviewer = new WebClient(port);
        reviewer.login("reviewer", "Demo@2026");
        assertThat(reviewer.get("/console/review/lists/" + id).body()).contains((String) row.get("subject_name"))
                .doesNotContain(idNumber).doesNotContain(name);

        // and: the credit check finds the person by ID number, masked
        WebClient clerk = new WebClient(port);
        clerk.login("clerk-sthj", "Demo@2026");
        clerk.get("/console/credit-check");
        assertThat(clerk.post("/console/credit-check", Map.of("code", idNumber)).body())
                .contains("失信惩戒对象", (String) row.get("subject_name")).doesNotContain(name);
    }

    @Test
    void exposureBoardShowsSeriousPenaltiesInPublicityAndTheCentreCuratesIt() {
        // given: three penalties of one company: serious and public, general and public, serious but stopped
        String uscc = RedBlackFixtures.uscc();
        String company = "曝光测试公司" + uscc.substring(12);
        jdbc.update("insert into legal_subject (subject_key, uscc, name, category) values (?, ?, ?, '法人及非法人组织')",
                uscc, uscc, company);
        long subject = jdbc.queryForObject("select id from legal_subject where subject_key = ?", Long.class, uscc);
        long serious = penalty(subject, uscc, company, "张市监罚〔2026〕S" + uscc.substring(12), "SERIOUS", "PUBLIC");
        penalty(subject, uscc, company, "张市监罚〔2026〕G" + uscc.substring(12), "GENERAL", "PUBLIC");
        penalty(subject, uscc, company, "张市监罚〔2026〕T" + uscc.substring(12), "SERIOUS", "STOPPED");
        WebClient visitor = new WebClient(port);

        // then
        String board = visitor.get("/exposure").body();
        assertThat(board).contains("张市监罚〔2026〕S" + uscc.substring(12)).doesNotContain("张市监罚〔2026〕G"
                + uscc.substring(12)).doesNotContain("张市监罚〔2026〕T" + uscc.substring(12));

        // and: the credit check reports only the serious one in publicity
        WebClient clerk = new WebClient(port);
        clerk.login("clerk-sthj", "Demo@2026");
        clerk.get("/console/credit-check");
        assertThat(clerk.post("/console/credit-check", Map.of("code", uscc)).body()).contains("失信惩戒对象",
                "张市监罚〔2026〕S" + uscc.substring(12)).doesNotContain("张市监罚〔2026〕G" + uscc.substring(12));

        // when: the centre hides it with a reason
        WebClient admin = new WebClient(port);
        admin.login("admin", "Demo@2026");
        admin.get("/console/redblack/exposure");
        admin.post("/console/redblack/exposure/PENALTY/" + serious, Map.of("action", "HIDE"));
        assertThat(jdbc.queryForObject("select count(*) from redblack_exposure_curation where record_id = ? "
                + "and record_type = 'PENALTY'", Long.class, serious)).isZero();
        admin.get("/console/redblack/exposure");
        admin.post("/console/redblack/exposure/PENALTY/" + serious, Map.of("action", "HIDE", "reason", "已申请信用修复"));

        // then: off the board, still on the curation page with its reason
        assertThat(visitor.get("/exposure").body()).doesNotContain("张市监罚〔2026〕S" + uscc.substring(12));
        assertThat(admin.get("/console/redblack/exposure").body()).contains("已隐藏：已申请信用修复");

        // and: an older serious penalty pinned comes first, marked
        String older = "张市监罚〔2026〕P" + uscc.substring(12);
        long pinned = penalty(subject, uscc, company, older, "SERIOUS", "PUBLIC");
        jdbc.update("update publicity_penalty set jdrq = ? where id = ?", LocalDate.now().minusYears(1), pinned);
        admin.get("/console/redblack/exposure");
        admin.post("/console/redblack/exposure/PENALTY/" + pinned, Map.of("action", "PIN", "reason", "典型案例"));
        String pinnedBoard = visitor.get("/exposure").body();
        String penalties = pinnedBoard.substring(pinnedBoard.indexOf("id=\"exposure-penalties\""));
        assertThat(penalties.indexOf(older)).isPositive().isLessThan(penalties.indexOf("</li>"));
        assertThat(penalties.substring(0, penalties.indexOf(older))).contains("置顶");
        assertThat(jdbc.queryForObject("select count(*) from operation_log where action = 'curate-exposure' "
                + "and username = 'admin'", Long.class)).isPositive();
    }

    @Test
    void batchCreditCheckAnswersAnExcelListWithAnExcelFileInTheSameOrder() throws Exception {
        // given: a published black list entry, and a list of four codes with a header row
        String listed = RedBlackFixtures.uscc();
        List<Long> ids = propose(List.of(draft(0, "YZSX", "HJYZSX", "批量核查公司" + listed.substring(12), listed, null,
                LocalDate.now().minusDays(1), "")));
        entries.approve(ids, "reviewer");
        String clear = RedBlackFixtures.uscc();
        String person = RedBlackFixtures.idNumber();
        java.io.ByteArrayOutputStream in = new java.io.ByteArrayOutputStream();
        com.alibaba.excel.EasyExcel.write(in).head(List.of(List.of("统一社会信用代码"))).sheet("codes")
                .doWrite(List.of(List.of(clear), List.of(listed), List.of("不是代码"), List.of(person)));
        WebClient clerk = new WebClient(port);
        clerk.login("clerk-sthj", "Demo@2026");
        clerk.get("/console/credit-check");

        // when
        HttpResponse<byte[]> answer = clerk.postFileForDownload("/console/credit-check/batch",
                Map.of("purpose", "评优评先"), "file", "codes.xlsx", in.toByteArray());

        // then
        assertThat(answer.statusCode()).isEqualTo(200);
        List<Map<Integer, String>> rows = com.alibaba.excel.EasyExcel.read(new java.io.ByteArrayInputStream(
                answer.body())).sheet(0).doReadSync();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).containsEntry(1, clear).containsEntry(3, "无红黑名单记录和公示中的严重失信行政处罚");
        assertThat(rows.get(1)).containsEntry(1, listed).containsEntry(2, "批量核查公司" + listed.substring(12));
        assertThat(rows.get(1).get(3)).startsWith("失信惩戒对象");
        assertThat(rows.get(1).get(5)).contains("生态环境严重失信企业");
        assertThat(rows.get(1).get(7)).contains("从严审批新建项目环评");
        assertThat(rows.get(2).get(3)).startsWith("代码无效");
        assertThat(rows.get(3)).containsEntry(1, person.substring(0, 6) + "********" + person.substring(14));
        assertThat(new String(answer.body(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(person);
        assertThat(jdbc.queryForObject("select count(*) from redblack_check_log where channel = 'EXCEL' "
                + "and checked_by = 'clerk-sthj' and codes = 4 and flagged = 1 and purpose = '评优评先'", Long.class))
                .isPositive();
    }

    private long penalty(long subject, String uscc, String name, String wsh, String tier, String status) {
        jdbc.update("insert into publicity_penalty (origin_staging_id, staging_id, department_id, subject_kind, "
                + "legal_subject_id, xdr_mc, xdr_lb, xdr_shxym, wsh, cflb, jdrq, cfjg, publicity_tier, "
                + "publicity_max_end, status) values (?, ?, ?, 'LEGAL', ?, ?, '法人及非法人组织', ?, ?, '罚款', ?, "
                + "'张家港市市场监督管理局', ?, ?, ?)", -System.nanoTime(), -1, departments.findByCode("scjg")
                .orElseThrow().id(), subject, name, uscc, wsh, LocalDate.now(), tier,
                LocalDate.now().plusYears(1), status);
        return jdbc.queryForObject("select id from publicity_penalty where wsh = ?", Long.class, wsh);
    }

    private List<Long> propose(List<EntryDraft> drafts) {
        long scjg = departments.findByCode("scjg").orElseThrow().id();
        List<NewEntry> valid = validator.validate(drafts, "张家港市市场监督管理局").stream()
                .peek(c -> assertThat(c.problems()).isEmpty()).map(EntryValidator.Checked::entry).toList();
        return entries.propose(new EntryService.Proposal(scjg, "FORM", null, "clerk-scjg"), valid).ids();
    }

    static EntryDraft draft(int row, String type, String subtype, String name, String uscc, String idNumber,
            LocalDate listedOn, String documentNo) {
        Map<EntryField, String> v = new EnumMap<>(EntryField.class);
        v.put(EntryField.SUBJECT_KIND, uscc != null ? "法人及非法人组织" : "自然人");
        v.put(EntryField.SUBJECT_NAME, name);
        if (uscc != null) {
            v.put(EntryField.USCC, uscc);
        } else {
            v.put(EntryField.ID_TYPE, "身份证");
            v.put(EntryField.ID_NUMBER, idNumber);
        }
        v.put(EntryField.LIST_TYPE, type);
        v.put(EntryField.LIST_SUBTYPE, subtype);
        v.put(EntryField.REASON, "测试事实");
        v.put(EntryField.LEGAL_BASIS, "测试依据");
        v.put(EntryField.DECIDING_DEPT, "张家港市市场监督管理局");
        v.put(EntryField.DOCUMENT_NO, documentNo.isEmpty() ? "张测〔2026〕" + name : documentNo);
        v.put(EntryField.LISTED_ON, listedOn.toString());
        return new EntryDraft(row, v);
    }
}
