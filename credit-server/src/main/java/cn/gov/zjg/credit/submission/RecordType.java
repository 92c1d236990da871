package cn.gov.zjg.credit.submission;

import java.util.List;

import static cn.gov.zjg.credit.submission.FieldDef.enumerated;
import static cn.gov.zjg.credit.submission.FieldDef.of;
import static cn.gov.zjg.credit.submission.FieldKind.AMOUNT;
import static cn.gov.zjg.credit.submission.FieldKind.CODE;
import static cn.gov.zjg.credit.submission.FieldKind.DATE;
import static cn.gov.zjg.credit.submission.FieldKind.ENUM;
import static cn.gov.zjg.credit.submission.FieldKind.IDENTIFIER;
import static cn.gov.zjg.credit.submission.FieldKind.MULTI_ENUM;
import static cn.gov.zjg.credit.submission.FieldKind.TEXT;

/**
 * The two record types and their field catalogues: 行政许可 (28 fields, domain.md §1.3) and 行政处罚 (30 fields, §1.4),
 * with the 1.0 column names (§1.2) accepted as aliases.
 */
public enum RecordType {

    LICENSE("XK", "license_staging", "行政许可", List.of(
            of("XK_XDR_MC", "xdr_mc", "行政相对人名称", TEXT, 200, 'Y', "XK_XDR"),
            enumerated("XK_XDR_LB", "xdr_lb", "行政相对人类别", ENUM, 16, 'Y', "XDR_LB"),
            of("XK_XDR_SHXYM", "xdr_shxym", "统一社会信用代码", CODE, 18, 'C', "代码_1", "行政相对人代码_1"),
            of("XK_XDR_GSZC", "xdr_gszc", "工商注册号", CODE, 50, 'C', "XK_XDR_GSDJ", "代码_3", "工商登记码"),
            of("XK_XDR_ZZJG", "xdr_zzjg", "组织机构代码", CODE, 9, 'N', "XK_XDR_ZDM", "代码_2"),
            of("XK_XDR_SWDJ", "xdr_swdj", "税务登记号", CODE, 15, 'N', "代码_4"),
            of("XK_XDR_SYDW", "xdr_sydw", "事业单位证书号", CODE, 12, 'N'),
            of("XK_XDR_SHZZ", "xdr_shzz", "社会组织登记证号", CODE, 50, 'N'),
            of("XK_FRDB", "frdb", "法定代表人", TEXT, 50, 'C', "XK_FR", "法定代表人姓名"),
            enumerated("XK_FR_ZJLX", "fr_zjlx", "法定代表人证件类型", ENUM, 64, 'N', "ZJLX"),
            of("XK_FR_ZJHM", "fr_zjhm", "法定代表人证件号码", IDENTIFIER, 64, 'N'),
            enumerated("XK_XDR_ZJLX", "xdr_zjlx", "证件类型", ENUM, 64, 'C', "ZJLX"),
            of("XK_XDR_ZJHM", "xdr_zjhm", "证件号码", IDENTIFIER, 64, 'C', "XK_XDR_SFZ", "代码_5", "居民身份证号"),
            of("XK_XKWS", "xkws", "行政许可决定文书名称", TEXT, 64, 'Y', "XK_XMMC", "项目名称"),
            of("XK_WSH", "wsh", "行政许可决定文书号", TEXT, 64, 'Y', "行政许可决定书文号"),
            enumerated("XK_XKLB", "xklb", "许可类别", ENUM, 256, 'Y', "XKLB", "XK_SPLB", "审批类别"),
            of("XK_XKZS", "xkzs", "许可证书名称", TEXT, 64, 'N'),
            of("XK_XKBH", "xkbh", "许可编号", TEXT, 64, 'N'),
            of("XK_NR", "nr", "许可内容", TEXT, 4000, 'Y'),
            of("XK_JDRQ", "jdrq", "许可决定日期", DATE, 10, 'Y'),
            of("XK_YXQZ", "yxqz", "有效期自", DATE, 10, 'Y'),
            of("XK_YXQZI", "yxqzi", "有效期至", DATE, 10, 'Y', "XK_JZQ", "许可截止期"),
            of("XK_XKJG", "xkjg", "许可机关", TEXT, 200, 'Y', "XK_XZJG"),
            of("XK_XKJGDM", "xkjgdm", "许可机关统一社会信用代码", CODE, 18, 'Y'),
            enumerated("XK_ZT", "zt", "当前状态", ENUM, 1, 'Y', "XK_ZT"),
            of("XK_LYDW", "lydw", "数据来源单位", TEXT, 200, 'Y'),
            of("XK_LYDWDM", "lydwdm", "数据来源单位统一社会信用代码", CODE, 18, 'Y'),
            of("BZ", "bz", "备注", TEXT, 512, 'N'))),

