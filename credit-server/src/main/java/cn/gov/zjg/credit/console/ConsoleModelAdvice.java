package cn.gov.zjg.credit.console;

import java.util.List;

import cn.gov.zjg.credit.security.CurrentUser;
import cn.gov.zjg.credit.security.UserPrincipal;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the menu and the logged-in user into the model of every console page. */
@ControllerAdvice
class ConsoleModelAdvice {

    private final ConsoleNavigation navigation;

    ConsoleModelAdvice(ConsoleNavigation navigation) {
        this.navigation = navigation;
    }

    @ModelAttribute("nav")
    List<NavItem> nav(HttpServletRequest request) {
        return isConsole(request) ? navigation.visibleItems() : List.of();
    }

    @ModelAttribute("me")
    UserPrincipal me(HttpServletRequest request) {
        return isConsole(request) ? CurrentUser.find().orElse(null) : null;
    }

    private static boolean isConsole(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/console");
    }
}
