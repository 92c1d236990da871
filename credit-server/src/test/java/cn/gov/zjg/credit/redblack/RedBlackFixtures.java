package cn.gov.zjg.credit.redblack;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.gov.zjg.credit.validation.CreditCode;
import cn.gov.zjg.credit.validation.IdCardNumber;

/** Test data of red/black list entries: fresh valid codes so tests never collide in the shared database. */
public final class RedBlackFixtures {

    private RedBlackFixtures() {
    }

    /** A valid 统一社会信用代码 (GB 32100 check character) not used before, most likely. */
    public static String uscc() {
        String first17 = "91320582MA" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        return first17 + CreditCode.checkChar(first17);
    }

    /** A valid 18-digit ID number (GB 11643), born in the 1980s in 张家港 (320582). */
    public static String idNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String first17 = "320582" + LocalDate.of(1980 + r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28))
                .toString().replace("-", "") + String.format("%03d", r.nextInt(1000));
        String id = first17 + IdCardNumber.checkChar(first17);
        return id;
    }

    /** The console form of a black list entry of a company, valid until {@code validUntil}. */
    public static Map<String, String> blackForm(String name, String uscc, String documentNo, LocalDate validUntil) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("subjectKind", "法人及非法人组织");
        form.put("subjectName", name);
        form.put("uscc", uscc);
        form.put("idType", "身份证");
        form.put("idNumber", "");
        form.put("listType", "YZSX");
        form.put("listSubtype", "SCJGYZ");
        form.put("reason", "提交虚假材料取得公司登记，情节严重（测试数据）");
        form.put("legalBasis", "《市场监督管理严重违法失信名单管理办法》第十条");
        form.put("decidingDept", "张家港市市场监督管理局");
        form.put("decidingDeptCode", "");
        form.put("documentNo", documentNo);
        form.put("listedOn", LocalDate.now().toString());
        form.put("validUntil", validUntil.toString());
        form.put("removalConditions", "满三年且已纠正违法行为");
        form.put("sourceUnit", "");
        return form;
    }
}
