package cn.gov.zjg.credit.submission.excel;

import java.io.File;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.TreeMap;

import com.alibaba.excel.EasyExcel;
import com.alibaba.excel.context.AnalysisContext;
import com.alibaba.excel.enums.ReadDefaultReturnEnum;
import com.alibaba.excel.metadata.data.ReadCellData;
import com.alibaba.excel.read.listener.ReadListener;
import com.alibaba.excel.support.ExcelTypeEnum;

/** Reads only the header row and the first data row of one sheet: enough to decide whether to accept the file. */
final class HeadReader {

    private HeadReader() {
    }

    /** The header texts by column, whether a data row follows, and the sheet's approximate row count. */
    record Head(Map<Integer, String> headers, boolean hasDataRow, Integer approximateRows) {
    }

    static Head read(File file, FileFormat format, int sheetNo, Charset charset) {
        Listener listener = new Listener();
        try {
            EasyExcel.read(file, listener)
                    .excelType(excelType(format))
                    .charset(charset)
                    .readDefaultReturn(ReadDefaultReturnEnum.READ_CELL_DATA)
                    .headRowNumber(1)
                    .autoCloseStream(true)
                    .sheet(sheetNo)
                    .doRead();
        } catch (RuntimeException e) {
            throw WorkbookInspector.refusalFor(e);
        }
        return new Head(listener.headers, listener.hasDataRow, listener.approximateRows);
    }

    static ExcelTypeEnum excelType(FileFormat format) {
        return switch (format) {
            case XLSX -> ExcelTypeEnum.XLSX;
            case XLS -> ExcelTypeEnum.XLS;
            case CSV -> ExcelTypeEnum.CSV;
        };
    }

    private static final class Listener implements ReadListener<Map<Integer, ReadCellData<?>>> {
        final Map<Integer, String> headers = new TreeMap<>();
        boolean hasDataRow;
        Integer approximateRows;

        @Override
        public void invokeHead(Map<Integer, ReadCellData<?>> head, AnalysisContext context) {
            head.forEach((index, cell) -> headers.put(index, CellText.of(cell)));
            approximateRows = context.readSheetHolder().getApproximateTotalRowNumber();
        }

        @Override
        public void invoke(Map<Integer, ReadCellData<?>> row, AnalysisContext context) {
            if (row.values().stream().anyMatch(cell -> !CellText.of(cell).isBlank())) {
                hasDataRow = true;
            }
        }

        @Override
        public boolean hasNext(AnalysisContext context) {
            return !hasDataRow; // stop at the first non-empty data row
        }

        @Override
        public void doAfterAllAnalysed(AnalysisContext context) {
            // nothing to finish: the caller reads the fields
        }
    }
}
