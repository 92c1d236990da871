package cn.gov.zjg.credit.demo.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.zjg.credit.demo.DemoDataset;
import cn.gov.zjg.credit.demo.DemoRecords;
import cn.gov.zjg.credit.demo.DemoSubject;
import cn.gov.zjg.credit.security.PersonalDataProtection;
import cn.gov.zjg.credit.shared.Masking;
import cn.gov.zjg.credit.validation.PublicityPeriod;
import cn.gov.zjg.credit.validation.PublicityPeriods;

/**
 * The rows of the bulk load as {@link Tsv} chunks, and the {@code LOAD DATA} statement of each table (column lists of
 * sql/V13; binary columns arrive as hex).
 */
final class RecordRows {

    private static final String LOAD = "load data local infile 'bulk.tsv' into table %s character set utf8mb4 "
            + "fields terminated by '\\t' escaped by '\\\\' lines terminated by '\\n' ";
    static final String LEGAL_SUBJECT = LOAD.formatted("legal_subject")
            + "(id, subject_key, uscc, name, category, legal_rep, gszc, zzjg)";
    static final String NATURAL_PERSON = LOAD.formatted("natural_person")
            + "(id, @hash, id_type, @id, @name, name_masked) "
            + "set id_hash = unhex(@hash), id_enc = unhex(@id), name_enc = unhex(@name)";
    private static final String SUBJECT_COLUMNS = "id, origin_staging_id, staging_id, department_id, subject_kind, "
            + "legal_subject_id, natural_person_id, xdr_mc, xdr_lb, xdr_shxym, xdr_gszc, xdr_zzjg, frdb, fr_zjlx, "
            + "@fr, xdr_zjlx, ";
    static final String LICENSE = LOAD.formatted("publicity_license") + "(" + SUBJECT_COLUMNS
            + "xkws, wsh, xklb, xkzs, xkbh, nr, jdrq, yxqz, yxqzi, xkjg, xkjgdm, zt, lydw, lydwdm, bz, status, "
            + "published_at, status_changed_at) set fr_zjhm_enc = unhex(@fr)";
    static final String PENALTY = LOAD.formatted("publicity_penalty") + "(" + SUBJECT_COLUMNS
            + "wsh, wfxw, sy, yj, cflb, nr, nr_fk, nr_wfff, nr_zkdx, jdrq, yxq, gsjzq, cfjg, cfjgdm, sjly, sjlydm, bz, "
            + "publicity_tier, publicity_min_end, publicity_max_end, status, published_at, status_changed_at) "
            + "set fr_zjhm_enc = unhex(@fr)";

    private static final List<String> LICENSE_FIELDS = List.of("XK_XKWS", "XK_WSH", "XK_XKLB", "XK_XKZS", "XK_XKBH",
            "XK_NR");
    private static final List<String> PENALTY_FIELDS = List.of("CF_WSH", "CF_WFXW", "CF_SY", "CF_YJ", "CF_CFLB",
            "CF_NR", "CF_NR_FK", "CF_NR_WFFF", "CF_NR_ZKDX");

    private final PersonalDataProtection protection;
    private final PublicityPeriods periods;
    private final LocalDate today;
    private final Map<String, Long> departmentIds;

    RecordRows(PersonalDataProtection protection, PublicityPeriods periods, LocalDate today,
            Map<String, Long> departmentIds) {
        this.protection = protection;
        this.periods = periods;
        this.today = today;
        this.departmentIds = departmentIds;
    }

    LocalDate today() {
        return today;
    }

    Tsv legalSubjects(long seed, int from, int to) {
        Tsv tsv = new Tsv((to - from) * 200);
        for (int i = from; i < to; i++) {
            DemoSubject s = DemoSubject.legal(seed, i);
            tsv.number(i + 1L).text(s.creditCode()).text(s.creditCode()).text(s.name()).text(s.category())
                    .text(s.legalRep()).text(s.registration()).text(s.orgCode()).endRow();
        }
        return tsv;
    }

    Tsv naturalPersons(long seed, int from, int to) {
        Tsv tsv = new Tsv((to - from) * 260);
        for (int i = from; i < to; i++) {
            DemoSubject s = DemoSubject.natural(seed, i);
            byte[] hash = protection.hash(s.idNumber());
            byte[] id = protection.encryptText(s.idNumber());
            byte[] name = protection.encryptText(s.name());
            tsv.number(i + 1L).hex(hash).text("身份证").hex(id).hex(name).text(Masking.personName(s.name())).endRow();
        }
        return tsv;
    }

