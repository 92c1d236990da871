package cn.gov.zjg.credit.portal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import cn.gov.zjg.credit.jobs.JobRunService;
import cn.gov.zjg.credit.portal.PortalMapper.SubjectName;
import cn.gov.zjg.credit.portal.PortalMapper.Token;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Maintains {@code portal_name_token} (V15): the bigrams of each legal subject's current name. Called for the
 * subjects publication reports as changed, and by the rebuild job for every existing subject. Idempotent: a
 * subject's tokens are replaced, under a lock on its row, by those of its latest committed name.
 */
@Service
public class SearchIndex {

    static final int CHUNK = 500;

    private final PortalMapper mapper;
    private final TransactionTemplate transaction;

    SearchIndex(PortalMapper mapper, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        // Its own transaction per chunk, also when called from an after-commit event listener.
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Re-indexes these subjects (a subject that no longer exists loses its tokens). */
    public void reindex(Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(new TreeSet<>(subjectIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            transaction.executeWithoutResult(status -> replace(chunk, mapper.lockSubjectNames(chunk)));
        }
    }

    /** Rebuilds the index of this shard's subjects ({@code id % shardTotal = shardIndex}), chunk by chunk. */
    String rebuild(JobRunService.Progress progress) {
        long after = 0;
        int done = 0;
        while (true) {
            List<SubjectName> names = mapper.findSubjectNamesAfter(after, progress.shardIndex(),
                    progress.shardTotal(), CHUNK);
            if (names.isEmpty()) {
                break;
            }
            reindex(names.stream().map(SubjectName::id).toList());
            done += names.size();
            after = names.get(names.size() - 1).id();
            progress.report(done, 0);
        }
        return "indexed " + done + " subject names";
    }

    private void replace(List<Long> ids, List<SubjectName> names) {
        mapper.deleteTokens(ids);
        List<Token> tokens = new ArrayList<>();
        for (SubjectName subject : names) {
            Set<String> bigrams = NameTokens.bigrams(NameTokens.normalise(subject.name()));
            bigrams.forEach(token -> tokens.add(new Token(token, subject.id())));
        }
        for (int from = 0; from < tokens.size(); from += 1000) {
            mapper.insertTokens(tokens.subList(from, Math.min(tokens.size(), from + 1000)));
        }
    }
}
