package cn.gov.zjg.credit.review;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.gov.zjg.credit.submission.RecordType;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Approves, without a reviewer, the validated records an enabled auto-approval policy covers (department + record type
 * + 行政相对人类别). The publication job calls it first, per shard. Never a natural-person penalty, even if a policy or
 * a row says otherwise (issue 5). Safe on several nodes at once: each chunk is one conditional update (only rows still
 * VALID or WARNED), so a row approved by another node or decided by a reviewer meanwhile is left alone.
 */
@Service
public class AutoApproval {

    static final int CHUNK = 1000;

    private final ReviewMapper mapper;
    private final Clock clock;
    private final TransactionTemplate perChunk;

    AutoApproval(ReviewMapper mapper, Clock clock, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.clock = clock;
        this.perChunk = new TransactionTemplate(transactions);
        // Read committed: the update locks only the rows it changes, not the gaps of other shards it scans past.
        this.perChunk.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /**
     * Approves this shard's ({@code mod(id, shardTotal) = shardIndex}) eligible rows of both record types, with
     * {@code reviewed_by = 'auto-policy:<id>'} and one {@code review_decision} per row; returns how many.
     */
    public int approveEligible(int shardIndex, int shardTotal) {
        if (shardTotal < 1 || shardIndex < 0 || shardIndex >= shardTotal) {
            throw new IllegalArgumentException("shard " + shardIndex + " of " + shardTotal);
        }
        int approved = 0;
        for (RecordType type : RecordType.values()) {
            long afterId = 0;
            List<Long> ids;
            while (!(ids = mapper.findEligible(type.stagingTable(), type.name(), shardIndex, shardTotal, afterId,
                    CHUNK)).isEmpty()) {
                List<Long> chunk = ids;
                approved += perChunk.execute(tx -> approve(type, chunk));
                afterId = ids.get(ids.size() - 1);
            }
        }
        return approved;
    }

    private int approve(RecordType type, List<Long> ids) {
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        int approved = mapper.approveByPolicy(type.stagingTable(), type.name(), ids, at);
        if (approved > 0) {
            mapper.insertPolicyDecisions(type.stagingTable(), type.name(), ids, at);
        }
        return approved;
    }
}
