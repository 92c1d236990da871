package cn.gov.zjg.credit.portal;

import java.time.LocalDate;
import java.util.Arrays;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.shared.NotFoundException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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

    /** The list filters as the form sends them; dates as yyyy-MM-dd. */
    record ListParams(Long department, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String category, String q, String after,
            String before) {

        PublicRecords.ListRequest toRequest(String[] categories) {
            String known = Arrays.asList(categories).contains(category) ? category : null;
            String keyword = q == null ? null : q.strip().substring(0, Math.min(q.strip().length(), 60));
            return new PublicRecords.ListRequest(department, from, to, known, keyword, after, before);
        }
    }

    @GetMapping("/publicity/licenses")
    String licenses(ListParams params, Model model) {
        var request = params.toRequest(LICENSE_CATEGORIES);
        model.addAttribute("slice", records.licenses(request));
        filterModel(model, request, LICENSE_CATEGORIES);
        return "portal/publicity/licenses";
    }

    @GetMapping("/publicity/penalties")
    String penalties(ListParams params, Model model) {
        var request = params.toRequest(PENALTY_CATEGORIES);
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
}
