package cn.gov.zjg.credit.validation;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.BatchService;
import cn.gov.zjg.credit.submission.HeaderMatcher;
import cn.gov.zjg.credit.submission.FieldDef;
import cn.gov.zjg.credit.submission.StagingQueue;
import cn.hutool.json.JSONUtil;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The validation receipt: every row of the batch in the template's columns, with its outcome and every problem of the
 * row in an added column, the offending cells highlighted (rows that could not even be read come last, as written), so the clerk can filter, fix and upload just those rows
 * again. Written with a streaming workbook (200 rows in memory).
 */
@Component
class ValidationReceiptWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final StagingQueue staging;
    private final SubmissionValidation validation;
    private final MessageSource messages;
    private final BatchService batches;

    ValidationReceiptWriter(StagingQueue staging, SubmissionValidation validation, MessageSource messages,
            BatchService batches) {
        this.batches = batches;
        this.staging = staging;
        this.validation = validation;
        this.messages = messages;
    }

    void write(Batch batch, OutputStream out) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, List<Issue>> issuesByRow = validation.issuesOfBatch(batch.id()).stream()
                .collect(Collectors.groupingBy(Issue::stagingId));
        List<FieldDef> fields = batch.recordType().fields();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle highlighted = workbook.createCellStyle();
            highlighted.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            highlighted.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Sheet sheet = workbook.createSheet(text("validation.receipt.sheet", locale));
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue(text("validation.receipt.outcome", locale));
            head.createCell(1).setCellValue(text("validation.receipt.problems", locale));
            head.createCell(2).setCellValue(text("validation.receipt.sourceRow", locale));
            for (int i = 0; i < fields.size(); i++) {
                head.createCell(3 + i).setCellValue((fields.get(i).mandatory() ? "*" : "") + fields.get(i).name());
            }
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, 2 + fields.size()));
            int[] next = {1};
            staging.forEachRow(batch, view -> {
                List<Issue> issues = issuesByRow.getOrDefault(view.record().id(), List.of());
                Set<String> badFields = new HashSet<>();
                issues.forEach(i -> badFields.add(i.fieldCode()));
                Row row = sheet.createRow(next[0]++);
                row.createCell(0).setCellValue(text("validation.status." + view.status(), locale));
                row.createCell(1).setCellValue(describe(issues, fields, locale));
                row.createCell(2).setCellValue(view.record().sourceRow());
                for (int i = 0; i < fields.size(); i++) {
                    var cell = row.createCell(3 + i);
                    cell.setCellValue(format(view.record().values().get(fields.get(i).code())));
                    if (badFields.contains(fields.get(i).code())) {
                        cell.setCellStyle(highlighted);
                    }
                }
            });
            batches.forEachUnreadableRow(batch, unreadable -> {
                Row row = sheet.createRow(next[0]++);
                row.createCell(0).setCellValue(text("validation.status.UNREADABLE", locale));
                row.createCell(1).setCellValue(unreadable.errors().stream()
                        .map(e -> "[" + text("validation.severity.ERROR", locale) + "] " + messages.getMessage(
                                "submission.error." + e.errorCode(), new Object[] {e.fieldCode(), e.columnName()},
                                e.errorCode(), locale))
                        .collect(Collectors.joining("；")));
                row.createCell(2).setCellValue(unreadable.sourceRow());
                Map<String, String> byField = cellsByField(batch, unreadable.cells());
                Set<String> bad = new HashSet<>();
                unreadable.errors().forEach(e -> bad.add(e.fieldCode()));
                for (int i = 0; i < fields.size(); i++) {
                    var cell = row.createCell(3 + i);
                    cell.setCellValue(byField.getOrDefault(fields.get(i).code(), ""));
                    if (bad.contains(fields.get(i).code())) {
                        cell.setCellStyle(highlighted);
                    }
                }
            });
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** The cells of an unreadable row, as written in the file, by the field their header names. */
    private static Map<String, String> cellsByField(Batch batch, Map<String, String> cells) {
        Map<Integer, String> headers = new HashMap<>();
        List<String> names = new ArrayList<>(cells.keySet());
        for (int i = 0; i < names.size(); i++) {
            headers.put(i, names.get(i));
        }
        Map<String, String> byField = new HashMap<>();
        HeaderMatcher.match(batch.recordType(), headers).columns()
                .forEach((index, field) -> byField.merge(field.code(), cells.get(names.get(index)),
                        (a, b) -> a + ";" + b));
        return byField;
    }

    private String describe(List<Issue> issues, List<FieldDef> fields, Locale locale) {
        Map<String, String> names = new HashMap<>();
        fields.forEach(f -> names.put(f.code(), f.name()));
        List<String> lines = new ArrayList<>();
        for (Issue issue : issues) {
            Object[] args = JSONUtil.parseArray(issue.argsJson() == null ? "[]" : issue.argsJson()).toArray();
            String severity = text("validation.severity." + issue.severity(), locale);
            String field = issue.fieldCode() == null ? "" : names.getOrDefault(issue.fieldCode(), issue.fieldCode()) + "：";
            lines.add("[" + severity + "] " + field + messages.getMessage(issue.messageKey(), args, issue.messageKey(),
                    locale));
        }
        return String.join("；", lines);
    }

    private static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return date.format(DATE);
        }
        if (value instanceof BigDecimal amount) {
            return amount.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
