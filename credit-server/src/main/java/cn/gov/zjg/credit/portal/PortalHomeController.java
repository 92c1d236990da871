package cn.gov.zjg.credit.portal;

import cn.gov.zjg.credit.department.DepartmentService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal home: search box, headline figures, entry points. */
@Controller
class PortalHomeController {

    private final DepartmentService departments;

    PortalHomeController(DepartmentService departments) {
        this.departments = departments;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("departmentCount", departments.findEnabled().size());
        return "portal/home";
    }
}
