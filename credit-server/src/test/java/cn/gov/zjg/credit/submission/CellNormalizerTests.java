package cn.gov.zjg.credit.submission;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CellNormalizerTests {

    private static final FieldDef DATE = RecordType.LICENSE.fields().stream()
            .filter(f -> f.code().equals("XK_JDRQ")).findFirst().orElseThrow();
    private static final FieldDef CODE = field(RecordType.LICENSE, "XK_XDR_SHXYM");
    private static final FieldDef AMOUNT = field(RecordType.PENALTY, "CF_NR_FK");
    private static final FieldDef KINDS = field(RecordType.PENALTY, "CF_CFLB");
    private static final FieldDef ID = field(RecordType.PENALTY, "CF_XDR_ZJHM");

    @Test
    void readsTheDateFormsDepartmentsUse() throws Exception {
        for (String text : new String[] {"2024/05/01", "2024-5-1", "2024.05.01", "2024年5月1日", "20240501",
                "２０２４/０５/０１", "2024-05-01 00:00:00", " 2024 / 5 / 1 "}) {
            assertThat(CellNormalizer.normalize(DATE, text)).as(text).isEqualTo(LocalDate.of(2024, 5, 1));
        }
    }

    @Test
    void keepsTheLongTermConvention() throws Exception {
        // domain.md §1.3: 2099/12/31 means long-term; intake keeps it as a date
        assertThat(CellNormalizer.normalize(DATE, "2099/12/31")).isEqualTo(LocalDate.of(2099, 12, 31));
    }

    @Test
    void tellsAnImpossibleDateFromAnUnreadableOne() {
        assertThatThrownBy(() -> CellNormalizer.normalize(DATE, "2023/02/29"))
                .isInstanceOfSatisfying(CellNormalizer.Unreadable.class, e -> assertThat(e.code()).isEqualTo("dateInvalid"));
        assertThatThrownBy(() -> CellNormalizer.normalize(DATE, "五月一日"))
                .isInstanceOfSatisfying(CellNormalizer.Unreadable.class,
                        e -> assertThat(e.code()).isEqualTo("dateUnreadable"));
    }

    @Test
    void normalisesCodesToHalfWidthUpperCaseWithoutSpaces() throws Exception {
        assertThat(CellNormalizer.normalize(CODE, " ９１３２０５８２ｍａ１ＭＵＬ３Ｑ１Ｇ ")).isEqualTo("91320582MA1MUL3Q1G");
        assertThat(CellNormalizer.normalize(ID, "110105 19491231 002x")).isEqualTo("11010519491231002X");
    }

    @Test
    void readsAmountsInTenThousandYuanIncludingNumbersStoredAsText() throws Exception {
        // domain.md §1.4: CF_NR_FK is in 万元; 2000 元 = 0.2
        assertThat(CellNormalizer.normalize(AMOUNT, "0.2")).isEqualTo(new BigDecimal("0.2"));
        assertThat(CellNormalizer.normalize(AMOUNT, "1,200.50万元")).isEqualTo(new BigDecimal("1200.5"));
        assertThatThrownBy(() -> CellNormalizer.normalize(AMOUNT, "2000元"))
                .isInstanceOfSatisfying(CellNormalizer.Unreadable.class,
                        e -> assertThat(e.code()).isEqualTo("amountInYuan"));
        assertThatThrownBy(() -> CellNormalizer.normalize(AMOUNT, "两千"))
                .isInstanceOfSatisfying(CellNormalizer.Unreadable.class,
                        e -> assertThat(e.code()).isEqualTo("amountUnreadable"));
    }

    @Test
    void joinsSeveralPenaltyKindsWithSemicolons() throws Exception {
        // domain.md decision 3
        assertThat(CellNormalizer.normalize(KINDS, "罚款；没收违法所得、 警告")).isEqualTo("罚款;没收违法所得;警告");
    }

    @Test
    void refusesAnIdentifierThatExcelRoundedAsANumber() {
        assertThatThrownBy(() -> CellNormalizer.normalizeNumber(ID, new BigDecimal("110105194912310000")))
                .isInstanceOfSatisfying(CellNormalizer.Unreadable.class,
                        e -> assertThat(e.code()).isEqualTo("numberLostDigits"));
    }

    @Test
    void blankIsNull() throws Exception {
        assertThat(CellNormalizer.normalize(CODE, " \u3000\u00A0")).isNull();
    }

    static FieldDef field(RecordType type, String code) {
        return type.fields().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }
}
