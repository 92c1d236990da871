package cn.gov.zjg.credit.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.hutool.core.convert.Convert;

/**
 * Generates fictitious 行政许可 and 行政处罚 records in the 2.0 field set (keyed by standard code, values as a push
 * call sends them), plausible enough to pass validation: valid check characters, decision dates within the past three
 * years, department-style document numbers, penalty amounts in 万元 consistent with 处罚类别. Every record's 备注 says
 * it is demo data. Deterministic: the same seed, today and index give the same record.
 */
public final class DemoRecords {

    /** What every generated record carries in 备注 (BZ). */
    public static final String REMARK = "演示数据（虚构）";
    public static final String LONG_TERM = "2099/12/31";
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final String[] TEST_ITEMS = {"菌落总数", "大肠菌群", "二氧化硫残留量", "铅（以Pb计）", "腐霉利",
        "过氧化值", "标签标识", "阻燃性能", "纤维含量"};
    private static final List<String> SERIOUS = List.of("吊销许可证件", "责令停产停业", "责令关闭", "限制从业",
            "限制开展生产经营活动", "降低资质等级");

    private static final DemoDepartment[] LICENSING = java.util.Arrays.stream(DemoDepartment.values())
            .filter(DemoDepartment::licenses).toArray(DemoDepartment[]::new);
    private static final DemoDepartment[] PENALISING = java.util.Arrays.stream(DemoDepartment.values())
            .filter(DemoDepartment::penalises).toArray(DemoDepartment[]::new);
    private static final int LICENSE_WEIGHT = java.util.Arrays.stream(LICENSING).mapToInt(DemoDepartment::weight).sum();
    private static final int PENALTY_WEIGHT = java.util.Arrays.stream(PENALISING).mapToInt(DemoDepartment::weight)
            .sum();

    private final long seed;
    private final LocalDate today;

