package cn.gov.zjg.credit.validation;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.submission.CellNormalizer;
import cn.hutool.core.convert.Convert;
import com.alibaba.excel.EasyExcel;
import com.alibaba.excel.context.AnalysisContext;
import com.alibaba.excel.enums.ReadDefaultReturnEnum;
import com.alibaba.excel.metadata.data.DataFormatData;
import com.alibaba.excel.metadata.data.ReadCellData;
import com.alibaba.excel.read.listener.ReadListener;
import com.alibaba.excel.util.DateUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a holiday import file and checks every row before anything is written: a file with any problem is refused
 * as a whole, listing each problem with its row number as Excel shows it.
 */
final class HolidayImportReader {

    private static final Logger log = LoggerFactory.getLogger(HolidayImportReader.class);

    /** A row's problem: message key {@code validation.holidays.import.<code>}, arguments starting with the row. */
    record Problem(int row, String messageKey, Object[] args) {

        static Problem of(int row, String code, Object... more) {
            Object[] args = new Object[more.length + 1];
            args[0] = row;
            System.arraycopy(more, 0, args, 1, more.length);
            return new Problem(row, "validation.holidays.import." + code, args);
        }
    }

    /** Either entries (no problems) or problems (nothing may be written). */
    record Result(List<CalendarEntry> entries, List<Problem> problems) {
    }

    private HolidayImportReader() {
    }

    /**
     * Reads the first sheet.
     *
     * @throws BusinessRuleException when the file as a whole cannot be taken: not Excel, unreadable, wrong header, no
     *         rows, more than {@link HolidayWorkbook#MAX_ROWS} rows
     */
    static Result read(String fileName, byte[] content) {
        Listener listener = new Listener();
        try {
            EasyExcel.read(new ByteArrayInputStream(content), listener)
                    .excelType(HolidayWorkbook.typeOf(fileName, content))
                    .readDefaultReturn(ReadDefaultReturnEnum.READ_CELL_DATA)
                    .headRowNumber(1)
                    .sheet(0)
                    .doRead();
        } catch (BusinessRuleException e) {
            throw e;
        } catch (RuntimeException e) { // POI and EasyExcel report damaged or encrypted files in many ways
            log.warn("Holiday import {} unreadable", fileName, e);
            throw new BusinessRuleException("validation.holidays.import.unreadable");
        }
        if (listener.wrongHeader) {
            throw new BusinessRuleException("validation.holidays.import.wrongHeader");
        }
        if (listener.rows > HolidayWorkbook.MAX_ROWS) {
            throw new BusinessRuleException("validation.holidays.import.tooManyRows", HolidayWorkbook.MAX_ROWS);
        }
        if (listener.rows == 0) {
            throw new BusinessRuleException("validation.holidays.import.empty");
        }
        return new Result(List.copyOf(listener.entries), List.copyOf(listener.problems));
    }

    private static final class Listener implements ReadListener<Map<Integer, ReadCellData<?>>> {

        private final List<CalendarEntry> entries = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final Map<LocalDate, Integer> rowOfDay = new HashMap<>();
        private int rows;
        private boolean wrongHeader;

        @Override
        public void invokeHead(Map<Integer, ReadCellData<?>> head, AnalysisContext context) {
            for (int i = 0; i < HolidayWorkbook.HEADERS.size(); i++) {
                String text = text(head.get(i)).replace("*", "").strip();
                wrongHeader |= !text.startsWith(HolidayWorkbook.HEADERS.get(i));
            }
        }

        @Override
        public void invoke(Map<Integer, ReadCellData<?>> cells, AnalysisContext context) {
            if (cells.values().stream().allMatch(cell -> text(cell).isBlank())) {
                return;
            }
            if (++rows > HolidayWorkbook.MAX_ROWS) {
                return;
            }
            int row = context.readRowHolder().getRowIndex() + 1; // the row number Excel shows
            LocalDate day = day(row, cells.get(0), context);
            String kindText = text(cells.get(1)).strip();
            DayKind kind = HolidayWorkbook.kindOf(kindText);
            if (kind == null) {
                problems.add(Problem.of(row, "kindInvalid", kindText));
            }
            String name = text(cells.get(2)).strip();
            boolean nameOk = !name.isEmpty() && name.codePointCount(0, name.length()) <= CalendarEntry.NAME_MAX;
            if (name.isEmpty()) {
                problems.add(Problem.of(row, "nameMissing"));
            } else if (!nameOk) {
                problems.add(Problem.of(row, "nameTooLong", CalendarEntry.NAME_MAX));
            }
            if (day != null && kind != null && nameOk) {
                entries.add(new CalendarEntry(day, kind, name));
            }
        }

        @Override
        public boolean hasNext(AnalysisContext context) {
            return !wrongHeader && rows <= HolidayWorkbook.MAX_ROWS;
        }

        @Override
        public void doAfterAllAnalysed(AnalysisContext context) {
            // everything is checked row by row; the caller decides
        }

        private LocalDate day(int row, ReadCellData<?> cell, AnalysisContext context) {
            String text = text(cell).strip();
            if (text.isEmpty()) {
                problems.add(Problem.of(row, "dateMissing"));
                return null;
            }
            try {
                LocalDate day = date(cell, context);
                Integer earlier = rowOfDay.putIfAbsent(day, row);
                if (earlier != null) {
                    problems.add(Problem.of(row, "duplicate", day.toString(), earlier));
                    return null;
                }
                return day;
            } catch (CellNormalizer.Unreadable e) {
                problems.add(Problem.of(row, "dateUnreadable", text));
                return null;
            }
        }
    }

    /** An Excel date cell (a number with a date format) or text such as 2026/10/01, 2026-10-01, 2026年10月1日. */
    static LocalDate date(ReadCellData<?> cell, AnalysisContext context) throws CellNormalizer.Unreadable {
        Object data = cell.getData();
        if (data instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        if (data instanceof Date date) {
            return new java.sql.Date(date.getTime()).toLocalDate();
        }
        BigDecimal number = cell.getNumberValue();
        DataFormatData format = cell.getDataFormatData();
        if (number != null && format != null && DateUtils.isADateFormat(format.getIndex(), format.getFormat())) {
            Boolean use1904 = context.readWorkbookHolder().globalConfiguration().getUse1904windowing();
            LocalDate day = DateUtils.getLocalDate(number.doubleValue(), Boolean.TRUE.equals(use1904));
            return CellNormalizer.parseDate(day.toString()); // the same 1900-2099 range as typed dates
        }
        return CellNormalizer.parseDate(Convert.toDBC(text(cell)).strip());
    }

    static String text(ReadCellData<?> cell) {
        if (cell == null || cell.getType() == null) {
            return "";
        }
        return switch (cell.getType()) {
            case STRING, DIRECT_STRING, RICH_TEXT_STRING -> cell.getStringValue() == null ? "" : cell.getStringValue();
            case NUMBER -> cell.getNumberValue() == null ? "" : cell.getNumberValue().stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanValue());
            case DATE -> cell.getData() == null ? "" : cell.getData().toString();
            case ERROR -> cell.getStringValue() == null ? "#ERROR" : cell.getStringValue();
            default -> "";
        };
    }
}
