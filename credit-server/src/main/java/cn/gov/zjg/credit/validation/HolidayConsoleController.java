package cn.gov.zjg.credit.validation;

import cn.gov.zjg.credit.shared.Downloads;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import cn.gov.zjg.credit.audit.AuditedOperation;
import cn.gov.zjg.credit.security.Permissions;
import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.submission.CellNormalizer;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresPermissions;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators maintain the holiday calendar: a year's exceptions, one day at a time, or an Excel import. */
@Controller
class HolidayConsoleController {

    private static final String PAGE = "/console/validation/holidays";
    private static final String VIEW = "console/validation/holidays";
    private static final int UNPROCESSABLE = 422;

    private final HolidayCalendarService holidays;
    private final Clock clock;

    HolidayConsoleController(HolidayCalendarService holidays, Clock clock) {
        this.holidays = holidays;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    @RequiresPermissions(Permissions.VALIDATION_CALENDAR_EDIT)
    String list(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) String edit, Model model) {
        int shown = shownYear(year);
        HolidayForm form = holidays.year(shown).stream().filter(e -> e.day().toString().equals(edit)).findFirst()
                .map(HolidayForm::of).orElseGet(HolidayForm::empty);
        return render(model, shown, form);
    }

    @PostMapping(PAGE)
    @RequiresPermissions(Permissions.VALIDATION_CALENDAR_EDIT)
    @AuditedOperation(module = "validation", action = "save-holiday")
    String save(@RequestParam(required = false) Integer year, @Valid @ModelAttribute("form") HolidayForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        LocalDate day = parseDay(form, result);
        if (result.hasErrors()) {
            response.setStatus(UNPROCESSABLE);
            return render(model, day == null ? shownYear(year) : day.getYear(), form);
        }
        holidays.save(new CalendarEntry(day, DayKind.valueOf(form.kind()), form.name().strip()));
        redirect.addFlashAttribute("flash", "validation.holidays.saved");
        redirect.addFlashAttribute("flashArgs", new Object[] {day.toString()});
        return "redirect:" + PAGE + "?year=" + day.getYear();
    }

    /** The day is in the path so the operation log's target records it. */
    @PostMapping(PAGE + "/{day}/delete")
    @RequiresPermissions(Permissions.VALIDATION_CALENDAR_EDIT)
    @AuditedOperation(module = "validation", action = "delete-holiday")
    String delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            RedirectAttributes redirect) {
        boolean deleted = holidays.delete(day);
        redirect.addFlashAttribute(deleted ? "flash" : "flashError",
                deleted ? "validation.holidays.deleted" : "validation.holidays.notFound");
        redirect.addFlashAttribute("flashArgs", new Object[] {day.toString()});
        return "redirect:" + PAGE + "?year=" + day.getYear();
    }

    @GetMapping(PAGE + "/template.xlsx")
    @RequiresPermissions(Permissions.VALIDATION_CALENDAR_EDIT)
    void template(HttpServletResponse response) throws IOException {
        Downloads.attachment(response, Downloads.XLSX, HolidayTemplateWriter.FILE_NAME);
        HolidayTemplateWriter.write(response.getOutputStream());
    }

    /** All rows or none: a file with any wrong row is refused with every problem listed. */
    @PostMapping(PAGE + "/import")
    @RequiresPermissions(Permissions.VALIDATION_CALENDAR_EDIT)
    @AuditedOperation(module = "validation", action = "import-holidays")
    String importFile(@RequestParam(required = false) Integer year, @RequestParam("file") MultipartFile file,
            Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        HolidayImportReader.Result read;
        try {
            read = HolidayImportReader.read(file.getOriginalFilename(), content(file));
        } catch (BusinessRuleException e) {
            return refused(model, response, year, e.messageKey(), e.args());
        }
        if (!read.problems().isEmpty()) {
            model.addAttribute("importProblems", read.problems());
            return refused(model, response, year, "validation.holidays.import.refused",
                    new Object[] {read.problems().size()});
        }
        HolidayCalendarService.Outcome outcome = holidays.saveAll(read.entries());
        redirect.addFlashAttribute("flash", "validation.holidays.imported");
        redirect.addFlashAttribute("flashArgs", new Object[] {outcome.added(), outcome.changed(), outcome.unchanged()});
        return "redirect:" + PAGE + "?year=" + read.entries().get(0).day().getYear();
    }

    private String refused(Model model, HttpServletResponse response, Integer year, String messageKey,
            Object[] args) {
        response.setStatus(UNPROCESSABLE);
        model.addAttribute("flashError", messageKey);
        model.addAttribute("flashArgs", args);
        return render(model, shownYear(year), HolidayForm.empty());
    }

    private String render(Model model, int year, HolidayForm form) {
        TreeSet<Integer> years = new TreeSet<>(holidays.years());
        years.addAll(List.of(year - 1, year, year + 1));
        model.addAttribute("year", year);
        model.addAttribute("years", years);
        model.addAttribute("entries", holidays.year(year));
        model.addAttribute("kinds", DayKind.values());
        model.addAttribute("maxMegabytes", HolidayWorkbook.MAX_BYTES / (1024 * 1024));
        model.addAttribute("maxRows", HolidayWorkbook.MAX_ROWS);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return VIEW;
    }

    /** The year asked for, or this year when none or one outside the calendar's 1900-2099 is asked for. */
    private int shownYear(Integer year) {
        return year != null && year >= 1900 && year <= 2099 ? year : LocalDate.now(clock).getYear();
    }

    private static LocalDate parseDay(HolidayForm form, BindingResult result) {
        if (result.hasFieldErrors("day")) {
            return null;
        }
        try {
            return CellNormalizer.parseDate(form.day().strip());
        } catch (CellNormalizer.Unreadable e) {
            result.rejectValue("day", "validation.holidays.form.dayInvalid");
            return null;
        }
    }

    private static byte[] content(MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw new BusinessRuleException("validation.holidays.import.empty");
        }
        if (file.getSize() > HolidayWorkbook.MAX_BYTES) {
            throw new BusinessRuleException("validation.holidays.import.tooLarge",
                    HolidayWorkbook.MAX_BYTES / (1024 * 1024));
        }
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
