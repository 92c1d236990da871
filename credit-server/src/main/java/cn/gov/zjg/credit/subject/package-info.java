/**
 * The legal-person (法人库) and natural-person (自然人库) databases in the console (issue 5). Subjects are written only by
 * publication; this module reads them, masks natural persons (domain.md §6, decision 8) and logs every read of a
 * natural person's unmasked data in {@code personal_data_access}, which the auditor browses. {@link
 * cn.gov.zjg.credit.subject.SubjectKey} is the rule that keys legal subjects.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "audit", "department"})
package cn.gov.zjg.credit.subject;
