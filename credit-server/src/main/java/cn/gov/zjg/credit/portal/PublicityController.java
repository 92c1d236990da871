package cn.gov.zjg.credit.portal;

import java.time.LocalDate;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.shared.NotFoundException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 双公示 lists and details: {@code /publicity/licenses}, {@code /publicity/penalties} (filters, keyset paging) and
 * {@code /publicity/licenses/{id}}, {@code /publicity/penalties/{id}}. A record that is not public (withdrawn,
 * expired, a natural person's while listing is off) answers 404.
 */
@Controller
class PublicityController {

    /** 许可类别 (domain.md §1.3) and 处罚类别 (§1.5 seed) offered as filters. */
    static final String[] LICENSE_CATEGORIES = {"普通", "特许", "认可", "核准", "登记", "其他"};
    static final String[] PENALTY_CATEGORIES = {"警告", "通报批评", "罚款", "没收违法所得", "没收非法财物",
            "暂扣许可证件", "降低资质等级", "吊销许可证件", "限制开展生产经营活动", "责令停产停业", "责令关闭", "限制从业",
            "行政拘留", "其他"};

    private final PublicRecords records;
    private final DepartmentService departments;

    PublicityController(PublicRecords records, DepartmentService departments) {
        this.records = records;
        this.departments = departments;
    }

    @GetMapping("/publicity/licenses")
    String licenses(@RequestParam(required = false) Long department,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String category, @RequestParam(required = false) String q,
            @RequestParam(required = false) String after, @RequestParam(required = false) String before,
            Model model) {
        var request = new PublicRecords.ListRequest(department, from, to, category, trim(q), after, before);
        model.addAttribute("slice", records.licenses(request));
        filterModel(model, request, LICENSE_CATEGORIES);
        return "portal/publicity/licenses";
    }

    @GetMapping("/publicity/penalties")
    String penalties(@RequestParam(required = false) Long department,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String category, @RequestParam(required = false) String q,
            @RequestParam(required = false) String after, @RequestParam(required = false) String before,
            Model model) {
        var request = new PublicRecords.ListRequest(department, from, to, category, trim(q), after, before);
        model.addAttribute("slice", records.penalties(request));
        filterModel(model, request, PENALTY_CATEGORIES);
        return "portal/publicity/penalties";
    }

    @GetMapping("/publicity/licenses/{id}")
    String license(@PathVariable long id, Model model) {
        model.addAttribute("record", records.license(id).orElseThrow(() -> new NotFoundException("license " + id)));
        model.addAttribute("departmentNames", departments.namesById());
        return "portal/publicity/license";
    }

    @GetMapping("/publicity/penalties/{id}")
    String penalty(@PathVariable long id, Model model) {
        model.addAttribute("record", records.penalty(id).orElseThrow(() -> new NotFoundException("penalty " + id)));
        model.addAttribute("departmentNames", departments.namesById());
        return "portal/publicity/penalty";
    }

    private void filterModel(Model model, PublicRecords.ListRequest request, String[] categories) {
        model.addAttribute("filter", request);
        model.addAttribute("departments", departments.findEnabled());
        model.addAttribute("departmentNames", departments.namesById());
        model.addAttribute("categories", categories);
    }

    private static String trim(String q) {
        return q == null ? null : q.strip().substring(0, Math.min(q.strip().length(), 60));
    }
}
