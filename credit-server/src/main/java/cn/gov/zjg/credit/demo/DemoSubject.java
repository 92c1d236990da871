package cn.gov.zjg.credit.demo;

import java.util.SplittableRandom;

/**
 * A fictitious party to a decision (行政相对人). Deterministic: {@link #legal(long, long)} and {@link #natural(long, long)}
 * give the same subject for the same seed and index, and distinct codes and ID numbers for distinct indexes.
 *
 * @param category     行政相对人类别: 法人及非法人组织, 个体工商户 or 自然人
 * @param name         the registered name, or the person's full name
 * @param creditCode   统一社会信用代码 (null for a natural person)
 * @param registration 工商注册号 (some enterprises and every 个体工商户), or null
 * @param orgCode      组织机构代码 (positions 9–17 of the credit code) for enterprises, or null
 * @param legalRep     法定代表人 (the operator of a 个体工商户); null for a natural person
 * @param repIdNumber  the legal representative's ID number, or null
 * @param idNumber     the natural person's ID number, or null
 */
public record DemoSubject(String category, String name, String creditCode, String registration, String orgCode,
        String legalRep, String repIdNumber, String idNumber) {

    public static final String LEGAL = "法人及非法人组织";
    public static final String INDIVIDUAL = "个体工商户";
    public static final String NATURAL = "自然人";

    /** Legal subject number {@code index}: 80% enterprises, 17% 个体工商户, 3% farmers' cooperatives. */
    public static DemoSubject legal(long seed, long index) {
        SplittableRandom random = DemoRandom.of(seed, 1, index);
        boolean male = random.nextInt(10) < 7;
        String rep = FictitiousNames.person(random, male);
        // The representative's ID number comes from a range the natural persons' indexes never reach.
        String repId = random.nextInt(3) == 0 ? FictitiousIds.idNumber(8_000_000 + index % 1_000_000, male) : null;
        int kind = Math.floorMod(DemoRandom.mix(seed ^ index), 100);
        if (kind < 80) {
            return new DemoSubject(LEGAL, FictitiousNames.company(random), FictitiousIds.creditCode("91", index),
                    random.nextInt(3) == 0 ? FictitiousIds.registrationNo(random, false) : null,
                    random.nextInt(4) == 0 ? FictitiousIds.orgCode(index) : null, rep, repId, null);
        }
        if (kind < 97) {
            return new DemoSubject(INDIVIDUAL, FictitiousNames.individualBusiness(random, rep),
                    FictitiousIds.creditCode("92", index), FictitiousIds.registrationNo(random, true), null, rep,
                    repId, null);
        }
        return new DemoSubject(LEGAL, FictitiousNames.cooperative(random), FictitiousIds.creditCode("93", index),
                null, null, rep, repId, null);
    }

    /** Natural person number {@code index} (below 8,000,000). */
    public static DemoSubject natural(long seed, long index) {
        SplittableRandom random = DemoRandom.of(seed, 2, index);
        boolean male = random.nextInt(10) < 6;
        return new DemoSubject(NATURAL, FictitiousNames.person(random, male), null, null, null, null, null,
                FictitiousIds.idNumber(index, male));
    }

    public boolean isNatural() {
        return NATURAL.equals(category);
    }

    /** The letter the catalogues use for this kind of subject: N natural person, I 个体工商户, L legal person. */
    String kindLetter() {
        return switch (category) {
            case NATURAL -> "N";
            case INDIVIDUAL -> "I";
            default -> "L";
        };
    }
}
