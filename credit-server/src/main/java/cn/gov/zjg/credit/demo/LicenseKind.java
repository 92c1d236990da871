package cn.gov.zjg.credit.demo;

/**
 * A kind of 行政许可 a department grants: the decision document's name, the certificate, the category (许可类别), the
 * shape of the certificate number, the wording of 许可内容 (a template with {@code {place}}, {@code {item}} and
 * {@code {n}}) and the usual validity.
 *
 * @param numberPrefix the certificate number's fixed start; random digits complete it to {@code numberDigits}
 * @param items        the permitted items, one or two of which {@code {item}} names
 * @param validMonths  validity from the decision date; 0 = long-term (2099/12/31, domain.md §1.3 row 22)
 * @param subjects     who receives it: {@code L} legal persons, {@code I} 个体工商户, {@code N} natural persons
 */
record LicenseKind(String document, String certificate, String category, String numberPrefix, int numberDigits,
        String content, String[] items, int validMonths, String subjects) {

    boolean allows(DemoSubject subject) {
        return subjects.contains(subject.kindLetter());
    }
}
