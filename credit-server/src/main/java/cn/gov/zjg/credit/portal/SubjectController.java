package cn.gov.zjg.credit.portal;

import java.util.List;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.portal.PortalViews.SubjectHit;
import cn.gov.zjg.credit.redblack.RedBlackBadges;
import cn.gov.zjg.credit.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * {@code /subjects/{统一社会信用代码 | internal id}}: the subject profile (tabs: licenses, penalties, red/black list
 * entries). The credit code is the canonical address; the
 * id (for subjects without a valid code) and other spellings of the code redirect there permanently.
 */
@Controller
class SubjectController {

    private final SubjectProfiles profiles;
    private final SubjectBadges badges;
    private final DepartmentService departments;
    private final RedBlackBadges redBlack;

    SubjectController(SubjectProfiles profiles, SubjectBadges badges, DepartmentService departments,
            RedBlackBadges redBlack) {
        this.profiles = profiles;
        this.badges = badges;
        this.departments = departments;
        this.redBlack = redBlack;
    }

    @GetMapping("/subjects/{key}")
    Object profile(@PathVariable String key, @RequestParam(defaultValue = "licenses") String tab,
            @RequestParam(defaultValue = "1") int page, Model model) {
        SubjectHit subject = profiles.resolve(key).orElseThrow(() -> new NotFoundException("subject " + key));
        String canonical = subject.path();
        if (!canonical.equals("/subjects/" + key)) {
            RedirectView redirect = new RedirectView(canonical, true);
            redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            redirect.setExposeModelAttributes(false);
            return redirect;
        }
        String chosen = "penalties".equals(tab) || "redblack".equals(tab) ? tab : "licenses";
        SubjectProfiles.Profile profile = profiles.profile(subject.id(), chosen, page)
                .orElseThrow(() -> new NotFoundException("subject " + key));
        model.addAttribute("profile", profile);
        model.addAttribute("subject", profile.subject());
        model.addAttribute("subjectPath", canonical);
        model.addAttribute("tab", chosen);
        model.addAttribute("badges", badges.of(List.of(subject.id())).getOrDefault(subject.id(), List.of()));
        model.addAttribute("departmentNames", departments.namesById());
        if ("redblack".equals(chosen)) {
            model.addAttribute("entries", redBlack.publishedEntries(subject.id())); // fresh: never cached
        }
        return "portal/subject";
    }
}
