package cn.gov.zjg.credit.submission.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.submission.FieldDef;
import cn.gov.zjg.credit.submission.RecordType;

/** The example row and the per-field guidance of the templates (domain.md §1.3–§1.6). */
final class TemplateExamples {

    static final String GENERAL_NOTES = "1. 表头请勿修改；列顺序可以调整，系统按列名识别（也接受 1.0 版列名）。"
            + "2. 日期格式为 YYYY/MM/DD（也接受 2024-05-01、2024年5月1日、20240501 及 Excel 日期单元格）；"
            + "有效期至填 2099/12/31 表示长期。3. 金额单位为万元，例如罚款 2000 元填 0.2。"
            + "4. 证件号码、统一社会信用代码请设为文本格式，避免 Excel 丢失位数。"
            + "5. 带 * 的列为必填；“条件必填”按行政相对人类别和处罚类别填写（见各列说明）。"
            + "6. 示例行仅供参考，上传前请删除。";

    private static final Map<String, String> LICENSE = Map.ofEntries(
            Map.entry("XK_XDR_MC", "张家港市示例贸易有限公司"),
            Map.entry("XK_XDR_LB", "法人及非法人组织"),
            Map.entry("XK_XDR_SHXYM", "91320582MA1MUL3Q1G"),
            Map.entry("XK_FRDB", "张三"),
            Map.entry("XK_XKWS", "食品经营许可决定书"),
            Map.entry("XK_WSH", "张市监许〔2026〕1号"),
            Map.entry("XK_XKLB", "普通"),
            Map.entry("XK_XKZS", "食品经营许可证"),
            Map.entry("XK_XKBH", "JY13205820000001"),
            Map.entry("XK_NR", "准予食品经营许可，经营项目：预包装食品销售"),
            Map.entry("XK_JDRQ", "2026/11/02"),
            Map.entry("XK_YXQZ", "2026/11/02"),
            Map.entry("XK_YXQZI", "2031/11/01"),
            Map.entry("XK_XKJG", "张家港市市场监督管理局"),
            Map.entry("XK_XKJGDM", "11320582014160056E"),
            Map.entry("XK_ZT", "1"),
            Map.entry("XK_LYDW", "张家港市市场监督管理局"),
            Map.entry("XK_LYDWDM", "11320582014160056E"));

    private static final Map<String, String> PENALTY = Map.ofEntries(
            Map.entry("CF_XDR_MC", "张家港市示例餐饮有限公司"),
            Map.entry("CF_XDR_LB", "法人及非法人组织"),
            Map.entry("CF_XDR_SHXYM", "91320582MA1MUL3Q1G"),
            Map.entry("CF_FRDB", "李四"),
            Map.entry("CF_WSH", "张环罚〔2026〕12号"),
            Map.entry("CF_WFXW", "未按规定安装油烟净化设施"),
            Map.entry("CF_SY", "经查，当事人在经营过程中未按规定安装油烟净化设施并保持正常使用"),
            Map.entry("CF_YJ", "《中华人民共和国大气污染防治法》第一百一十八条第一款"),
            Map.entry("CF_CFLB", "罚款"),
            Map.entry("CF_NR", "罚款人民币5000元"),
            Map.entry("CF_NR_FK", "0.5"),
            Map.entry("CF_JDRQ", "2026/11/05"),
            Map.entry("CF_YXQ", "2027/11/04"),
            Map.entry("CF_CFJG", "苏州市张家港生态环境局"),
            Map.entry("CF_CFJGDM", "11320582MB1957349P"),
            Map.entry("CF_SJLY", "苏州市张家港生态环境局"),
            Map.entry("CF_SJLYDM", "11320582MB1957349P"));

    private TemplateExamples() {
    }

    static List<String> of(RecordType type) {
        Map<String, String> example = type == RecordType.LICENSE ? LICENSE : PENALTY;
        List<String> row = new ArrayList<>();
        for (FieldDef field : type.fields()) {
            row.add(example.getOrDefault(field.code(), ""));
        }
        return row;
    }

    static String guidance(FieldDef field, List<String> allowed) {
        String base = switch (field.kind()) {
            case DATE -> "日期，格式 YYYY/MM/DD";
            case AMOUNT -> "金额，单位万元，最多 6 位小数（2000 元填 0.2）";
            case CODE -> "代码，请设为文本格式";
            case IDENTIFIER -> "证件号码，请设为文本格式；身份证为 18 位，末位 X 大写";
            case ENUM, MULTI_ENUM, TEXT -> "文本";
        };
        String rule = switch (field.code().replaceFirst("^(XK|CF)_", "")) {
            case "XDR_SHXYM" -> "；法人及非法人组织、个体工商户必填；个体工商户无代码时填 00000000000000000X 并填写工商注册号";
            case "XDR_GSZC" -> "；统一社会信用代码为 00000000000000000X 时必填";
            case "FRDB" -> "；法人及非法人组织、个体工商户必填（个体工商户填经营者姓名）";
            case "XDR_ZJLX", "XDR_ZJHM" -> "；行政相对人类别为自然人时必填";
            case "YXQZI" -> "；2099/12/31 表示长期";
            case "ZT" -> "；1 = 有效，2 = 无效";
            case "CFLB" -> "；可填多个，用分号(;)分隔";
            case "NR_FK" -> "；处罚类别含罚款时必填";
            case "NR_WFFF" -> "；处罚类别含没收时必填";
            case "NR_ZKDX" -> "；处罚类别含暂扣或吊销时必填";
            case "XKJGDM", "LYDWDM", "CFJGDM", "SJLYDM" -> "；机关的 18 位统一社会信用代码";
            default -> "";
        };
        String values = allowed.isEmpty() ? "" : "；可选值：" + String.join("、", allowed);
        return base + rule + values;
    }
}
