package cn.gov.zjg.credit.redblack.check;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gov.zjg.credit.shared.BusinessRuleException;
import com.alibaba.excel.EasyExcel;
import com.alibaba.excel.context.AnalysisContext;
import com.alibaba.excel.event.AnalysisEventListener;
import com.alibaba.excel.exception.ExcelAnalysisStopException;

/**
 * Excel in and out of the batch credit check: in, the first column of the first sheet holds one code per row (a
 * header row such as 统一社会信用代码 is skipped); out, one row per code in the order given.
 */
final class CheckWorkbook {

    static final List<String> HEAD = List.of("序号", "查询代码", "主体名称", "核查结论", "守信激励（红名单）",
            "严重失信主体名单（黑名单）", "公示中的严重失信行政处罚", "适用的奖惩措施");

    private CheckWorkbook() {
    }

    static List<String> readCodes(InputStream in, int max) {
        List<String> codes = new ArrayList<>();
        boolean[] tooMany = {false};
        try {
            EasyExcel.read(in, new AnalysisEventListener<Map<Integer, String>>() {
                @Override
                public void invoke(Map<Integer, String> row, AnalysisContext context) {
                    String cell = row.get(0);
                    if (cell == null || cell.isBlank()) {
                        return;
                    }
                    String text = cell.strip();
                    if (codes.isEmpty() && context.readRowHolder().getRowIndex() == 0 && !text.matches("[0-9A-Za-z]+")) {
                        return; // the header
                    }
                    if (codes.size() >= max) {
                        tooMany[0] = true;
                        throw new ExcelAnalysisStopException();
                    }
                    codes.add(text);
                }

                @Override
                public void doAfterAllAnalysed(AnalysisContext context) {
                    // codes are checked together afterwards
                }
            }).sheet(0).headRowNumber(0).doRead();
        } catch (ExcelAnalysisStopException e) {
            // too many codes: reported below
        } catch (RuntimeException e) {
            throw new BusinessRuleException("redblack.upload.unreadable");
        }
        if (tooMany[0]) {
            throw new BusinessRuleException("redblack.check.tooMany", max + 1, max);
        }
        return codes;
    }

    static void write(List<CheckResult> results, Map<String, String> conclusions, OutputStream out) {
        List<List<Object>> rows = new ArrayList<>(results.size());
        int n = 1;
        for (CheckResult r : results) {
            rows.add(List.of(n++, r.displayCode(), r.subjectName() == null ? "" : r.subjectName(),
                    conclusions.get(r.conclusion()),
                    r.redEntries().stream().map(CheckWorkbook::describe).collect(Collectors.joining("\n")),
                    r.blackEntries().stream().map(CheckWorkbook::describe).collect(Collectors.joining("\n")),
                    r.penalties().stream().map(p -> p.documentNo() + "（" + p.authority() + "，" + p.decidedOn() + "）")
                            .collect(Collectors.joining("\n")),
                    String.join("\n", r.measures())));
        }
        EasyExcel.write(out).head(HEAD.stream().map(List::of).toList()).sheet("核查结果").doWrite(rows);
    }

    private static String describe(EntryHit h) {
        return h.typeLabel() + "：" + h.documentNo() + "（" + h.decidingDept() + "，列入 " + h.listedOn()
                + (h.validUntil() == null ? "" : "，有效期至 " + h.validUntil()) + "）";
    }
}
