package cn.gov.zjg.credit.validation;

import java.io.OutputStream;
import java.util.List;

import com.alibaba.excel.EasyExcel;
import com.alibaba.excel.write.handler.SheetWriteHandler;
import com.alibaba.excel.write.metadata.holder.WriteSheetHolder;
import com.alibaba.excel.write.metadata.holder.WriteWorkbookHolder;
import com.alibaba.excel.write.style.column.SimpleColumnWidthStyleStrategy;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/** The holiday import template: 日期 / 类型 / 名称, one example row, a dropdown for the kind of day. */
final class HolidayTemplateWriter {

    static final String FILE_NAME = "节假日导入模板.xlsx";

    private HolidayTemplateWriter() {
    }

    static void write(OutputStream out) {
        List<List<String>> head = HolidayWorkbook.TEMPLATE_HEADERS.stream().map(List::of).toList();
        EasyExcel.write(out).autoCloseStream(false).head(head)
                .registerWriteHandler(new SimpleColumnWidthStyleStrategy(24))
                .registerWriteHandler(new KindDropdown())
                .sheet("节假日")
                .doWrite(List.of(List.of("2026/10/01", HolidayWorkbook.HOLIDAY_WORD, "国庆节")));
    }

    /** The 类型 column offers 放假 and 调休上班 (HOLIDAY and WORKDAY are accepted too, so no error box). */
    private static final class KindDropdown implements SheetWriteHandler {

        @Override
        public void afterSheetCreate(WriteWorkbookHolder workbook, WriteSheetHolder sheetHolder) {
            Sheet sheet = sheetHolder.getSheet();
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation validation = helper.createValidation(
                    helper.createExplicitListConstraint(new String[] {HolidayWorkbook.HOLIDAY_WORD,
                            HolidayWorkbook.WORKDAY_WORD}),
                    new CellRangeAddressList(1, HolidayWorkbook.MAX_ROWS, 1, 1));
            validation.setShowErrorBox(false);
            sheet.addValidationData(validation);
        }
    }
}
