package cn.gov.zjg.credit.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.portal.PortalViews.SubjectHit;
import cn.hutool.core.util.CreditCodeUtil;

import org.springframework.stereotype.Service;

/**
 * 信用查询: legal persons, unincorporated organisations and 个体工商户 by exact 统一社会信用代码 or by name (issue 6).
 * Natural persons are never searchable: they are not in legal_subject. Results are capped
 * ({@code credit.portal.search-cap}): prefix matches first (idx_legal_subject_name), then names that contain the
 * query (bigram index, V15), each confirmed against the normalised name.
 */
@Service
class SubjectSearch {

    /** Bigrams used to find candidates; more only narrow what the confirmation narrows anyway. */
    private static final int MAX_TOKENS = 6;

    private final PortalMapper mapper;
    private final PortalCache cache;
    private final int cap;

    SubjectSearch(PortalMapper mapper, PortalCache cache, PortalProperties props) {
        this.mapper = mapper;
        this.cache = cache;
        this.cap = props.searchCap();
    }

    /** A query normalised for matching: full-width to half-width, upper case, no spaces; at most 60 characters. */
    static String normalise(String q) {
        String n = NameTokens.normalise(q);
        return n.codePointCount(0, n.length()) > 60 ? n.substring(0, n.offsetByCodePoints(0, 60)) : n;
    }

    /** A normalised query that has the shape of a 统一社会信用代码 (18 characters of its alphabet). */
    static boolean looksLikeCreditCode(String normalised) {
        return normalised.length() == 18 && CreditCodeUtil.isCreditCodeSimple(normalised);
    }

    /** Every match of {@code normalised} (at most the cap), cached until published data changes. */
    ArrayList<SubjectHit> search(String normalised) {
        if (normalised.isEmpty()) {
            return new ArrayList<>();
        }
        return cache.get("search:" + normalised, () -> find(normalised));
    }

    int cap() {
        return cap;
    }

    private ArrayList<SubjectHit> find(String q) {
        if (looksLikeCreditCode(q)) {
            ArrayList<SubjectHit> byCode = new ArrayList<>();
            mapper.findSubjectByUscc(q).ifPresent(byCode::add);
            if (!byCode.isEmpty()) {
                return byCode;
            }
        }
        Map<Long, SubjectHit> hits = new LinkedHashMap<>();
        for (SubjectHit hit : mapper.findSubjectsByNamePrefix(escapeLike(q), cap)) {
            if (NameTokens.normalise(hit.name()).startsWith(q)) {
                hits.put(hit.id(), hit);
            }
        }
        List<String> tokens = NameTokens.bigrams(q).stream().limit(MAX_TOKENS).toList();
        if (hits.size() < cap && !tokens.isEmpty()) {
            // Twice the cap as candidates: a few may have the bigrams but not the word itself.
            List<SubjectHit> contained = new ArrayList<>(mapper.findSubjectsByTokens(tokens, 2 * cap));
            contained.sort(Comparator.comparingLong(SubjectHit::id));
            for (SubjectHit hit : contained) {
                if (hits.size() >= cap) {
                    break;
                }
                if (!hits.containsKey(hit.id()) && NameTokens.normalise(hit.name()).contains(q)) {
                    hits.put(hit.id(), hit);
                }
            }
        }
        return new ArrayList<>(hits.values());
    }

    /** LIKE wildcards in user input match themselves. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
