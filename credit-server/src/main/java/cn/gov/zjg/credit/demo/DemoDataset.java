package cn.gov.zjg.credit.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A whole demo dataset: {@code licenses} + {@code penalties} records over a pool of subjects, grouped into the
 * batches the departments would push. Subjects are drawn with a skew, so some companies have many records (a profile
 * worth reading) and most have one or two. One record in {@code mistakeEvery} carries a deliberate error (a wrong check
 * character, said so in its 备注), so the failed-row queue has something to show.
 */
public final class DemoDataset {

    /** Records per batch: well under the push API's 1,000 per call. */
    static final int BATCH_SIZE = 500;
    static final String MISTAKE_REMARK = DemoRecords.REMARK + "：故意填错的校验码，用于演示疑问数据";

    private DemoDataset() {
    }

    /**
     * What to generate: records drawn over {@code legalPool} legal subjects and {@code naturalPool} natural persons
     * (subject indexes 0 to pool − 1, see {@link DemoSubject#legal} and {@link DemoSubject#natural}).
     */
    public record Plan(long seed, int licenses, int penalties, int mistakeEvery, int legalPool, int naturalPool) {

        /** A demo-sized plan: about three records per legal subject, twelve per natural person. */
        public Plan(long seed, int licenses, int penalties, int mistakeEvery) {
            this(seed, licenses, penalties, mistakeEvery, Math.max(10, (licenses + penalties) / 3),
                    Math.max(5, (licenses + penalties) / 12));
        }
    }

    /** Which subject a record concerns: a natural person or a legal subject, by its index in the pool. */
    public record SubjectRef(boolean natural, long index) {

        public DemoSubject subject(long seed) {
            return natural ? DemoSubject.natural(seed, index) : DemoSubject.legal(seed, index);
        }
    }

    /**
     * The batches of a dataset, in the order departments would send them; {@code latest} marks a department's most
     * recent, small batch (the loader leaves some of those for the demo reviewer).
     */
    public record DemoBatch(DemoDepartment department, boolean penalty, int sequence, List<Map<String, Object>> records,
            boolean latest) {
    }

    public static List<DemoBatch> batches(Plan plan, LocalDate today) {
        DemoRecords generator = new DemoRecords(plan.seed(), today);
        Map<String, List<Map<String, Object>>> grouped = new LinkedHashMap<>();
        for (int kind = 0; kind < 2; kind++) {
            boolean penalty = kind == 1;
            int count = penalty ? plan.penalties() : plan.licenses();
            for (long i = 0; i < count; i++) {
                DemoRecords.DemoRecord record = record(generator, plan, penalty, i);
                grouped.computeIfAbsent(record.department().name() + ":" + penalty, k -> new ArrayList<>())
                        .add(record.values());
            }
        }
        List<DemoBatch> batches = new ArrayList<>();
        grouped.forEach((key, records) -> {
            DemoDepartment department = DemoDepartment.valueOf(key.substring(0, key.indexOf(':')));
            boolean penalty = key.endsWith("true");
            // the latest few records come as a batch of their own: this week's report, which may still await review
            int latest = records.size() >= 40 ? Math.max(10, records.size() / 30) : 0;
            int older = records.size() - latest;
            int n = 1;
            for (int from = 0; from < older; from += BATCH_SIZE) {
                batches.add(new DemoBatch(department, penalty, n++,
                        records.subList(from, Math.min(older, from + BATCH_SIZE)), false));
            }
            if (latest > 0) {
                batches.add(new DemoBatch(department, penalty, n, records.subList(older, records.size()), true));
            }
        });
        return batches;
    }

    /** Record {@code index} of the plan (licenses and penalties are numbered separately). */
    public static DemoRecords.DemoRecord record(DemoRecords generator, Plan plan, boolean penalty, long index) {
        DemoDepartment department = generator.department(index, penalty);
        DemoSubject subject = subjectOf(generator, plan, department, penalty, index).subject(plan.seed());
        DemoRecords.DemoRecord record = penalty ? generator.penalty(index, subject, department)
                : generator.license(index, subject, department);
        if (plan.mistakeEvery() > 0 && index % plan.mistakeEvery() == plan.mistakeEvery() - 1) {
            mistype(record.values(), penalty ? "CF" : "XK", subject);
        }
        return record;
    }

    /**
     * The subject of record {@code index}: drawn with a skew (the product of two uniform numbers), so low indexes
     * have many records and most subjects one or none.
     */
    public static SubjectRef subjectOf(DemoRecords generator, Plan plan, DemoDepartment department, boolean penalty,
            long index) {
        SplittableRandom random = DemoRandom.of(plan.seed(), penalty ? 9 : 10, index);
        double skew = random.nextDouble() * random.nextDouble();
        if (generator.forNaturalPerson(index, department, penalty)) {
            return new SubjectRef(true, (long) (skew * plan.naturalPool()));
        }
        long subject = (long) (skew * plan.legalPool());
        // a department deals with some kinds of subject only (no 个体工商户 among 排污许可 holders): take the next
        // subject of a kind it deals with
        for (int step = 0; step < 50 && !DemoRecords.fits(department, penalty, DemoSubject.legal(plan.seed(), subject));
                step++) {
            subject = (subject + 7_919) % plan.legalPool();
        }
        return new SubjectRef(false, subject);
    }

    /** Changes the last character of the subject's code or ID number: the check fails, as after a typing slip. */
    private static void mistype(Map<String, Object> values, String prefix, DemoSubject subject) {
        String field = prefix + (subject.isNatural() ? "_XDR_ZJHM" : "_XDR_SHXYM");
        String value = (String) values.get(field);
        char last = value.charAt(value.length() - 1);
        values.put(field, value.substring(0, value.length() - 1) + (last == '1' ? '2' : '1'));
        values.put("BZ", MISTAKE_REMARK);
    }
}
