package cn.gov.zjg.credit.portal;

import java.util.List;

import cn.gov.zjg.credit.portal.PortalViews.SubjectHit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /search?q=}: 信用查询 by credit code or name; results paged, capped ({@link SubjectSearch}). */
@Controller
class SearchController {

    static final int PAGE_SIZE = 20;

    private final SubjectSearch search;
    private final SubjectBadges badges;

    SearchController(SubjectSearch search, SubjectBadges badges) {
        this.search = search;
        this.badges = badges;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
            Model model) {
        String normalised = SubjectSearch.normalise(q);
        model.addAttribute("q", q == null ? "" : q.strip());
        if (normalised.isEmpty()) {
            return "portal/search";
        }
        List<SubjectHit> all = search.search(normalised);
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(1, Math.min(page, pages));
        List<SubjectHit> rows = all.subList((current - 1) * PAGE_SIZE, Math.min(all.size(), current * PAGE_SIZE));
        model.addAttribute("searched", true);
        model.addAttribute("hits", rows);
        model.addAttribute("total", all.size());
        model.addAttribute("capped", all.size() >= search.cap());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("badges", badges.of(rows.stream().map(SubjectHit::id).toList()));
        return "portal/search";
    }
}
