package cn.gov.zjg.credit.portal;

import cn.gov.zjg.credit.department.DepartmentService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal home: search box, headline figures, latest decisions, entry points; and the about page. */
@Controller
class PortalHomeController {

    private final PortalFigures figures;
    private final DepartmentService departments;

    PortalHomeController(PortalFigures figures, DepartmentService departments) {
        this.figures = figures;
        this.departments = departments;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("home", figures.home());
        model.addAttribute("departmentNames", departments.namesById());
        return "portal/home";
    }

    @GetMapping("/about")
    String about() {
        return "portal/about";
    }
}
