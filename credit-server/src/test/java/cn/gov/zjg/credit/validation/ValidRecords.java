package cn.gov.zjg.credit.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records that pass every rule, as intake normalises them, for tests to break one field at a time. Credit codes and
 * ID numbers have check characters computed independently (GB 32100, GB 11714, GB 11643).
 */
public final class ValidRecords {

    /** 2026-05-08 is a Friday, two working days after the decisions below (2026-05-06, a Wednesday). */
    public static final LocalDate TODAY = LocalDate.of(2026, 5, 8);
    public static final LocalDate DECIDED = LocalDate.of(2026, 5, 6);
    /** A company of 张家港 whose embedded organisation code is valid too. */
    public static final String COMPANY_CODE = "91320582MA1MUL3Q1G";
    /** 张家港市行政审批局-like body, category 11 (机关). */
    public static final String AUTHORITY_CODE = "113205820141605319";
    public static final String MARKET_REGULATOR_CODE = "11320582MB01234579";
    public static final String ID_NUMBER = "320582198506121233";

    private ValidRecords() {
    }

    public static Map<String, Object> license() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("XK_XDR_MC", "张家港市港城食品贸易有限公司");
        r.put("XK_XDR_LB", "法人及非法人组织");
        r.put("XK_XDR_SHXYM", COMPANY_CODE);
        r.put("XK_FRDB", "王建国");
        r.put("XK_XKWS", "食品经营许可决定书");
        r.put("XK_WSH", "张审批食许〔2026〕118号");
        r.put("XK_XKLB", "普通");
        r.put("XK_XKZS", "食品经营许可证");
        r.put("XK_XKBH", "JY13205820123456");
        r.put("XK_NR", "预包装食品销售（含冷藏冷冻食品）");
        r.put("XK_JDRQ", DECIDED);
        r.put("XK_YXQZ", DECIDED);
        r.put("XK_YXQZI", LocalDate.of(2031, 5, 5));
        r.put("XK_XKJG", "张家港市行政审批局");
        r.put("XK_XKJGDM", AUTHORITY_CODE);
        r.put("XK_ZT", "1");
        r.put("XK_LYDW", "张家港市行政审批局");
        r.put("XK_LYDWDM", AUTHORITY_CODE);
        return r;
    }

    /** A fine of 2000 元 with a warning: tier 一般 under the 2026 rule, publicised for a year. */
    public static Map<String, Object> penalty() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("CF_XDR_MC", "张家港市港城食品贸易有限公司");
        r.put("CF_XDR_LB", "法人及非法人组织");
        r.put("CF_XDR_SHXYM", COMPANY_CODE);
        r.put("CF_FRDB", "王建国");
        r.put("CF_WSH", "张市监处罚〔2026〕86号");
        r.put("CF_WFXW", "经营超过保质期的食品");
        r.put("CF_SY", "当事人于2026年3月销售超过保质期的饼干12袋");
        r.put("CF_YJ", "《中华人民共和国食品安全法》第一百二十四条第一款");
        r.put("CF_CFLB", "警告;罚款");
        r.put("CF_NR", "警告，并处罚款2000元");
        r.put("CF_NR_FK", new BigDecimal("0.2"));
        r.put("CF_JDRQ", DECIDED);
        r.put("CF_YXQ", LocalDate.of(2027, 5, 6));
        r.put("CF_GSJZQ", LocalDate.of(2027, 5, 6));
        r.put("CF_CFJG", "张家港市市场监督管理局");
        r.put("CF_CFJGDM", MARKET_REGULATOR_CODE);
        r.put("CF_SJLY", "张家港市市场监督管理局");
        r.put("CF_SJLYDM", MARKET_REGULATOR_CODE);
        return r;
    }

    /** The penalty, for a natural person identified by a resident ID card. */
    public static Map<String, Object> penaltyOfPerson() {
        Map<String, Object> r = penalty();
        r.put("CF_XDR_MC", "李小明");
        r.put("CF_XDR_LB", "自然人");
        r.remove("CF_XDR_SHXYM");
        r.remove("CF_FRDB");
        r.put("CF_XDR_ZJLX", "身份证");
        r.put("CF_XDR_ZJHM", ID_NUMBER);
        return r;
    }
}
