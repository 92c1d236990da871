package cn.gov.zjg.credit.redblack;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gov.zjg.credit.security.PersonalDataProtection;
import cn.gov.zjg.credit.shared.Masking;
import cn.gov.zjg.credit.submission.CellNormalizer;
import cn.gov.zjg.credit.validation.CreditCode;
import cn.gov.zjg.credit.validation.IdCardNumber;

import org.springframework.stereotype.Component;

/**
 * Checks drafts from every channel alike (issue 7 validation): required fields and lengths, the subject's code
 * (GB 32100 credit code, GB 11643 ID number for 身份证), the list type and sub-type (data), dates, a legal basis for
 * every black list entry (domain.md §4.1: a list only on the basis of law), and duplicates within the same call.
 * Duplicates against stored entries are checked when proposing ({@link EntryService#propose}).
 */
@Component
public class EntryValidator {

    private static final Set<String> LEGAL_WORDS = Set.of("法人及非法人组织", "法人", "非法人组织", "法人和非法人组织",
            "个体工商户", "LEGAL", "1");
    private static final Set<String> NATURAL_WORDS = Set.of("自然人", "NATURAL", "2");
    static final String ID_CARD = "身份证";

    private final ListTypeService types;
    private final PersonalDataProtection protection;
    private final Clock clock;

    EntryValidator(ListTypeService types, PersonalDataProtection protection, Clock clock) {
        this.types = types;
        this.protection = protection;
        this.clock = clock;
    }

