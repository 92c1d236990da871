package cn.gov.zjg.credit.portal;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.portal.PortalViews.Count;
import cn.gov.zjg.credit.portal.PortalViews.DepartmentCount;
import cn.gov.zjg.credit.portal.PortalViews.Home;
import cn.gov.zjg.credit.portal.PortalViews.HomeFigures;
import cn.gov.zjg.credit.portal.PortalViews.LicenseItem;
import cn.gov.zjg.credit.portal.PortalViews.PenaltyItem;
import cn.gov.zjg.credit.portal.PortalViews.Slice;
import cn.gov.zjg.credit.publication.PublicityProperties;
import cn.gov.zjg.credit.redblack.ListKind;
import cn.gov.zjg.credit.redblack.RedBlackBadges;

import org.springframework.stereotype.Service;

/**
 * The home page's figures (with the sizes of the red and black lists) and latest decisions, and the statistics page: records in publicity per decision month
 * (the last 12 months), per department, and per penalty kind. Counts follow the public visibility rule, so they
 * match the lists. Cached until published data changes.
 */
@Service
class PortalFigures {

    static final int MONTHS = 12;

    private final PortalMapper mapper;
    private final PortalCache cache;
    private final PublicRecords records;
    private final DepartmentService departments;
    private final PublicityProperties listing;
    private final RedBlackBadges redBlack;
    private final Clock clock;

    PortalFigures(PortalMapper mapper, PortalCache cache, PublicRecords records, DepartmentService departments,
            PublicityProperties listing, RedBlackBadges redBlack, Clock clock) {
        this.mapper = mapper;
        this.cache = cache;
        this.records = records;
        this.departments = departments;
        this.listing = listing;
        this.redBlack = redBlack;
        this.clock = clock;
    }

    Home home() {
        return cache.get("home:" + records.scope(), () -> {
            boolean natural = listing.naturalPersonListing();
            LocalDate today = LocalDate.now(clock);
            Map<ListKind, Long> lists = redBlack.listSizes();
            HomeFigures figures = new HomeFigures(mapper.countSubjects(), mapper.countLicenses(natural),
                    mapper.countPenalties(natural, today), mapper.countReportingDepartments(natural, today),
                    lists.getOrDefault(ListKind.RED, 0L), lists.getOrDefault(ListKind.BLACK, 0L));
            PublicRecords.ListRequest first = new PublicRecords.ListRequest(null, null, null, null, null, null, null);
            Slice<LicenseItem> licenses = records.licenses(first);
            Slice<PenaltyItem> penalties = records.penalties(first);
            return new Home(figures, new ArrayList<>(licenses.rows().stream().limit(5).toList()),
                    new ArrayList<>(penalties.rows().stream().limit(5).toList()));
        });
    }

    /** The statistics: months (oldest first) with licenses and penalties, departments, and penalty kinds. */
    record Statistics(List<String> months, List<Long> licensesPerMonth, List<Long> penaltiesPerMonth,
            List<DepartmentRow> departments, List<Count> penaltyKinds) implements Serializable {
    }

    record DepartmentRow(String name, long licenses, long penalties) implements Serializable {
    }

    Statistics statistics() {
        return cache.get("statistics:" + records.scope(), this::loadStatistics);
    }

    private Statistics loadStatistics() {
        boolean natural = listing.naturalPersonListing();
        LocalDate today = LocalDate.now(clock);
        YearMonth current = YearMonth.from(today);
        YearMonth first = current.minusMonths(MONTHS - 1L);
        Map<String, long[]> byMonth = new LinkedHashMap<>();
        for (int i = 0; i < MONTHS; i++) {
            byMonth.put(first.plusMonths(i).toString(), new long[2]);
        }
        mapper.countLicensesByMonth(natural, first.atDay(1)).forEach(c -> add(byMonth, c, 0));
        mapper.countPenaltiesByMonth(natural, today, first.atDay(1)).forEach(c -> add(byMonth, c, 1));
        Map<Long, String> names = departments.namesById();
        List<DepartmentRow> perDepartment = new ArrayList<>();
        for (DepartmentCount c : mapper.countByDepartment(natural, today)) {
            perDepartment.add(new DepartmentRow(names.getOrDefault(c.departmentId(), String.valueOf(c.departmentId())),
                    c.licenses(), c.penalties()));
        }
        return new Statistics(new ArrayList<>(byMonth.keySet()),
                new ArrayList<>(byMonth.values().stream().map(v -> v[0]).toList()),
                new ArrayList<>(byMonth.values().stream().map(v -> v[1]).toList()), perDepartment,
                penaltyKinds(mapper.countPenaltyCategories(natural, today)));
    }

    private static void add(Map<String, long[]> byMonth, Count count, int column) {
        long[] cells = byMonth.get(count.label());
        if (cells != null) {
            cells[column] += count.count();
        }
    }

    /** 处罚类别 holds several kinds separated by ';' (decision 3): a decision counts once for each of its kinds. */
    static List<Count> penaltyKinds(List<Count> combinations) {
        Map<String, Long> kinds = new TreeMap<>();
        for (Count combination : combinations) {
            for (String kind : combination.label().split(";")) {
                if (!kind.isBlank()) {
                    kinds.merge(kind.strip(), combination.count(), Long::sum);
                }
            }
        }
        return new ArrayList<>(kinds.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new Count(e.getKey(), e.getValue())).toList());
    }
}