    Tsv records(DemoRecords generator, DemoDataset.Plan plan, boolean penalty, int from, int to) {
        Tsv tsv = new Tsv((to - from) * 1_800);
        for (int i = from; i < to; i++) {
            DemoRecords.DemoRecord record = DemoDataset.record(generator, plan, penalty, i);
            DemoDataset.SubjectRef ref = DemoDataset.subjectOf(generator, plan, record.department(), penalty, i);
            Map<String, Object> v = record.values();
            String p = penalty ? "CF" : "XK";
            LocalDate decided = date(v.get(p + "_JDRQ"));
            subject(tsv, i, departmentIds.get(record.department().code()), ref, v, p);
            (penalty ? PENALTY_FIELDS : LICENSE_FIELDS).forEach(field -> tsv.text(v.get(field)));
            tsv.text(decided);
            if (penalty) {
                penaltyTail(tsv, v, decided);
            } else {
                LocalDate until = date(v.get("XK_YXQZI"));
                tsv.text(date(v.get("XK_YXQZ"))).text(until).text(v.get("XK_XKJG")).text(v.get("XK_XKJGDM"))
                        .text(v.get("XK_ZT")).text(v.get("XK_LYDW")).text(v.get("XK_LYDWDM")).text(v.get("BZ"))
                        .text(until.isBefore(today) ? "INVALID" : "PUBLIC");
            }
            LocalDate published = decided.plusDays(3).isAfter(today) ? today : decided.plusDays(3);
            tsv.text(published + " 10:00:00").text(published + " 10:00:00").endRow();
        }
        return tsv;
    }

    /** The columns up to xdr_zjlx: ids, the subject as publication writes it (a natural person's name masked). */
    private void subject(Tsv tsv, long index, Long departmentId, DemoDataset.SubjectRef ref, Map<String, Object> v,
            String p) {
        tsv.number(index + 1).number(index + 1).number(index + 1).number(departmentId)
                .text(ref.natural() ? "NATURAL" : "LEGAL")
                .text(ref.natural() ? null : ref.index() + 1).text(ref.natural() ? ref.index() + 1 : null);
        String name = (String) v.get(p + "_XDR_MC");
        tsv.text(ref.natural() ? Masking.personName(name) : name).text(v.get(p + "_XDR_LB"))
                .text(v.get(p + "_XDR_SHXYM")).text(v.get(p + "_XDR_GSZC")).text(v.get(p + "_XDR_ZZJG"))
                .text(v.get(p + "_FRDB")).text(v.get(p + "_FR_ZJLX"));
        String repId = (String) v.get(p + "_FR_ZJHM");
        tsv.hex(protection.encryptText(repId)).text(v.get(p + "_XDR_ZJLX"));
    }

    /** yxq .. status of a penalty: the tier and end dates of the rule in force on the decision date. */
    private void penaltyTail(Tsv tsv, Map<String, Object> v, LocalDate decided) {
        Optional<PublicityPeriod> period = periods.period(decided, null,
                List.of(((String) v.get("CF_CFLB")).split(";")));
        String status = period.map(pp -> !pp.published() ? "NOT_PUBLIC"
                : pp.maxEnd().isBefore(today) ? "STOPPED" : "PUBLIC").orElse("PUBLIC");
        tsv.text(date(v.get("CF_YXQ"))).text(null).text(v.get("CF_CFJG")).text(v.get("CF_CFJGDM"))
                .text(v.get("CF_SJLY")).text(v.get("CF_SJLYDM")).text(v.get("BZ"))
                .text(period.map(pp -> pp.tier().name()).orElse(null))
                .text(period.map(PublicityPeriod::minEnd).orElse(null))
                .text(period.map(PublicityPeriod::maxEnd).orElse(null)).text(status);
    }

    private static LocalDate date(Object slashed) {
        return "2099/12/31".equals(slashed) ? LocalDate.of(2099, 12, 31)
                : LocalDate.parse(((String) slashed).replace('/', '-'));
    }
}
