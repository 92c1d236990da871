package cn.gov.zjg.credit.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.hutool.core.convert.Convert;
import com.alibaba.excel.support.ExcelTypeEnum;

/**
 * The holiday import file: a sheet with the columns 日期 / 类型 / 名称 under one header row, as in the downloadable
 * template. Its limits and the words it accepts for the kind of day live here, shared by reader and template.
 */
final class HolidayWorkbook {

    static final long MAX_BYTES = 2L * 1024 * 1024;
    static final int MAX_ROWS = 1_000;

    /** Header prefixes: a header may add a hint, e.g. 类型（放假/调休上班）. */
    static final List<String> HEADERS = List.of("日期", "类型", "名称");
    static final List<String> TEMPLATE_HEADERS = List.of("日期", "类型（放假/调休上班）", "名称");
    static final String HOLIDAY_WORD = "放假";
    static final String WORKDAY_WORD = "调休上班";

    private static final Map<String, DayKind> KINDS = Map.of(HOLIDAY_WORD, DayKind.HOLIDAY,
            WORKDAY_WORD, DayKind.WORKDAY, "HOLIDAY", DayKind.HOLIDAY, "WORKDAY", DayKind.WORKDAY);

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private HolidayWorkbook() {
    }

    /** The kind a cell names (放假, 调休上班, HOLIDAY, WORKDAY; full-width letters and spaces tolerated), or null. */
    static DayKind kindOf(String text) {
        return text == null ? null : KINDS.get(Convert.toDBC(text).strip().toUpperCase(Locale.ROOT));
    }

    /**
     * The workbook type of an upload named {@code fileName}, recognised by name and content (a workbook saved under
     * the other Excel extension is still read).
     *
     * @throws BusinessRuleException {@code validation.holidays.import.notExcel} for anything else
     */
    static ExcelTypeEnum typeOf(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            if (startsWith(content, ZIP)) {
                return ExcelTypeEnum.XLSX;
            }
            if (startsWith(content, OLE2)) {
                return ExcelTypeEnum.XLS;
            }
        }
        throw new BusinessRuleException("validation.holidays.import.notExcel");
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
