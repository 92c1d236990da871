package cn.gov.zjg.credit.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.gov.zjg.credit.validation.CreditCode;
import cn.gov.zjg.credit.validation.IdCardNumber;
import cn.gov.zjg.credit.validation.OrgCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fictitious generator: valid identifiers (domain.md §2), distinct per index, deterministic, marked as demo. */
class DemoRecordsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void creditCodesPassGb32100AndTheirOrgCodesPassGb11714AndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (long i = 0; i < 200_000; i++) {
            String code = FictitiousIds.creditCode(i % 3 == 0 ? "92" : "91", i);
            assertThat(CreditCode.check(code)).as(code).isEmpty();
            assertThat(OrgCode.isValid(code.substring(8, 17))).as(code).isTrue();
            // never mistaken for an ID number (rule CREDIT_CODE_LOOKS_LIKE_ID)
            assertThat(IdCardNumber.check(code, TODAY)).as(code).isPresent();
            assertThat(seen.add(code.substring(2))).as("index %d repeats %s", i, code).isTrue();
        }
    }

    @Test
    void idNumbersPassGb11643WithPlausibleBirthDatesAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (long i = 0; i < 500_000; i += 1) {
            String id = FictitiousIds.idNumber(i * 17 % 9_125_000, i % 2 == 0);
            assertThat(IdCardNumber.check(id, TODAY)).as(id).isEmpty();
            assertThat(TODAY.getYear() - FictitiousIds.birthDate(id).getYear()).isBetween(19, 71);
            assertThat((id.charAt(16) - '0') % 2 == 1).isEqualTo(i % 2 == 0); // odd sequence = male
            assertThat(seen.add(id.substring(6))).as("repeats %s", id).isTrue();
        }
    }

    @Test
    void sameSeedGivesTheSameDatasetAndEveryRecordSaysItIsDemoData() {
        DemoDataset.Plan plan = new DemoDataset.Plan(7, 300, 300, 0);
        List<DemoDataset.DemoBatch> first = DemoDataset.batches(plan, TODAY);
        List<DemoDataset.DemoBatch> second = DemoDataset.batches(plan, TODAY);

        assertThat(first).hasSameSizeAs(second);
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i).records()).isEqualTo(second.get(i).records());
        }
        assertThat(first).flatMap(DemoDataset.DemoBatch::records).hasSize(600)
                .allSatisfy(values -> assertThat(values.get("BZ")).isEqualTo(DemoRecords.REMARK));
        assertThat(first).extracting(DemoDataset.DemoBatch::department).contains(DemoDepartment.MARKET,
                DemoDepartment.ENVIRONMENT, DemoDepartment.CITY);
    }

    @Test
    void penaltyFinesAreIn10000YuanAndMatchTheDecisionText() {
        DemoRecords records = new DemoRecords(3, TODAY);
        for (long i = 0; i < 500; i++) {
            DemoSubject subject = DemoSubject.legal(3, i);
            var values = records.penalty(i, subject, DemoDepartment.MARKET).values();
            String wsh = (String) values.get("CF_WSH");
            assertThat(wsh).matches("张市监处罚〔20\\d\\d〕\\d+号");
            LocalDate decided = LocalDate.parse(((String) values.get("CF_JDRQ")).replace('/', '-'));
            assertThat(decided).isBefore(TODAY).isAfter(TODAY.minusYears(5).minusDays(2)); // 1 in 7 older than 3 years
            if (values.get("CF_NR_FK") instanceof java.math.BigDecimal fine) {
                long yuan = fine.movePointRight(4).longValueExact();
                assertThat((String) values.get("CF_NR")).contains("%,d元".formatted(yuan));
            }
        }
    }
}
