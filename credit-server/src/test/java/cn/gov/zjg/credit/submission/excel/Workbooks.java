package cn.gov.zjg.credit.submission.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds the files the intake tests upload: real workbooks written with POI, not mocks. */
public final class Workbooks {

    /** A valid 行政许可 row by header: the values of the template example (valid codes and dates). */
    public static final Map<String, Object> LICENSE_ROW = Map.ofEntries(
            Map.entry("行政相对人名称", "张家港市示例贸易有限公司"),
            Map.entry("行政相对人类别", "法人及非法人组织"),
            Map.entry("统一社会信用代码", "91320582MA1MUL3Q1G"),
            Map.entry("法定代表人", "张三"),
            Map.entry("行政许可决定文书名称", "食品经营许可决定书"),
            Map.entry("行政许可决定文书号", "张市监许〔2026〕1号"),
            Map.entry("许可类别", "普通"),
            Map.entry("许可内容", "准予食品经营许可"),
            Map.entry("许可决定日期", "2026/11/02"),
            Map.entry("有效期自", "2026/11/02"),
            Map.entry("有效期至", "2099/12/31"),
            Map.entry("许可机关", "张家港市市场监督管理局"),
            Map.entry("许可机关统一社会信用代码", "11320582014160056E"),
            Map.entry("当前状态", "1"),
            Map.entry("数据来源单位", "张家港市市场监督管理局"),
            Map.entry("数据来源单位统一社会信用代码", "11320582014160056E"));

    public static final List<String> LICENSE_HEADERS = List.copyOf(LICENSE_ROW.keySet());

    public static final Map<String, Object> PENALTY_ROW = Map.ofEntries(
            Map.entry("行政相对人名称", "张家港市示例餐饮有限公司"),
            Map.entry("行政相对人类别", "法人及非法人组织"),
            Map.entry("统一社会信用代码", "91320582MA1MUL3Q1G"),
            Map.entry("行政处罚决定书文号", "张环罚〔2026〕12号"),
            Map.entry("违法行为类型", "未按规定安装油烟净化设施"),
            Map.entry("违法事实", "经查，当事人未按规定安装油烟净化设施"),
            Map.entry("处罚依据", "《中华人民共和国大气污染防治法》第一百一十八条"),
            Map.entry("处罚类别", "罚款"),
            Map.entry("处罚内容", "罚款人民币5000元"),
            Map.entry("罚款金额（万元）", "0.5"),
            Map.entry("处罚决定日期", "2026/11/05"),
            Map.entry("处罚有效期", "2027/11/04"),
            Map.entry("处罚机关", "苏州市张家港生态环境局"),
            Map.entry("处罚机关统一社会信用代码", "11320582MB1957349P"),
            Map.entry("数据来源单位", "苏州市张家港生态环境局"),
            Map.entry("数据来源单位统一社会信用代码", "11320582MB1957349P"));

    public static final List<String> PENALTY_HEADERS = List.copyOf(PENALTY_ROW.keySet());

    private Workbooks() {
    }

    /** {@code rows} license rows; {@code customize} may change row i's values (by header) before writing. */
    public static List<Map<String, Object>> licenseRows(int rows, RowCustomizer customize) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Map<String, Object> row = new java.util.LinkedHashMap<>(LICENSE_ROW);
            row.put("行政相对人名称", "张家港市测试企业" + i + "有限公司");
            row.put("行政许可决定文书号", "张市监许〔2026〕" + (1000 + i) + "号");
            customize.apply(i, row);
            result.add(row);
        }
        return result;
    }

    public interface RowCustomizer {
        void apply(int index, Map<String, Object> row);
    }

    public static byte[] xlsx(List<String> headers, List<Map<String, Object>> rows) {
        return write(new XSSFWorkbook(), wb -> fillSheet(wb, wb.createSheet("数据"), headers, rows));
    }

    static byte[] xls(List<String> headers, List<Map<String, Object>> rows) {
        return write(new HSSFWorkbook(), wb -> fillSheet(wb, wb.createSheet("数据"), headers, rows));
    }

    static byte[] write(Workbook workbook, Consumer<Workbook> content) {
        try (Workbook wb = workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a header row and data rows; LocalDate values become real Excel date cells. */
    static void fillSheet(Workbook wb, Sheet sheet, List<String> headers, List<Map<String, Object>> rows) {
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            head.createCell(c).setCellValue(headers.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < headers.size(); c++) {
                Object value = rows.get(r).get(headers.get(c));
                Cell cell = row.createCell(c);
                if (value instanceof LocalDate date) {
                    cell.setCellValue(date);
                    cell.setCellStyle(dateStyle);
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value instanceof Formula formula) {
                    cell.setCellFormula(formula.expression());
                } else if (value != null) {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }

    /** A formula cell in a fixture. */
    record Formula(String expression) {
    }

    static byte[] csv(List<String> headers, List<Map<String, Object>> rows, Charset charset) {
        StringBuilder text = new StringBuilder(String.join(",", headers)).append("\r\n");
        for (Map<String, Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String header : headers) {
                Object value = row.get(header);
                cells.add(value == null ? "" : "\"" + value.toString().replace("\"", "\"\"") + "\"");
            }
            text.append(String.join(",", cells)).append("\r\n");
        }
        return text.toString().getBytes(charset);
    }

    /**
     * A valid workbook whose first sheet's XML is padded with megabytes of whitespace: it compresses more than
     * 1000:1, far beyond POI's zip-bomb threshold (inflate ratio below 0.01).
     */
    static byte[] zipBomb(byte[] validXlsx) {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(validXlsx));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData");
                    out.write(xml.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
