package cn.gov.zjg.credit.redblack.intake;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import cn.gov.zjg.credit.redblack.EntryDraft;
import cn.gov.zjg.credit.redblack.EntryProblem;
import cn.gov.zjg.credit.redblack.EntryService;
import cn.gov.zjg.credit.redblack.EntryValidator;
import cn.gov.zjg.credit.redblack.NewEntry;
import cn.gov.zjg.credit.redblack.RedBlackProperties;
import cn.gov.zjg.credit.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entries from an Excel upload or a push call: every draft checked, the valid ones proposed, every refusal kept with
 * its row, column and reason in Chinese (the receipt). One bad row never refuses the others.
 */
@Service
public class EntryIntakeService {

    private static final int BATCH = 500;

    private final EntryValidator validator;
    private final EntryService entries;
    private final UploadMapper uploads;
    private final MessageSource messages;
    private final RedBlackProperties props;

    EntryIntakeService(EntryValidator validator, EntryService entries, UploadMapper uploads, MessageSource messages,
            RedBlackProperties props) {
        this.validator = validator;
        this.entries = entries;
        this.uploads = uploads;
        this.messages = messages;
        this.props = props;
    }

    /** The outcome of a batch of drafts: stored entry ids and every refusal. */
    public record Outcome(List<Long> acceptedIds, List<EntryProblem> refusals) {
    }

    /** Reads, checks and proposes an uploaded file; returns the upload's id (its receipt). */
    @Transactional
    public long upload(long departmentId, String departmentName, String fileName, InputStream content, String by) {
        List<EntryDraft> drafts = EntrySheet.read(content, props.maxUploadRows());
        UploadMapper.UploadId key = new UploadMapper.UploadId();
        uploads.insert(departmentId, fileName == null ? "upload.xlsx" : fileName, by, key);
        Outcome outcome = intake(drafts, new EntryService.Proposal(departmentId, "EXCEL", key.getId(), by),
                departmentName);
        List<UploadMapper.UploadError> errors = outcome.refusals().stream()
                .map(p -> new UploadMapper.UploadError(p.sourceRow(), p.field().header(), message(p))).toList();
        for (int from = 0; from < errors.size(); from += BATCH) {
            uploads.insertErrors(key.getId(), errors.subList(from, Math.min(errors.size(), from + BATCH)));
        }
        long refusedRows = outcome.refusals().stream().mapToInt(EntryProblem::sourceRow).distinct().count();
        uploads.finish(key.getId(), drafts.size(), outcome.acceptedIds().size(), (int) refusedRows);
        return key.getId();
    }

    /** Checks and proposes drafts (push API, upload). */
    @Transactional
    public Outcome intake(List<EntryDraft> drafts, EntryService.Proposal proposal, String departmentName) {
        List<EntryProblem> refusals = new ArrayList<>();
        List<NewEntry> valid = new ArrayList<>();
        for (EntryValidator.Checked checked : validator.validate(drafts, departmentName)) {
            if (checked.valid()) {
                valid.add(checked.entry());
            } else {
                refusals.addAll(checked.problems());
            }
        }
        EntryService.Proposed proposed = entries.propose(proposal, valid);
        refusals.addAll(proposed.duplicates());
        refusals.sort(Comparator.comparingInt(EntryProblem::sourceRow));
        return new Outcome(proposed.ids(), refusals);
    }

    public String message(EntryProblem problem) {
        return messages.getMessage(problem.messageKey(), problem.args(), Locale.SIMPLIFIED_CHINESE);
    }

    @Transactional(readOnly = true)
    public UploadMapper.Upload find(long id, Long scope) {
        UploadMapper.Upload upload = uploads.findById(id, scope);
        if (upload == null) {
            throw new NotFoundException("upload " + id);
        }
        return upload;
    }

    @Transactional(readOnly = true)
    public List<UploadMapper.Upload> recent(Long scope) {
        return uploads.findRecent(scope, 20);
    }

    @Transactional(readOnly = true)
    public List<UploadMapper.UploadError> errors(long uploadId) {
        return uploads.findErrors(uploadId);
    }
}