    PENALTY("CF", "penalty_staging", "行政处罚", List.of(
            of("CF_XDR_MC", "xdr_mc", "行政相对人名称", TEXT, 200, 'Y'),
            enumerated("CF_XDR_LB", "xdr_lb", "行政相对人类别", ENUM, 16, 'Y', "XDR_LB"),
            of("CF_XDR_SHXYM", "xdr_shxym", "统一社会信用代码", CODE, 18, 'C', "代码_1", "行政相对人代码_1"),
            of("CF_XDR_GSZC", "xdr_gszc", "工商注册号", CODE, 50, 'C', "CF_XDR_GSDJ", "代码_3", "工商登记码"),
            of("CF_XDR_ZZJG", "xdr_zzjg", "组织机构代码", CODE, 9, 'N', "CF_XDR_ZDM", "代码_2"),
            of("CF_XDR_SWDJ", "xdr_swdj", "税务登记号", CODE, 15, 'N', "代码_4"),
            of("CF_XDR_SYDW", "xdr_sydw", "事业单位证书号", CODE, 12, 'N'),
            of("CF_XDR_SHZZ", "xdr_shzz", "社会组织登记证号", CODE, 50, 'N'),
            of("CF_FRDB", "frdb", "法定代表人", TEXT, 50, 'C', "CF_FR", "法定代表人姓名"),
            enumerated("CF_FR_ZJLX", "fr_zjlx", "法定代表人证件类型", ENUM, 64, 'N', "ZJLX"),
            of("CF_FR_ZJHM", "fr_zjhm", "法定代表人证件号码", IDENTIFIER, 64, 'N', "法定代表人身份证号"),
            enumerated("CF_XDR_ZJLX", "xdr_zjlx", "证件类型", ENUM, 64, 'C', "ZJLX"),
            of("CF_XDR_ZJHM", "xdr_zjhm", "证件号码", IDENTIFIER, 64, 'C', "CF_XDR_SFZ", "代码_5", "居民身份证号"),
            of("CF_WSH", "wsh", "行政处罚决定书文号", TEXT, 128, 'Y'),
            of("CF_WFXW", "wfxw", "违法行为类型", TEXT, 2000, 'Y', "CF_CFMC", "处罚名称", "案件名称"),
            of("CF_SY", "sy", "违法事实", TEXT, 2000, 'Y', "处罚事由"),
            of("CF_YJ", "yj", "处罚依据", TEXT, 2048, 'Y'),
            enumerated("CF_CFLB", "cflb", "处罚类别", MULTI_ENUM, 255, 'Y', "CFLB",
                    "CF_CFLB1", "CF_CFLB2", "处罚类别1", "处罚类别2"),
            of("CF_NR", "nr", "处罚内容", TEXT, 4000, 'Y', "CF_JG", "处罚结果"),
            of("CF_NR_FK", "nr_fk", "罚款金额（万元）", AMOUNT, 24, 'C', "罚款金额"),
            of("CF_NR_WFFF", "nr_wfff", "没收违法所得、没收非法财物的金额（万元）", AMOUNT, 24, 'C',
                    "没收违法所得、没收非法财物的金额", "没收金额"),
            of("CF_NR_ZKDX", "nr_zkdx", "暂扣或吊销证照名称及编号", TEXT, 200, 'C'),
            of("CF_JDRQ", "jdrq", "处罚决定日期", DATE, 10, 'Y'),
            of("CF_YXQ", "yxq", "处罚有效期", DATE, 10, 'Y'),
            of("CF_GSJZQ", "gsjzq", "公示截止期", DATE, 10, 'N'),
            of("CF_CFJG", "cfjg", "处罚机关", TEXT, 200, 'Y', "CF_XZJG"),
            of("CF_CFJGDM", "cfjgdm", "处罚机关统一社会信用代码", CODE, 18, 'Y'),
            of("CF_SJLY", "sjly", "数据来源单位", TEXT, 200, 'Y'),
            of("CF_SJLYDM", "sjlydm", "数据来源单位统一社会信用代码", CODE, 18, 'Y'),
            of("BZ", "bz", "备注", TEXT, 512, 'N')));

    private final String prefix;
    private final String stagingTable;
    private final String label;
    private final List<FieldDef> fields;

    RecordType(String prefix, String stagingTable, String label, List<FieldDef> fields) {
        this.prefix = prefix;
        this.stagingTable = stagingTable;
        this.label = label;
        this.fields = fields;
    }

    /** {@code XK} or {@code CF}: the standard's prefix, also used in batch numbers. */
    public String prefix() {
        return prefix;
    }

    /** Staging table; a constant of this enum, safe to use in SQL. */
    public String stagingTable() {
        return stagingTable;
    }

    public String label() {
        return label;
    }

    public List<FieldDef> fields() {
        return fields;
    }

    public List<FieldDef> mandatoryFields() {
        return fields.stream().filter(FieldDef::mandatory).toList();
    }

    public RecordType other() {
        return this == LICENSE ? PENALTY : LICENSE;
    }
}
