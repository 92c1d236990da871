package cn.gov.zjg.credit.demo;

import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.publication.PublishedQuery;
import cn.gov.zjg.credit.publication.PublishedRecords;
import cn.gov.zjg.credit.review.PolicyService;
import cn.gov.zjg.credit.review.ReviewService;
import cn.gov.zjg.credit.review.RevocationReview;
import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.shared.PageQuery;
import cn.gov.zjg.credit.submission.RecordType;

import org.springframework.stereotype.Component;

/**
 * The demo's review and publication steps, through the review and publication services as the console uses them:
 * auto-approval policies, the demo reviewer's batch approvals, and revocations requested by a department and approved
 * by the reviewer.
 */
@Component
class DemoReview {

    /** The demo reviewer account (DemoAccounts). */
    static final String REVIEWER = "reviewer";
    /** Legal-person licenses of these departments are published without manual review (an administrator's policy). */
    static final List<DemoDepartment> AUTO_APPROVED_LICENSES = List.of(DemoDepartment.MARKET, DemoDepartment.APPROVAL);
    /** These departments' latest batches stay in the review queue, for the demo reviewer to try. */
    static final List<DemoDepartment> LEFT_FOR_REVIEW = List.of(DemoDepartment.MARKET, DemoDepartment.ENVIRONMENT);

    private final PolicyService policies;
    private final ReviewService reviews;
    private final PublishedRecords published;
    private final RevocationReview revocations;

    DemoReview(PolicyService policies, ReviewService reviews, PublishedRecords published,
            RevocationReview revocations) {
        this.policies = policies;
        this.reviews = reviews;
        this.published = published;
        this.revocations = revocations;
    }

    /** Adds the demo's auto-approval policy for a department's legal-person licenses, unless it exists. */
    void addLicensePolicy(long departmentId) {
        try {
            policies.add(departmentId, RecordType.LICENSE, DemoSubject.LEGAL, "demo");
        } catch (BusinessRuleException e) {
            if (!"review.policy.duplicate".equals(e.messageKey())) {
                throw e;
            }
        }
    }

    /** The demo reviewer approves every record of the batch still waiting for review; returns how many. */
    int approveBatch(long batchId) {
        return reviews.approveBatch(batchId, REVIEWER);
    }

    /**
     * The department asks to revoke up to {@code count} of the given records (values as generated) that are public,
     * and the reviewer approves: they leave public view (撤销) with history. Each record is found by its document
     * number, decision date and credit code, so nothing but the demo's own records is touched. Returns how many.
     */
    int revoke(RecordType type, long departmentId, String departmentCode, List<Map<String, Object>> candidates,
            int count, String reason) {
        String p = type.prefix();
        int revoked = 0;
        for (Map<String, Object> values : candidates) {
            if (revoked == count) {
                break;
            }
            Object code = values.get(p + "_XDR_SHXYM");
            if (code == null || DemoDataset.MISTAKE_REMARK.equals(values.get("BZ"))) {
                continue;
            }
            java.time.LocalDate decided = java.time.LocalDate.parse(((String) values.get(p + "_JDRQ")).replace('/', '-'));
            var found = published.findPage(type, new PublishedQuery(departmentId, "PUBLIC", "LEGAL",
                    (String) values.get(p + "_WSH"), decided, decided, null), departmentId, new PageQuery(1, 5));
            for (Map<String, Object> record : found.rows()) {
                if (code.equals(record.get("xdr_shxym")) && revoked < count) {
                    long request = published.requestRevocation(type, ((Number) record.get("id")).longValue(), reason,
                            departmentId, "api:demo-" + departmentCode);
                    revoked += revocations.decide(request, true, REVIEWER, "经核实，原决定已撤销，同意撤下公示") ? 1 : 0;
                }
            }
        }
        return revoked;
    }
}