    public DemoRecords(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    /** A generated record: the department that reports it and its values by standard field code. */
    public record DemoRecord(DemoDepartment department, boolean penalty, Map<String, Object> values) {
    }

    /** The department of record {@code index}, among those that grant licences or impose penalties, by weight. */
    public DemoDepartment department(long index, boolean penalty) {
        DemoDepartment[] eligible = penalty ? PENALISING : LICENSING;
        int roll = DemoRandom.of(seed, penalty ? 5 : 6, index).nextInt(penalty ? PENALTY_WEIGHT : LICENSE_WEIGHT);
        for (DemoDepartment d : eligible) {
            roll -= d.weight();
            if (roll < 0) {
                return d;
            }
        }
        throw new IllegalStateException("weights");
    }

    /** Whether record {@code index} of this department goes to a natural person (some departments only). */
    public boolean forNaturalPerson(long index, DemoDepartment department, boolean penalty) {
        boolean possible = penalty ? department.penalisesNaturalPersons() : department.licensesNaturalPersons();
        return possible && DemoRandom.of(seed, penalty ? 7 : 8, index).nextInt(100) < (penalty ? 25 : 10);
    }

    /** Whether the department grants licences to (or penalises) subjects of this category. */
    public static boolean fits(DemoDepartment department, boolean penalty, DemoSubject subject) {
        return penalty ? department.penaltyCases().stream().anyMatch(c -> c.allows(subject))
                : department.licenseKinds().stream().anyMatch(k -> k.allows(subject));
    }

    /** License number {@code index} for {@code subject}, reported by {@code department}. */
    public DemoRecord license(long index, DemoSubject subject, DemoDepartment department) {
        SplittableRandom random = DemoRandom.of(seed, 3, index);
        List<LicenseKind> kinds = department.licenseKinds().stream().filter(k -> k.allows(subject)).toList();
        LicenseKind kind = kinds.isEmpty() ? department.licenseKinds().get(0) : kinds.get(random.nextInt(kinds.size()));
        LocalDate decided = decisionDate(random);
        Map<String, Object> v = new LinkedHashMap<>();
        subject(v, "XK", subject);
        v.put("XK_XKWS", kind.document());
        v.put("XK_WSH", department.documentNumber(false, decided.getYear(), serial(decided, random)));
        v.put("XK_XKLB", kind.category());
        v.put("XK_XKZS", kind.certificate().isEmpty() ? null : kind.certificate());
        v.put("XK_XKBH", certificateNumber(kind, subject, decided, random));
        v.put("XK_NR", fill(kind.content(), random, decided, department)
                .replace("{item}", FictitiousNames.pick(random, kind.items())));
        v.put("XK_JDRQ", decided.format(SLASHED));
        v.put("XK_YXQZ", decided.format(SLASHED));
        v.put("XK_YXQZI", kind.validMonths() == 0 ? LONG_TERM
                : decided.plusMonths(kind.validMonths()).minusDays(1).format(SLASHED));
        v.put("XK_XKJG", department.fullName());
        v.put("XK_XKJGDM", department.agencyCode());
        v.put("XK_ZT", "1");
        v.put("XK_LYDW", department.fullName());
        v.put("XK_LYDWDM", department.agencyCode());
        v.put("BZ", REMARK);
        return new DemoRecord(department, false, v);
    }

    /** Penalty number {@code index} for {@code subject}, decided by {@code department}. */
    public DemoRecord penalty(long index, DemoSubject subject, DemoDepartment department) {
        SplittableRandom random = DemoRandom.of(seed, 4, index);
        List<PenaltyCase> cases = department.penaltyCases().stream().filter(c -> c.allows(subject)).toList();
        PenaltyCase c = cases.isEmpty() ? department.penaltyCases().get(0) : cases.get(random.nextInt(cases.size()));
        // one penalty in seven is older (3 to 5 years): past its maximum publicity period, so no longer public
        LocalDate decided = random.nextInt(7) == 0 ? today.minusDays(3 * 365 + random.nextInt(2 * 365))
                : decisionDate(random);
        Map<String, Object> v = new LinkedHashMap<>();
        subject(v, "CF", subject);
        v.put("CF_WSH", department.documentNumber(true, decided.getYear(), serial(decided, random)));
        v.put("CF_WFXW", c.violation());
        v.put("CF_SY", fill(c.facts(), random, decided.minusDays(20 + random.nextInt(70)), department)
                .replace("{item}", FictitiousNames.pick(random, TEST_ITEMS)));
        v.put("CF_YJ", c.basis());
        v.put("CF_CFLB", c.kinds());
        long fine = c.fines() ? roundTo(c.fineMin() + random.nextInt(c.fineMax() - c.fineMin() + 1),
                c.fineMax() <= 5_000 ? 50 : 500) : 0;
        long gain = c.confiscates() ? 300 + random.nextInt(20_000) : 0;
        v.put("CF_NR", content(c, fine, gain));
        v.put("CF_NR_FK", fine > 0 ? BigDecimal.valueOf(fine).movePointLeft(4) : null);
        v.put("CF_NR_WFFF", gain > 0 ? BigDecimal.valueOf(gain).movePointLeft(4) : null);
        v.put("CF_NR_ZKDX", c.licence());
        v.put("CF_JDRQ", decided.format(SLASHED));
        boolean serious = c.kindList().stream().anyMatch(SERIOUS::contains);
        v.put("CF_YXQ", decided.plusYears(serious ? 3 : 1).minusDays(1).format(SLASHED));
        v.put("CF_CFJG", department.fullName());
        v.put("CF_CFJGDM", department.agencyCode());
        v.put("CF_SJLY", department.fullName());
        v.put("CF_SJLYDM", department.agencyCode());
        v.put("BZ", REMARK);
        return new DemoRecord(department, true, v);
    }

    /** 行政相对人 fields; a natural person's identifiers go only into 证件类型/证件号码. */
    private static void subject(Map<String, Object> v, String prefix, DemoSubject s) {
        v.put(prefix + "_XDR_MC", s.name());
        v.put(prefix + "_XDR_LB", s.category());
        if (s.isNatural()) {
            v.put(prefix + "_XDR_ZJLX", "身份证");
            v.put(prefix + "_XDR_ZJHM", s.idNumber());
            return;
        }
        v.put(prefix + "_XDR_SHXYM", s.creditCode());
        v.put(prefix + "_XDR_GSZC", s.registration());
        v.put(prefix + "_XDR_ZZJG", s.orgCode());
        v.put(prefix + "_FRDB", s.legalRep());
        if (s.repIdNumber() != null) {
            v.put(prefix + "_FR_ZJLX", "身份证");
            v.put(prefix + "_FR_ZJHM", s.repIdNumber());
        }
    }

    /** A decision day within the past three years (never today: a decision is reported after it is made). */
    private LocalDate decisionDate(SplittableRandom random) {
        return today.minusDays(1 + random.nextInt(3 * 365));
    }

    /** Document numbers grow through the year, as a department's register does. */
    private static int serial(LocalDate decided, SplittableRandom random) {
        return decided.getDayOfYear() * 3 + random.nextInt(3) + 1;
    }

    private static String certificateNumber(LicenseKind kind, DemoSubject subject, LocalDate decided,
            SplittableRandom random) {
        if (kind.certificate().isEmpty()) {
            return null;
        }
        if (kind.numberDigits() == 0) { // 排污许可证: the holder's credit code + 3-digit sequence + a letter
            return (subject.creditCode() == null ? "320582" : subject.creditCode()) + "001"
                    + "PUVWXY".charAt(random.nextInt(6));
        }
        StringBuilder number = new StringBuilder(kind.numberPrefix().replace("{year}",
                String.valueOf(decided.getYear())));
        for (int i = 0; i < kind.numberDigits(); i++) {
            number.append((char) ('0' + random.nextInt(10)));
        }
        return kind.numberPrefix().contains("〔") ? number.append("号").toString() : number.toString();
    }

    private static String fill(String template, SplittableRandom random, LocalDate date, DemoDepartment department) {
        String goods = department.goods().length == 0 ? "" : FictitiousNames.pick(random, department.goods());
        return template.replace("{place}", FictitiousNames.address(random))
                .replace("{date}", date.format(WRITTEN))
                .replace("{n}", String.valueOf(2 + random.nextInt(30)))
                .replace("{goods}", goods);
    }

    /** 处罚内容: each kind in words, amounts in 元 written out in capitals as decisions do. */
    private static String content(PenaltyCase c, long fine, long gain) {
        StringBuilder text = new StringBuilder();
        int n = 0;
        for (String kind : c.kindList()) {
            text.append(n == 0 ? "" : "；").append(++n).append("．");
            switch (kind) {
                case "罚款" -> text.append("罚款人民币").append(Convert.digitToChinese(fine)).append("（")
                        .append(String.format("%,d", fine)).append("元）");
                case "没收违法所得" -> text.append("没收违法所得人民币").append(Convert.digitToChinese(gain));
                case "没收非法财物" -> text.append("没收查扣的涉案物品");
                case "警告" -> text.append("警告");
                case "限制开展生产经营活动" -> text.append("责令限制生产三个月");
                case "责令停产停业" -> text.append("责令停产停业一个月");
                case "降低资质等级" -> text.append("降低资质等级：").append(c.licence());
                default -> text.append(kind);
            }
        }
        return text.append("。").toString();
    }

    private static long roundTo(long value, long unit) {
        return Math.max(unit, Math.round((double) value / unit) * unit);
    }
}
