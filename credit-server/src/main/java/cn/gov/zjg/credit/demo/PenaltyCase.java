package cn.gov.zjg.credit.demo;

import java.util.List;

/**
 * A kind of 行政处罚 case a department decides, as its decision documents word it: the violation, the facts (a template
 * with {@code {place}}, {@code {date}}, {@code {n}} and {@code {goods}}), the legal basis and the penalty kinds
 * (处罚类别, {@code ;}-separated), with the range of the fine the basis allows for such a case.
 *
 * @param subjects which parties commit it: {@code L} legal persons, {@code I} 个体工商户, {@code N} natural persons
 * @param licence  the licence suspended or revoked (暂扣或吊销证照名称), for those kinds; else null
 */
record PenaltyCase(String violation, String facts, String basis, String kinds, int fineMin, int fineMax,
        boolean confiscates, String subjects, String licence) {

    static PenaltyCase of(String violation, String facts, String basis, String kinds, int fineMin, int fineMax,
            String subjects) {
        return new PenaltyCase(violation, facts, basis, kinds, fineMin, fineMax, kinds.contains("没收"), subjects,
                null);
    }

    PenaltyCase revoking(String licenceName) {
        return new PenaltyCase(violation, facts, basis, kinds, fineMin, fineMax, confiscates, subjects, licenceName);
    }

    List<String> kindList() {
        return List.of(kinds.split(";"));
    }

    boolean fines() {
        return kindList().contains("罚款");
    }

    boolean allows(DemoSubject subject) {
        return subjects.contains(subject.kindLetter());
    }
}