    /** The outcome for one draft: the entry, or its problems (never both). */
    public record Checked(EntryDraft draft, NewEntry entry, List<EntryProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Checks every draft; {@code defaultSourceUnit} fills an empty 数据来源单位 (the proposing department's name). */
    public List<Checked> validate(List<EntryDraft> drafts, String defaultSourceUnit) {
        LocalDate today = LocalDate.now(clock);
        List<ListType> all = types.findAll();
        List<Checked> result = new ArrayList<>(drafts.size());
        Map<String, Integer> seen = new HashMap<>();
        for (EntryDraft draft : drafts) {
            List<EntryProblem> problems = new ArrayList<>();
            NewEntry entry = check(draft, all, today, defaultSourceUnit, problems);
            if (entry != null) {
                String key = duplicateKey(entry);
                Integer earlier = seen.putIfAbsent(key, draft.sourceRow());
                if (earlier != null) {
                    problems.add(new EntryProblem(draft.sourceRow(), EntryField.DOCUMENT_NO,
                            "redblack.error.duplicateInFile", earlier));
                }
            }
            result.add(problems.isEmpty() ? new Checked(draft, entry, List.of())
                    : new Checked(draft, null, List.copyOf(problems)));
        }
        return result;
    }

    static String duplicateKey(NewEntry e) {
        return e.listType().id() + "|" + (e.subtype() == null ? 0 : e.subtype().id()) + "|" + e.subjectKey() + "|"
                + e.documentNo();
    }

    private NewEntry check(EntryDraft d, List<ListType> all, LocalDate today, String defaultSourceUnit,
            List<EntryProblem> problems) {
        int row = d.sourceRow();
        for (EntryField field : EntryField.values()) {
            String value = d.get(field);
            if (value == null && field.required()) {
                problems.add(new EntryProblem(row, field, "redblack.error.required", field.header()));
            } else if (value != null && value.codePointCount(0, value.length()) > field.maxLength()) {
                problems.add(new EntryProblem(row, field, "redblack.error.tooLong", field.header(), field.maxLength()));
            }
        }
        SubjectKind kind = subjectKind(d, problems);
        String uscc = null;
        String idType = null;
        String idNumber = null;
        if (kind == SubjectKind.LEGAL) {
            uscc = d.get(EntryField.USCC) == null ? null : d.get(EntryField.USCC).toUpperCase(java.util.Locale.ROOT);
            checkCreditCode(row, EntryField.USCC, uscc, true, problems);
        } else if (kind == SubjectKind.NATURAL) {
            idType = Optional.ofNullable(d.get(EntryField.ID_TYPE)).orElse(ID_CARD);
            idNumber = d.get(EntryField.ID_NUMBER);
            checkIdNumber(row, idType, idNumber, today, problems);
        }
        ListType type = listType(d, all, problems);
        ListType subtype = type == null ? null : subtype(d, type, all, problems);
        if (type != null && type.kind() == ListKind.BLACK && d.get(EntryField.LEGAL_BASIS) == null) {
            problems.add(new EntryProblem(row, EntryField.LEGAL_BASIS, "redblack.error.legalBasisRequired"));
        }
        checkCreditCode(row, EntryField.DECIDING_DEPT_CODE, d.get(EntryField.DECIDING_DEPT_CODE), false, problems);
        LocalDate listedOn = date(d, EntryField.LISTED_ON, problems);
        LocalDate validUntil = date(d, EntryField.VALID_UNTIL, problems);
        if (listedOn != null && listedOn.isAfter(today)) {
            problems.add(new EntryProblem(row, EntryField.LISTED_ON, "redblack.error.listedInFuture"));
        }
        if (listedOn != null && validUntil != null && validUntil.isBefore(listedOn)) {
            problems.add(new EntryProblem(row, EntryField.VALID_UNTIL, "redblack.error.validBeforeListed"));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        String name = d.get(EntryField.SUBJECT_NAME);
        String sourceUnit = Optional.ofNullable(d.get(EntryField.SOURCE_UNIT)).orElse(defaultSourceUnit);
        if (kind == SubjectKind.LEGAL) {
            return new NewEntry(row, type, subtype, kind, SubjectKeys.legal(uscc, name), name, null, uscc, null, null,
                    null, d.get(EntryField.REASON), d.get(EntryField.LEGAL_BASIS), d.get(EntryField.DECIDING_DEPT),
                    d.get(EntryField.DECIDING_DEPT_CODE), d.get(EntryField.DOCUMENT_NO), listedOn, validUntil,
                    d.get(EntryField.REMOVAL_CONDITIONS), sourceUnit);
        }
        byte[] hash = protection.hash(idNumber);
        return new NewEntry(row, type, subtype, kind, SubjectKeys.natural(hash), Masking.personName(name),
                protection.encryptText(name), null, idType, protection.encryptText(idNumber), hash,
                d.get(EntryField.REASON), d.get(EntryField.LEGAL_BASIS), d.get(EntryField.DECIDING_DEPT),
                d.get(EntryField.DECIDING_DEPT_CODE), d.get(EntryField.DOCUMENT_NO), listedOn, validUntil,
                d.get(EntryField.REMOVAL_CONDITIONS), sourceUnit);
    }

    private static SubjectKind subjectKind(EntryDraft d, List<EntryProblem> problems) {
        String text = d.get(EntryField.SUBJECT_KIND);
        if (text == null) {
            return null;
        }
        String upper = text.toUpperCase(java.util.Locale.ROOT);
        if (LEGAL_WORDS.contains(upper)) {
            return SubjectKind.LEGAL;
        }
        if (NATURAL_WORDS.contains(upper)) {
            return SubjectKind.NATURAL;
        }
        problems.add(new EntryProblem(d.sourceRow(), EntryField.SUBJECT_KIND, "redblack.error.subjectKind", text));
        return null;
    }

    private static void checkCreditCode(int row, EntryField field, String code, boolean required,
            List<EntryProblem> problems) {
        if (code == null) {
            if (required) {
                problems.add(new EntryProblem(row, field, "redblack.error.usccRequired"));
            }
            return;
        }
        CreditCode.check(code).ifPresent(problem -> problems.add(new EntryProblem(row, field,
                problem == CreditCode.Problem.FORMAT ? "redblack.error.usccFormat" : "redblack.error.usccCheckDigit",
                field.header(), code)));
    }

    private static void checkIdNumber(int row, String idType, String idNumber, LocalDate today,
            List<EntryProblem> problems) {
        if (idNumber == null) {
            problems.add(new EntryProblem(row, EntryField.ID_NUMBER, "redblack.error.idRequired"));
            return;
        }
        if (idType.contains(ID_CARD)) {
            // The number itself is never repeated in a message (domain.md §6).
            IdCardNumber.check(idNumber, today).ifPresent(problem -> problems.add(new EntryProblem(row,
                    EntryField.ID_NUMBER, "redblack.error.idCard." + problem.name())));
        }
    }

    private static ListType listType(EntryDraft d, List<ListType> all, List<EntryProblem> problems) {
        String text = d.get(EntryField.LIST_TYPE);
        if (text == null) {
            return null;
        }
        Optional<ListType> found = all.stream()
                .filter(t -> !t.subtype() && t.enabled() && (t.code().equalsIgnoreCase(text) || t.name().equals(text)))
                .findFirst();
        if (found.isEmpty()) {
            problems.add(new EntryProblem(d.sourceRow(), EntryField.LIST_TYPE, "redblack.error.listTypeUnknown", text));
        }
        return found.orElse(null);
    }

    private static ListType subtype(EntryDraft d, ListType type, List<ListType> all, List<EntryProblem> problems) {
        String text = d.get(EntryField.LIST_SUBTYPE);
        if (text == null) {
            return null;
        }
        Optional<ListType> found = all.stream().filter(t -> t.enabled() && Long.valueOf(type.id()).equals(t.parentId())
                && (t.code().equalsIgnoreCase(text) || t.name().equals(text))).findFirst();
        if (found.isEmpty()) {
            problems.add(new EntryProblem(d.sourceRow(), EntryField.LIST_SUBTYPE, "redblack.error.subtypeUnknown", text,
                    type.name()));
        }
        return found.orElse(null);
    }

    private static LocalDate date(EntryDraft d, EntryField field, List<EntryProblem> problems) {
        String text = d.get(field);
        if (text == null) {
            return null;
        }
        try {
            return CellNormalizer.parseDate(text);
        } catch (CellNormalizer.Unreadable e) {
            problems.add(new EntryProblem(d.sourceRow(), field, "redblack.error.date", field.header(), text));
            return null;
        }
    }

    /** Hex of a keyed hash, as in subject keys. */
    static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
