package cn.gov.zjg.credit.review;

import java.util.List;

import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.shared.NotFoundException;
import cn.gov.zjg.credit.submission.BatchService;
import cn.gov.zjg.credit.submission.RecordType;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's auto-approval policies: per department, record type and 行政相对人类别, records that pass
 * validation are approved without a reviewer. Natural-person penalties always need a reviewer (issue 5), so such a
 * policy is refused here, and {@link AutoApproval} ignores one that got into the table anyway.
 */
@Service
public class PolicyService {

    private final ReviewMapper mapper;
    private final BatchService batches;

    PolicyService(ReviewMapper mapper, BatchService batches) {
        this.mapper = mapper;
        this.batches = batches;
    }

    @Transactional(readOnly = true)
    public List<Policy> findAll() {
        return mapper.findPolicies();
    }

    /** The categories a policy may name: the 行政相对人类别 dictionary (domain.md decision 2). */
    public List<String> categories() {
        return batches.dictionary("XDR_LB");
    }

    /** Adds an enabled policy; refuses a natural-person penalty policy, an unknown category and a duplicate. */
    @Transactional
    public void add(long departmentId, RecordType type, String category, String by) {
        if (type == RecordType.PENALTY && QueueItem.NATURAL_PERSON.equals(category)) {
            throw new BusinessRuleException("review.policy.naturalPersonPenalty");
        }
        if (category == null || !categories().contains(category)) {
            throw new BusinessRuleException("review.policy.unknownCategory");
        }
        if (mapper.existsPolicy(departmentId, type.name(), category)) {
            throw new BusinessRuleException("review.policy.duplicate");
        }
        try {
            mapper.insertPolicy(departmentId, type.name(), category, by);
        } catch (DuplicateKeyException e) { // added by someone else a moment ago
            throw new BusinessRuleException("review.policy.duplicate");
        }
    }

    @Transactional
    public void setEnabled(long id, boolean enabled) {
        if (mapper.updatePolicyEnabled(id, enabled) == 0) {
            throw new NotFoundException("policy " + id);
        }
    }

    @Transactional
    public void delete(long id) {
        if (mapper.deletePolicy(id) == 0) {
            throw new NotFoundException("policy " + id);
        }
    }
}
