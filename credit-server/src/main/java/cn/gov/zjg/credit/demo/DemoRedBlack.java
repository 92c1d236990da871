package cn.gov.zjg.credit.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.redblack.EntryDraft;
import cn.gov.zjg.credit.redblack.EntryField;
import cn.gov.zjg.credit.redblack.EntryService;
import cn.gov.zjg.credit.redblack.EntryValidator;
import cn.hutool.core.util.StrUtil;

import org.springframework.stereotype.Component;

/**
 * The demo's red and black list entries, through the red/black module as its push API takes them: drafts validated by
 * {@link EntryValidator}, proposed by the department, approved by the demo reviewer. Black: legal persons whose
 * penalties were serious (严重失信主体名单, by the deciding department); red: enterprises without penalties
 * (守信激励对象, 纳税信用A级 by the tax bureau). Each reason says it is demo data.
 */
@Component
class DemoRedBlack {

    private static final String DEMO = "【演示数据（虚构）】";
    private static final List<String> SERIOUS = List.of("限制开展生产经营活动", "责令停产停业", "降低资质等级");

    private final EntryValidator validator;
    private final EntryService entries;

    DemoRedBlack(EntryValidator validator, EntryService entries) {
        this.validator = validator;
        this.entries = entries;
    }

    /** Black-list entries for the serious penalties among {@code penalties} of the department; returns how many. */
    int blackList(DemoDepartment department, long departmentId, String subtype, List<Map<String, Object>> penalties,
            int max, LocalDate today) {
        List<EntryDraft> drafts = new ArrayList<>();
        java.util.Set<Object> subjects = new java.util.HashSet<>();
        for (Map<String, Object> p : penalties) {
            String kinds = (String) p.get("CF_CFLB");
            if (drafts.size() == max || !DemoSubject.LEGAL.equals(p.get("CF_XDR_LB"))
                    || SERIOUS.stream().noneMatch(kinds::contains) || DemoDataset.MISTAKE_REMARK.equals(p.get("BZ"))
                    || !subjects.add(p.get("CF_XDR_SHXYM"))) {
                continue;
            }
            LocalDate decided = LocalDate.parse(((String) p.get("CF_JDRQ")).replace('/', '-'));
            LocalDate listed = decided.plusDays(30).isAfter(today) ? today : decided.plusDays(30);
            Map<EntryField, String> v = subject(p.get("CF_XDR_MC"), p.get("CF_XDR_SHXYM"));
            v.put(EntryField.LIST_TYPE, "YZSX");
            v.put(EntryField.LIST_SUBTYPE, subtype);
            v.put(EntryField.REASON, StrUtil.sub("当事人因" + p.get("CF_WFXW") + "，被" + department.fullName() + "依法作出"
                    + p.get("CF_WSH") + "行政处罚决定（" + kinds.replace(';', '、') + "），情节严重。" + DEMO, 0, 4000));
            v.put(EntryField.LEGAL_BASIS, "《江苏省社会信用条例》关于严重失信主体名单认定的规定；" + p.get("CF_YJ"));
            deciding(v, department, listed, listed.plusYears(3));
            v.put(EntryField.REMOVAL_CONDITIONS, "有效期届满自动移出；纠正失信行为、履行处罚决定并完成信用修复后，可申请提前移出");
            drafts.add(new EntryDraft(drafts.size() + 1, v));
        }
        return propose(drafts, departmentId, department.code(), department.fullName());
    }

    /** Red-list entries (纳税信用A级纳税人) for the first {@code max} enterprises of {@code licenses}. */
    int redList(long taxBureauId, List<Map<String, Object>> licenses, int max, LocalDate today) {
        List<EntryDraft> drafts = new ArrayList<>();
        LocalDate listed = LocalDate.of(today.getYear(), 4, 20).isAfter(today) ? today.minusMonths(6)
                : LocalDate.of(today.getYear(), 4, 20);
        java.util.Set<Object> subjects = new java.util.HashSet<>();
        for (Map<String, Object> l : licenses) {
            Object code = l.get("XK_XDR_SHXYM");
            if (drafts.size() == max || code == null || !((String) code).startsWith("91")
                    || DemoDataset.MISTAKE_REMARK.equals(l.get("BZ")) || !subjects.add(code)) {
                continue;
            }
            Map<EntryField, String> v = subject(l.get("XK_XDR_MC"), code);
            v.put(EntryField.LIST_TYPE, "SXJL");
            v.put(EntryField.LIST_SUBTYPE, "NSXYA");
            v.put(EntryField.REASON, (listed.getYear() - 1) + "年度纳税信用评价结果为A级。" + DEMO);
            v.put(EntryField.LEGAL_BASIS, "《纳税信用管理办法（试行）》");
            v.put(EntryField.DECIDING_DEPT, "国家税务总局张家港市税务局");
            v.put(EntryField.DOCUMENT_NO, "张税信〔%d〕%d号".formatted(listed.getYear(), 10 + drafts.size()));
            v.put(EntryField.LISTED_ON, listed.toString());
            v.put(EntryField.VALID_UNTIL, listed.plusYears(1).minusDays(1).toString());
            v.put(EntryField.REMOVAL_CONDITIONS, "有效期届满或纳税信用级别调整后移出");
            drafts.add(new EntryDraft(drafts.size() + 1, v));
        }
        return propose(drafts, taxBureauId, "sw", "国家税务总局张家港市税务局");
    }

    private static Map<EntryField, String> subject(Object name, Object code) {
        Map<EntryField, String> v = new EnumMap<>(EntryField.class);
        v.put(EntryField.SUBJECT_KIND, DemoSubject.LEGAL);
        v.put(EntryField.SUBJECT_NAME, (String) name);
        v.put(EntryField.USCC, (String) code);
        return v;
    }

    private static void deciding(Map<EntryField, String> v, DemoDepartment department, LocalDate listed,
            LocalDate until) {
        v.put(EntryField.DECIDING_DEPT, department.fullName());
        v.put(EntryField.DECIDING_DEPT_CODE, department.agencyCode());
        v.put(EntryField.DOCUMENT_NO, department.documentNumber(true, listed.getYear(), listed.getDayOfYear())
                .replace("罚", "信"));
        v.put(EntryField.LISTED_ON, listed.toString());
        v.put(EntryField.VALID_UNTIL, until.toString());
    }

    /** Validates, proposes (as the department's push call would) and approves as the demo reviewer. */
    private int propose(List<EntryDraft> drafts, long departmentId, String departmentCode, String departmentName) {
        List<cn.gov.zjg.credit.redblack.NewEntry> valid = validator.validate(drafts, departmentName).stream()
                .filter(EntryValidator.Checked::valid).map(EntryValidator.Checked::entry).toList();
        if (valid.isEmpty()) {
            return 0;
        }
        EntryService.Proposed proposed = entries.propose(
                new EntryService.Proposal(departmentId, "API", null, "api:demo-" + departmentCode), valid);
        return entries.approve(proposed.ids(), DemoReview.REVIEWER);
    }
}
