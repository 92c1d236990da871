package cn.gov.zjg.credit.subject;

import cn.gov.zjg.credit.audit.AuditedOperation;
import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.security.CurrentUser;
import cn.gov.zjg.credit.security.Permissions;
import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.shared.PageQuery;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 法人库 and 自然人库 in the console. A natural person's page is masked; reading the unmasked data takes a stated
 * purpose and is logged (personal_data_access), which the auditor browses.
 */
@Controller
class SubjectConsoleController {

    private final SubjectService subjects;
    private final DepartmentService departments;

    SubjectConsoleController(SubjectService subjects, DepartmentService departments) {
        this.subjects = subjects;
        this.departments = departments;
    }

    @GetMapping("/console/subjects/legal")
    @RequiresPermissions(Permissions.SUBJECT_VIEW)
    String legalList(@RequestParam(required = false) String keyword, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("keyword", keyword);
        model.addAttribute("result", subjects.findLegal(keyword, PageQuery.of(page, 20)));
        return "console/subject/legal-list";
    }

    @GetMapping("/console/subjects/legal/{id}")
    @RequiresPermissions(Permissions.SUBJECT_VIEW)
    String legal(@PathVariable long id, Model model) {
        model.addAttribute("subject", subjects.legal(id));
        model.addAttribute("formerNames", subjects.formerNames(id));
        model.addAttribute("records", subjects.records(id, false));
        model.addAttribute("departments", departments.namesById());
        return "console/subject/legal-detail";
    }

    @GetMapping("/console/subjects/natural")
    @RequiresPermissions(Permissions.SUBJECT_VIEW)
    String personList(@RequestParam(required = false) String idNumber, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("result", subjects.findPersons(idNumber, PageQuery.of(page, 20)));
        return "console/subject/natural-list";
    }

    @GetMapping("/console/subjects/natural/{id}")
    @RequiresPermissions(Permissions.SUBJECT_VIEW)
    String person(@PathVariable long id, Model model) {
        return personPage(model, subjects.person(id));
    }

    @PostMapping("/console/subjects/natural/{id}/unmask")
    @RequiresPermissions(Permissions.SUBJECT_PERSON_UNMASK)
    @AuditedOperation(module = "subject", action = "unmask-person")
    String unmask(@PathVariable long id, @RequestParam(defaultValue = "") String purpose, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        try {
            return personPage(model, subjects.unmask(id, purpose, CurrentUser.get().username(),
                    request.getRequestURI(), request.getRemoteAddr()));
        } catch (BusinessRuleException e) {
            response.setStatus(422);
            model.addAttribute("flashError", e.messageKey());
            model.addAttribute("flashArgs", e.args());
            return personPage(model, subjects.person(id));
        }
    }

    @GetMapping("/console/audit/personal-data")
    @RequiresPermissions(Permissions.AUDIT_PERSONAL_DATA_VIEW)
    String accessLog(@ModelAttribute("query") AccessQuery query, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("result", subjects.accessLog(query, PageQuery.of(page, 20)));
        return "console/subject/access-log";
    }

    private String personPage(Model model, PersonView person) {
        model.addAttribute("person", person);
        model.addAttribute("records", subjects.records(person.id(), true));
        model.addAttribute("departments", departments.namesById());
        return "console/subject/natural-detail";
    }
}
