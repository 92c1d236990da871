package cn.gov.zjg.credit.submission;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellNormalizerWhitespaceTests {

    private static final FieldDef NAME = field("XK_XDR_MC");
    private static final FieldDef CREDIT_CODE = field("XK_XDR_SHXYM");
    private static final FieldDef ID_NUMBER = field("XK_XDR_ZJHM");
    private static final FieldDef DECIDED = field("XK_JDRQ");

    @Test
    void turnsInvisibleSpacesIntoSpacesAndTrims() throws Exception {
        assertThat(CellNormalizer.normalize(NAME, "\u3000张家港市\u00A0示例\u200B公司\uFEFF ")).isEqualTo("张家港市 示例 公司");
        assertThat(CellNormalizer.normalize(NAME, " \u3000 ")).isNull();
        assertThat(CellNormalizer.normalize(NAME, "张家港市示例贸易有限公司")).isEqualTo("张家港市示例贸易有限公司");
    }

    @Test
    void removesEverySpaceFromCodesAndMakesThemHalfWidthUpperCase() throws Exception {
        assertThat(CellNormalizer.normalize(CREDIT_CODE, "９１３２ ０５８２\tma1mul3q0d")).isEqualTo("91320582MA1MUL3Q0D");
        assertThat(CellNormalizer.normalize(ID_NUMBER, "32058219900307123x\u00A0")).isEqualTo("32058219900307123X");
        assertThat(CellNormalizer.normalize(CREDIT_CODE, "91320582MA1MUL3Q0D")).isEqualTo("91320582MA1MUL3Q0D");
    }

    @Test
    void readsDatesInTheFormsClerksWrite() throws Exception {
        LocalDate expected = LocalDate.of(2024, 5, 1);
        for (String text : new String[] {"2024/05/01", "2024-5-1", "2024.5.1", "2024年5月1日", "20240501", " 2024/5/1\u3000"}) {
            assertThat(CellNormalizer.normalize(DECIDED, text)).as(text).isEqualTo(expected);
        }
    }

    private static FieldDef field(String code) {
        return RecordType.LICENSE.fields().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }
}
