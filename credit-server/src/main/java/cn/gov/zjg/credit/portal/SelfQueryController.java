package cn.gov.zjg.credit.portal;

import jakarta.servlet.http.HttpServletRequest;

import cn.gov.zjg.credit.department.DepartmentService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /self-query}: 个人信用自查. The form (name, ID number, captcha) and its result on the same page. The typed name
 * and number are never echoed back, not even in the form fields.
 */
@Controller
class SelfQueryController {

    private final SelfQuery selfQuery;
    private final PortalCaptcha captcha;
    private final DepartmentService departments;

    SelfQueryController(SelfQuery selfQuery, PortalCaptcha captcha, DepartmentService departments) {
        this.selfQuery = selfQuery;
        this.captcha = captcha;
        this.departments = departments;
    }

    @GetMapping("/self-query")
    String form(Model model) {
        model.addAttribute("captchaId", captcha.newChallenge());
        return "portal/self-query";
    }

    @PostMapping("/self-query")
    ModelAndView query(@RequestParam(required = false) String name, @RequestParam(required = false) String idNumber,
            @RequestParam(required = false) String captchaId, @RequestParam(required = false) String captchaAnswer,
            HttpServletRequest request) {
        SelfQuery.Result result = selfQuery.query(name, idNumber, captchaId, captchaAnswer,
                RateLimitInterceptor.clientOf(request));
        boolean refused = result.outcome() == SelfQuery.Outcome.INVALID_INPUT
                || result.outcome() == SelfQuery.Outcome.BAD_CAPTCHA;
        ModelAndView view = new ModelAndView("portal/self-query", refused ? HttpStatus.BAD_REQUEST : HttpStatus.OK);
        view.addObject("result", result);
        view.addObject("captchaId", captcha.newChallenge());
        view.addObject("departmentNames", departments.namesById());
        return view;
    }
}
