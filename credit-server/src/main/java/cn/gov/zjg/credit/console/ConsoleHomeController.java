package cn.gov.zjg.credit.console;

import java.util.List;
import java.util.stream.Stream;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.security.CurrentUser;
import cn.gov.zjg.credit.security.Permissions;
import cn.gov.zjg.credit.security.Roles;
import cn.gov.zjg.credit.security.UserPrincipal;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.annotation.RequiresPermissions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Console home: who you are, your department and roles, and where to go next. */
@Controller
class ConsoleHomeController {

    private final DepartmentService departments;
    private final ConsoleNavigation navigation;

    ConsoleHomeController(DepartmentService departments, ConsoleNavigation navigation) {
        this.departments = departments;
        this.navigation = navigation;
    }

    @GetMapping("/console")
    @RequiresPermissions(Permissions.CONSOLE_HOME_VIEW)
    String home(Model model) {
        UserPrincipal me = CurrentUser.get();
        if (me.departmentId() != null) {
            model.addAttribute("department", departments.findById(me.departmentId(), null));
        }
        model.addAttribute("scoped", !me.seesAllDepartments());
        model.addAttribute("roles", roles());
        model.addAttribute("shortcuts", navigation.visibleItems().stream()
                .filter(item -> !"home".equals(item.section())).toList());
        return "console/home";
    }

    private static List<String> roles() {
        return Stream.of(Roles.ADMIN, Roles.REVIEWER, Roles.SUBMITTER, Roles.AUDITOR)
                .filter(SecurityUtils.getSubject()::hasRole)
                .toList();
    }
}
