package cn.gov.zjg.credit.redblack.site;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.gov.zjg.credit.redblack.ListKind;
import cn.gov.zjg.credit.redblack.RedBlackProperties;
import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public reads of the lists and the exposure board, and the centre's curation of the board. Natural persons appear
 * only with {@code credit.redblack.natural-person-listing=true}, and then only by their masked name (domain.md §6).
 */
@Service
public class PublicListService {

    static final int PAGE_SIZE = 20;
    static final int EXPOSURE_SIZE = 30;

    private final PublicListMapper mapper;
    private final RedBlackProperties props;
    private final Clock clock;

    PublicListService(PublicListMapper mapper, RedBlackProperties props, Clock clock) {
        this.mapper = mapper;
        this.props = props;
        this.clock = clock;
    }

    /** One page and whether there is a next one. */
    public record Page(List<PublicEntry> entries, boolean hasNext) {
    }

    @Transactional(readOnly = true)
    public Page page(ListKind kind, PublicListQuery query) {
        List<PublicEntry> rows = mapper.findPage(kind.name(), query, props.naturalPersonListing(), PAGE_SIZE + 1);
        return new Page(rows.subList(0, Math.min(PAGE_SIZE, rows.size())), rows.size() > PAGE_SIZE);
    }

    @Transactional(readOnly = true)
    public PublicEntry entry(ListKind kind, long id) {
        PublicEntry entry = mapper.findById(id, props.naturalPersonListing());
        if (entry == null || !entry.kind().equals(kind.name())) {
            throw new NotFoundException("entry " + id);
        }
        return entry;
    }

    /** Black list entries on the board, pinned first; {@code withHidden} for the curation page. */
    @Transactional(readOnly = true)
    public List<ExposureItem> exposureEntries(boolean withHidden) {
        boolean natural = props.naturalPersonListing();
        return pinnedFirst(mapper.findExposureEntries(natural, true, false, EXPOSURE_SIZE),
                mapper.findExposureEntries(natural, false, withHidden, EXPOSURE_SIZE));
    }

    /** Serious penalties in publicity on the board, pinned first. */
    @Transactional(readOnly = true)
    public List<ExposureItem> exposurePenalties(boolean withHidden) {
        LocalDate today = LocalDate.now(clock);
        boolean natural = props.naturalPersonListing();
        return pinnedFirst(mapper.findExposurePenalties(today, natural, true, false, EXPOSURE_SIZE),
                mapper.findExposurePenalties(today, natural, false, withHidden, EXPOSURE_SIZE));
    }

    private static List<ExposureItem> pinnedFirst(List<ExposureItem> pinned, List<ExposureItem> others) {
        List<ExposureItem> all = new java.util.ArrayList<>(pinned);
        all.addAll(others);
        return all.subList(0, Math.min(all.size(), Math.max(EXPOSURE_SIZE, pinned.size())));
    }

    /** Pins or hides a record with a reason, or clears its curation ({@code action} CLEAR). */
    @Transactional
    public void curate(String recordType, long recordId, String action, String reason, String by) {
        if (!List.of("ENTRY", "PENALTY").contains(recordType) || !List.of("PIN", "HIDE", "CLEAR").contains(action)) {
            throw new BusinessRuleException("redblack.exposure.invalid");
        }
        if ("CLEAR".equals(action)) {
            mapper.deleteCuration(recordType, recordId);
            return;
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new BusinessRuleException("redblack.exposure.reasonRequired");
        }
        mapper.upsertCuration(recordType, recordId, action, reason.strip(), by);
    }
}
