package cn.gov.zjg.credit.shared;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The current path (for language and pager links) and the canonical URL (without query) of every page. */
@ControllerAdvice
class PageModelAdvice {

    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The query string without {@code page}, so pager links keep the list's filters. */
    @ModelAttribute("pagerQuery")
    String pagerQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(pair -> !pair.startsWith("page="))
                .collect(Collectors.joining("&"));
    }

    @ModelAttribute("canonicalUrl")
    String canonicalUrl() {
        return ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).toUriString();
    }
}
