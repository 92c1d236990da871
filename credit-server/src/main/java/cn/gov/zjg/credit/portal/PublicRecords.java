package cn.gov.zjg.credit.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import cn.gov.zjg.credit.portal.PortalViews.LicenseDetail;
import cn.gov.zjg.credit.portal.PortalViews.LicenseItem;
import cn.gov.zjg.credit.portal.PortalViews.PenaltyDetail;
import cn.gov.zjg.credit.portal.PortalViews.PenaltyItem;
import cn.gov.zjg.credit.portal.PortalViews.Slice;
import cn.gov.zjg.credit.portal.PortalViews.SubjectHit;
import cn.gov.zjg.credit.publication.PublicityProperties;

import org.springframework.stereotype.Service;

/**
 * The double-publicity lists (双公示) and detail pages: filters, keyset paging in (decision date desc, id desc) order
 * so a deep page costs what the first does, and the public visibility rule on every query. Cached until published
 * data changes.
 */
@Service
class PublicRecords {

    static final int PAGE_SIZE = 20;

    private final PortalMapper mapper;
    private final PortalCache cache;
    private final SubjectSearch search;
    private final PublicityProperties listing;
    private final Clock clock;

    PublicRecords(PortalMapper mapper, PortalCache cache, SubjectSearch search, PublicityProperties listing,
            Clock clock) {
        this.mapper = mapper;
        this.cache = cache;
        this.search = search;
        this.listing = listing;
        this.clock = clock;
    }

    /** What a visitor asked for: filters and a cursor ({@code after} or {@code before}, from a previous page). */
    record ListRequest(Long department, LocalDate from, LocalDate to, String category, String keyword, String after,
            String before) {

        /** Only parsed values: a mangled cursor or filter never makes a cache entry of its own. */
        String cacheKey() {
            Cursor a = Cursor.parse(after);
            Cursor b = a == null ? Cursor.parse(before) : null;
            return department + "|" + from + "|" + to + "|" + category + "|"
                    + (keyword == null ? "" : SubjectSearch.normalise(keyword)) + "|" + a + "|" + b;
        }
    }

    Slice<LicenseItem> licenses(ListRequest request) {
        return cache.get("licenses:" + scope() + request.cacheKey(),
                () -> page(request, mapper::findLicenses, LicenseItem::jdrq, LicenseItem::id));
    }

    Slice<PenaltyItem> penalties(ListRequest request) {
        return cache.get("penalties:" + scope() + request.cacheKey(),
                () -> page(request, mapper::findPenalties, PenaltyItem::jdrq, PenaltyItem::id));
    }

    Optional<LicenseDetail> license(long id) {
        return Optional.ofNullable(cache.get("license:" + scope() + id,
                () -> mapper.findLicense(id, listing.naturalPersonListing()).orElse(null)));
    }

    Optional<PenaltyDetail> penalty(long id) {
        return Optional.ofNullable(cache.get("penalty:" + scope() + id,
                () -> mapper.findPenalty(id, listing.naturalPersonListing(), today()).orElse(null)));
    }

    /** Part of every cache key: pages with and without natural persons' records never share an entry. */
    String scope() {
        return listing.naturalPersonListing() ? "np:" : "";
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private <T> Slice<T> page(ListRequest request, Function<RecordFilter, List<T>> query,
            Function<T, LocalDate> jdrq, ToLongFunction<T> id) {
        Cursor after = Cursor.parse(request.after());
        Cursor before = after == null ? Cursor.parse(request.before()) : null;
        Cursor position = after != null ? after : before;
        boolean backwards = before != null;
        List<Long> subjectIds = null;
        String keyword = blankToNull(request.keyword());
        if (keyword != null) {
            subjectIds = search.search(SubjectSearch.normalise(keyword)).stream().map(SubjectHit::id).toList();
        }
        RecordFilter filter = new RecordFilter(request.department(), request.from(), request.to(),
                blankToNull(request.category()), keyword, subjectIds, listing.naturalPersonListing(), today(),
                position == null ? null : position.jdrq(), position == null ? null : position.id(), backwards,
                PAGE_SIZE + 1);
        List<T> rows = new ArrayList<>(query.apply(filter));
        boolean more = rows.size() > PAGE_SIZE;
        if (more) {
            rows.remove(PAGE_SIZE);
        }
        if (backwards) {
            Collections.reverse(rows);
        }
        if (rows.isEmpty()) {
            return new Slice<>(rows, null, null);
        }
        T first = rows.get(0);
        T last = rows.get(rows.size() - 1);
        // Forward: a previous page exists when we came from one; backwards: a next page always exists.
        String previous = (backwards ? more : position != null) ? Cursor.of(jdrq.apply(first), id.applyAsLong(first)) : null;
        String next = (backwards || more) ? Cursor.of(jdrq.apply(last), id.applyAsLong(last)) : null;
        return new Slice<>(rows, previous, next);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A keyset position: {@code 2026-11-02.1234} (decision date and id of the row at the edge of a page). */
    record Cursor(LocalDate jdrq, long id) {

        static String of(LocalDate jdrq, long id) {
            return jdrq + "." + id;
        }

        static Cursor parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            int dot = text.indexOf('.');
            try {
                return dot < 0 ? null
                        : new Cursor(LocalDate.parse(text.substring(0, dot)), Long.parseLong(text.substring(dot + 1)));
            } catch (DateTimeParseException | NumberFormatException e) {
                return null; // a mangled cursor shows the first page
            }
        }
    }
}
