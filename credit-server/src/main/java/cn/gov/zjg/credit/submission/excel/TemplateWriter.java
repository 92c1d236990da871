package cn.gov.zjg.credit.submission.excel;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;


import cn.gov.zjg.credit.submission.BatchService;
import cn.gov.zjg.credit.submission.FieldDef;
import cn.gov.zjg.credit.submission.FieldKind;
import cn.gov.zjg.credit.submission.RecordType;
import com.alibaba.excel.EasyExcel;
import com.alibaba.excel.ExcelWriter;
import com.alibaba.excel.write.handler.SheetWriteHandler;
import com.alibaba.excel.write.metadata.WriteSheet;
import com.alibaba.excel.write.metadata.holder.WriteSheetHolder;
import com.alibaba.excel.write.metadata.holder.WriteWorkbookHolder;
import com.alibaba.excel.write.style.column.SimpleColumnWidthStyleStrategy;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

import org.springframework.stereotype.Component;

/**
 * Generates the Excel templates: the data sheet first (headers exactly as the standard names them, required ones
 * marked with *, a dropdown on every enumerated column, one example row), then an instructions sheet with each
 * field's meaning, length, format, units and the 2099/12/31 convention.
 */
@Component
public class TemplateWriter {

    private static final int DROPDOWN_ROWS = 50_000;

    private final BatchService batches;

    TemplateWriter(BatchService batches) {
        this.batches = batches;
    }

    public void write(RecordType type, OutputStream out) {
        List<FieldDef> fields = type.fields();
        List<List<String>> head = fields.stream().map(f -> List.of((f.mandatory() ? "*" : "") + f.name())).toList();
        try (ExcelWriter writer = EasyExcel.write(out).autoCloseStream(false).build()) {
            WriteSheet data = EasyExcel.writerSheet(0, type.label()).head(head)
                    .registerWriteHandler(new SimpleColumnWidthStyleStrategy(22))
                    .registerWriteHandler(new Dropdowns(fields, this::values))
                    .build();
            writer.write(List.of(TemplateExamples.of(type)), data);
            WriteSheet instructions = EasyExcel.writerSheet(1, "填报说明")
                    .head(List.of(List.of("列名"), List.of("字段代码"), List.of("必填"), List.of("最大长度"),
                            List.of("格式与说明")))
                    .registerWriteHandler(new SimpleColumnWidthStyleStrategy(30))
                    .build();
            writer.write(instructionRows(type), instructions);
        }
    }

    private List<String> values(FieldDef field) {
        return field.dictCode() == null ? List.of() : batches.dictionary(field.dictCode());
    }

    private List<List<String>> instructionRows(RecordType type) {
        List<List<String>> rows = new ArrayList<>();
        for (FieldDef field : type.fields()) {
            rows.add(List.of(field.name(), field.code(), requiredText(field), String.valueOf(field.maxLength()),
                    TemplateExamples.guidance(field, values(field))));
        }
        rows.add(List.of());
        rows.add(List.of("说明", "", "", "", TemplateExamples.GENERAL_NOTES));
        return rows;
    }

    private static String requiredText(FieldDef field) {
        return switch (field.required()) {
            case 'Y' -> "是";
            case 'C' -> "条件必填";
            default -> "否";
        };
    }

    /** Adds a list validation (dropdown) to every enumerated column of the data sheet. */
    private record Dropdowns(List<FieldDef> fields, java.util.function.Function<FieldDef, List<String>> values)
            implements SheetWriteHandler {

        @Override
        public void afterSheetCreate(WriteWorkbookHolder workbook, WriteSheetHolder sheetHolder) {
            Sheet sheet = sheetHolder.getSheet();
            DataValidationHelper helper = sheet.getDataValidationHelper();
            for (int column = 0; column < fields.size(); column++) {
                FieldDef field = fields.get(column);
                List<String> options = values.apply(field);
                if (options.isEmpty()) {
                    continue;
                }
                DataValidationConstraint constraint = helper.createExplicitListConstraint(options.toArray(String[]::new));
                DataValidation validation = helper.createValidation(constraint,
                        new CellRangeAddressList(1, DROPDOWN_ROWS, column, column));
                // 处罚类别 may hold several values ("罚款;没收违法所得"): offer the list, do not forbid other text.
                validation.setShowErrorBox(field.kind() != FieldKind.MULTI_ENUM);
                validation.createPromptBox(field.name(), field.kind() == FieldKind.MULTI_ENUM
                        ? "可多选，用分号(;)分隔" : "请从下拉列表中选择");
                validation.setShowPromptBox(true);
                sheet.addValidationData(validation);
            }
        }
    }

}
