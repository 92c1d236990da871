package cn.gov.zjg.credit.redblack.site;

import java.time.LocalDate;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.redblack.ListKind;
import cn.gov.zjg.credit.redblack.ListTypeService;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public red list ({@code /redlist}), black list ({@code /blacklist}) with filters and keyset paging, their entry
 * pages, and the exposure board ({@code /exposure}). Plain GET forms: they work without JavaScript.
 */
@Controller
class PublicListController {

    private final PublicListService lists;
    private final ListTypeService types;
    private final DepartmentService departments;

    PublicListController(PublicListService lists, ListTypeService types, DepartmentService departments) {
        this.lists = lists;
        this.types = types;
        this.departments = departments;
    }

    @GetMapping("/redlist")
    String redList(@RequestParam(required = false) Long departmentId, @RequestParam(required = false) Long listTypeId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String after, Model model) {
        return list(ListKind.RED, PublicListQuery.of(departmentId, listTypeId, from, to, after), model);
    }

    @GetMapping("/blacklist")
    String blackList(@RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Long listTypeId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String after, Model model) {
        return list(ListKind.BLACK, PublicListQuery.of(departmentId, listTypeId, from, to, after), model);
    }

    @GetMapping("/redlist/{id}")
    String redEntry(@PathVariable long id, Model model) {
        return entry(ListKind.RED, id, model);
    }

    @GetMapping("/blacklist/{id}")
    String blackEntry(@PathVariable long id, Model model) {
        return entry(ListKind.BLACK, id, model);
    }

    @GetMapping("/exposure")
    String exposure(Model model) {
        model.addAttribute("entries", lists.exposureEntries(false));
        model.addAttribute("penalties", lists.exposurePenalties(false));
        return "portal/redblack/exposure";
    }

    private String list(ListKind kind, PublicListQuery query, Model model) {
        PublicListService.Page page = lists.page(kind, query);
        model.addAttribute("kind", kind);
        model.addAttribute("query", query);
        model.addAttribute("page", page);
        model.addAttribute("types", types.findAll().stream().filter(t -> t.kind() == kind).toList());
        model.addAttribute("departments", departments.findEnabled());
        model.addAttribute("departmentNames", departments.namesById());
        if (page.hasNext()) {
            model.addAttribute("nextCursor", page.entries().get(page.entries().size() - 1).cursor());
        }
        return "portal/redblack/list";
    }

    private String entry(ListKind kind, long id, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("entry", lists.entry(kind, id));
        model.addAttribute("departmentNames", departments.namesById());
        return "portal/redblack/entry";
    }
}
