package cn.gov.zjg.credit.portal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * HOOK FOR THE RED/BLACK LISTS (issue 7): the badges (守信激励对象 / 失信惩戒对象) shown beside a subject in search
 * results and on its profile. The templates already render whatever this returns ({@code portal/fragments/badges}).
 * Until the red/black list tables exist this returns no badge; the red/black list engineer replaces the body of
 * {@link #of} with one small query over their published entries (subject id, list kind; current entries only), e.g.
 * a {@code findBadges(ids)} statement in PortalMapper.xml, and adds their module to package-info if a service is
 * used instead.
 */
@Component
class SubjectBadges {

    /** A badge: {@code RED} (守信激励) or {@code BLACK} (失信惩戒), and the list's name to show. */
    record Badge(String kind, String label) implements java.io.Serializable {
    }

    /** Badges by subject id, for the given legal subjects (none yet). */
    Map<Long, List<Badge>> of(Collection<Long> subjectIds) {
        return Map.of();
    }
}
