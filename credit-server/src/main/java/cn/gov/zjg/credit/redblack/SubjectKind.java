package cn.gov.zjg.credit.redblack;

/** LEGAL: legal persons and unincorporated organisations, by 统一社会信用代码; NATURAL: persons, by 证件号码. */
public enum SubjectKind {
    LEGAL, NATURAL
}
