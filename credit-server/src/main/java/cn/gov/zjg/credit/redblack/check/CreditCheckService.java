package cn.gov.zjg.credit.redblack.check;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.gov.zjg.credit.redblack.ListKind;
import cn.gov.zjg.credit.redblack.ListType;
import cn.gov.zjg.credit.redblack.ListTypeService;
import cn.gov.zjg.credit.redblack.RedBlackProperties;
import cn.gov.zjg.credit.redblack.SubjectKeys;
import cn.gov.zjg.credit.security.PersonalDataProtection;
import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.validation.CreditCode;
import cn.gov.zjg.credit.validation.IdCardNumber;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credit check (联合奖惩 / 信用核查, issue 7): for each code (统一社会信用代码, or 居民身份证号 of a natural person,
 * looked up by its keyed hash), the published red and black list entries, the serious penalties in publicity and the
 * measures of its lists. Set-based: three statements per 1,000 codes, whatever the number of hits. Every check is
 * logged in {@code redblack_check_log} (who, channel, how many codes, how many flagged; a single code as its subject
 * key, an ID number only as its hash).
 */
@Service
public class CreditCheckService {

    private static final int CHUNK = 1000;

    private final CheckMapper mapper;
    private final ListTypeService types;
    private final PersonalDataProtection protection;
    private final RedBlackProperties props;
    private final Clock clock;

    CreditCheckService(CheckMapper mapper, ListTypeService types, PersonalDataProtection protection,
            RedBlackProperties props, Clock clock) {
        this.mapper = mapper;
        this.types = types;
        this.protection = protection;
        this.props = props;
        this.clock = clock;
    }

    /** Who checks: channel CONSOLE, EXCEL or API, the department (if any) and the user or access key. */
    public record Checker(String channel, Long departmentId, String by, String purpose) {
    }

    @Transactional
    public List<CheckResult> check(List<String> rawCodes, Checker checker) {
        if (rawCodes.isEmpty()) {
            throw new BusinessRuleException("redblack.check.noCodes");
        }
        if (rawCodes.size() > props.maxCheckCodes()) {
            throw new BusinessRuleException("redblack.check.tooMany", rawCodes.size(), props.maxCheckCodes());
        }
        LocalDate today = LocalDate.now(clock);
        List<String> codes = rawCodes.stream().map(c -> c == null ? "" : c.strip().toUpperCase(Locale.ROOT)).toList();
        Map<String, String> keyByCode = new HashMap<>();
        Map<String, byte[]> hashByKey = new HashMap<>();
        Set<String> usccs = new LinkedHashSet<>();
        for (String code : codes) {
            if (keyByCode.containsKey(code)) {
                continue;
            }
            if (CreditCode.isValid(code)) {
                keyByCode.put(code, code);
                usccs.add(code);
            } else if (IdCardNumber.check(code, today).isEmpty()) {
                byte[] hash = protection.hash(code);
                String key = SubjectKeys.natural(hash);
                keyByCode.put(code, key);
                hashByKey.put(key, hash);
            }
        }
        Map<String, List<EntryHit>> entries = new HashMap<>();
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(keyByCode.values()));
        for (List<String> chunk : chunks(keys)) {
            mapper.findEntries(chunk).forEach(h -> entries.computeIfAbsent(h.subjectKey(), k -> new ArrayList<>())
                    .add(h));
        }
        Map<String, List<PenaltyHit>> penalties = new HashMap<>();
        for (List<String> chunk : chunks(new ArrayList<>(usccs))) {
            mapper.findLegalPenalties(chunk, today).forEach(h -> penalties
                    .computeIfAbsent(h.subjectKey(), k -> new ArrayList<>()).add(h));
        }
        for (List<byte[]> chunk : chunks(new ArrayList<>(hashByKey.values()))) {
            mapper.findNaturalPenalties(chunk, today).forEach(h -> penalties
                    .computeIfAbsent(h.subjectKey(), k -> new ArrayList<>()).add(h));
        }
        Map<Long, ListType> typeById = types.byId();
        List<CheckResult> results = new ArrayList<>(codes.size());
        for (String code : codes) {
            String key = keyByCode.get(code);
            if (key == null) {
                results.add(new CheckResult(code, false, null, List.of(), List.of(), List.of(), List.of()));
                continue;
            }
            List<EntryHit> hits = entries.getOrDefault(key, List.of());
            List<PenaltyHit> serious = penalties.getOrDefault(key, List.of());
            Set<String> measures = new LinkedHashSet<>();
            hits.forEach(h -> {
                measures.addAll(measuresOf(typeById.get(h.listTypeId())));
                measures.addAll(measuresOf(h.listSubtypeId() == null ? null : typeById.get(h.listSubtypeId())));
            });
            String name = !hits.isEmpty() ? hits.get(0).subjectName()
                    : !serious.isEmpty() ? serious.get(0).subjectName() : null;
            results.add(new CheckResult(code, true, name,
                    hits.stream().filter(h -> ListKind.RED.name().equals(h.kind())).toList(),
                    hits.stream().filter(h -> ListKind.BLACK.name().equals(h.kind())).toList(), serious,
                    List.copyOf(measures)));
        }
        int flagged = (int) results.stream().filter(CheckResult::flagged).count();
        String single = codes.size() == 1 ? keyByCode.getOrDefault(codes.get(0), null) : null;
        mapper.insertLog(checker.channel(), checker.departmentId(), checker.by(), codes.size(), flagged, single,
                checker.purpose());
        return results;
    }

    private static List<String> measuresOf(ListType type) {
        return type == null ? List.of() : type.measureList();
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
