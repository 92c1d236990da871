package cn.gov.zjg.credit.submission.excel;

import java.io.File;
import java.nio.charset.Charset;
import java.util.List;
import java.util.stream.Collectors;

import cn.gov.zjg.credit.submission.FieldDef;
import cn.gov.zjg.credit.submission.HeaderMatcher;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.submission.SubmissionProperties;

import org.springframework.stereotype.Component;

/**
 * Picks the sheet to read: the first visible sheet whose header row matches the chosen record type. When none
 * does, explains why in the clerk's terms: the file is of the other type, required columns are missing (named),
 * columns are duplicated (named), there is no header at all, or only a header.
 */
@Component
class SheetChooser {

    private final SubmissionProperties props;

    SheetChooser(SubmissionProperties props) {
        this.props = props;
    }

    /** The sheet to read and how its columns map to fields. */
    record Choice(int sheetNo, String sheetName, HeaderMatcher.Match match, Integer approximateRows) {
    }

    Choice choose(RecordType type, File file, FileFormat format, Charset charset) {
        List<WorkbookInspector.SheetInfo> visible = WorkbookInspector.sheets(file, format).stream()
                .filter(sheet -> !sheet.hidden())
                .toList();
        HeaderMatcher.Match best = null;
        HeaderMatcher.Match otherType = null;
        String headerOnlySheet = null;
        for (WorkbookInspector.SheetInfo sheet : visible) {
            HeadReader.Head head = HeadReader.read(file, format, sheet.sheetNo(), charset);
            HeaderMatcher.Match match = HeaderMatcher.match(type, head.headers());
            if (match.usable()) {
                if (!head.hasDataRow()) {
                    headerOnlySheet = sheet.name();
                    continue;
                }
                if (head.approximateRows() != null && head.approximateRows() - 1 > props.maxRows()) {
                    throw new IntakeRefusal("submission.upload.tooManyRows", props.maxRows());
                }
                return new Choice(sheet.sheetNo(), sheet.name(), match, head.approximateRows() == null ? null
                        : head.approximateRows() - 1);
            }
            if (best == null || match.mandatoryFound() > best.mandatoryFound()) {
                best = match;
            }
            HeaderMatcher.Match other = HeaderMatcher.match(type.other(), head.headers());
            if (other.usable() || other.mandatoryFound() > match.mandatoryFound()) {
                otherType = other;
            }
        }
        throw explain(type, best, otherType, headerOnlySheet);
    }

    private static IntakeRefusal explain(RecordType type, HeaderMatcher.Match best, HeaderMatcher.Match otherType,
            String headerOnlySheet) {
        if (headerOnlySheet != null) {
            return new IntakeRefusal("submission.upload.noDataRows", headerOnlySheet);
        }
        if (otherType != null && (best == null || otherType.mandatoryFound() > best.mandatoryFound())) {
            return new IntakeRefusal("submission.upload.wrongTemplate", type.other().label(), type.label());
        }
        if (best == null || best.mandatoryFound() == 0) {
            return new IntakeRefusal("submission.upload.noHeader", type.label());
        }
        if (!best.duplicated().isEmpty()) {
            String duplicates = best.duplicated().entrySet().stream()
                    .map(e -> e.getKey().name() + "（" + String.join("、", e.getValue()) + "）")
                    .collect(Collectors.joining("；"));
            return new IntakeRefusal("submission.upload.duplicatedColumns", duplicates);
        }
        return new IntakeRefusal("submission.upload.missingColumns",
                best.missing().stream().map(FieldDef::name).collect(Collectors.joining("、")));
    }
}
