package cn.gov.zjg.credit.submission.excel;

import com.alibaba.excel.metadata.data.ReadCellData;

/** A cell as plain text, for headers and error receipts. */
final class CellText {

    private CellText() {
    }

    static String of(ReadCellData<?> cell) {
        if (cell == null || cell.getType() == null) {
            return "";
        }
        return switch (cell.getType()) {
            case STRING, DIRECT_STRING, RICH_TEXT_STRING -> cell.getStringValue() == null ? "" : cell.getStringValue();
            case NUMBER -> cell.getNumberValue() == null ? "" : cell.getNumberValue().stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanValue());
            case ERROR -> cell.getStringValue() == null ? "#ERROR" : cell.getStringValue();
            default -> "";
        };
    }
}
