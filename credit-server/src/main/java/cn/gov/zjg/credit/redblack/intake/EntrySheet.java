package cn.gov.zjg.credit.redblack.intake;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.redblack.EntryDraft;
import cn.gov.zjg.credit.redblack.EntryField;
import cn.gov.zjg.credit.shared.BusinessRuleException;
import com.alibaba.excel.EasyExcel;
import com.alibaba.excel.context.AnalysisContext;
import com.alibaba.excel.event.AnalysisEventListener;
import com.alibaba.excel.exception.ExcelAnalysisException;
import com.alibaba.excel.exception.ExcelAnalysisStopException;

/**
 * The Excel template of entries (docs/excel-templates.md): one header row naming the fields of {@link EntryField} in
 * any order (matched like the submission intake's headers), one entry per row. Read with EasyExcel's streaming reader;
 * rows beyond the limit stop the read and refuse the file.
 */
final class EntrySheet {

    private EntrySheet() {
    }

    /** The rows of the first sheet as drafts, with their sheet row numbers (the header is row 1). */
    static List<EntryDraft> read(InputStream in, int maxRows) {
        Listener listener = new Listener(maxRows);
        try {
            EasyExcel.read(in, listener).sheet(0).headRowNumber(1).doRead();
        } catch (ExcelAnalysisStopException e) {
            // stopped by the listener: too many rows (reported below)
        } catch (ExcelAnalysisException e) {
            if (e.getCause() instanceof BusinessRuleException refusal) {
                throw refusal;
            }
            throw new BusinessRuleException("redblack.upload.unreadable");
        } catch (RuntimeException e) {
            if (e instanceof BusinessRuleException) {
                throw e;
            }
            throw new BusinessRuleException("redblack.upload.unreadable");
        }
        if (listener.tooMany) {
            throw new BusinessRuleException("redblack.upload.tooManyRows", maxRows);
        }
        if (listener.columns == null) {
            throw new BusinessRuleException("redblack.upload.noHeader");
        }
        return listener.drafts;
    }

    /** The template: the header row and one example of a black list entry. */
    static void writeTemplate(OutputStream out) {
        List<List<String>> head = Arrays.stream(EntryField.values())
                .map(f -> List.of(f.required() ? "*" + f.header() : f.header())).toList();
        List<List<Object>> example = List.of(List.of("法人及非法人组织", "张家港市示例贸易有限公司", "91320582MA1MUL3Q1G", "", "",
                "严重失信主体名单", "市场监督管理严重违法失信名单", "因提交虚假材料取得公司登记，被依法撤销登记（示例数据）",
                "《市场监督管理严重违法失信名单管理办法》第十条", "张家港市市场监督管理局", "11320582014160056E",
                "张市监严失〔2026〕1号", "2026-05-01", "2029-04-30", "自列入之日起满三年且已履行全部义务，可申请移出",
                "张家港市市场监督管理局"));
        EasyExcel.write(out).head(head).sheet("红黑名单").doWrite(example);
    }

    private static final class Listener extends AnalysisEventListener<Map<Integer, String>> {

        private final int maxRows;
        private final List<EntryDraft> drafts = new ArrayList<>();
        private Map<Integer, EntryField> columns;
        private boolean tooMany;

        Listener(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void invokeHeadMap(Map<Integer, String> headMap, AnalysisContext context) {
            Map<Integer, EntryField> found = new HashMap<>();
            headMap.forEach((index, header) -> EntryField.byHeader(header).ifPresent(f -> found.put(index, f)));
            List<String> missing = Arrays.stream(EntryField.values())
                    .filter(f -> f.required() && !found.containsValue(f)).map(EntryField::header).toList();
            if (!missing.isEmpty()) {
                throw new BusinessRuleException("redblack.upload.missingColumns", String.join("、", missing));
            }
            columns = found;
        }

        @Override
        public void invoke(Map<Integer, String> row, AnalysisContext context) {
            if (drafts.size() >= maxRows) {
                tooMany = true;
                throw new ExcelAnalysisStopException();
            }
            Map<EntryField, String> values = new EnumMap<>(EntryField.class);
            row.forEach((index, text) -> {
                EntryField field = columns.get(index);
                if (field != null && text != null) {
                    values.put(field, text);
                }
            });
            if (values.values().stream().allMatch(String::isBlank)) {
                return; // an empty row between entries
            }
            drafts.add(new EntryDraft(context.readRowHolder().getRowIndex() + 1, values));
        }

        @Override
        public void doAfterAllAnalysed(AnalysisContext context) {
            // nothing to flush: drafts are checked together afterwards
        }
    }
}
