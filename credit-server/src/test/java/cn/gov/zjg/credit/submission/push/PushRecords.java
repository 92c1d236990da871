package cn.gov.zjg.credit.submission.push;

import java.util.LinkedHashMap;
import java.util.Map;

/** Records as a department system sends them, in standard 2.0 field codes. */
final class PushRecords {

    private PushRecords() {
    }

    /** A 行政许可 record in standard 2.0 codes, with 许可决定日期 given as the sender wrote it. */
    static Map<String, Object> license(String wsh, String decisionDate) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("XK_XDR_MC", "张家港市示例贸易有限公司");
        record.put("XK_XDR_LB", "法人及非法人组织");
        record.put("XK_XDR_SHXYM", "91320582MA1W8U3Q2B");
        record.put("XK_FRDB", "王某某");
        record.put("XK_XKWS", "食品经营许可决定书");
        record.put("XK_WSH", wsh);
        record.put("XK_XKLB", "普通");
        record.put("XK_XKZS", "食品经营许可证");
        record.put("XK_XKBH", "JY13205820012345");
        record.put("XK_NR", "预包装食品（含冷藏冷冻食品）销售");
        record.put("XK_JDRQ", decisionDate == null ? "2026/03/02" : decisionDate);
        record.put("XK_YXQZ", "2026/03/02");
        record.put("XK_YXQZI", "2031/03/01");
        record.put("XK_XKJG", "张家港市市场监督管理局");
        record.put("XK_XKJGDM", "11320582MB1234567X");
        record.put("XK_ZT", "1");
        record.put("XK_LYDW", "张家港市市场监督管理局");
        record.put("XK_LYDWDM", "11320582MB1234567X");
        return record;
    }

    static Map<String, Object> penalty() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("CF_XDR_MC", "张家港市示例餐饮店");
        record.put("CF_XDR_LB", "个体工商户");
        record.put("CF_XDR_SHXYM", "92320582MA1X2Y3Z4P");
        record.put("CF_WSH", "张市监处罚〔2026〕15号");
        record.put("CF_WFXW", "经营超过保质期的食品");
        record.put("CF_SY", "当事人经营超过保质期的预包装食品");
        record.put("CF_YJ", "《中华人民共和国食品安全法》第一百二十四条");
        record.put("CF_CFLB", "警告、罚款");
        record.put("CF_NR", "警告，罚款2000元");
        record.put("CF_NR_FK", 0.2);
        record.put("CF_JDRQ", "2026-03-05");
        record.put("CF_YXQ", "2099/12/31");
        record.put("CF_CFJG", "张家港市市场监督管理局");
        record.put("CF_CFJGDM", "11320582MB1234567X");
        record.put("CF_SJLY", "张家港市市场监督管理局");
        record.put("CF_SJLYDM", "11320582MB1234567X");
        return record;
    }
}
