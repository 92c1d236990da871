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
 * What the portal shows of the lists (issue 6/7): badges of legal subjects for search results and profiles (守信激励对象
 * while a published red list entry exists, 失信惩戒对象 while a published black list entry exists; one query per 1,000
 * subjects), a subject's published entries for its profile, and the sizes of the public lists for the home page.
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
    private final RedBlackProperties props;

    RedBlackBadges(EntryMapper mapper, RedBlackProperties props) {
        this.mapper = mapper;
        this.props = props;
    }

    /** The published entries of a legal subject, newest first, for the profile's red/black list tab. */
    @Transactional(readOnly = true)
    public List<Entry> publishedEntries(long legalSubjectId) {
        return mapper.findPublishedBySubject(legalSubjectId);
    }

    /** How many entries each public list shows (home page figures); natural persons only where listed. */
    @Transactional(readOnly = true)
    public Map<ListKind, Long> listSizes() {
        Map<ListKind, Long> sizes = new java.util.EnumMap<>(ListKind.class);
        for (ListKind kind : ListKind.values()) {
            sizes.put(kind, 0L);
        }
        mapper.countPublished(props.naturalPersonListing())
                .forEach(c -> sizes.put(ListKind.valueOf(c.kind()), c.entries()));
        return sizes;
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
