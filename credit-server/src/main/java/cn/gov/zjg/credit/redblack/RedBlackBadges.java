package cn.gov.zjg.credit.redblack;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Badges of legal subjects for the portal's search results and profiles (issue 7): 守信激励对象 while a published red
 * list entry exists, 失信惩戒对象 while a published black list entry exists. One query per call, whatever the number of
 * subjects (chunked by 1,000).
 */
@Service
public class RedBlackBadges {

    /** A badge and its message key. */
    public enum Badge {
        INCENTIVE("redblack.badge.INCENTIVE"), PUNISHMENT("redblack.badge.PUNISHMENT");

        private final String messageKey;

        Badge(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final EntryMapper mapper;

    RedBlackBadges(EntryMapper mapper) {
        this.mapper = mapper;
    }

    /** Badges by {@code legal_subject.id}; subjects without a badge are absent from the map. */
    @Transactional(readOnly = true)
    public Map<Long, Set<Badge>> forSubjects(Collection<Long> legalSubjectIds) {
        Map<Long, Set<Badge>> badges = new HashMap<>();
        List<Long> ids = legalSubjectIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += EntryService.MAX_BATCH) {
            for (EntryMapper.SubjectKindRow row : mapper.findPublishedKinds(
                    ids.subList(from, Math.min(ids.size(), from + EntryService.MAX_BATCH)))) {
                badges.computeIfAbsent(row.legalSubjectId(), id -> EnumSet.noneOf(Badge.class))
                        .add(ListKind.RED.name().equals(row.kind()) ? Badge.INCENTIVE : Badge.PUNISHMENT);
            }
        }
        return badges;
    }
}
