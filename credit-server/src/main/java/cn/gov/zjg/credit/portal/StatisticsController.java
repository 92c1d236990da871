package cn.gov.zjg.credit.portal;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /statistics}: the figures as tables (readable without JavaScript and by screen readers) and, drawn by
 * {@code /assets/js/statistics.js} with ECharts, as charts from {@code /statistics/data}.
 */
@Controller
class StatisticsController {

    private final PortalFigures figures;

    StatisticsController(PortalFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/statistics")
    String page(Model model) {
        model.addAttribute("stats", figures.statistics());
        return "portal/statistics";
    }

    @GetMapping("/statistics/data")
    @ResponseBody
    ResponseEntity<PortalFigures.Statistics> data() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(figures.statistics());
    }
}
