package cn.gov.zjg.credit.portal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.zjg.credit.redblack.RedBlackBadges;

import org.springframework.stereotype.Component;

/**
 * The badges (守信激励对象 / 失信惩戒对象) beside a subject in search results and on its profile, from the red and black
 * lists' published entries ({@link RedBlackBadges}, issue 7): one query per page of subjects, never cached, so a
 * removed entry loses its badge at once.
 */
@Component
class SubjectBadges {

    /** A badge: {@code RED} (守信激励) or {@code BLACK} (失信惩戒), and the message key of its label. */
    record Badge(String kind, String messageKey) implements java.io.Serializable {
    }

    private final RedBlackBadges lists;

    SubjectBadges(RedBlackBadges lists) {
        this.lists = lists;
    }

    /** Badges by subject id, for the given legal subjects; subjects without a badge are absent. */
    Map<Long, List<Badge>> of(Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Badge>> badges = new HashMap<>();
        for (Map.Entry<Long, Set<RedBlackBadges.Badge>> subject : lists.forSubjects(subjectIds).entrySet()) {
            List<Badge> shown = new ArrayList<>();
            for (RedBlackBadges.Badge badge : subject.getValue()) {
                shown.add(new Badge(badge == RedBlackBadges.Badge.INCENTIVE ? "RED" : "BLACK", badge.messageKey()));
            }
            badges.put(subject.getKey(), shown);
        }
        return badges;
    }
}
